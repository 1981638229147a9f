// One numbered item of a report written in words (see reportOutline) → what a table's row would
// hold: the plan's task number it names, its heading (the task text to match), its progress, the
// status word it uses, and the problems and next steps it names itself.
import { readStatus } from '../statusWords';
import type { OutlineItem } from './reportOutline';

export interface ItemCells {
  /** The plan's task number the item names ("（第3项）", "任务3", or its own “3．” when that is the plan's), or ''. */
  seq: string;
  /** Its heading clause, the task number taken out: the text matched against the plan's tasks. */
  heading: string;
  progress: string;
  /** The status word it uses (“目前进度：正常推进”, a sentence “已完成。”), or ''. */
  status: string;
  problems: string;
  nextSteps: string;
}

/** The plan's task number written in a heading: “（第3项）”, “第3项”, “任务3”, “（任务3）”. */
const TASK_NUMBER = /[（(]?\s*(?:第\s*([0-9０-９]{1,4})\s*项(?:任务)?|任务\s*([0-9０-９]{1,4})(?![0-9０-９]))\s*[)）]?/u;
/** The heading clause: up to the first full stop (or colon ending it). */
const HEADING = /^([^。：:\n]*?)(?:[。：:]|$)/u;
/** A labelled status: “目前进度：正常推进”, “完成状态：已完成”. */
const STATUS_LABEL = /(?:目前|当前|现在?)?(?:工作)?(?:进度|状态|完成状态|进展状态|推进状态|完成情况)\s*[:：]\s*([^。；;，,\n]{1,15})/u;
/** A sentence short enough to be a status word alone (“已完成。”, “目前正常推进。”). */
const STATUS_SENTENCE_CHARS = 10;
/** Where an item names its own problems or next steps: “存在问题：…”, “下步打算：…”. */
const OWN_SECTION = /(?:^|(?<=[。；;\n]))\s*(存在的?(?:主要)?问题|困难和问题|问题和困难|存在困难|下一?步(?:工作)?(?:打算|计划|安排|措施)?)\s*[:：]/gu;
/** “牵头推进…”, “配合推行…”: the unit's role, not the task's words. */
const ROLE_WORD = /^(?:牵头|配合|参与|协助|协同)(?=..)/u;

const digits = (text: string) => text.normalize('NFKC');

/** The item's cells; `ownNumberIsPlans`: its Arabic number (“3．”) is the plan's task number. */
export function itemCells(item: OutlineItem, ownNumberIsPlans: boolean): ItemCells {
  const text = item.texts.join('\n').trim();
  const headingMatch = HEADING.exec(item.texts[0]!.trim())!;
  const headingClause = headingMatch[1]!;
  // Only in the heading: “完成第3项指标” in the text is no task number.
  const taskNumber = TASK_NUMBER.exec(headingClause);
  const seq = taskNumber ? digits(taskNumber[1] ?? taskNumber[2]!) : ownNumberIsPlans && item.number !== null ? String(item.number) : '';
  const heading = headingClause.replace(TASK_NUMBER, '').replace(ROLE_WORD, '').replace(/[，,；;\s]+$/u, '').trim();
  const rest = text.slice(headingMatch[0].length).trim();
  const { body, problems, nextSteps } = ownSections(rest || text);
  return { seq, heading, progress: body, status: statusWord(text), problems, nextSteps };
}

/** The item's text split at its own “存在问题：”“下步打算：” (each running to the next, or the end). */
function ownSections(text: string): { body: string; problems: string; nextSteps: string } {
  const marks = [...text.matchAll(OWN_SECTION)];
  if (!marks.length) return { body: text, problems: '', nextSteps: '' };
  const parts = { body: text.slice(0, marks[0]!.index).trim(), problems: '', nextSteps: '' };
  marks.forEach((m, i) => {
    const piece = text.slice(m.index + m[0].length, marks[i + 1]?.index ?? text.length).trim();
    const field = /^下/u.test(m[1]!) ? 'nextSteps' : 'problems';
    parts[field] = parts[field] ? `${parts[field]}\n${piece}` : piece;
  });
  return parts;
}

/** The status word the item uses: a labelled one first, else the last short sentence that is one. */
function statusWord(text: string): string {
  const labelled = STATUS_LABEL.exec(text)?.[1]?.trim();
  if (labelled && readStatus(labelled).status) return labelled;
  const sentences = text.split(/[。；;！!\n]/u).map((s) => s.trim()).filter((s) => s && s.length <= STATUS_SENTENCE_CHARS);
  return sentences.filter((s) => readStatus(s).status).at(-1) ?? '';
}

/**
 * Whether the items' Arabic numbers (“1．”, “（3）”) are the plan's task numbers: not when they run
 * 1, 2, 3… as a report numbers its own points; when they skip or jump (3, 5, 8), they can only be the plan's.
 */
export function numbersArePlans(items: readonly OutlineItem[]): boolean {
  const numbers = items.map((i) => i.number);
  if (!numbers.length || numbers.some((n) => n === null)) return false;
  return numbers.some((n, i) => n !== i + 1);
}
