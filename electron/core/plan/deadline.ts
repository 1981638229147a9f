// Reads a 完成时限 as written ("2022年12月底前完成", "上半年", "持续推进") into a date.
// Pure: the plan's year is passed in for deadlines written without one ("年底前").
import { isoDate, lastDayOfMonth, lastMonthOf, quarterNumber } from '../../shared/periods';
import { halfWidthDigits } from './text';

export interface Deadline {
  /** The latest date the text names, YYYY-MM-DD, or null. */
  deadline: string | null;
  /** 持续推进 / 长期坚持 / 常态化 …: an ongoing task. */
  continuous: boolean;
  /** The date came from a phrase without a year ("年底前"), read in the plan's year. */
  yearless: boolean;
  /** Whether anything in the text was understood. */
  recognized: boolean;
}

const CONTINUOUS = /持续|长期|常态化|经常性|每年|逐年|每季度|每半年|每月|每周|每旬|定期|适时/;

/**
 * Words of time or manner that name no date ("“十四五”期间", "适时开展", "分阶段实施"): said where a
 * time limit goes, never a unit. 适时 (when the time is right) reads as continuous; the rest ask for a date.
 */
export const UNDATED_TIME = /期间|期内|时期|适时|及时|尽快|尽早|逐步|稳步|分步|分阶段|分批|近期|远期|今后|十[一二三四五六七八九]五/;
/** Words that mark a clause as a time limit rather than a unit. */
export const DEADLINE_HINT =
  /\d{4}\s*年|\d{4}\s*[.．/-]\s*\d{1,2}(?![\d亿万千百元%％])|\d{1,2}\s*月|年底|年末|年中|年内|上半年|下半年|季度|底前|前完成|完成$|(?:元旦|五一|国庆|春节|劳动节)\s*(?:之)?前|汛前|汛期前|季前|持续|长期|常态化|每年|逐年|每(?:半年|月|周|旬)|定期|^(?:完成)?时限/;

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
const WITHOUT_YEAR = new RegExp(
  `(\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?(?:底|末|前|份|中旬|上旬|下旬)?|第?[一二三四]\\s*季度|(?:元旦|国庆节?|五一|劳动节)\\s*(?:之)?前|上半年|下半年|年中|年底|年末|年内|本年度|今年)`,
  'g',
);

// A date typed in figures, as task tables often have it: "2024.12", "2024.6.30", "2024/6/30", "2024-06-30".
// Not an amount: "2024.5亿元" is money.
const NUMERIC_DATE = /(?<!\d)((?:19|20)\d\d)\s*[.．/-]\s*(\d{1,2})(?!\d)(?:\s*[.．/-]\s*(\d{1,2})(?!\d))?(?!\s*[亿万千百元%％个项家人户件米吨台套])/g;

/** "2024年10月起实施", "2024年春节后启动": the date starts the work rather than ends it. */
const STARTS = /^\s*(?:起|开始|(?:春节|元旦|国庆节?|五一|劳动节|主?汛期|入汛|供暖季|采暖季)\s*(?:之)?后)/;
const startsWork = (source: string, m: RegExpMatchArray) => STARTS.test(source.slice(m.index! + m[0].length));

/** Reads a deadline text; `planYear` resolves phrases without a year. */
export function parseDeadline(text: string, planYear: number | null): Deadline {
  const source = halfWidthDigits(text);
  const continuous = CONTINUOUS.test(source);
  let latest: string | null = null;
  let yearless = false;
  let recognized = continuous;
  const consider = (date: string | null) => {
    if (date && (!latest || date > latest)) latest = date;
  };

  let found = false;
  // "2024年10月起实施，年底前完成": the year the work starts in is the year of the limit that follows.
  let startedIn: number | null = null;
  /** A dated phrase: the time limit, or (followed by 起, 春节后…) when the work starts. */
  const take = (m: RegExpMatchArray, year: number, date: string) => {
    recognized = true;
    if (startsWork(source, m)) {
      startedIn ??= year;
    } else {
      found = true;
      consider(date);
    }
  };
  for (const m of source.matchAll(WITH_YEAR)) {
    const phrase = m[3] ?? '';
    // "2024年汛期前": no date to read, and the year's end would be wrong.
    if (!phrase && UNDATED_SEASON.test(source.slice(m.index! + m[0].length))) continue;
    const date = periodEnd(Number(m[2]), phrase);
    if (date !== null) take(m, Number(m[2]), date); // null: no such day (2月30日), or 春节 of a year the calendar does not hold
  }
  for (const m of source.matchAll(NUMERIC_DATE)) {
    const date = periodEnd(Number(m[1]), m[3] ? `${m[2]}月${m[3]}日` : `${m[2]}月`);
    if (date !== null) take(m, Number(m[1]), date); // null: no such month or day
  }
  // "2022年起持续推进": the year starts the work; nothing to read as a deadline.
  if (!found && /\d{4}\s*年\s*(?:起|开始|以来)/.test(source)) recognized = true;
  if (!found) {
    const year = startedIn ?? planYear;
    for (const m of source.matchAll(WITHOUT_YEAR)) {
      const phrase = m[1]!.replace(/^(?:年内|本年度|今年)$/, '');
      // 元旦前 in a plan's year is the 元旦 that ends it.
      const date = year == null ? null : periodEnd(phrase.startsWith('元旦') ? year + 1 : year, phrase);
      if (year != null && date === null) continue; // no such day (2月30日)
      recognized = true;
      if (year == null || startsWork(source, m)) continue;
      yearless ||= startedIn === null;
      consider(date);
    }
  }
  return { deadline: latest, continuous, yearless: yearless && latest !== null, recognized };
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
