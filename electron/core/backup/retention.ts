// Which backups to keep: the newest KEEP_LAST, plus the last one of every calendar month (its
// month-end copy), so a year-old state is still there after a busy week of imports.

export const KEEP_LAST = 30;

export interface Dated {
  at: Date;
}

const monthKey = (d: Date) => d.getFullYear() * 12 + d.getMonth();

/** The backups to delete, in no particular order; the input is not modified. */
export function backupsToPrune<T extends Dated>(backups: readonly T[], keepLast = KEEP_LAST): T[] {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<T>(newestFirst.slice(0, keepLast));
  const monthsSeen = new Set<number>();
  for (const b of newestFirst) {
    const month = monthKey(b.at);
    if (monthsSeen.has(month)) continue;
    monthsSeen.add(month);
    keep.add(b);
  }
  return newestFirst.filter((b) => !keep.has(b));
}
