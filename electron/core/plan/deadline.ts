// Reads a 完成时限 as written ("2022年12月底前完成", "上半年", "持续推进") into a date.
// Pure: the plan's year is passed in for deadlines written without one ("年底前").
import type { DeadlineReading } from '../../shared/deadlineWarnings';
import { isoDate, lastDayOfMonth, lastMonthOf, quarterNumber } from '../../shared/periods';
import { CHINESE_DIGITS, smallNumber } from '../text/chineseNumerals';
import { halfWidthDigits } from './text';

export interface Deadline {
  /** The latest date the text names, YYYY-MM-DD, or null. */
  deadline: string | null;
  /** 持续推进 / 长期坚持 / 常态化 …: an ongoing task. */
  continuous: boolean;
  /** The date came from a phrase without a year ("年底前"), read in the plan's year. */
  yearless: boolean;
  /** A phrase without a year went unread for want of the plan's year ("年底前" in a plan of no known year). */
  needsPlanYear: boolean;
  /** Whether anything in the text was understood. */
  recognized: boolean;
  /** How a text that is not a time limit of the usual kind was read, for the official to check; null for the usual kinds. */
  reading: DeadlineReading | null;
}

const CONTINUOUS = /持续|长期|常态化|经常性|每年|逐年|每季度|每半年|每月|每周|每旬|定期|适时/;

/**
 * Words of time or manner that name no date ("“十四五”期间", "适时开展", "分阶段实施"): said where a
 * time limit goes, never a unit. 适时 (when the time is right) reads as continuous; the rest ask for a date.
 */
export const UNDATED_TIME = /期间|期内|时期|适时|及时|尽快|尽早|逐步|稳步|分步|分阶段|分批|近期|远期|今后|十[一二三四五六七八九]五/;
/** Words that mark a clause as a time limit rather than a unit; "各开展一次" says how often by the dates named. */
export const DEADLINE_HINT =
  /\d{4}\s*年|\d{4}\s*[.．/-]\s*\d{1,2}(?![\d亿万千百元%％])|\d{1,2}\s*月|年底|年末|年中|年内|全年|上半年|下半年|季度|底前|前完成|完成$|(?:元旦|五一|国庆节?|春节|劳动节)\s*(?:之)?[前后]|汛前|汛期前|季前|持续|长期|常态化|每年|逐年|每(?:半年|月|周|旬)|定期|^(?:完成)?时限|[QqＱｑ]\s*[1-4](?!\d)|二[〇零][〇零一二三四五六七八九]{2}\s*年|各(?:开展|组织|进行|举办|召开|检查)?[一二两三四五六七八九十\d]+[次轮]/;

/** Holidays plans set time limits by ("2024年春节前", "国庆节前"): the limit is the day before. */
const HOLIDAY = /^(春节|元旦|国庆节?|五一|劳动节)/;
const HOLIDAY_BEFORE = '(?:春节|元旦|国庆节?|五一|劳动节)\\s*(?:之)?前';

/** 正月初一 by year (month, day): 春节 moves with the lunar calendar. */
const SPRING_FESTIVAL: Record<number, [number, number]> = {
  2015: [2, 19], 2016: [2, 8], 2017: [1, 28], 2018: [2, 16], 2019: [2, 5], 2020: [1, 25], 2021: [2, 12],
  2022: [2, 1], 2023: [1, 22], 2024: [2, 10], 2025: [1, 29], 2026: [2, 17], 2027: [2, 6], 2028: [1, 26],
  2029: [2, 13], 2030: [2, 3], 2031: [1, 23], 2032: [2, 11], 2033: [1, 31], 2034: [2, 19], 2035: [2, 8],
  2036: [1, 28], 2037: [2, 15], 2038: [2, 4], 2039: [1, 24], 2040: [2, 12],
};

/** The eve of a holiday in `year`: 元旦 opens the year, so its eve is the last day of the year before. */
function holidayEve(year: number, holiday: string): string | null {
  if (holiday === '元旦') return `${year - 1}-12-31`;
  if (holiday.startsWith('国庆')) return `${year}-09-30`;
  if (holiday === '五一' || holiday === '劳动节') return `${year}-04-30`;
  const festival = SPRING_FESTIVAL[year];
  if (!festival) return null;
  const eve = new Date(Date.UTC(year, festival[0] - 1, festival[1] - 1));
  return eve.toISOString().slice(0, 10);
}

/** Seasons with no fixed date ("2024年汛期前"): the official is asked for a date rather than given the year's end. */
const UNDATED_SEASON = /^\s*(?:主汛期|汛期|入汛|汛|供暖季|采暖季|供暖期|采暖期|夏收|秋收|开学)\s*(?:之)?前/;

/** The date a period phrase ends on: "上半年" → 06-30, "三季度" → 09-30, "12月底" → 12-31, "" → 12-31. */
function periodEnd(year: number, phrase: string): string | null {
  const p = phrase.replace(/\s+/g, '');
  let m: RegExpExecArray | null;
  if ((m = HOLIDAY.exec(p))) return holidayEve(year, m[1]!);
  if ((m = /^(\d{1,2})月(\d{1,2})日/.exec(p))) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month) ? isoDate(year, month, day) : null;
  }
  if ((m = /^(\d{1,2})月(上旬|中旬)?/.exec(p))) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return null;
    return m[2] ? isoDate(year, month, m[2] === '上旬' ? 10 : 20) : isoDate(year, month);
  }
  if ((m = /^(?:第)?([一二三四1-4])季度/.exec(p))) return isoDate(year, lastMonthOf('quarter', quarterNumber(m[1]!)!));
  if (/^(?:上半年|年中|中期)/.test(p)) return `${year}-06-30`;
  return `${year}-12-31`; // 年底 / 年末 / 下半年 / 全年 / a bare year
}

// A year, then what follows it up to the end of a period phrase. "2022年起" starts something: no deadline.
const WITH_YEAR = new RegExp(
  `(?:(\\d{4})\\s*[-—–~～至到]\\s*)?(\\d{4})\\s*年(?!\\s*(?:起|开始|以来|度起))\\s*((?:\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日|\\s*[上中下]旬)?)|第?[一二三四1-4]\\s*季度|${HOLIDAY_BEFORE}|上半年|下半年|年中|年底|年末|底|末|内|前|全年)?`,
  'g',
);
// 春节 without a year is left out: a plan's 春节 may be the one early in its year or the one after it.
const YEARLESS_PHRASE = `\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?(?:底|末|前|份|中旬|上旬|下旬)?|第?[一二三四1-4]\\s*季度|(?:元旦|国庆节?|五一|劳动节)\\s*(?:之)?前|上半年|下半年|年中|年底|年末|年内|全年|本年度|今年`;
/** Not the 次 of "两次", "每次". */
const NOT_A_COUNT = '(?<![\\d一二两三四五六七八九十几多每])';
// A phrase without a year, perhaps after a word naming its year: "明年6月底前", "次年底", "今年三季度"; or "明年" alone.
const WITHOUT_YEAR = new RegExp(`(?:${NOT_A_COUNT}(明|次|翌|今|本)年?)?\\s*(${YEARLESS_PHRASE})|${NOT_A_COUNT}(明|次|翌)年`, 'g');
const NEXT_YEAR = /^[明次翌]/;

// A date typed in figures, as task tables often have it: "2024.12", "2024.6.30", "2024/6/30", "2024-06-30".
// Not an amount: "2024.5亿元" is money.
const NUMERIC_DATE = /(?<!\d)((?:19|20)\d\d)\s*[.．/-]\s*(\d{1,2})(?!\d)(?:\s*[.．/-]\s*(\d{1,2})(?!\d))?(?!\s*[亿万千百元%％个项家人户件米吨台套])/g;
/** "2022年起持续推进": a year the work starts in. */
const YEAR_STARTS = /(\d{4})\s*年\s*度?\s*(?:起|开始|以来)/g;

/** "2024年10月起实施", "2024年春节后启动": the date starts the work rather than ends it. */
const STARTS = /^\s*(?:起|开始|(?:春节|元旦|国庆节?|五一|劳动节|主?汛期|入汛|供暖季|采暖季)\s*(?:之)?后)/;
const startsWork = (source: string, m: RegExpMatchArray) => STARTS.test(source.slice(m.index! + m[0].length));

/** "2024年Q3", "2024Q3", "Q3" as plans write quarters: "2024年第3季度". */
const QUARTER_CODE = /((?:19|20)\d\d)?\s*(年)?\s*[QqＱｑ]\s*([1-4])(?!\d)/g;
const spelledOutQuarters = (text: string): string =>
  /[QqＱｑ]/.test(text) ? text.replace(QUARTER_CODE, (_, year?: string, nian?: string, q?: string) => `${year ?? ''}${year || nian ? '年' : ''}第${q}季度`) : text;

/** "二〇二四年十二月": a year written digit by digit, and a month, in Chinese numerals. */
const CHINESE_YEAR = /[〇零一二三四五六七八九]{4}(?=\s*年)/g;
const CHINESE_MONTH = /(?<![〇零一二三四五六七八九十])(十[一二]?|[一二三四五六七八九])(?=\s*月)/g;
const chineseDigit = (c: string) => String(Math.max(0, CHINESE_DIGITS.indexOf(c))); // 零 as 〇
const monthNumber = (written: string) => String(smallNumber(written));
const arabicYearsAndMonths = (text: string): string =>
  /[〇零一二三四五六七八九十]/.test(text)
    ? text.replace(CHINESE_YEAR, (year) => [...year].map(chineseDigit).join('')).replace(CHINESE_MONTH, monthNumber)
    : text;

/** A time limit's wording with digits, years and quarters written one way. */
const normalised = (text: string): string => spelledOutQuarters(arabicYearsAndMonths(halfWidthDigits(text)));

/** A date phrase of a time limit, in the order written. */
interface Phrase {
  /** Where it starts and ends in the text. */
  readonly at: number;
  readonly end: number;
  /** The year it falls in, null when it has none and the plan's year is unknown. */
  readonly year: number | null;
  /** The date it names; null when it only starts the work, or has no year to be read in. */
  readonly date: string | null;
  /** Followed by 起, 开始, 春节后…: when the work starts, not when it ends. */
  readonly starts: boolean;
  /** Read in the plan's year, having none of its own. */
  readonly inPlanYear: boolean;
  /** A year alone ("2025年"), read as its year's end. */
  readonly bare: boolean;
  /** Followed by 前 or 内 ("2024年底前", "2024年内"): a limit in so many words. */
  readonly before: boolean;
}

/** The phrases that name their year: "2024年6月底前", "2024.6.30", "2022年起". */
function datedPhrases(source: string): Phrase[] {
  const phrases: Phrase[] = [];
  const add = (m: RegExpMatchArray, year: number, date: string | null, bare = false) =>
    phrases.push({
      at: m.index!,
      end: m.index! + m[0].length,
      year,
      date,
      starts: date === null || startsWork(source, m),
      inPlanYear: false,
      bare,
      before: endsInBefore(source, m),
    });
  for (const m of source.matchAll(WITH_YEAR)) {
    const phrase = m[3] ?? '';
    // "2024年汛期前": no date to read, and the year's end would be wrong.
    if (!phrase && UNDATED_SEASON.test(source.slice(m.index! + m[0].length))) continue;
    const date = periodEnd(Number(m[2]), phrase);
    if (date !== null) add(m, Number(m[2]), date, !phrase); // null: no such day (2月30日), or 春节 of a year the calendar does not hold
  }
  for (const m of source.matchAll(NUMERIC_DATE)) {
    const date = periodEnd(Number(m[1]), m[3] ? `${m[2]}月${m[3]}日` : `${m[2]}月`);
    if (date !== null) add(m, Number(m[1]), date); // null: no such month or day
  }
  for (const m of source.matchAll(YEAR_STARTS)) add(m, Number(m[1]), null);
  return phrases.sort((a, b) => a.at - b.at);
}

/** The text with the dated phrases blanked out, so that "6月底" of "2024年6月底前" is not read again without its year. */
function withoutPhrases(source: string, phrases: readonly Phrase[]): string {
  let out = source;
  for (const p of phrases) out = out.slice(0, p.at) + '\0'.repeat(p.end - p.at) + out.slice(p.end);
  return out;
}

/**
 * The phrases without a year of their own ("年底前", "明年6月底前"), each read in the year of the dated
 * phrase before it ("2024年6月底前启动，年底前完成"), else in the plan's year; 明年/次年 a year later.
 */
function yearlessPhrases(source: string, dated: readonly Phrase[], planYear: number | null): Phrase[] {
  const phrases: Phrase[] = [];
  const text = withoutPhrases(source, dated);
  for (const m of text.matchAll(WITHOUT_YEAR)) {
    const before = dated.findLast((p) => p.end <= m.index!);
    const baseYear = before ? before.year : planYear;
    const ahead = NEXT_YEAR.test(m[1] ?? m[3] ?? '');
    const year = baseYear === null ? null : baseYear + (ahead ? 1 : 0);
    const phrase = (m[2] ?? '').replace(/^(?:年内|本年度|今年)$/, '');
    // 元旦前 in a plan's year is the 元旦 that ends it.
    const date = year === null ? null : periodEnd(phrase.startsWith('元旦') ? year + 1 : year, phrase);
    if (year !== null && date === null) continue; // no such day (2月30日)
    phrases.push({
      at: m.index!,
      end: m.index! + m[0].length,
      year,
      date,
      starts: startsWork(text, m),
      inPlanYear: !before,
      bare: false,
      before: endsInBefore(text, m),
    });
  }
  return phrases;
}

/** "2024年底前", "2024年6月底之前", "2024年内", "2024年前": the phrase, or the words right after it, end in 前 or 内. */
const BEFORE = /^\s*(?:底|末)?\s*(?:之|以)?(?:前|内)/;
const endsInBefore = (source: string, m: RegExpMatchArray): boolean => /[前内]$/.test(m[0]) || BEFORE.test(source.slice(m.index! + m[0].length));

const CLAUSE_BREAK = /[，,。；;]/;

/** The clause a phrase stands in: the words before it, and after it, up to the nearest ，。；. */
function clauseAround(source: string, p: Phrase): { before: string; after: string; text: string } {
  let start = p.at;
  while (start > 0 && !CLAUSE_BREAK.test(source[start - 1]!)) start--;
  let end = p.end;
  while (end < source.length && !CLAUSE_BREAK.test(source[end]!)) end++;
  return { before: source.slice(start, p.at).trim(), after: source.slice(p.end, end).trim(), text: source.slice(start, end).trim() };
}

/** Words that may stand before a time limit's year: "力争2024年底前", "于2024年完成". */
const LEADS_INTO_DATE = /^(?:于|在|到|至|截至|截止|截止到|力争|争取|确保|计划|预计|最迟|不晚于|从|自)*$/;
/** A year that names which year's plan or list ("2024年省政府立法计划", "2024年度重点项目"), not when. */
const QUALIFIES_A_NAME = /^度?(?:省|市|县|全省|全市|国家|中央|立法|工作|重点|年度)/;
/** What a stage written as a year alone achieves, when it completes the work: "2025年全面建成". */
const COMPLETES = /^(?:全面|基本|力争|确保|如期|按期|全部)?(?:完成|建成|实现|办结|到位|竣工|投用|投运|达标)/;

/**
 * Of the limits read, the one officials track, and how it was read when the text is not a time limit
 * of the usual kind: a year that only names a plan ("列入2024年省政府立法计划"), or stages of which only
 * the first is a limit ("2024年底前基本建成，2025年全面推广": the year of promotion bounds no work).
 */
function trackedLimit(source: string, limits: readonly Phrase[]): { limit: Phrase | null; reading: DeadlineReading | null } {
  // The latest date named is the limit: "2024年6月底前完成方案，年底前全面完成".
  const latest = limits.reduce<Phrase | null>((l, p) => (l === null || p.date! > l.date! ? p : l), null);
  if (!latest?.bare) return { limit: latest, reading: null };
  const clause = clauseAround(source, latest);
  const stagesBefore = limits.filter((p) => p.before && p.date! < latest.date!);
  if (stagesBefore.length && !latest.before && !COMPLETES.test(clause.after)) {
    const stage = stagesBefore.reduce((l, p) => (p.date! > l.date! ? p : l));
    return { limit: stage, reading: { kind: 'stage', stage: clauseAround(source, stage).text, later: clause.text, date: stage.date! } };
  }
  if (!LEADS_INTO_DATE.test(clause.before) || QUALIFIES_A_NAME.test(clause.after)) {
    return { limit: latest, reading: { kind: 'yearNamesPlan', year: latest.year!, date: latest.date! } };
  }
  return { limit: latest, reading: null };
}

/** Reads a deadline text; `planYear` resolves phrases without a year. */
export function parseDeadline(text: string, planYear: number | null): Deadline {
  const source = normalised(text);
  const continuous = CONTINUOUS.test(source);
  const dated = datedPhrases(source);
  const phrases = [...dated, ...yearlessPhrases(source, dated, planYear)];
  const limits = phrases.filter((p) => !p.starts && p.date !== null);
  const { limit, reading } = trackedLimit(source, limits);
  return {
    deadline: limit?.date ?? null,
    continuous,
    yearless: limits.some((p) => p.inPlanYear),
    needsPlanYear: phrases.some((p) => p.year === null && !p.starts),
    recognized: continuous || phrases.length > 0,
    reading,
  };
}

/** The years a plan covers: those its title names, else those its time limits name. */
export function planYears(title: string, deadlineTexts: readonly string[]): { startYear: number | null; endYear: number | null } {
  const titleYears = yearsIn(title);
  const years = titleYears.length ? titleYears : deadlineTexts.flatMap(yearsIn);
  return years.length ? { startYear: Math.min(...years), endYear: Math.max(...years) } : { startYear: null, endYear: null };
}

/** A task's warning while its time limit has no year and the plan's year is unknown. */
export const yearUnknownWarning = (deadlineText: string): string => `完成时限“${deadlineText}”未写年份，计划年份不明，无法确定日期`;

/** Four-digit years (1990–2099) a text mentions, e.g. in "2022-2023年工作要点". */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<!\d)(19[89]\d|20\d\d)(?!\d)/g)) years.push(Number(m[1]));
  return years;
}
