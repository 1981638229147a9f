// Small wording helpers for the generated 通报 text: numerals, lists, excerpts and percentages.
import type { TaskPeriodStatus } from '../../shared/types';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (enough for headings and 一是/二是). */
export function cnNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${cnNumeral(rest)}` : cnNumeral(rest)}`;
}

/** ["2","3","5"] → 第2、3、5项; past `max` items: 第2、3、5等40项. */
export function seqList(seqs: readonly string[], max = 20): string {
  if (seqs.length <= max) return `第${seqs.join('、')}项`;
  return `第${seqs.slice(0, max).join('、')}等${seqs.length}项`;
}

/** Units: A、B、C, or A、B等N个单位 when longer than `max`. */
export function nameList(names: readonly string[], max = 8): string {
  if (names.length <= max) return names.join('、');
  return `${names.slice(0, max).join('、')}等${names.length}个单位`;
}

/** Every unit named (a notice names each unit it chases), with their count after a list longer than `max`. */
export function allNamed(names: readonly string[], max = 8): string {
  return names.length > max ? `${names.join('、')}${names.length}个单位` : names.join('、');
}

/** 0.1666 → 16.7%, 1 → 100% */
export function percent(rate: number): string {
  const value = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

/** 2023-09-30 → 2023年9月底 */
export function monthEndPhrase(date: string): string {
  const [y, m] = date.split('-');
  return `${Number(y)}年${Number(m)}月底`;
}

export const STATUS_PHRASES: Record<TaskPeriodStatus, string> = {
  completed: '已完成',
  on_track: '正常推进',
  delayed: '进度滞后',
  not_started: '尚未启动',
  unreported: '未报送进展情况',
};

const LIST_MARK = /^\s*(?:[（(]?[0-9一二三四五六七八九十]+[)）.、．]|[一二三四五六七八九十]+是[，,：:]?|[•·●\-—]+)\s*/;
const TRAILING_PUNCT = /[\s。；;，,、：:！!？?…]+$/;

/** Trims list numbering, surrounding space and trailing punctuation, so the text can be woven into a sentence. */
export function clause(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(LIST_MARK, '').replace(TRAILING_PUNCT, '').trim();
}

/**
 * The first sentence of a unit's text, shortened at a comma when long, without end punctuation.
 * Shortening never cuts inside a phrase: a long sentence without commas is kept whole up to `hardMax`.
 */
export function excerpt(text: string, max = 60, hardMax = 120): string {
  const first = clause(text.split(/[。！!？?；;\n]/).find((s) => clause(s)) ?? '');
  if (first.length <= max) return first;
  const cut = Math.max(first.lastIndexOf('，', max), first.lastIndexOf(',', max));
  if (cut > 10) return first.slice(0, cut);
  return first.length <= hardMax ? first : `${first.slice(0, hardMax)}等`;
}

/** The task's gist for a parenthesis: its first clause (cut with 等 only when very long). */
export function taskGist(content: string, max = 40): string {
  const first = clause(content.split(/[，,。；;：:]/)[0] ?? content);
  return first.length <= max ? first : `${first.slice(0, max)}等`;
}

const NO_PROBLEM = /^(?:无|暂无|没有|无问题|暂无问题|暂未发现问题|未发现问题|无明显问题|否|\/|-|—|——)$/;

/** "无", "暂无", "/" and the like mean no problem was reported. */
export function isNothing(text: string): boolean {
  const t = clause(text);
  return t === '' || NO_PROBLEM.test(t);
}

/** A key that treats texts differing only in spacing and punctuation as the same. */
export function dedupeKey(text: string): string {
  return text.replace(/[\s\p{P}]/gu, '');
}

/** ["甲","乙"] → 一是甲；二是乙。 */
export function enumerate(items: readonly string[]): string {
  if (items.length === 1) return `${items[0]}。`;
  return `${items.map((item, i) => `${cnNumeral(i + 1)}是${item}`).join('；')}。`;
}
