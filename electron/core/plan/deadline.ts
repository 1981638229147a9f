// Reads a 完成时限 as written ("2022年12月底前完成", "上半年", "持续推进") into a date.
// Pure: the plan's year is passed in for deadlines written without one ("年底前").
import { isoDate, lastMonthOf, quarterNumber } from '../../shared/periods';
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

const CONTINUOUS = /持续|长期|常态化|经常性|每年|逐年|每季度|每半年|每月|定期/;
/** Words that mark a clause as a time limit rather than a unit. */
export const DEADLINE_HINT =
  /\d{4}\s*年|\d{1,2}\s*月|年底|年末|年中|年内|上半年|下半年|季度|底前|前完成|完成$|持续|长期|常态化|每年|逐年|定期|^(?:完成)?时限/;

/** The date a period phrase ends on: "上半年" → 06-30, "三季度" → 09-30, "12月底" → 12-31, "" → 12-31. */
function periodEnd(year: number, phrase: string): string | null {
  const p = phrase.replace(/\s+/g, '');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})月(\d{1,2})日/.exec(p))) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? isoDate(year, month, day) : null;
  }
  if ((m = /^(\d{1,2})月/.exec(p))) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? isoDate(year, month) : null;
  }
  if ((m = /^(?:第)?([一二三四1-4])季度/.exec(p))) return isoDate(year, lastMonthOf('quarter', quarterNumber(m[1]!)!));
  if (/^(?:上半年|年中|中期)/.test(p)) return `${year}-06-30`;
  return `${year}-12-31`; // 年底 / 年末 / 下半年 / 全年 / a bare year
}

// A year, then what follows it up to the end of a period phrase. "2022年起" starts something: no deadline.
const WITH_YEAR =
  /(?:(\d{4})\s*[-—–~～至到]\s*)?(\d{4})\s*年(?!\s*(?:起|开始|以来|度起))\s*((?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)|第?[一二三四1-4]\s*季度|上半年|下半年|年中|年底|年末|底|末|内|前|全年)?/g;
const WITHOUT_YEAR = /(\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|末|前|份|中旬|上旬|下旬)?|第?[一二三四]\s*季度|上半年|下半年|年中|年底|年末|年内|本年度|今年)/g;

/** "2024年10月起实施": the date starts the work rather than ends it. */
const STARTS = /^\s*(?:起|开始)/;
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
  for (const m of source.matchAll(WITH_YEAR)) {
    recognized = true;
    if (startsWork(source, m)) continue;
    found = true;
    consider(periodEnd(Number(m[2]), m[3] ?? ''));
  }
  // "2022年起持续推进": the year starts the work; nothing to read as a deadline.
  if (!found && /\d{4}\s*年\s*(?:起|开始|以来)/.test(source)) recognized = true;
  if (!found) {
    for (const m of source.matchAll(WITHOUT_YEAR)) {
      recognized = true;
      if (planYear == null || startsWork(source, m)) continue;
      yearless = true;
      consider(periodEnd(planYear, m[1]!.replace(/^(?:年内|本年度|今年)$/, '')));
    }
  }
  return { deadline: latest, continuous, yearless: yearless && latest !== null, recognized };
}

/** Four-digit years (1990–2099) a text mentions, e.g. in "2022-2023年工作要点". */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<!\d)(19[89]\d|20\d\d)(?!\d)/g)) years.push(Number(m[1]));
  return years;
}
