// A task's warnings about its 完成时限 quote the text they are about (“无法识别完成时限“汛期前完成””):
// once the official corrects the text, in the import preview or the ledger, those quoting the old
// text no longer apply. Shared by the preview, which drops them as the cell is edited, and the
// plan's storing, which reads the corrected text again.
const QUOTED_DEADLINE = /完成时限“([^”]*)”/;

/** The warnings without those about another 完成时限 text than `deadlineText`. */
export const withoutStaleDeadlineWarnings = (warnings: readonly string[], deadlineText: string): string[] =>
  warnings.filter((w) => {
    const quoted = QUOTED_DEADLINE.exec(w)?.[1];
    return quoted === undefined || quoted === deadlineText;
  });

/** The warning for a 完成时限 that reads as no date, as parsing gives it. */
export const unreadableDeadlineWarning = (deadlineText: string) => `无法识别完成时限“${deadlineText}”，请填写日期`;

/** How a 完成时限 that is not of the usual kind was read into a date. */
export type DeadlineReading =
  /** "列入2024年省政府立法计划": the year names a plan, not when the work is done; read as that year's end. */
  | { readonly kind: 'yearNamesPlan'; readonly year: number; readonly date: string }
  /** "2024年底前基本建成，2025年全面推广": the stage written with 前 is the limit, the later one bounds nothing. */
  | { readonly kind: 'stage'; readonly stage: string; readonly later: string; readonly date: string };

/** The warning that says how such a 完成时限 was read, and asks the official to check it. */
export function deadlineReadingWarning(deadlineText: string, reading: DeadlineReading): string {
  if (reading.kind === 'yearNamesPlan') {
    return `完成时限“${deadlineText}”没有写明完成时间，已按${reading.year}年底（${reading.date}）理解，请核对`;
  }
  return `完成时限“${deadlineText}”分阶段写明，已按写有“前”的“${reading.stage}”（${reading.date}）理解，“${reading.later}”不作为完成时限，请核对`;
}
