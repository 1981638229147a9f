// A report written in words instead of a table (文字报告): its paragraphs told apart into the lines
// heading it (title, salutation, opening), its numbered items, its closing sections (存在问题、下步打算)
// and its signature (unit, date). Paragraphs are numbered from 1, as the official counts them in Word.
import { signatureDate } from './tableRows';

export interface OutlineItem {
  /** 1-based numbers of its first and last paragraph. */
  first: number;
  last: number;
  /** How deep its number is: 1 for “一、”, 2 for “（一）”, 3 for “1．”, 4 for “（1）”, 5 for “①”. */
  level: number;
  /** The number as a figure, for the Arabic ones (“3．”, “（3）”); null for the others. */
  number: number | null;
  /** Its paragraphs, the number taken off the first. */
  texts: string[];
}

export type ClosingKind = 'problems' | 'nextSteps';

export interface OutlineClosing {
  kind: ClosingKind;
  first: number;
  last: number;
  /** Its text without its heading word (“存在问题：”, “三、下步打算”). */
  text: string;
}

export interface ReportOutline {
  /** The paragraphs before the first item: title, salutation, opening. */
  above: string[];
  items: OutlineItem[];
  closings: OutlineClosing[];
  /** The signature and what follows it: unit, date, 联系人, 附件. */
  below: string[];
}

const NUMBERS: { level: number; re: RegExp }[] = [
  { level: 1, re: /^[一二三四五六七八九十]{1,3}\s*[、．.，,]\s*/u },
  { level: 2, re: /^[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]\s*[、．.，,]?\s*/u },
  { level: 3, re: /^([0-9０-９]{1,3})\s*[、．.，,](?![0-9０-９])\s*/u },
  { level: 4, re: /^[（(]\s*([0-9０-９]{1,3})\s*[)）]\s*[、．.，,]?\s*/u },
  { level: 5, re: /^[①-⑳]\s*/u },
];

/** A paragraph opening with the plan's task number instead of a number of its own: “第3项：…”, “任务3：…”. */
const OPENS_WITH_TASK = /^(第\s*[0-9０-９]{1,4}\s*项|任务\s*[0-9０-９]{1,4})/u;

const PROBLEMS_WORDS = /^(存在的?(主要)?(问题|困难|不足)|(主要)?(问题|困难)(和|与|及)(困难|问题|不足|建议)|面临的?(主要)?(问题|困难)|困难问题|问题)/u;
const NEXT_STEPS_WORDS = /^(下一?步|下阶段|下一阶段|今后|后续)(工作)?(打算|计划|安排|措施|思路|重点|工作)?/u;
/** After the heading word of a closing: its punctuation, up to its text. */
const AFTER_CLOSING_WORD = /^[^：:。，,]{0,12}?[：:。，,]\s*|^[^：:。，,]{0,12}$/u;

/** Lines of a signature: a date, 联系人 and the like, a seal, an attachment; “特此报告。” before them. */
const SIGNATURE_WORDS = /联系人|联系电话|填报人|审核人|签发人|[（(](盖章|公章|章)[)）]|^附件|^特此(报告|报送|说明|函告)/u;
/** A line as short as a unit's name and without a sentence's punctuation. */
const NAME_LINE = /^[^。；;，,：:！!？?]{2,30}$/u;

/** The paragraph's number (see NUMBERS), or null. */
export function numberOf(text: string): { level: number; number: number | null; length: number } | null {
  for (const { level, re } of NUMBERS) {
    const m = re.exec(text);
    if (m) return { level, number: m[1] === undefined ? null : Number(m[1].normalize('NFKC')), length: m[0].length };
  }
  if (OPENS_WITH_TASK.test(text)) return { level: 3, number: null, length: 0 };
  return null;
}

/** The closing section a paragraph opens (its number taken off), or null. */
function closingKind(text: string): ClosingKind | null {
  if (PROBLEMS_WORDS.test(text)) return 'problems';
  if (NEXT_STEPS_WORDS.test(text)) return 'nextSteps';
  return null;
}

/** The text of a closing's first paragraph after its heading word: “存在问题：部门间…” → “部门间…”; a heading alone → ''. */
const closingText = (text: string) => text.replace(AFTER_CLOSING_WORD, '').trim();

/** A numbered line is an item's or a closing's, never the signature's. */
const isSignatureLine = (text: string) => signatureDate(text) !== null || (!numberOf(text) && (SIGNATURE_WORDS.test(text) || NAME_LINE.test(text)));

interface Candidate extends OutlineItem {
  /** Its first paragraph is a heading alone (short, no sentence), nothing after it yet. */
  headingOnly: boolean;
  /** Its first paragraph as written, number and all. */
  written: string;
}

/** The outline of a report's paragraphs; the first paragraph is its title, never an item. */
export function outlineReport(paragraphs: readonly string[]): ReportOutline {
  let end = paragraphs.length;
  // The signature: from the end, while lines are dates, names, contacts (a closing's heading is none).
  while (end > 1) {
    const text = paragraphs[end - 1]!;
    if (closingKind(text) || !isSignatureLine(text)) break;
    end--;
  }
  const candidates: Candidate[] = [];
  const closings: (OutlineClosing & { level: number; parts: string[] })[] = [];
  let open: { kind: 'item'; at: Candidate } | { kind: 'closing'; at: (typeof closings)[number] } | null = null;
  let firstBody = end;
  for (let i = 1; i < end; i++) {
    const text = paragraphs[i]!;
    const n = i + 1;
    const number = numberOf(text);
    const bare = number ? text.slice(number.length).trim() : text;
    const kind = closingKind(bare);
    if (kind) {
      const closing = { kind, first: n, last: n, text: '', level: number?.level ?? 0, parts: [closingText(bare)] };
      closings.push(closing);
      open = { kind: 'closing', at: closing };
      firstBody = Math.min(firstBody, i);
      continue;
    }
    // Within a closing, its own numbered points: deeper than its heading, or under an unnumbered one deeper than the items.
    const itemLevel = candidates.at(-1)?.level ?? 0;
    if (open?.kind === 'closing' && (!number || number.level > (open.at.level || itemLevel))) {
      open.at.parts.push(text);
      open.at.last = n;
      continue;
    }
    // An unnumbered “存在问题：…” with items after it was the item's above.
    if (number && open?.kind === 'closing' && open.at.level === 0 && candidates.length) {
      const closing = closings.pop()!;
      const item = candidates.at(-1)!;
      item.texts.push(...paragraphs.slice(closing.first - 1, closing.last));
      item.last = closing.last;
      item.headingOnly = false;
    }
    if (number) {
      const item: Candidate = { first: n, last: n, level: number.level, number: number.number, texts: [bare], headingOnly: isHeadingAlone(bare), written: text };
      candidates.push(item);
      open = { kind: 'item', at: item };
      firstBody = Math.min(firstBody, i);
      continue;
    }
    if (open?.kind === 'item') {
      open.at.texts.push(text);
      open.at.last = n;
      open.at.headingOnly = false;
    }
  }
  return {
    above: paragraphs.slice(0, firstBody),
    items: itemsOf(candidates),
    closings: closings.map(({ kind, first, last, parts }) => ({ kind, first, last, text: parts.filter(Boolean).join('\n') })),
    below: paragraphs.slice(end),
  };
}

/** “一、牵头任务”: a short heading alone, no sentence in it, no task number. */
export const isHeadingAlone = (text: string) => text.length <= 30 && !/[。；;]./u.test(text) && !/第\s*[0-9０-９]+\s*项|任务\s*[0-9０-９]/u.test(text);

/**
 * The items among the numbered paragraphs: a heading alone over deeper numbers (“一、牵头任务” over
 * “（一）…”) is a section, not an item; a deeper number inside an item (its points “1．…2．…”) is part of it.
 */
function itemsOf(candidates: readonly Candidate[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  let current: OutlineItem | null = null;
  for (const [i, c] of candidates.entries()) {
    const next = candidates[i + 1];
    if (c.headingOnly && next && next.level > c.level) {
      current = null;
      continue;
    }
    if (current && c.level > current.level) {
      current.texts.push(c.written, ...c.texts.slice(1));
      current.last = c.last;
      continue;
    }
    current = { first: c.first, last: c.last, level: c.level, number: c.number, texts: [...c.texts] };
    items.push(current);
  }
  return items;
}
