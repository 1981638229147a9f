/** The full-width row that opens a section of the plan: "三、聚力推动…（4项）". */
export function SectionHeading({ label, count }: { label: string; count: number }) {
  return (
    <span className="ledger-section">
      {label}
      <span className="ledger-section-count">（{count}项）</span>
    </span>
  );
}
