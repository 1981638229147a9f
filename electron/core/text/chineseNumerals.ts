// Numbers as formal documents write them in Chinese: years digit by digit ("二〇二三年"), months and
// days counted ("十二月三十一日"). Readers turn them into Arabic digits before looking for dates.

/** 〇 to 九, by value. */
export const CHINESE_DIGITS = '〇一二三四五六七八九';

const digitOf = (d: string) => (d === '○' || d === '零' ? 0 : CHINESE_DIGITS.indexOf(d));

/** "十月八日", "十二月三十一日": a month or day up to 31 written in Chinese numerals. */
export function smallNumber(text: string): number {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (tens ? digitOf(tens) : 1) * 10 : 0) + (ones ? digitOf(ones) : 0);
}

/** "二〇二三年" as "2023年". */
export const arabicYears = (text: string) =>
  text.replace(/[〇○零一二三四五六七八九]{4}(?=\s*年)/g, (year) => [...year].map(digitOf).join(''));

/** "二〇二三年十月八日", as the 落款 of a formal document dates it, as "2023年10月8日". */
export const arabicDates = (text: string) =>
  arabicYears(text).replace(
    /(\d{4}\s*年\s*)([一二三四五六七八九十]{1,3})(\s*月\s*)([一二三四五六七八九十]{1,3})(?=\s*日)/g,
    (_, y: string, mo: string, m: string, d: string) => `${y}${smallNumber(mo)}${m}${smallNumber(d)}`,
  );
