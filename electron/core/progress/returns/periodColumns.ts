// Cumulative 台账 kept by a bureau through the year: one progress column per period ("一季度进展情况 |
// 二季度进展情况 | 三季度进展情况"). Only the column of the period being imported is that period's
// report; the others were (or will be) reported in their own periods.
import { lastMonthOf, parsePeriod } from '../../../shared/periods';
import { findPeriodInText, type PeriodHint } from '../periodText';

export interface PeriodColumn {
  col: number;
  /** The header as written. */
  label: string;
  hint: PeriodHint;
}

/** The progress columns that each name a period, when there are at least two periods among them; else none. */
export function periodColumnsOf(progressColumns: readonly { col: number; label: string }[]): PeriodColumn[] {
  const named = progressColumns.flatMap(({ col, label }) => {
    const hint = findPeriodInText(label);
    return hint ? [{ col, label, hint }] : [];
  });
  return new Set(named.map((c) => `${c.hint.year}-${c.hint.endMonth}`)).size >= 2 ? named : [];
}

/** Index of the latest period's column: what a row's progress is until the file's period is known. */
export const latestColumn = (columns: readonly Pick<PeriodColumn, 'hint'>[]): number =>
  columns.reduce((best, c, i) => (c.hint.endMonth > columns[best]!.hint.endMonth ? i : best), 0);

export interface ColumnChoice {
  /** Index into the columns. */
  index: number;
  /** What the official is told of the choice. */
  note: string;
}

/** The column holding the progress of `periodCode`, or the latest one (and a note saying so) when none does. */
export function columnForPeriod(columns: readonly Pick<PeriodColumn, 'label' | 'hint'>[], periodCode: string): ColumnChoice {
  const period = parsePeriod(periodCode)!;
  const endMonth = lastMonthOf(period.kind, period.index);
  const index = columns.findIndex((c) => c.hint.endMonth === endMonth && (c.hint.year === null || c.hint.year === period.year));
  const quoted = (cs: readonly { label: string }[]) => cs.map((c) => `“${c.label}”`).join('');
  if (index < 0) {
    const latest = latestColumn(columns);
    return {
      index: latest,
      note: `表中的进展按期次分列（${quoted(columns)}），其中没有${period.label}的一列，已按“${columns[latest]!.label}”导入，请核对期次。`,
    };
  }
  const others = columns.filter((_, i) => i !== index);
  return { index, note: `表中的进展按期次分列：本次导入“${columns[index]!.label}”列，${quoted(others)}列是其他期次的进展，不计入${period.label}（原件已保存）。如需导入其中一期，再次导入本文件时选定它的期次即可。` };
}
