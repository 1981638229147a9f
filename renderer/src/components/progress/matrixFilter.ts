// Which rows of the progress matrix the filters leave visible.
import type { ProgressMatrix } from '../../../../electron/shared/api/progress';
import { yearOfPeriodCode } from '../../../../electron/shared/periods';
import { sectionAndSubsections } from '../../../../electron/shared/sections';
import { TASK_STATUS_LABELS, type Period, type Section, type TaskPeriodStatus } from '../../../../electron/shared/types';

export type MatrixRow = ProgressMatrix['rows'][number];

export interface MatrixFilter {
  unitId: number | null;
  /** Status in the selected period. */
  status: TaskPeriodStatus | null;
  /** A section with the sections nested in it. */
  sectionId: number | null;
  text: string;
}

export const NO_FILTER: MatrixFilter = { unitId: null, status: null, sectionId: null, text: '' };

interface Lookups {
  period: string;
  /** The tasks of the filtered unit; null while no unit is chosen. */
  unitTaskIds: ReadonlySet<number> | null;
  sectionOf: ReadonlyMap<number, number | null>;
  sections: readonly Section[];
}

export function filterMatrixRows(rows: MatrixRow[], f: MatrixFilter, { period, unitTaskIds, sectionOf, sections }: Lookups): MatrixRow[] {
  const text = f.text.trim();
  const inSection = f.sectionId === null ? null : sectionAndSubsections(sections, f.sectionId);
  const sectionShown = (id: number | null | undefined) => inSection === null || (id != null && inSection.has(id));
  return rows.filter(
    (r) =>
      (f.unitId === null || (unitTaskIds?.has(r.taskId) ?? true)) &&
      (f.status === null || (r.cells[period] ?? 'unreported') === f.status) &&
      sectionShown(sectionOf.get(r.taskId)) &&
      (!text || r.content.includes(text) || r.seq === text),
  );
}

interface Names {
  unitName(id: number): string;
  sectionTitle(id: number): string;
  periodLabel: string;
}

/** The active filters in words, for the exported table: "单位：省财政厅；2023年第三季度：滞后". */
export function describeMatrixFilter(f: MatrixFilter, { unitName, sectionTitle, periodLabel }: Names): string {
  const parts: string[] = [];
  if (f.unitId !== null) parts.push(`单位：${unitName(f.unitId)}`);
  if (f.status !== null) parts.push(`${periodLabel}：${TASK_STATUS_LABELS[f.status]}`);
  if (f.sectionId !== null) parts.push(`部分：${sectionTitle(f.sectionId)}`);
  if (f.text.trim()) parts.push(`含“${f.text.trim()}”`);
  return parts.join('；');
}

/** More period columns than this (a monthly plan over two years has 24) are shown a year at a time. */
export const MATRIX_PERIODS_AT_ONCE = 12;

export const yearOfPeriod = (p: Pick<Period, 'code'>): number => yearOfPeriodCode(p.code);

/** The years the matrix offers to show one at a time; none when all its periods fit at once. */
export function matrixYears(periods: readonly Pick<Period, 'code'>[]): number[] {
  if (periods.length <= MATRIX_PERIODS_AT_ONCE) return [];
  return [...new Set(periods.map(yearOfPeriod))];
}

/** The period columns of `year`; all of them when `year` is null. */
export function periodsOfYear<P extends Pick<Period, 'code'>>(periods: readonly P[], year: number | null): P[] {
  return year === null ? [...periods] : periods.filter((p) => yearOfPeriod(p) === year);
}
