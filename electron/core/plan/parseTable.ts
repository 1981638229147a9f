// Reads a task table (任务分工表: 序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限 …) into a ParsedPlan.
// Rows come from any reader (xlsx, xls, a .docx table) as cell texts, merged cells repeating their value.
// The header row is found wherever it is; merged rows above it give the title, merged rows below are sections.
import type { ParsedPlan, ParsedSection, Role, TaskUnits } from '../../shared/types';
import { isNationalUnit } from '../units/names';
import { finishPlan, readTaskBody, type DraftTask, type FinishOptions } from './assemble';
import { formatResponsibility, joinCellLines, noteLineBreak, parseResponsibility, splitTrailingParenthesis, splitUnits } from './responsibility';
import { takeTitle } from './parseText';
import { endsSentence, halfWidthDigits } from './text';
import { openBrackets } from './charClasses';

type ColumnKind = 'seq' | 'content' | 'goal' | 'lead' | 'joint' | 'cooperating' | 'national' | 'deadline' | 'section';

/** Header words, most specific first ("配合单位(责任单位)" is a cooperating column). */
const HEADER_KINDS: [RegExp, ColumnKind][] = [
  [/^(?:序号|编号|序|任务序号|任务编号|项目序号|no\.?)$/i, 'seq'],
  // "责任单位（排在第一位的为牵头单位）": a list whose first unit leads, not a column of leads.
  [/(?:第一|首位|第1)[^，,]*牵头|牵头[^，,]*(?:第一|首位)/, 'joint'],
  [/牵头|主责单位|主办单位/, 'lead'],
  [/配合|协办|参与单位|参与部门|协助单位/, 'cooperating'],
  [/国家(?:层面|部委|对口|有关)|国家知识产权局/, 'national'],
  [/^(?:责任单位|责任部门|责任主体|承办单位|责任处室|责任分工)|按职责分工/, 'joint'],
  [/时限|完成时间|时间节点|进度安排|完成期限|时间安排|完成日期/, 'deadline'],
  // A goal column is part of what the task asks: it joins the task's text, named.
  [/工作目标|目标任务|预期目标|主要目标/, 'goal'],
  // "任务类别", "重点领域": the part a task belongs to, before the 任务 of the task column.
  [/^(?:任务|工作|项目|重点|主要|所属)?(?:类别|分类|领域|板块)$|^(?:所属)?部分$/, 'section'],
  [/任务|工作内容|工作措施|具体措施|重点工作|主要内容|工作事项|举措/, 'content'],
];

const HEADER_SEARCH_ROWS = 30;

interface Header {
  row: number; // index of the last header row
  columns: Map<ColumnKind, number[]>;
  score: number;
  /** Headed columns the ledger has no place for ("牵头省领导", "备注"), by column. */
  others: Map<number, string>;
}

/** People rather than units: "牵头省领导", "责任人" are not unit columns. */
const PERSON_COLUMN = /领导|负责人|责任人|联系人|分管|电话/;

function kindOf(cell: string): ColumnKind | null {
  const text = cell.replace(/[\s\u3000]+/g, '');
  if (!text || text.length > 20 || PERSON_COLUMN.test(text)) return null;
  for (const [pattern, kind] of HEADER_KINDS) if (pattern.test(text)) return kind;
  return null;
}

/** The first row naming a task column and at least one other known column; a sub-header row below it is merged in. */
export function findHeader(rows: readonly string[][]): Header | null {
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const kinds = rows[r]!.map(kindOf);
    if (!kinds.includes('content') || kinds.filter((k) => k && k !== 'content').length < 1) continue;
    let last = r;
    // Two-row headers: "责任单位" over "牵头单位 | 配合单位".
    const below = rows[r + 1]?.map(kindOf) ?? [];
    if (below.some((k) => k === 'lead' || k === 'cooperating' || k === 'joint' || k === 'national')) {
      below.forEach((k, c) => {
        if (k) kinds[c] = k;
      });
      last = r + 1;
    }
    const columns = new Map<ColumnKind, number[]>();
    const others = new Map<number, string>();
    kinds.forEach((k, c) => {
      if (k) columns.set(k, [...(columns.get(k) ?? []), c]);
      else {
        const name = (rows[last]![c] || rows[r]![c] || '').replace(/[\s\u3000]+/g, '');
        if (name) others.set(c, name);
      }
    });
    return { row: last, columns, score: columns.size, others };
  }
  return null;
}

const CN = '[一二三四五六七八九十百零〇两]';
const SECTION_TEXT = new RegExp(`^(?:(第${CN}+(?:部分|章|篇))[\\s、:：．.]*|(${CN}{1,4}|\\d{1,2})\\s*[、．.]\\s*|[（(](${CN}{1,4})[）)]\\s*)(.+)$`);
const CN_NUMERAL = new RegExp(`^(?:${CN}{1,4}|[（(]${CN}{1,4}[）)]|第${CN}+(?:部分|章|篇))[、.．]?$`);

function sectionFrom(text: string): ParsedSection {
  const m = SECTION_TEXT.exec(text.trim());
  if (!m) return { numeral: '', title: text.trim() };
  const numeral = m[1] ?? m[2] ?? (m[3] ? `（${m[3]}）` : '');
  return { numeral, title: m[4]!.trim().replace(/[。；;：:]$/, '') };
}

/** The name a plan ends in: 工作要点, 实施方案, 行动计划… */
const PLAN_NAME_END = /(?:要点|方案|计划|意见|措施|规划|办法|清单|安排|行动|工程|攻坚)$/;

/** What the ledger export adds to a plan's title (ledgerTitle): read back, the plan's own title. */
const LEDGER_SUFFIX = /任务分工台账$/;

/** Words that mark a table as the annex of a plan it names ("…工作要点任务分工表"). */
const ANNEX_SUFFIX = /(?:重点)?任务(?:分工|分解)(?:台账|表|方案|清单)?$|(?:分工|分解)(?:台账|表|方案|清单)$|(?:工作)?台账$/;

/**
 * "2022-2023年工作要点任务分工表" is the annex of the plan "2022-2023年工作要点", named by it. A table
 * that is the plan itself ("2024年全省经济高质量发展重点任务分工方案") keeps its whole title: notices
 * quote it in 《》.
 */
function planTitleFromTableTitle(text: string): string {
  const title = text.trim();
  if (LEDGER_SUFFIX.test(title)) return title.replace(LEDGER_SUFFIX, '').trim() || title;
  const annexOf = title.replace(ANNEX_SUFFIX, '').trim();
  return PLAN_NAME_END.test(annexOf) ? annexOf : title;
}

const ROLE_WORDS = /牵头|负责|配合|参与|协助|协办/;

export interface TableOptions extends FinishOptions {
  /** Lines before the table (a .docx's paragraphs), searched for the title first. */
  titleLines?: string[];
}

/** Reads a task table; null when no header row with a task column is found in it. */
export function parseTaskTable(rows: readonly string[][], options: TableOptions = {}): ParsedPlan | null {
  const header = findHeader(rows);
  if (!header) return null;
  const col = (kind: ColumnKind) => header.columns.get(kind) ?? [];
  // A task's lines wrapped by hand within a cell join up, as a text plan's do; two task columns stay two paragraphs.
  const cellText = (row: readonly string[], c: number, kind: ColumnKind) => {
    const text = (row[c] ?? '').trim();
    return kind === 'content' ? joinCellText(text) : text;
  };
  const cell = (row: readonly string[], kind: ColumnKind) => [...new Set(col(kind).map((c) => cellText(row, c, kind)).filter(Boolean))].join('\n');
  const hasLeadColumn = col('lead').length > 0;
  const warnings: string[] = [];
  if (!hasLeadColumn && col('joint').length) {
    warnings.push('表格没有“牵头单位”列，“责任单位”列中未写明分工的，第一个单位按牵头单位处理');
  }

  const above = takeTitle(options.titleLines ?? []).title;
  let title = above && planTitleFromTableTitle(above);
  for (let r = 0; r < header.row && !title; r++) {
    const values = [...new Set(rows[r]!.map((v) => v.trim()).filter(Boolean))];
    if (values.length === 1 && !/^附件\s*\d*$/.test(values[0]!) && !/^(?:填报|制表|单位)[:：]/.test(values[0]!)) {
      title = planTitleFromTableTitle(values[0]!);
    }
  }

  const sections: ParsedSection[] = [];
  const tasks: DraftTask[] = [];
  let autoNumbered = false;
  let lastSectionText = '';
  const dataStart = header.row + 1;
  for (let r = dataStart; r < rows.length; r++) {
    const row = rows[r]!;
    const values = [...new Set(row.map((v) => v.trim()).filter(Boolean))];
    if (!values.length) continue;
    const seqText = cell(row, 'seq');
    const content = cell(row, 'content');
    const sectionText = cell(row, 'section');
    const filled = row.filter((v) => v.trim()).length;
    if (values.length === 1 && (filled > 1 || !content || SECTION_TEXT.test(values[0]!))) {
      if (/^(?:注|备注|说明|填表说明)[:：]?/.test(values[0]!)) continue;
      if (seqText && !content && /^\d+[.、．]?$/.test(halfWidthDigits(seqText))) continue; // a numbered empty row
      sections.push(sectionFrom(values[0]!));
      continue;
    }
    if (seqText && CN_NUMERAL.test(seqText) && content && !hasUnits(row, col)) {
      sections.push({ numeral: seqText.replace(/[、.．]$/, ''), title: content });
      continue;
    }
    if (!content) continue;
    if (sectionText && sectionText !== lastSectionText) sections.push(sectionFrom(sectionText)); // a 类别 column
    lastSectionText = sectionText || lastSectionText;
    let seq = normalizeSeq(seqText);
    if (!seq) {
      autoNumbered = true;
      seq = String(tasks.length + 1);
    }
    const task = readRow(row, content, cell, hasLeadColumn);
    const goal = cell(row, 'goal');
    if (goal) task.content = `${task.content}\n工作目标：${goal}`;
    tasks.push({ seq, sectionIndex: sections.length ? sections.length - 1 : null, ...task });
  }
  if (!tasks.length) return null;
  if (autoNumbered) warnings.push('表格中部分任务没有序号，已按顺序自动编号');
  const unread = [...header.others].filter(([c]) => rows.slice(dataStart).some((row) => (row[c] ?? '').trim())).map(([, name]) => `“${name}”`);
  if (unread.length) warnings.push(`表中${unread.join('')}列不是任务分工台账的栏目，未导入（原文件随计划保存）`);
  return finishPlan({ title, description: '', sections, tasks, warnings }, options);
}

/**
 * A task cell's lines wrapped by hand, joined as a text plan's are: a break kept only after a finished
 * sentence or at a blank line; inside brackets (a note) as a note's break reads.
 */
function joinCellText(text: string): string {
  if (!text.includes('\n')) return text;
  let out = '';
  let previous = '';
  let blank = false;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) {
      blank = out.length > 0;
      continue;
    }
    if (out) out += openBrackets(out) > 0 ? noteLineBreak(out, line) : blank || endsSentence(previous) ? '\n' : '';
    out += line;
    previous = line;
    blank = false;
  }
  return out;
}

function hasUnits(row: readonly string[], col: (k: ColumnKind) => number[]): boolean {
  return (['lead', 'joint', 'cooperating', 'national', 'deadline'] as const).some((k) => col(k).some((c) => (row[c] ?? '').trim()));
}

function normalizeSeq(text: string): string {
  const t = halfWidthDigits(text).replace(/[\s\u3000]+/g, '');
  const m = /^[（(]?(\d+(?:\.\d+)*)[）)]?[.、．]?$/.exec(t);
  return m ? m[1]! : t;
}

/** One task row: units from the unit columns (or from a parenthesis in the task text), deadline from its column. */
function readRow(
  row: readonly string[],
  rawContent: string,
  cell: (row: readonly string[], kind: ColumnKind) => string,
  hasLeadColumn: boolean,
): Omit<DraftTask, 'seq' | 'sectionIndex'> {
  const units: TaskUnits = { lead: [], joint: [], cooperating: [], national: [] };
  const warnings: string[] = [];
  const add = (role: Role, name: string) => {
    const target = isNationalUnit(name) ? 'national' : role;
    if (!units[target].includes(name)) units[target].push(name);
  };
  for (const kind of ['lead', 'joint', 'cooperating', 'national'] as const) {
    const text = cell(row, kind);
    if (!text) continue;
    if (ROLE_WORDS.test(text)) {
      // A cell that spells out roles ("省知识产权局牵头，省财政厅配合") is read like a parenthesis.
      const parsed = parseResponsibility(joinCellLines(text));
      for (const role of ['lead', 'joint', 'cooperating', 'national'] as const) for (const n of parsed.units[role]) add(role, n);
      warnings.push(...parsed.warnings);
      continue;
    }
    const names = splitUnits(text.replace(/[，,；;\n\r]+/g, '、'));
    names.forEach((name, i) => {
      // Without a 牵头单位 column, the first unit named under 责任单位 leads (列第一位的为牵头单位).
      const role: Role = kind === 'joint' && !hasLeadColumn && i === 0 && !units.lead.length ? 'lead' : kind;
      add(role, name);
    });
  }
  const deadlineCell = cell(row, 'deadline').replace(/\n/g, '');
  const anyUnits = Object.values(units).some((list) => list.length);
  const paren = splitTrailingParenthesis(rawContent);
  if (!anyUnits && paren) {
    // Units written in the task text itself.
    const body = readTaskBody(rawContent);
    return deadlineCell ? { ...body, deadlineText: deadlineCell } : body;
  }
  const content = paren ? paren.content : rawContent;
  const deadlineText = deadlineCell || (paren ? parseResponsibility(paren.inner).deadlineText : '');
  return {
    content: content.trim(),
    responsibilityText: formatResponsibility(units, deadlineText),
    units,
    deadlineText,
    warnings,
  };
}
