// Turns matched rows into the preview the official sees and the writes a commit makes: status words
// read, the official's decisions applied, rows of one task merged, each compared with what is stored.
import type { ImportedRow, ProgressFields, RowDiff, UnmatchedRow } from '../../../shared/api/progress';
import { periodLabel } from '../../../shared/periods';
import { STATUS_LABELS } from '../../../shared/types';
import type { Ledger, LedgerTask } from '../ledger';
import type { SourceRow } from '../returns/tableRows';
import { readStatus, statusOpening } from '../statusWords';
import type { RowMatch } from './matchRows';
import { withMemberPart } from './memberParts';

export interface FileDecision {
  rows?: Record<string, number | null>;
  keep?: number[];
}

export interface PlannedWrite {
  task: LedgerTask;
  fields: ProgressFields;
}

export interface BuiltRows {
  rows: ImportedRow[];
  unmatched: UnmatchedRow[];
  writes: PlannedWrite[];
  warnings: string[];
  /** The table's own report of each task it gives one, before any merging with another table's (see SiblingTables). */
  parts: ReadonlyMap<number, ProgressFields>;
  /** How many tasks' reports were merged with other tables' of the same file (see SiblingTables). */
  mergedWithSiblings: number;
}

/** One table's own reports by task, and how it is named: the prefix of its parts (the sheet) and in notices. */
export interface TableParts {
  label: string;
  name: string;
  parts: ReadonlyMap<number, ProgressFields>;
}

/**
 * The tables of one file that report for the same unit and period (a unit's workbook with one sheet
 * per district, each listing the same tasks), in the file's order, and which of them this one is: a
 * task several of them report on gets the merge of their reports, each part prefixed by its table's
 * label, rather than the last table overwriting the others.
 */
export interface SiblingTables {
  label: string;
  tables: readonly TableParts[];
}

const FIELD_KEYS = ['status', 'statusText', 'progress', 'problems', 'nextSteps', 'remarks'] as const;

/** Only the reported fields of a record or an imported row. */
export function progressFieldsOf(r: ProgressFields): ProgressFields {
  return {
    status: r.status,
    statusText: r.statusText,
    progress: r.progress,
    problems: r.problems,
    nextSteps: r.nextSteps,
    remarks: r.remarks,
  };
}

export function sameFields(a: ProgressFields, b: ProgressFields): boolean {
  return FIELD_KEYS.every((k) => a[k] === b[k]);
}

interface Entry {
  row: ImportedRow;
  task: LedgerTask;
  confirmed: boolean;
  /** Some row of the task has its 进展情况 cell filled. */
  wroteProgress: boolean;
  /** Some row of the task has a formula cell saved without its result (read as blank). */
  unreadable: boolean;
  /** The district sub-header of the task's first row; `labelled` once its texts carry it. */
  group: string | null;
  labelled: boolean;
  /** Matched by its 序号 alone, the row having no task text. */
  byNumberAlone: boolean;
}

/** Said of a file whose rows all fall by number on other units' tasks (see anotherListWarning). */
export const ANOTHER_LIST_WARNING =
  '表中各行按序号对应的任务都不是本单位承担的任务，表中也没有能与本计划对照的任务内容：这份表可能是另一份计划或项目清单的推进情况，请核对后再确认。';

/** The fields a blank cell may not clear unasked, as a warning names them. */
const TEXT_LABELS = { progress: '进展情况', statusText: '完成状态', problems: '存在问题', nextSteps: '下步计划', remarks: '备注' } as const;

export function buildRows(
  source: readonly SourceRow[],
  matches: readonly RowMatch[],
  ledger: Ledger,
  stored: ReadonlyMap<number, ProgressFields>,
  decision: FileDecision | undefined,
  unitTaskIds: ReadonlySet<number> | null,
  /**
   * Of some tasks, those completed before the period (销号), with the period's code: missing from the
   * form, they were left out of it; on it, the form is an old one or the task is reopened.
   */
  closedOf: (taskIds: number[]) => ReadonlyMap<number, string> = () => new Map(),
  /** Rows with a formula cell saved without its result. */
  uncomputedRows: ReadonlySet<number> = new Set(),
  siblings: SiblingTables | null = null,
  /** The tasks the unit's rows may report on: its own, and a town's those of the towns together (各乡镇). */
  answerable: ReadonlySet<number> | null = unitTaskIds,
  /** The member (青石镇) that filled in a collective's form: its reports are parts of the collective's records. */
  member: string | null = null,
): BuiltRows {
  const entries = new Map<number, Entry>();
  const rows: ImportedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  /** Tasks in the order met whose 进展情况 cell was left empty (on every row that named them). */
  const noProgressSeqs: string[] = [];
  const keep = new Set(decision?.keep ?? []);

  /** The task of the row just above, when that row was matched: what a row without 序号 and task text continues. */
  let taskAbove: LedgerTask | null = null;

  // A row whose 序号 names several of the unit's tasks ("12-13") reports on each of them, unless the
  // official has given the row a task of its own.
  const pairs: { src: SourceRow; rowMatch: RowMatch }[] = [];
  source.forEach((src, i) => {
    const m = matches[i]!;
    if (m.tasks && decision?.rows?.[String(src.row)] === undefined) for (const task of m.tasks) pairs.push({ src, rowMatch: { ...m, task } });
    else pairs.push({ src, rowMatch: m });
  });
  for (const { src, rowMatch } of pairs) {
    const decided = decision?.rows?.[String(src.row)];
    // A row with progress but neither 序号 nor task text, under a matched row, goes on with that task's
    // report (a long text typed over two rows): joined to it, for the official to check. Rows without
    // progress (a 落款 or date typed in another column) are not.
    const continues: boolean =
      taskAbove !== null && !rowMatch.task && decided === undefined && !src.seqText.trim() && !src.content.trim() && src.fields.progress.trim() !== '';
    const { fields, warnings, wroteProgress } = readFields(src);
    const blank = !fields.statusText && !fields.progress && !fields.problems && !fields.nextSteps && !fields.remarks;
    let match: RowMatch = continues ? { task: taskAbove, match: 'seq', score: 1, lowConfidence: false, warnings: [] } : rowMatch;
    taskAbove = null;
    let confirmed = false;
    if (decided === null) {
      rows.push({ ...emptyRow(src, fields), warnings: ['已选择不导入此行'] });
      continue;
    }
    if (decided !== undefined) {
      const task = ledger.taskById.get(decided);
      if (task) {
        match = { task, match: match.match ?? 'content', score: 1, lowConfidence: false, warnings: ['已人工确认'] };
        confirmed = true;
      } else warnings.push(`指定的任务（编号 ${decided}）不在本工作要点中`);
    }
    if (!match.task || (decided !== undefined && !confirmed)) {
      if (!blank || src.content) unmatched.push({ row: src.row, seq: src.seqText, content: src.content, ...writtenFields(fields) });
      continue;
    }
    const task = match.task;
    if (!wroteProgress) noProgressSeqs.push(task.seq);
    if (blank) continue;

    taskAbove = task;
    const existing = entries.get(task.id);
    if (existing) {
      // The same task under two districts: each part says whose it is.
      const districts = src.group !== null && existing.group !== null && src.group !== existing.group;
      if (districts && !existing.labelled) {
        Object.assign(existing.row, labelledTexts(existing.row, existing.group!));
        existing.labelled = true;
      }
      mergeInto(existing.row, districts ? { ...fields, ...labelledTexts(fields, src.group!) } : fields);
      existing.wroteProgress ||= wroteProgress;
      existing.unreadable ||= uncomputedRows.has(src.row);
      const sameTask = src.continuesAbove || continues;
      // Parts under different districts are the form's layout, not a slip to confirm.
      const needsConfirm = !sameTask && !districts && !confirmed && !existing.confirmed;
      existing.row.warnings.push(
        continues
          ? `第${src.row}行没有序号和任务内容，已接在上一行（序号${task.seq}）之后，请核对`
          : districts
            ? `第${src.row}行（${src.group}）与第${existing.row.row}行（${existing.group}）是同一任务（序号${task.seq}），已按地区合并`
            : `第${src.row}行与第${existing.row.row}行是同一任务（序号${task.seq}），已合并${needsConfirm ? '，请确认' : ''}`,
      );
      if (needsConfirm) existing.row.lowConfidence = true;
      continue;
    }
    const row: ImportedRow = {
      status: fields.status,
      statusText: fields.statusText,
      progress: fields.progress,
      problems: fields.problems,
      nextSteps: fields.nextSteps,
      remarks: fields.remarks,
      row: src.row,
      seq: task.seq,
      taskId: task.id,
      match: match.match,
      score: round(match.score),
      ...(match.quoted ? { quoted: true as const } : {}),
      lowConfidence: match.lowConfidence,
      diff: 'new',
      previous: null,
      warnings: warnings.length ? [...match.warnings, ...warnings] : match.warnings.slice(),
    };
    if (answerable && answerable.size && !answerable.has(task.id) && !match.lowConfidence && !confirmed) {
      row.warnings.push('本单位不是该任务的责任单位');
    }
    const byNumberAlone = match.match === 'seq' && !src.content.trim();
    entries.set(task.id, { row, task, confirmed, wroteProgress, unreadable: uncomputedRows.has(src.row), group: src.group, labelled: false, byNumberAlone });
    rows.push(row);
  }

  // The table's own reports, as a sibling table merges them (rows awaiting confirmation or kept from
  // being written are not reports to pass on).
  const parts = new Map<number, ProgressFields>();
  for (const { row, task } of entries.values()) if (!row.lowConfidence && !keep.has(task.id)) parts.set(task.id, progressFieldsOf(row));
  let mergedWithSiblings = 0;
  if (siblings) for (const entry of entries.values()) if (mergeTables(entry, siblings)) mergedWithSiblings++;
  if (member) for (const { row, task } of entries.values()) Object.assign(row, withMemberPart(stored.get(task.id), member, progressFieldsOf(row)));

  const closedBefore = entries.size ? closedOf([...entries.keys()]) : new Map<number, string>();
  const writes: PlannedWrite[] = [];
  for (const { row, task, confirmed, wroteProgress, unreadable } of entries.values()) {
    const closedIn = closedBefore.get(task.id);
    if (closedIn) {
      row.warnings.push(
        `此任务已于${periodLabel(closedIn)}完成（销号），本期不必再报；导入后按本期的填报重新计算其状态，其他责任单位也须再报。如是沿用的旧表，可不导入此行`,
      );
    }
    const before = stored.get(task.id);
    row.previous = before ? progressFieldsOf(before) : null;
    row.diff = diffOf(row, row.previous);
    // Blank cells (or formulas read as blank) over stored text: the row waits for confirmation, like a guessed match.
    const hold = row.lowConfidence || confirmed ? null : holdReason(row, unreadable, wroteProgress, keep.has(task.id));
    if (hold) {
      row.lowConfidence = true;
      row.warnings.unshift(hold); // the one the preview shows beside the 确认 button
    } else if (row.lowConfidence) row.warnings.push('匹配可信度较低，确认前不会导入此行');
    else if (keep.has(task.id)) row.warnings.push('已选择保留原有填报内容，不覆盖');
    else if (row.diff !== 'unchanged') writes.push({ task, fields: progressFieldsOf(row) });
  }

  const warnings: string[] = [];
  // A task left blank on one row but reported on another (matched by its text) is not unreported.
  const reportedSeqs = new Set([...entries.values()].filter((e) => e.wroteProgress).map((e) => e.task.seq));
  const unreported = [...new Set(noProgressSeqs)].filter((seq) => !reportedSeqs.has(seq));
  if (unreported.length) warnings.push(`以下任务未填写进展：序号 ${unreported.join('、')}`);
  if (unitTaskIds?.size) {
    const present = new Set([...entries.keys(), ...(siblings?.tables.flatMap((t) => [...t.parts.keys()]) ?? [])]);
    for (const m of matches) for (const task of m.tasks ?? (m.task ? [m.task] : [])) present.add(task.id);
    const absent = ledger.tasks.filter((t) => unitTaskIds.has(t.id) && !present.has(t.id));
    const closed = absent.length ? closedOf(absent.map((t) => t.id)) : new Map<number, string>();
    const open = absent.filter((t) => !closed.has(t.id)).map((t) => t.seq);
    if (open.length) warnings.push(`本单位有 ${open.length} 项任务不在表中：序号 ${open.join('、')}`);
    if (looksLikeAnotherList([...entries.values()], unitTaskIds)) warnings.push(ANOTHER_LIST_WARNING);
  }
  return { rows, unmatched, writes, warnings, parts, mergedWithSiblings };
}

/**
 * A unit's own project list or another plan's table, numbered 1, 2, 3…: every row, of two or more, falls
 * by its number alone on a task the unit does not have. (One such row may be a slip of the number.)
 */
function looksLikeAnotherList(entries: readonly Entry[], unitTaskIds: ReadonlySet<number>): boolean {
  return entries.length >= 2 && entries.every((e) => e.byNumberAlone && !e.confirmed && !unitTaskIds.has(e.task.id));
}

/**
 * The task's report merged with the sibling tables' reports of it, each part prefixed by its table's
 * label ("太原：…\n大同：…"), in the file's order, the first status kept (as for rows of one task in
 * one table). False when no other table reports on the task.
 */
function mergeTables(entry: Entry, siblings: SiblingTables): boolean {
  const { row, task } = entry;
  const own = progressFieldsOf(row);
  const others = siblings.tables.filter((t) => t.label !== siblings.label && t.parts.has(task.id));
  if (!others.length) return false;
  const parts = siblings.tables.flatMap((t) => {
    const fields = t.label === siblings.label ? own : t.parts.get(task.id);
    return fields ? [{ ...fields, ...labelledTexts(fields, t.label) }] : [];
  });
  Object.assign(row, parts[0]!);
  for (const part of parts.slice(1)) mergeInto(row, part);
  // The merged report has progress when any part has: no blank cell of this table clears it.
  entry.wroteProgress ||= row.progress !== '';
  const kind = others.some((t) => t.name.startsWith('工作表')) ? '工作表' : '表格';
  row.warnings.push(`与${others.map((t) => t.name).join('、')}中同一任务（序号${task.seq}）的填报已按${kind}合并`);
  return true;
}

function readFields(src: SourceRow): { fields: ProgressFields; warnings: string[]; wroteProgress: boolean } {
  const warnings: string[] = [];
  const wroteProgress = src.fields.progress.trim() !== '';
  // Progress written in the 备注 column instead is the progress (kept in 备注 too, as written); a row
  // continuing the task above adds its 备注 to the task's 备注 only, and other columns gathered into
  // 备注 (责任人, 联系电话) are no progress.
  const fromRemarks = !wroteProgress && !src.continuesAbove && src.remarksCell.trim() !== '';
  const progress = fromRemarks ? src.remarksCell : src.fields.progress;
  if (fromRemarks) warnings.push('进展情况未填，已将备注中的内容记为进展，请核对');
  const reading = readStatus(src.fields.status);
  // Blank or unreadable: the progress text may open with the status (“已完成。全年共拨付…”).
  const opening = reading.status ? null : statusOpening(progress);
  const written = reading.text ? `“${reading.text}”无法识别` : '未填';
  // Reported work without a status the summary could count would read there as 尚未启动: it is
  // counted as on track instead, the word kept as written, for the official to check.
  const reportedWork = !reading.status && !opening && (reading.text !== '' || progress.trim() !== '');
  if (reading.approximate) warnings.push(`完成状态“${reading.text}”按${STATUS_LABELS[reading.status!]}统计，请核对`);
  else if (opening) warnings.push(`完成状态${written}，按进展情况开头的“${opening.word}”记为${STATUS_LABELS[opening.status]}，请核对`);
  else if (reportedWork) warnings.push(`完成状态${written}，按${STATUS_LABELS.on_track}统计${reading.text ? '（原文照存）' : ''}，请核对`);
  return {
    fields: {
      status: opening?.status ?? reading.status ?? (reportedWork ? 'on_track' : null),
      statusText: reading.text,
      progress,
      problems: src.fields.problems,
      nextSteps: src.fields.nextSteps,
      remarks: src.fields.remarks,
    },
    warnings,
    wroteProgress,
  };
}

/**
 * Why a changed row must not replace what is stored without the official's confirmation, or null:
 * a formula read as blank, or cells left blank over stored text (a bureau that wrote elsewhere, or
 * dropped a column, is no reason to lose what it reported before).
 */
function holdReason(row: ImportedRow, unreadable: boolean, wroteProgress: boolean, kept: boolean): string | null {
  if (unreadable) return '本行有公式单元格读不出内容，确认前不导入此行，以免以空白覆盖原有内容';
  const previous = row.previous;
  if (!previous || row.diff !== 'changed' || kept) return null;
  const cleared = (Object.keys(TEXT_LABELS) as (keyof typeof TEXT_LABELS)[]).filter((k) => {
    if (!previous[k] || row[k] === previous[k]) return false;
    // 进展情况 taken from 备注 replaces the stored progress all the same.
    return k === 'progress' ? !wroteProgress : !row[k];
  });
  if (!cleared.length) return null;
  const names = cleared.map((k) => `“${TEXT_LABELS[k]}”`).join('');
  return `本行${names}未填写，原有填报中有内容，确认前不导入此行，以免以空白覆盖原有内容`;
}

/** What the unit wrote in a row, as an unmatched row shows it. */
const writtenFields = ({ progress, statusText, problems, nextSteps, remarks }: ProgressFields) => ({ progress, statusText, problems, nextSteps, remarks });

function emptyRow(src: SourceRow, fields: ProgressFields): ImportedRow {
  return { ...fields, row: src.row, seq: src.seqText, taskId: null, match: null, score: 0, lowConfidence: false, diff: 'unchanged', previous: null, warnings: [] };
}

/** The written texts of a report, each prefixed with its district ("太原市：…"). */
function labelledTexts(fields: Pick<ProgressFields, 'progress' | 'problems' | 'nextSteps' | 'remarks'>, group: string) {
  const label = (text: string) => (text ? `${group}：${text}` : text);
  return { progress: label(fields.progress), problems: label(fields.problems), nextSteps: label(fields.nextSteps), remarks: label(fields.remarks) };
}

/** Two rows of one task: texts joined line by line, the first status kept. */
function mergeInto(row: ImportedRow, more: ProgressFields): void {
  for (const k of ['progress', 'problems', 'nextSteps', 'remarks'] as const) {
    if (more[k] && !row[k].split('\n').includes(more[k])) row[k] = row[k] ? `${row[k]}\n${more[k]}` : more[k];
  }
  if (!row.statusText && more.statusText) {
    row.status = more.status;
    row.statusText = more.statusText;
  } else if (more.status && row.status && more.status !== row.status) {
    row.warnings.push(`合并的行完成状态不同（“${row.statusText}”与“${more.statusText}”），已取前者`);
  }
}

function diffOf(fields: ProgressFields, previous: ProgressFields | null): RowDiff {
  if (!previous) return 'new';
  return sameFields(fields, previous) ? 'unchanged' : 'changed';
}

const round = (score: number) => Math.round(score * 100) / 100;
