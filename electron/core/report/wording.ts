// Small wording helpers for the generated 通报 text: numerals, lists, excerpts and percentages.
import type { TaskPeriodStatus } from '../../shared/types';
import { withoutTableHeading } from '../../shared/sections';

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

/** An enumerated item (一是…) opens the text. */
const ENUMERATION = /^\s*[一二三四五六七八九十]+是/;
/** An item's opening sentence up to this length is its title (一是强化顶层设计。), not yet what was done. */
const ITEM_TITLE_MAX = 12;

/**
 * The sentence that says what was done: the first one, unless the text is enumerated and the first
 * is only the first item's title, when the sentence after the title says it.
 */
function leadSentence(text: string): string {
  const sentences = text.split(/[。！!？?；;\n]/).filter((s) => clause(s));
  const [first = '', second] = sentences;
  const isTitle = ENUMERATION.test(first) && clause(first).length <= ITEM_TITLE_MAX;
  return isTitle && second && !ENUMERATION.test(second) ? second : first;
}

/**
 * The first sentence of a unit's text, shortened at a comma when long, without end punctuation.
 * Shortening never cuts inside a phrase: a long sentence without commas is kept whole up to `hardMax`.
 */
export function excerpt(text: string, max = 60, hardMax = 120): string {
  const first = clause(leadSentence(text));
  if (first.length <= max) return first;
  const cut = Math.max(first.lastIndexOf('，', max), first.lastIndexOf(',', max));
  if (cut > 10) return first.slice(0, cut);
  return first.length <= hardMax ? first : `${first.slice(0, hardMax)}等`;
}

/**
 * An opening prepositional phrase (对…、在…时、按照…、围绕…): the clause it starts is only an
 * adverbial, so it cannot stand for the task on its own. 对接, 对标 and the like are verbs.
 */
const ADVERBIAL_OPENING = /^(?:对(?![接标照外口])|在|按照|根据|围绕|针对|结合|通过|依托|依据|依照)/;

/**
 * The task's gist for a parenthesis: its first clause, or, when that clause is only an adverbial
 * (对引进的…人才), the adverbial with the main clause of its sentence (…人才直接认定相应职称).
 * A long one is cut as an official would quote it (see shortenGist).
 */
export function taskGist(content: string, max = 40): string {
  const sentence = withoutTableHeading(content).split(/[。；;：:\n]/)[0] ?? content;
  const clauses = sentence.split(/[，,]/).map(clause).filter(Boolean);
  const first = clauses[0] ?? clause(content);
  const gist = ADVERBIAL_OPENING.test(first) && clauses.length > 1 ? `${first}${clauses.at(-1)}` : first;
  return shortenGist(gist, max);
}

/**
 * A gist over `max` characters: whole when only a little over (a cut would lose a word or two for
 * nothing); else cut after an item of a list ("…、…中心等"), never inside quotes or brackets; else
 * whole up to twice `max`, since a clause cut mid-word ("对接联等") misquotes the task; else cut
 * after a word, without 等, which would claim the cut left out list items.
 */
function shortenGist(gist: string, max: number): string {
  if (gist.length <= max + GIST_SLACK) return gist;
  let depth = 0;
  let cut = -1;
  for (let i = 0; i < max; i++) {
    const c = gist[i]!;
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[、，,；;]/.test(c) && i >= MIN_GIST) cut = i;
  }
  if (cut > 0) return `${gist.slice(0, cut)}等`;
  if (gist.length <= 2 * max) return gist;
  let end = 0;
  for (const { index } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(gist)) {
    if (index > max) break;
    end = index;
  }
  return gist.slice(0, end || max);
}

const GIST_SLACK = 10;
const MIN_GIST = 8;
const OPENERS = '“‘（(《〈【「';
const CLOSERS = '”’）)》〉】」';

/** The text without `phrase` where it stands as a clause of its own (between commas or at either end). */
export function withoutClause(text: string, phrase: string): string {
  const kept = text.split(/[，,]/).filter((part) => part.trim() !== phrase);
  return kept.length === text.split(/[，,]/).length ? text : kept.join('，');
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

/** Where a title line may end well: after a year (2023年), a place or body (省、局、厅…), 的 or 和, a document's name (》), or before 《. */
const GOOD_LINE_END = /(?:年|省|市|县|区|局|厅|委|办|部|院|的|和|与|及|》)$/;
/** Never at a line's end (an opening mark) or at the next line's start (a closing mark or punctuation). */
const NO_LINE_END = /[《“‘（(〈【「]$/;
const NO_LINE_START = /^[》”’）)〉】」，、；：。！？]/;

/** Width of text in full-width characters: digits and Latin letters take half. */
const displayWidth = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0);

/**
 * A title too long for one line broken between words (GB/T 9704: 回行时词意完整), in lines about
 * equally long and none wider than `width` full-width characters where the words allow; a line ends
 * after a year, a body's name or 的 sooner than elsewhere.
 */
export function titleBrokenAtWords(text: string, width: number): string[] {
  const total = displayWidth(text);
  if (total <= width) return [text];
  const lines = Math.ceil(total / width);
  const target = total / lines;
  let best = -1;
  let bestScore = Infinity;
  for (const { index } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) {
    const left = text.slice(0, index);
    const right = text.slice(index);
    const leftWidth = displayWidth(left);
    if (!index || leftWidth > width || total - leftWidth > width * (lines - 1)) continue;
    if (NO_LINE_END.test(left) || NO_LINE_START.test(right)) continue;
    const score = Math.abs(leftWidth - target) + (GOOD_LINE_END.test(left) || right.startsWith('《') ? 0 : 6);
    if (score < bestScore) [best, bestScore] = [index, score];
  }
  if (best < 0) return [text];
  return [text.slice(0, best), ...titleBrokenAtWords(text.slice(best), width)];
}

/** What a line of 小二 title type holds for certain across a landscape A4 page (237 mm: 37 full-width characters). */
const TABLE_TITLE_LINE = 36;

/** A table's title on a landscape page (the 附件 汇总表, the 任务分工表), in lines broken between words. */
export const tableTitleLines = (title: string): string[] => titleBrokenAtWords(title, TABLE_TITLE_LINE);
