// Reporting period codes and their calendar: 2023Q3 (quarter), 2023M07 (month), 2023H2 (half-year).
// The one place that knows how a period is written and which months it covers; core/progress/periodText.ts
// reads periods out of titles and file names with this grammar. Pure functions, shared by the backend and the renderer.
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

/** How a code writes each kind of period — its letter and number (as a regex source) — and how many months one spans. */
const CODES: Record<PeriodKind, { letter: string; number: string; months: number }> = {
  quarter: { letter: 'Q', number: '[1-4]', months: 3 },
  month: { letter: 'M', number: '0[1-9]|1[0-2]', months: 1 },
  half: { letter: 'H', number: '[12]', months: 6 },
};
const KINDS = Object.keys(CODES) as PeriodKind[];
/** "2023Q3": the year, then one capture group per kind (in KINDS order) for its number. */
const CODE = new RegExp(`^(\\d{4})(?:${KINDS.map((k) => `${CODES[k].letter}(${CODES[k].number})`).join('|')})$`);

const CN_NUMBERS = ['一', '二', '三', '四'];

/** A quarter's number as written before 季度 ("三季度", "3季度"): 一…四 or 1–4; null otherwise. */
export function quarterNumber(written: string): number | null {
  const cn = CN_NUMBERS.indexOf(written);
  if (cn >= 0) return cn + 1;
  return /^[1-4]$/.test(written) ? Number(written) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD; `day` defaults to the month's last day. */
export function isoDate(year: number, month: number, day = lastDayOfMonth(year, month)): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function periodCodeOf(kind: PeriodKind, year: number, index: number): string {
  return `${year}${CODES[kind].letter}${kind === 'month' ? pad(index) : index}`;
}

/** The last month (1–12) of the index-th period of its kind in a year: Q3 → 9, H1 → 6, M07 → 7. */
export function lastMonthOf(kind: PeriodKind, index: number): number {
  return index * CODES[kind].months;
}

/** Parses a period code; null when it is not one. */
/** How a period code reads ("2023年第三季度"); the code itself when it is none. */
export const periodLabel = (code: string): string => parsePeriod(code)?.label ?? code;

export function parsePeriod(code: string): PeriodInfo | null {
  const m = CODE.exec(code);
  if (!m) return null;
  const at = KINDS.findIndex((_, i) => m[i + 2] !== undefined);
  const kind = KINDS[at]!;
  const year = Number(m[1]);
  const index = Number(m[at + 2]);
  const lastMonth = lastMonthOf(kind, index);
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
    startDate: isoDate(year, lastMonth - CODES[kind].months + 1, 1),
    endDate: isoDate(year, lastMonth),
    label,
  };
}

/** Whether a period code is of the given kind: a plan lists only the periods of its reporting cycle. */
/** The year a period code belongs to: its first four digits ("2023Q3" → 2023). */
export const yearOfPeriodCode = (code: string): number => Number(code.slice(0, 4));

export const isPeriodOfKind = (code: string, kind: PeriodKind): boolean => code[4] === CODES[kind].letter;

/** The period of `kind` whose last month is (or contains) `endMonth` of `year`. */
export function periodEndingIn(kind: PeriodKind, year: number, endMonth: number): PeriodInfo {
  return parsePeriod(periodCodeOf(kind, year, Math.ceil(endMonth / CODES[kind].months)))!;
}

/**
 * A code of `kind` inside other text ("2023Q3-省财政厅.xlsx", "2023 q3"): the letter in either case,
 * spaces allowed, a year of 1900–2099. Captures the year and the period's number.
 */
export function periodCodeInText(kind: PeriodKind): RegExp {
  const { letter, number } = CODES[kind];
  return new RegExp(String.raw`((?:19|20)\d{2})\s*[${letter}${letter.toLowerCase()}]\s*(${number})`);
}

const perYear = (kind: PeriodKind) => 12 / CODES[kind].months;

/** The period right after this one, of the same kind. */
export function nextPeriod(p: PeriodInfo): PeriodInfo {
  const last = p.index === perYear(p.kind);
  return parsePeriod(periodCodeOf(p.kind, last ? p.year + 1 : p.year, last ? 1 : p.index + 1))!;
}

/** Every period of the kind in the years, in order. */
export function periodsOfYears(kind: PeriodKind, startYear: number, endYear: number): PeriodInfo[] {
  const out: PeriodInfo[] = [];
  for (let y = startYear; y <= endYear; y++) {
    for (let i = 1; i <= perYear(kind); i++) out.push(parsePeriod(periodCodeOf(kind, y, i))!);
  }
  return out;
}

/** "2023年第三季度" as "2023年" over "第三季度": a narrow column's header or an axis label in two even lines. */
export const periodLabelInTwoLines = (label: string): string => label.replace(/^(\d{4}年)/, '$1\n');

/** How many periods' labels fit side by side under a chart, each in two lines. */
export const PERIODS_SIDE_BY_SIDE = 8;

/**
 * A chart's labels for a run of periods: each in two lines while they fit side by side; with more
 * (a plan reported monthly) the year is written only where it changes, the rest a line lower.
 */
export function periodAxisLabels(labels: readonly string[]): string[] {
  if (labels.length <= PERIODS_SIDE_BY_SIDE) return labels.map(periodLabelInTwoLines);
  let year = '';
  return labels.map((label) => {
    const [first = '', rest = ''] = periodLabelInTwoLines(label).split('\n');
    const changed = first !== year;
    year = first;
    return changed ? `${first}\n${rest}` : `\n${rest}`;
  });
}

/**
 * When a period's reports are due (YYYY-MM-DD): its last day moved by the plan's due days (−5 five
 * days before, +10 ten days after, in calendar days), or the plan's due day of its last month (25:
 * "每月25日前", the 25th of a month of any length; 31 in a shorter month is its last day); null when
 * the plan sets neither.
 */
export function reportDueDate(code: string, dueDays: number | null, dueDay: number | null = null): string | null {
  const period = parsePeriod(code);
  if (!period) return null;
  const [y, m, d] = period.endDate.split('-').map(Number) as [number, number, number];
  if (dueDay !== null) return isoDate(y, m, Math.min(dueDay, d));
  if (dueDays === null) return null;
  const due = new Date(Date.UTC(y, m - 1, d + dueDays));
  return isoDate(due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate());
}

/**
 * Why the 填报日期 on a form cannot be when it was filled in for this period, or null when it can:
 * before the period began (an old form sent again, its date not changed), or after the day it was
 * received or imported (a typing slip). Such a date does not decide whether the report was late.
 */
export function fillDateDoubt(filledOn: string, periodStart: string, receivedBy: string): 'beforePeriod' | 'afterReceipt' | null {
  if (filledOn < periodStart) return 'beforePeriod';
  return filledOn > receivedBy ? 'afterReceipt' : null;
}

/** The plan's due days in words: "每期结束后10天内", "每期结束前5天", "每期最后一天", "未定". */
export function reportDueWording(dueDays: number | null): string {
  if (dueDays === null) return '未定';
  if (dueDays === 0) return '每期最后一天';
  return dueDays > 0 ? `每期结束后${dueDays}天内` : `每期结束前${-dueDays}天`;
}

/** A plan's report timing: days from each period's end, or a day of its last month (at most one is set). */
export interface ReportDue {
  periodKind: PeriodKind;
  reportDueDays: number | null;
  reportDueDay: number | null;
}

/** When the plan's reports for the period are due (see reportDueDate). */
export const planReportDueDate = (code: string, plan: ReportDue): string | null => reportDueDate(code, plan.reportDueDays, plan.reportDueDay);

/** How each kind of period is named before the day of its last month: "每月25日前", "每季度末月25日前". */
const DUE_DAY_OF: Record<PeriodKind, string> = { month: '每月', quarter: '每季度末月', half: '每半年末月' };

/** The plan's report timing in words: "每月25日前" for a due day, else as reportDueWording. */
export function planReportDueWording(plan: ReportDue): string {
  return plan.reportDueDay !== null ? `${DUE_DAY_OF[plan.periodKind]}${plan.reportDueDay}日前` : reportDueWording(plan.reportDueDays);
}
