// Reporting period codes and their calendar: 2023Q3 (quarter), 2023M07 (month), 2023H2 (half-year).
// Pure functions, shared by the backend and the renderer.
import type { PeriodKind } from './types';

export interface PeriodInfo {
  code: string;
  kind: PeriodKind;
  year: number;
  /** 1-based quarter, month or half. */
  index: number;
  startDate: string; // YYYY-MM-DD
  endDate: string;
  /** 2023年第三季度, 2023年7月, 2023年下半年 */
  label: string;
}

const CN_NUMBERS = ['一', '二', '三', '四'];
const MONTHS_PER: Record<PeriodKind, number> = { quarter: 3, month: 1, half: 6 };
const PER_YEAR: Record<PeriodKind, number> = { quarter: 4, month: 12, half: 2 };

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function periodCodeOf(kind: PeriodKind, year: number, index: number): string {
  if (kind === 'quarter') return `${year}Q${index}`;
  if (kind === 'month') return `${year}M${pad(index)}`;
  return `${year}H${index}`;
}

/** Parses a period code; null when it is not one. */
export function parsePeriod(code: string): PeriodInfo | null {
  const m = /^(\d{4})(?:Q([1-4])|M(0[1-9]|1[0-2])|H([12]))$/.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  const kind: PeriodKind = m[2] ? 'quarter' : m[3] ? 'month' : 'half';
  const index = Number(m[2] ?? m[3] ?? m[4]);
  const firstMonth = (index - 1) * MONTHS_PER[kind] + 1;
  const lastMonth = firstMonth + MONTHS_PER[kind] - 1;
  const label =
    kind === 'quarter'
      ? `${year}年第${CN_NUMBERS[index - 1]}季度`
      : kind === 'month'
        ? `${year}年${index}月`
        : `${year}年${index === 1 ? '上' : '下'}半年`;
  return {
    code,
    kind,
    year,
    index,
    startDate: `${year}-${pad(firstMonth)}-01`,
    endDate: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
    label,
  };
}

/** The period right after this one, of the same kind. */
export function nextPeriod(p: PeriodInfo): PeriodInfo {
  const last = p.index === PER_YEAR[p.kind];
  return parsePeriod(periodCodeOf(p.kind, last ? p.year + 1 : p.year, last ? 1 : p.index + 1))!;
}

/** Every period of the kind in the years, in order. */
export function periodsOfYears(kind: PeriodKind, startYear: number, endYear: number): PeriodInfo[] {
  const out: PeriodInfo[] = [];
  for (let y = startYear; y <= endYear; y++) {
    for (let i = 1; i <= PER_YEAR[kind]; i++) out.push(parsePeriod(periodCodeOf(kind, y, i))!);
  }
  return out;
}
