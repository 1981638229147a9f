// Reading a reporting period out of what people write: titles ("2023年第三季度", "三季度", "1-9月"),
// file names ("2023Q3-…"), and the date a form was filled in. The codes, their months and calendar
// dates come from shared/periods.ts.
import { isoDate, lastDayOfMonth, lastMonthOf, periodCodeInText, periodEndingIn, quarterNumber, type PeriodInfo } from '../../shared/periods';
import type { PeriodKind } from '../../shared/types';
import { arabicDates, arabicYears, smallNumber } from '../text/chineseNumerals';

/** A period named in text: its year when written, and the last month it covers. */
export interface PeriodHint {
  year: number | null;
  endMonth: number;
  /** The words it was read from, for messages. */
  text: string;
  /** A month alone ("10月份", "截至10月底"), which names a quarter or half only when it ends one (see writtenPeriod). */
  monthOnly?: true;
}

const YEAR = String.raw`((?:19|20)\d{2})\s*年?\s*(?:度\s*)?`;

type PeriodPattern = { re: RegExp; read: (m: RegExpExecArray) => [string | undefined, number]; monthOnly?: true };
/** A period code ("2023Q3") written into a title or file name. */
const code = (kind: PeriodKind): PeriodPattern => ({ re: periodCodeInText(kind), read: (m) => [m[1], lastMonthOf(kind, Number(m[2]))] });

/** Period patterns, most specific first. Each returns [year?, endMonth]. */
const PERIOD_PATTERNS: PeriodPattern[] = [
  code('quarter'),
  code('half'),
  code('month'),
  {
    // Before the single quarter, which would read "2023年前三季度" as "三季度" without its year.
    re: new RegExp(String.raw`(?:${YEAR})?前\s*([一二三1-3])\s*(?:个)?季度`),
    read: (m) => [m[1], lastMonthOf('quarter', quarterNumber(m[2]!) ?? 1)],
  },
  {
    re: new RegExp(String.raw`(?:${YEAR})?(?:第\s*)?([一二三四1-4])\s*季度`),
    read: (m) => [m[1], lastMonthOf('quarter', quarterNumber(m[2]!) ?? 1)],
  },
  { re: new RegExp(String.raw`(?:${YEAR})?([上下])\s*半\s*年`), read: (m) => [m[1], lastMonthOf('half', m[2] === '上' ? 1 : 2)] },
  // "2026年半年工作推进情况": the mid-year report, as a 半年工作总结 is; with its year, so "半年来" and "每半年" are not.
  { re: new RegExp(String.raw`${YEAR}半\s*年(?!\s*(?:来|以来))`), read: (m) => [m[1], lastMonthOf('half', 1)] },
  {
    // "1-9月", "1至9月", "2023年7—9月": the range's last month
    re: new RegExp(String.raw`(?:${YEAR})?(?:\d{1,2}|一)\s*月?\s*[-—–~～至到]\s*(\d{1,2})\s*月`),
    read: (m) => [m[1], Number(m[2])],
  },
  {
    // "2023年9月" but not a full date "2023年9月30日"
    re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)(?:份)?/,
    read: (m) => [m[1], Number(m[2])],
  },
  { re: new RegExp(String.raw`${YEAR}(?:全年|年度)`), read: (m) => [m[1], 12] },
  {
    // "5月份", "五月": a month without its year, as monthly reports are headed ("市发改委5月份推进情况",
    // "6月份进展情况"); not a day ("5月20日") nor part of a longer number.
    // Written in Chinese numerals it takes 份 or stands apart, so "统一月度调度" is not January.
    // Nor a day in Chinese numerals ("五月一日"), "一月一调度", "附件2月度…", or where a span starts
    // ("3月份以来", "7月起"), which says nothing of the period reported.
    re: /(?<![\d年.\-/])(?:(1[0-2]|0?[1-9])\s*月份?|(十[一二]?|[一二三四五六七八九])月份|(?<![\u4e00-\u9fff])(十[一二]?|[一二三四五六七八九])月)(?!\s*(?:\d|[日号〇零一二三四五六七八九十度]|份?(?:以来|起|开始|至今|以后|之后)))/,
    read: (m) => [undefined, monthNumber((m[1] ?? m[2] ?? m[3])!)],
    monthOnly: true,
  },
];

/** "5" or "五" → 5. */
const monthNumber = (written: string): number => (/\d/.test(written) ? Number(written) : smallNumber(written));

/** Finds a reporting period named in a title or file name ("2023年第三季度", "三季度", "1-9月", "2023Q3"). */
export function findPeriodInText(text: string): PeriodHint | null {
  const t = arabicYears(text.normalize('NFKC'));
  for (const { re, read, monthOnly } of PERIOD_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const [year, endMonth] = read(m);
    if (endMonth < 1 || endMonth > 12) continue;
    return { year: year ? Number(year) : null, endMonth, text: m[0].trim(), ...(monthOnly ? { monthOnly } : {}) };
  }
  return null;
}

/** The year a title names ("省财政厅2023年工作要点推进情况", "二〇二三年度"), or null. */
export function findYearInText(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(arabicYears(text.normalize('NFKC')));
  return m ? Number(m[1]) : null;
}

/** A calendar date written as 2023年10月8日 (or 二〇二三年十月八日), 2023-10-08, 2023/10/8 or 2023.10.8; ISO text or null. */
export function findDateInText(text: string): string | null {
  const m = /((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})/.exec(arabicDates(text.normalize('NFKC')));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > lastDayOfMonth(y, mo)) return null;
  return isoDate(y, mo, d);
}

/**
 * Completes a hint that has no year using the date the form was filled in: the year whose
 * period end lies nearest that date (a Q4 report filled on 2024-01-20 is for 2023).
 */
export function yearNearDate(endMonth: number, isoDate: string): number {
  const dateYear = Number(isoDate.slice(0, 4));
  const at = Date.parse(isoDate);
  const distance = (year: number) => Math.abs(at - Date.UTC(year, endMonth, 0));
  return distance(dateYear - 1) < distance(dateYear) ? dateYear - 1 : dateYear;
}

/** The period a form filled in on `isoDate` most likely reports on: forms come in around a period's end. */
export function periodForFillDate(kind: PeriodKind, isoDate: string): PeriodInfo {
  const shifted = new Date(Date.parse(isoDate) - 15 * 86_400_000);
  return periodEndingIn(kind, shifted.getUTCFullYear(), shifted.getUTCMonth() + 1);
}
