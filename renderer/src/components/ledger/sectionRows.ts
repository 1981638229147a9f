// Tables of a plan show a full-width heading row ("一、…") before each section's tasks.

export interface SectionHead {
  key: string;
  label: string;
}

export type LedgerRow<T> =
  | { kind: 'section'; key: string; label: string; count: number }
  | { kind: 'task'; key: string; task: T };

/** Inserts a section row wherever the section changes; tasks keep their order. */
export function withSectionRows<T>(
  tasks: readonly T[],
  sectionOf: (task: T) => SectionHead | null,
  keyOf: (task: T, index: number) => string,
): LedgerRow<T>[] {
  const rows: LedgerRow<T>[] = [];
  let openKey: string | null = null;
  let open: Extract<LedgerRow<T>, { kind: 'section' }> | null = null;
  tasks.forEach((task, index) => {
    const head = sectionOf(task);
    if ((head?.key ?? null) !== openKey) {
      openKey = head?.key ?? null;
      open = head ? { kind: 'section', key: `section:${head.key}:${rows.length}`, label: head.label, count: 0 } : null;
      if (open) rows.push(open);
    }
    if (open) open.count += 1;
    rows.push({ kind: 'task', key: keyOf(task, index), task });
  });
  return rows;
}
