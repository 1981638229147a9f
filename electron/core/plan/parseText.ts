// Reads a work plan written as text (pasted, .txt, or a .docx's paragraphs) into a ParsedPlan:
// title and preamble, sections ("第一部分", "一、", "（一）"), numbered tasks ("1.", "1、", "（1）")
// that may run over several lines, each with its responsibility parenthesis. One linear pass per level.
import { ROLES, type ParsedPlan, type ParsedSection } from '../../shared/types';
import { AppError } from '../../shared/result';
import { clipText } from '../../shared/format';
import { sectionLabel } from '../../shared/sections';
import { finishPlan, NO_PARENTHESIS, readTaskBody, type DraftTask, type FinishOptions } from './assemble';
import { LABELS, notesWithin, parseResponsibility, splitTrailingDeadline, splitTrailingParenthesis, UNIT_SUFFIX, UNSTATED_ROLE_WARNING, type Responsibility } from './responsibility';
import { arabicDates } from '../text/chineseNumerals';
import { joinLines, normalizeLine } from './text';
import { openBrackets } from './charClasses';

export interface ParseTextOptions extends FinishOptions {
  /** Named in error messages ("文件“x.txt”"); pasted text when absent. */
  sourceName?: string;
}

/** Numbering levels from the outermost: 第一部分 > 一、 > （一） > 1. > 1.1 > （1）. */
const LEVELS = ['part', 'h1', 'h2', 't1', 'td', 't2'] as const;
type Level = (typeof LEVELS)[number];
const DEPTH: Record<Level, number> = { part: 0, h1: 1, h2: 2, t1: 3, td: 4, t2: 5 };

const CN = '[一二三四五六七八九十百零〇两]';
/** Each numbering: how a line starts, the numeral it carries ("第一部分", "（一）", "1.1"), and the text after it. */
const PATTERNS: { level: Level; re: RegExp; numeral: (m: RegExpExecArray) => string; rest: number }[] = [
  { level: 'part', re: new RegExp(`^第(${CN}+)(部分|章|篇)[\\s、:：．.]*(.*)$`), numeral: (m) => `第${m[1]}${m[2]}`, rest: 3 },
  { level: 'h1', re: new RegExp(`^(${CN}{1,4})\\s*[、．.]\\s*(.*)$`), numeral: (m) => m[1]!, rest: 2 },
  { level: 'h2', re: new RegExp(`^[（(]\\s*(${CN}{1,4})\\s*[）)]\\s*[、．.]?\\s*(.*)$`), numeral: (m) => `（${m[1]}）`, rest: 2 },
  { level: 't1', re: /^(\d{1,4})\s*(?:[.．、](?!\d)|[）)])\s*(.*)$/, numeral: (m) => String(Number(m[1])), rest: 2 },
  // "1.1 建设…": a space or a mark after the number, so "1.5亿元" starting a wrapped line is no task.
  { level: 'td', re: /^(\d{1,2})[.．](\d{1,2})(?:[.．、]\s*|\s+)(.*)$/, numeral: (m) => `${Number(m[1])}.${Number(m[2])}`, rest: 3 },
  { level: 't2', re: /^[（(]\s*(\d{1,4})\s*[）)]\s*[、．.]?\s*(.*)$/, numeral: (m) => String(Number(m[1])), rest: 2 },
];

interface Line {
  text: string;
  afterBlank: boolean;
  level: Level | null;
  /** "一", "（一）", "第一部分", or the task number. */
  numeral: string;
  rest: string;
  isLabel: boolean;
  /** Ends with a responsibility parenthesis (worked out once per line). */
  closes: boolean;
  /** Names units with their roles in mid-sentence ("…（省数据局牵头）；二是…"). */
  notesWithin: boolean;
  /** Ends in a clause that only gives a time limit ("。2024年底前完成。"). */
  endsWithDeadline: boolean;
}

function classify(text: string, afterBlank: boolean): Line {
  const isLabel = /[:：]/.test(text) && LABELS.some(([p]) => p.test(text));
  const closes = splitTrailingParenthesis(text) !== null;
  const notes = { isLabel, closes, notesWithin: !closes && notesWithin(text).length > 0, endsWithDeadline: !closes && splitTrailingDeadline(text) !== null };
  for (const { level, re, numeral, rest } of PATTERNS) {
    const m = re.exec(text);
    if (m) return { text, afterBlank, level, numeral: numeral(m), rest: m[rest]!, ...notes };
  }
  return { text, afterBlank, level: null, numeral: '', rest: text, ...notes };
}

/** Whether a line starts with a numbering ("2.", "（三）"): the start of an item, never a wrapped line's rest. */
const isNumbered = (text: string) => PATTERNS.some(({ re }) => re.test(text));

/** Lines a bracket left open may run over before it is taken for a stray bracket rather than a wrapped note. */
const MAX_WRAPPED_LINES = 4;

/** A label line whose list of units runs on to the next line: "配合单位：省科技厅、省财政厅、". */
const labelRunsOn = (line: string) => /[、，,]$/.test(line) && LABELS.some(([p]) => p.test(line));

/**
 * The source's lines, with a bracket wrapped over lines ("（省知识产权局牵头；" / "省科技厅配合。2024年底前完成）")
 * joined back into the line it opens on: a task's note is read, and ends its task, only whole. Likewise
 * a label's list of units wrapped after its 、. Lines are joined only up to the one that closes the
 * bracket (or the next line, for a label), and never across a numbered line or a blank one.
 */
function unwrappedLines(text: string): string[] {
  const raw = text.split(/\r\n|\r|\n|\u2028|\u2029/).map(normalizeLine);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    while (labelRunsOn(line) && raw[i + 1] && !isNumbered(raw[i + 1]!)) line += raw[++i]!;
    if (openBrackets(line) > 0) {
      for (let j = i + 1; j < raw.length && j <= i + MAX_WRAPPED_LINES && raw[j] && !isNumbered(raw[j]!); j++) {
        const joined = line + raw.slice(i + 1, j + 1).join('');
        if (openBrackets(joined) > 0) continue;
        line = joined;
        i = j;
        break;
      }
    }
    out.push(line);
  }
  return out;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = false;
  let inAttachmentList = false;
  for (const line of unwrappedLines(text)) {
    // Blank lines, and rules or stray marks ("——", "|") that carry no words.
    if (!/[\p{L}\p{N}]/u.test(line)) {
      blank = true;
      continue;
    }
    const classified = classify(line, blank);
    // "附件：1.…工作要点" then "2.任务分工表": a notice's list of attachments, not tasks.
    inAttachmentList = ATTACHMENT_LIST.test(line) || (inAttachmentList && classified.level === 't1' && isTitleLine(classified.rest));
    lines.push(inAttachmentList ? { ...classified, level: null, numeral: '', rest: line } : classified);
    blank = false;
  }
  return plainDescriptiveParts(lines.slice(planStart(lines), signatureStart(lines)));
}

/** Headings of the parts that open a plan with its aims ("一、总体要求", "（二）工作目标"). */
const OPENING_HEADING = /^(?:总体要求|总体思路|指导思想|(?:工作|主要|总体|发展)目标|(?:基本|工作)原则)[。；;：:]?$/;

/** The headings that close a plan with how it will be carried out ("三、保障措施"). */
const CLOSING_HEADING = /^(?:(?:组织|工作|实施)?保障措施|(?:组织|工作|实施)保障|保障机制|(?:工作|有关)?要求|组织实施|其他事项)[。；;：:]?$/;

/** A heading over the plan's text rather than its tasks: its aims, or how it will be carried out. */
const isDescriptiveHeading = (title: string) => OPENING_HEADING.test(title) || CLOSING_HEADING.test(title);

/** A plain line of text, numbered or not: read as it is written. */
const asPlainText = (line: Line): Line => ({ ...line, level: null, numeral: '', rest: line.text });

/**
 * A part under a descriptive heading (总体要求, 保障措施…) whose lines name no units anywhere is the
 * plan's text: its numbered items ("（一）指导思想。…", "（一）加强组织领导。…") are neither tasks
 * nor sub-headings, so they read as plain lines and the part goes to the description whole.
 */
function plainDescriptiveParts(lines: Line[]): Line[] {
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i]!;
    if (!heading.level || !isDescriptiveHeading(heading.rest)) continue;
    let end = i + 1;
    while (end < lines.length && !(lines[end]!.level && DEPTH[lines[end]!.level!] <= DEPTH[heading.level])) end++;
    const part = lines.slice(i + 1, end);
    if (part.some((l) => l.isLabel || l.closes || l.notesWithin)) continue;
    for (let j = i + 1; j < end; j++) if (lines[j]!.level) lines[j] = asPlainText(lines[j]!);
    i = end - 1;
  }
  return lines;
}

/** An issuing body's name as it signs a document: short, no punctuation, an organisation's ending. */
const isSignature = (text: string) => /^[\u4e00-\u9fff（）()]{2,30}$/.test(text) && UNIT_SUFFIX.test(text);

/**
 * Where the 落款 at the end of a document starts (the issuing body over its date), or the end:
 * it belongs to no task, so it is neither appended to the last one nor reported as stray text.
 */
function signatureStart(lines: readonly Line[]): number {
  let end = lines.length;
  if (!end || !isDateLine(lines[end - 1]!.text)) return end;
  end--;
  while (end > 0 && lines[end - 1]!.level === null && isSignature(lines[end - 1]!.text) && lines.length - end < 3) end--;
  return end;
}

/** "…关于印发《X》的通知" / "…关于印发X的通知": the notice a plan is sent under, naming the plan X. */
const NOTICE_TITLE = /关于印发《?(.+?)》?的通知$/;
const ATTACHMENT_LIST = /^附件\s*[:：]\s*\d+\s*[.．、]/;
const bare = (text: string) => text.replace(/[《》\s]/g, '');

/**
 * A plan sent under its 印发通知 restates its own title where it begins. The lines before that line
 * (the notice's title, addressees, text and 附件 list) are the notice, not the plan: the index of
 * the restated title, or 0.
 */
function planStart(lines: readonly Line[]): number {
  for (let i = 0; i < Math.min(lines.length, 4); i++) {
    // The notice's title may run over two lines.
    const oneLine = NOTICE_TITLE.exec(lines[i]!.text);
    const twoLines = oneLine ? null : i + 1 < lines.length ? NOTICE_TITLE.exec(lines[i]!.text + lines[i + 1]!.text) : null;
    const notice = oneLine ?? twoLines;
    if (!notice) continue;
    const name = bare(notice[1]!);
    for (let j = i + (oneLine ? 1 : 2); j < lines.length; j++) {
      if (lines[j]!.level === null && (bare(lines[j]!.text) === name || bare(lines[j]!.text + (lines[j + 1]?.text ?? '')) === name)) return j;
    }
    return 0;
  }
  return 0;
}

/**
 * The level that numbers the tasks: the one whose items most often end in a responsibility note
 * (or carry 牵头单位：lines, or name units in mid-sentence and end in a time limit), counting each item
 * up to the next item of the same or an outer level.
 * Sub-items ("（1）" inside a "1." task) rarely each end in one, so they lose to the task level.
 */
function taskLevel(lines: Line[]): Level | null {
  const present = LEVELS.filter((l) => lines.some((line) => line.level === l));
  if (!present.length) return null;
  let best: Level | null = null;
  let bestCount = 0;
  let bestShare = 0;
  for (const level of present) {
    let items = 0;
    let withNote = 0;
    let start = -1;
    let labelSeen = false;
    let notesSeen = false;
    const close = (end: number) => {
      if (start < 0) return;
      items++;
      const last = lines[end - 1]!;
      if (labelSeen || last.closes || (notesSeen && last.endsWithDeadline)) withNote++;
    };
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.level && DEPTH[l.level] <= DEPTH[level]) {
        close(i);
        start = l.level === level ? i : -1;
        labelSeen = false;
        notesSeen = l.notesWithin;
      } else {
        if (l.isLabel) labelSeen = true;
        if (l.notesWithin) notesSeen = true;
      }
    }
    close(lines.length);
    const share = withNote / items;
    if (share > 0.5 && (withNote > bestCount || (withNote === bestCount && share >= bestShare))) {
      best = level;
      bestCount = withNote;
      bestShare = share;
    }
  }
  // No responsibility notes at all: the innermost of the usual task numberings.
  return best ?? (present.includes('t1') ? 't1' : present.includes('t2') ? 't2' : present[present.length - 1]!);
}

/** Whether a numbered line's item (the line and its unnumbered continuation) ends in a note naming units or a time limit, or carries 牵头单位：lines. */
function ownsNote(lines: readonly Line[], i: number): boolean {
  let end = i + 1;
  while (end < lines.length && lines[end]!.level === null) end++;
  if (lines.slice(i + 1, end).some((l) => l.isLabel)) return true;
  const note = splitTrailingParenthesis(lines[end - 1]!.text);
  if (!note) return false;
  const { units, deadlineText } = parseResponsibility(note.inner);
  return Boolean(deadlineText) || ROLES.some((role) => units[role].length > 0);
}

/** The numbered lines below line i (deeper, up to the next line of its level or an outer one), at the shallowest depth among them. */
function childrenOf(lines: readonly Line[], i: number): number[] {
  const depth = DEPTH[lines[i]!.level!];
  const below: number[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const level = lines[j]!.level;
    if (!level) continue;
    if (DEPTH[level] <= depth) break;
    below.push(j);
  }
  const top = Math.min(...below.map((j) => DEPTH[lines[j]!.level!]));
  return below.filter((j) => DEPTH[lines[j]!.level!] === top);
}

/** The other lines of line i's level under the same heading. */
function siblingsOf(lines: readonly Line[], i: number): number[] {
  const depth = DEPTH[lines[i]!.level!];
  const siblings: number[] = [];
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const level = lines[j]!.level;
      if (!level) continue;
      if (DEPTH[level] < depth) break;
      if (DEPTH[level] === depth) siblings.push(j);
    }
  }
  return siblings;
}

/** A numbered line read against the plan's task level: as a heading, or as a task (under a numbered heading's number). */
type Reading = { as: 'heading' } | { as: 'task'; under: string | null };

/**
 * Plans do not always number their tasks at one level. Where the task level's reading would lose a
 * task, a line is read otherwise:
 *  - a heading-level line ending in its own note (or over 牵头单位：lines), with nothing numbered below
 *    it, is a task
 *    ("1.深化改革" over （1）（2） tasks, then "2.优化营商环境。（省司法厅牵头…）");
 *  - a task-level line with no note of its own over sub-items that each end in one is a heading, and
 *    those sub-items are its tasks, numbered under it ("1.建设政务云" over "（1）…（…）（2）…（…）").
 * Sub-items without notes of their own stay part of their task's text.
 */
function readingsAgainst(lines: readonly Line[], taskDepth: number): Map<number, Reading> {
  const readings = new Map<number, Reading>();
  lines.forEach((line, i) => {
    if (!line.level || DEPTH[line.level] > taskDepth) return;
    const children = childrenOf(lines, i);
    if (DEPTH[line.level] < taskDepth) {
      // Its note on its own line, or in 牵头单位：lines right below: a heading's unnumbered text ending in a note stays text.
      if (children.length || !(line.closes || lines[i + 1]?.isLabel) || !ownsNote(lines, i)) return;
      readings.set(i, { as: 'task', under: null });
      // "2." beside the heading "1.": the tasks under "1." are 1.1, 1.2, so that the numbers stay apart.
      if (/^\d/.test(line.numeral)) {
        for (const h of siblingsOf(lines, i)) {
          if (!/^\d/.test(lines[h]!.numeral)) continue;
          for (const c of childrenOf(lines, h)) if (!readings.has(c)) readings.set(c, { as: 'task', under: lines[h]!.numeral });
        }
      }
    } else if (children.length && !ownsNote(lines, i) && children.every((c) => ownsNote(lines, c))) {
      readings.set(i, { as: 'heading' });
      const under = /^\d/.test(line.numeral) ? line.numeral : null;
      for (const c of children) readings.set(c, { as: 'task', under });
    }
  });
  return readings;
}

const DOC_NUMBER = /^[\u4e00-\u9fff]{1,10}[〔[［(（]\d{4}[〕\]］)）]\d+号$/;
const DATE_LINE = /^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$/;
/** A line that is only a date, in digits or in Chinese numerals ("二〇二四年三月一日"). */
const isDateLine = (line: string) => DATE_LINE.test(arabicDates(line));
const ATTACHMENT = /^附件\s*\d*\s*[:：]?$/;

const isFrontMatter = (line: string) => DOC_NUMBER.test(line) || isDateLine(line) || ATTACHMENT.test(line);

/** A title line: short, without sentence punctuation, not numbered, not a label. */
const isTitleLine = (line: string) =>
  line.length <= 60 &&
  !isFrontMatter(line) &&
  !/[。；;，,：:！？!?]/.test(line) &&
  classify(line, false).level === null &&
  !LABELS.some(([p]) => p.test(line));

/** Leading lines that form the document's title (at most three), after any 附件 / document number / date lines. */
export function takeTitle(lines: readonly string[]): { title: string | null; used: number } {
  let i = 0;
  while (i < lines.length && isFrontMatter(lines[i]!)) i++;
  const parts: string[] = [];
  while (i < lines.length && parts.length < 3 && isTitleLine(lines[i]!)) parts.push(lines[i++]!);
  while (i < lines.length && isDateLine(lines[i]!)) i++;
  if (!parts.length) return { title: null, used: 0 };
  // "（省人民政府办公厅）关于印发《2023年全省知识产权工作要点》的通知" names the plan.
  const title = parts.join('');
  return { title: NOTICE_TITLE.exec(title)?.[1] ?? title, used: i };
}

/** "…，制定2022-2023年工作要点如下：" names the plan. */
function titleFromPreamble(preamble: string): string | null {
  const m = /制定(?:了|本)?([^，。,;；:：]{2,60}?)(?:如下|。|$)/m.exec(preamble);
  return m && /要点|方案|计划|任务|安排|措施|清单|意见|分工/.test(m[1]!) ? m[1]!.trim() : null;
}

interface OpenTask {
  seq: string;
  sectionIndex: number | null;
  lines: { text: string; afterBlank: boolean }[];
  labels: string[];
  /** Ended by its responsibility parenthesis: later unnumbered lines are not part of it. */
  closed: boolean;
}

interface OpenSection extends ParsedSection {
  depth: number;
  parent: number | null;
  hasTasks: boolean;
  intro: string[];
  /** A responsibility parenthesis ending the heading ("一、强化平台建设（省科技厅牵头）"): it holds for the tasks below. */
  note: Responsibility | null;
  /** That parenthesis as written. */
  noteText: string;
}

/**
 * A task under a heading that names units or a time limit takes, for each role it names no unit
 * in (and for a missing time limit), the heading's. Returns the task unchanged, or completed.
 */
function withSectionNote<T extends Omit<DraftTask, 'seq' | 'sectionIndex'>>(task: T, note: Responsibility, noteText: string): T {
  const named = new Set(ROLES.flatMap((role) => task.units[role]));
  const units = { ...task.units };
  for (const role of ROLES) if (!units[role].length) units[role] = note.units[role].filter((name) => !named.has(name));
  const deadlineText = task.deadlineText || note.deadlineText;
  const gained = ROLES.some((role) => units[role] !== task.units[role] && units[role].length) || deadlineText !== task.deadlineText;
  if (!gained) return task;
  // The task's 原文 says where the rest came from.
  const responsibilityText = [task.responsibilityText, `所在部分：${noteText}`].filter(Boolean).join('；');
  return { ...task, units, deadlineText, responsibilityText, warnings: task.warnings.filter((w) => w !== NO_PARENTHESIS) };
}

/** Reads a plan written as text. Throws AppError('BAD_FILE') when it holds no numbered task. */
export function parsePlanText(text: string, options: ParseTextOptions = {}): ParsedPlan {
  const lines = readLines(text);
  const where = options.sourceName ? `文件“${options.sourceName}”` : '粘贴的文本';
  const level = taskLevel(lines);
  if (!lines.length || !level) {
    throw new AppError(
      'BAD_FILE',
      `${where}中没有识别出任何任务。工作任务应以“1.”“1、”“（1）”等编号开头，每项末尾用括号写明牵头单位和完成时限。`,
    );
  }
  const taskDepth = DEPTH[level];
  const readings = readingsAgainst(lines, taskDepth);

  const preamble: string[] = [];
  const sections: OpenSection[] = [];
  const drafts: DraftTask[] = [];
  const stray: string[] = [];
  const warnings: string[] = [];
  const openSections: number[] = []; // stack of section indexes, outermost first
  let task: OpenTask | null = null;

  /** The innermost heading with a responsibility note over a task, by section index. */
  const notedSectionOver = (index: number | null): number | null => {
    for (let s = index; s !== null; s = sections[s]!.parent) if (sections[s]!.note) return s;
    return null;
  };
  const inheritedFrom = new Set<number>();
  const closeTask = () => {
    if (!task) return;
    const own = readTaskBody(joinLines(task.lines), task.labels);
    const noted = notedSectionOver(task.sectionIndex);
    const body = noted === null ? own : withSectionNote(own, sections[noted]!.note!, sections[noted]!.noteText);
    if (body !== own) inheritedFrom.add(noted!);
    drafts.push({ seq: task.seq, sectionIndex: task.sectionIndex, ...body });
    task = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ATTACHMENT.test(line.text) && (drafts.length || task)) {
      warnings.push(`“${line.text}”之后的附件内容未解析`);
      break;
    }
    const depth = line.level ? DEPTH[line.level] : null;
    const reading = readings.get(i);
    // A numbered sub-item after a task's note has closed it, with a note of its own, is a task too.
    const loose = depth !== null && depth > taskDepth && (!task || task.closed) && ownsNote(lines, i);
    if (depth !== null && (reading?.as === 'heading' || (depth < taskDepth && reading?.as !== 'task'))) {
      closeTask();
      while (openSections.length && sections[openSections[openSections.length - 1]!]!.depth >= depth) openSections.pop();
      const heading = line.rest.replace(/[。；;：:]$/, '');
      const note = splitTrailingParenthesis(heading);
      sections.push({
        numeral: line.numeral,
        title: note ? note.content.replace(/[。；;：:]$/, '') : heading,
        depth,
        parent: openSections.at(-1) ?? null,
        hasTasks: false,
        intro: [],
        note: note ? parseResponsibility(note.inner) : null,
        noteText: note?.inner ?? '',
      });
      openSections.push(sections.length - 1);
    } else if (depth !== null && (depth === taskDepth || reading || loose)) {
      closeTask();
      // A task read out of its level may follow a heading of its own level or a deeper one.
      while (openSections.length && sections[openSections.at(-1)!]!.depth >= depth) openSections.pop();
      const sectionIndex = openSections.at(-1) ?? null;
      for (let s = sectionIndex; s !== null; s = sections[s]!.parent) sections[s]!.hasTasks = true;
      const number = line.numeral.replace(/[（）()]/g, '');
      const under = reading?.as === 'task' ? reading.under : null;
      task = { seq: under ? `${under}.${number}` : number, sectionIndex, lines: [{ text: line.rest, afterBlank: false }], labels: [], closed: false };
      task.closed = line.closes;
    } else if (task && line.isLabel) {
      task.labels.push(line.text);
    } else if (task && !task.closed) {
      task.lines.push({ text: line.text, afterBlank: line.afterBlank });
      task.closed = line.closes;
    } else if (task) {
      stray.push(line.text);
    } else if (openSections.length) {
      sections[openSections.at(-1)!]!.intro.push(line.text);
    } else {
      preamble.push(line.text);
    }
  }
  closeTask();

  if (!drafts.length) {
    throw new AppError('BAD_FILE', `${where}中没有识别出任何任务。工作任务应以“1.”“1、”“（1）”等编号开头。`);
  }

  // Sections without tasks ("一、总体要求") are part of the preamble, not of the ledger.
  const kept: ParsedSection[] = [];
  const newIndex = new Map<number, number>();
  const description = [...preamble];
  let seenTasks = false;
  const descriptive = (i: number | null): boolean => i !== null && (isDescriptiveHeading(sections[i]!.title) || descriptive(sections[i]!.parent));
  sections.forEach((s, i) => {
    if (!s.hasTasks && seenTasks && !descriptive(i)) {
      // After the ledger has begun, a section without numbered tasks is not preamble: say so rather than drop it.
      warnings.push(`“${sectionLabel(s)}”下没有识别出编号任务，未列入台账：“${clipText(s.intro.join('')) || '（无内容）'}”，请核对编号`);
      description.push(sectionLabel(s), ...s.intro);
    } else if (s.hasTasks) {
      seenTasks = true;
      newIndex.set(i, kept.length);
      kept.push({ numeral: s.numeral, title: s.title });
      if (s.intro.length) warnings.push(`“${sectionLabel(s)}”下未编号的文字未列入任务：“${clipText(s.intro.join(''))}”`);
    } else {
      description.push(sectionLabel(s), ...s.intro);
    }
  });
  for (const d of drafts) d.sectionIndex = d.sectionIndex === null ? null : (newIndex.get(d.sectionIndex) ?? null);
  if (inheritedFrom.size) {
    const names = [...inheritedFrom].map((i) => `“${sectionLabel(sections[i]!)}”`).join('、');
    warnings.push(`部分任务的括号未写全，已按所在部分标题括号中的单位或时限补齐（${clipText(names, 60)}），请核对`);
  }
  if (stray.length) {
    warnings.push(`有 ${stray.length} 段文字不属于任何任务，未列入台账：“${clipText(stray.join(' / '))}”`);
  }

  if (FIRST_LEADS.test(text)) {
    // The plan states the rule the parser follows for units without role words: nothing to check.
    for (const d of drafts) d.warnings = d.warnings.filter((w) => !UNSTATED_ROLE_WARNING.test(w));
  }

  const { title: leadingTitle, used } = takeTitle(description);
  const descriptionText = description.slice(used).join('\n');
  return finishPlan(
    { title: leadingTitle ?? titleFromPreamble(descriptionText), description: descriptionText, sections: kept, tasks: drafts, warnings },
    options,
  );
}

/** "列第一位的为牵头单位", "排名第一的为牵头单位": the plan's own rule for unit lists without role words. */
const FIRST_LEADS = /(?:列|排|排名|排在)?第一(?:位|个)?的?(?:单位)?为牵头单位/;
