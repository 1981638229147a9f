// Reads the status word a unit wrote (完成状态 column) into one of the four statuses.
import type { ProgressStatus } from '../../shared/types';
import { combineStatuses } from './taskStatus';

export interface StatusReading {
  status: ProgressStatus | null;
  /** The word as written (trimmed), kept even when it is understood. */
  text: string;
  /** False for a non-blank word that matches none of the known ones. */
  recognised: boolean;
  /**
   * The word says how far rather than which status (“基本完成”, “完成80%”, “未完成”), or names two
   * (“已完成、正在推进”: read as the two units' statuses would be combined): counted so, for the
   * official to check.
   */
  approximate?: true;
}

// Negative and delayed phrasings first: "未按期完成" contains "完成".
const RULES: { status: ProgressStatus; re: RegExp }[] = [
  { status: 'not_started', re: /^(未启动|尚未启动|未开展|尚未开展|未开始|尚未开始|暂未启动|暂未开展)/ },
  { status: 'delayed', re: /(滞后|未按期完成|未按时完成|拖延|延期|逾期|推进缓慢)/ },
  { status: 'completed', re: /^(已完成|完成|已办结|办结|已落实|全部完成|已全部完成|已按期完成|按期完成|已完成任务|(?:已)?(?:提前|超额)完成)$/ },
  {
    status: 'on_track',
    re: /(正常推进|按序时推进|按时序推进|序时推进|正在推进|推进中|进行中|正在进行|按计划进行|按计划推进|按计划实施|有序推进|持续推进|长期推进|稳步推进|正常|按进度推进|已启动|正在实施|实施中|(?:正常|有序|持续)开展)/,
  },
];

/** Part done, or not yet done, without saying whether on time (an overdue task is flagged by its deadline anyway). */
const APPROXIMATE = /^(?:基本完成|基本办结|基本落实|大部分完成|大部完成|部分完成|初步完成|(?:已)?完成(?:了)?约?\d{1,2}(?:\.\d+)?[%％]|未完成|尚未完成|未全部完成|未完全完成)$/;

/**
 * Removes spaces, trailing punctuation, brackets around the word and a note in brackets after it,
 * so "已完成。", "已 完成", "（已完成）" and "已完成（100%）" read the same (the record keeps the
 * word as written).
 */
function cleanWord(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[。.，,；;！!]+$/u, '')
    .replace(/^[(（[【]([^()（）[\]【】]+)[)）\]】]$/u, '$1')
    .replace(/(?<=.)[(（[【][^()（）[\]【】]*[)）\]】]$/u, '');
}

/** Units use a handful of words over and over: remember the readings (bounded). */
const memo = new Map<string, StatusReading>();

export function readStatus(raw: string): StatusReading {
  let reading = memo.get(raw);
  if (!reading) {
    reading = interpret(raw);
    if (memo.size < 2000) memo.set(raw, reading);
  }
  return reading;
}

function interpret(raw: string): StatusReading {
  const text = raw.trim();
  if (!text) return { status: null, text: '', recognised: true };
  const word = cleanWord(text);
  // "已完成、正在推进" (two boxes ticked, or two words listed) names no one status: read as the
  // summary reads two units' (on track), for the official to check; an unknown word among them, not at all.
  const listed = word.split('、').map(statusOfWord);
  if (listed.length > 1 && new Set(listed).size > 1) {
    if (listed.includes(null)) return { status: null, text, recognised: false };
    return { status: combineStatuses(listed as ProgressStatus[]), text, recognised: true, approximate: true };
  }
  if (APPROXIMATE.test(word)) return { status: 'on_track', text, recognised: true, approximate: true };
  const status = statusOfWord(word);
  if (status) return { status, text, recognised: true };
  // A word and a remark (“已完成80%，预计年底完成”, “正常推进；详见附件”): the word before the remark.
  const [first, ...remark] = word.split(/[，,；;]/);
  if (remark.length && first) {
    if (APPROXIMATE.test(first)) return { status: 'on_track', text, recognised: true, approximate: true };
    const ofFirst = statusOfWord(first);
    if (ofFirst) return { status: ofFirst, text, recognised: true };
  }
  return { status: null, text, recognised: false };
}

function statusOfWord(word: string): ProgressStatus | null {
  return RULES.find(({ re }) => re.test(word))?.status ?? null;
}

/**
 * A status word opening a text before its first break (“已完成。全年共拨付…”, “正在推进，已与…”):
 * the word, its status and the text after the break; null when the opening is no status word.
 */
export function statusOpening(text: string): { word: string; status: ProgressStatus; rest: string } | null {
  const m = /^([^。，,；;：:\n]{1,10})(?:[。，,；;：:\n]|$)/.exec(text.trim());
  const status = m ? readStatus(m[1]!).status : null;
  return m && status ? { word: m[1]!, status, rest: text.trim().slice(m[0].length).trim() } : null;
}
