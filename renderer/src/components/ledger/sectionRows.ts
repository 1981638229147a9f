// Tables of a plan show a full-width heading row ("一、…") before each section's tasks.
import { sectionLabel, sectionPaths } from '../../../../electron/shared/sections';

export interface SectionHead {
  key: string;
  label: string;
}

export type LedgerRow<T> =
  | { kind: 'section'; key: string; label: string; count: number }
  | { kind: 'task'; key: string; task: T };

type SectionRow<T> = Extract<LedgerRow<T>, { kind: 'section' }>;

/**
 * Inserts heading rows wherever the section changes; tasks keep their order. `headsOf` gives a task's
 * headings from its top-level part down to its own section ([] outside any), so a part whose tasks all
 * sit in its sub-sections still opens with its own row, counting every task under it.
 */
export function withSectionRows<T>(
  tasks: readonly T[],
  headsOf: (task: T) => readonly SectionHead[],
  keyOf: (task: T, index: number) => string,
): LedgerRow<T>[] {
  const rows: LedgerRow<T>[] = [];
  const open: { key: string; row: SectionRow<T> }[] = [];
  tasks.forEach((task, index) => {
    const heads = headsOf(task);
    let same = 0;
    while (same < open.length && same < heads.length && open[same]!.key === heads[same]!.key) same++;
    open.length = same;
    for (const head of heads.slice(same)) {
      const row: SectionRow<T> = { kind: 'section', key: `section:${head.key}:${rows.length}`, label: head.label, count: 0 };
      rows.push(row);
      open.push({ key: head.key, row });
    }
    for (const { row } of open) row.count += 1;
    rows.push({ kind: 'task', key: keyOf(task, index), task });
  });
  return rows;
}

/** Each section's headings, its top-level part's first and its own last, by its index in the plan's sections. */
export function sectionHeads(sections: readonly { numeral: string; title: string }[]): SectionHead[][] {
  return sectionPaths(sections).map((path) => path.map((i) => ({ key: String(i), label: sectionLabel(sections[i]!) })));
}
