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
