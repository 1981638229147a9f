// What one returned file would import, found without writing anything: whose report it is (unit and
// period), which task each row reports on, and how each row compares with what is stored. The
// preview shows it and the commit writes it (commitFile). Besides the database it depends only on
// the file (its table), the request's unit and period, and the official's decision for the file —
// which is what lets analysisCache keep it from the preview for the commit.
import type { Db } from '../../../db/db';
import type { ImportedFile, ProgressFields, TableInFile, UnmatchedRow } from '../../../shared/api/progress';
import { findImportsBySha, type EarlierImport } from '../../../db/repos/imports';
import { getPeriod, type PeriodRow } from '../../../db/repos/periods';
import { listRecordsOfUnit, type RecordRow } from '../../../db/repos/progress';
import { completedEarlier, rolesIn } from '../completedEarlier';
import type { Ledger } from '../ledger';
import { periodLockedError, periodOfPlan } from '../planPeriods';
import { AppError } from '../../../shared/result';
import { fillDateDoubt, parsePeriod, periodLabel } from '../../../shared/periods';
import { isoDateInWords } from '../../../shared/format';
import { extraColumnsNote } from '../returns/extraColumns';
import { columnForPeriod } from '../returns/periodColumns';
import { statusOptionsNote } from '../returns/statusOptions';
import { rowName, tableName, type ReturnedTable } from '../returns/readReturn';
import { anotherPlanCited } from '../returns/citedPlan';
import { reportMatches, reportNotes } from './reportNotes';
import { rewrittenDeadlineNote, rewrittenUnitsNote } from './rewrittenColumns';
import { buildRows, type BuiltRows, type FileDecision, type SiblingTables } from './buildRows';
import { jointNotes, readJoint, rowsOfJointEntry } from './jointReturn';
import { memberSigning } from './memberParts';
import type { RowMatch, TaskMatcher } from './matchRows';
import { judgeIdentity, resolvePeriod, resolveUnit, type IdentityTrust } from './resolveOwner';
import type { SiblingTableIndex } from './siblingTables';
import type { FoundUnit, UnitFinder } from './unitFinder';

/**
 * Another plan's report, which no choice makes this plan's: a form made from another plan (by its
 * hidden identification), or a re-typed one whose title or file name cites another plan's title and
 * whose rows are not this plan's tasks. Rows that are (a unit that headed its return with the wrong
 * plan's name, or named this one in words the title shares little of) make the cited title a
 * warning instead: refusing a unit's real return costs more than a look.
 */
function anotherPlanOf(table: ReturnedTable, trust: IdentityTrust, planTitle: string, matcher: TaskMatcher): { title: string; error?: string; warning?: string } | null {
  const file = table.file.name;
  if (trust.otherPlan) {
    const title = table.identity!.planTitle;
    return { title, error: `文件“${file}”是《${title}》的填报表，不属于当前的《${planTitle}》，未导入。` };
  }
  // Our own form names its plan in the identification; a title edited by the unit says nothing more.
  const cited = table.identity ? null : anotherPlanCited(table.citedPlans, planTitle);
  if (!cited) return null;
  const { title } = cited;
  const report = table.kind === 'report';
  const where = cited.source === 'filename' ? '文件名' : report ? '报告标题' : '表格标题';
  const unit = report ? '段' : '行';
  const ownRows = rowsOfThisPlan(table, matcher);
  if (ownRows * 2 >= table.rows.length && ownRows > 0) {
    return {
      title,
      warning:
        `文件“${file}”的${where}写的是《${title}》，不是当前的《${planTitle}》；但其中 ${ownRows} ${unit}（共 ${table.rows.length} ${unit}）与本计划的任务相符，已按本计划读入。` +
        '请核对这确是本计划的报送。',
    };
  }
  return {
    title,
    error:
      `文件“${file}”报送的是《${title}》的推进情况（见${where}），不属于当前的《${planTitle}》，未导入。` +
      '如确是本计划的报送，请把标题改为本计划的名称后再导入。',
  };
}

/** How many of the table's rows match one of this plan's tasks without a doubt (by 序号 and words, or by words alone). */
function rowsOfThisPlan(table: ReturnedTable, matcher: TaskMatcher): number {
  return matcher.matchRows(table.rows, null, null).filter((m) => m.task && !m.lowConfidence).length;
}

/** The official's choices for one file (see importDecisions in the contract). */
export type Decision = FileDecision & {
  unit?: string;
  period?: string;
  sheet?: string;
  allTables?: boolean;
  /** Record a joint return for each unit its 填报单位 line names (see jointReturn.ts). */
  jointUnits?: boolean;
  /**
   * Set by the import call, not by the official: this entry records a joint return for one of the
   * other units named (`unit`), the table having been read as this unit's.
   */
  jointPrimary?: number;
};

/** What the analysis reads besides the file: the plan and the import call's own choices. */
export interface AnalysisInput {
  db: Db;
  ledger: Ledger;
  matcher: TaskMatcher;
  /** Built on first use: most commits reuse every analysis and need no unit lookups. */
  units: () => UnitFinder;
  /** The unit and period the import call names, if any. */
  unit?: string;
  period?: string;
  /** What the call's earlier files change for a later file of the same unit and period; absent outside an import call. */
  batch?: BatchView;
  /** The reports of other tables of the same file, for a file imported with all its tables. */
  siblings?: SiblingTableIndex;
  /** This machine's date (YYYY-MM-DD): a 填报日期 after it is a slip. */
  today: string;
}

/** See analysisCache's AnalysisSession. */
export interface BatchView {
  /**
   * The unit's records of the period as they stood when the import call began (`current` when no
   * file of the call has touched them yet): what a file naming another period must not overwrite unasked.
   */
  storedBefore(unitId: number, period: string, current: ReadonlyMap<number, RecordRow>): ReadonlyMap<number, RecordRow>;
  /** In a preview (which writes nothing), what the call's earlier files would write, by task. */
  pendingWrites(unitId: number, period: string): ReadonlyMap<number, ProgressFields> | undefined;
}

export interface FileAnalysis {
  /** The file's result as the preview shows it; the batch adds its own warnings, status and importId. */
  result: ImportedFile;
  unitId: number | null;
  /** The unit's stored records of the period, by task, as they were when analysed. */
  stored: ReadonlyMap<number, RecordRow>;
  /** Null when the file was turned away before its rows were matched. */
  built: BuiltRows | null;
  /**
   * Compared with writes of earlier files that the preview only assumed (pendingWrites), or merged with
   * other tables of the same file (SiblingTableIndex), which may not be imported at all.
   */
  assumesBatchWrites: boolean;
  /** Earlier imports of the same file that still stand, newest first, with the table each took. */
  standing: EarlierImport[];
  /**
   * The period the import was for when the file goes into the one written in it instead (a unit that
   * reused last quarter's form): that period's 报送台账 names the file. Null otherwise.
   */
  chosenInstead: string | null;
  /** Under the jointUnits decision, the other units the table is to be recorded for too, an entry each. */
  recordAlsoFor: readonly FoundUnit[];
  /** The member (青石镇) that filled in a collective's form (各乡镇（街道）), its report a part of the collective's; else null. */
  member: string | null;
}

export function analyseFile(input: AnalysisInput, table: ReturnedTable, decision: Decision | undefined): FileAnalysis {
  const { ledger } = input;
  const result = emptyResult(table);
  if (table.kind === 'report') result.readAs = 'report';
  const trust = judgeIdentity(table, ledger);
  const otherPlan = anotherPlanOf(table, trust, ledger.plan.title, input.matcher);
  if (otherPlan?.warning) result.warnings.push(otherPlan.warning);
  if (otherPlan?.error) {
    result.otherPlan = otherPlan.title;
    result.errors.push(otherPlan.error);
    return { result, unitId: null, stored: new Map(), built: null, assumesBatchWrites: false, standing: [], chosenInstead: null, recordAlsoFor: [], member: null };
  }
  if (trust.warning) result.warnings.push(trust.warning);
  // A joint return's entry for another unit says nothing of the table: the entry it was read as does.
  const aboutTable = decision?.jointPrimary === undefined;
  const tableNotes = !aboutTable ? [] : [
    ...(table.report ? reportNotes(table.report) : []),
    ...continuationNotes(table),
    statusOptionsNote(table.statusOptions),
    extraColumnsNote(table.extraColumns),
    uncomputedNote(table),
    leftOutNote(table),
    ...hiddenNotes(table),
    commentsNote(table),
  ];
  for (const note of tableNotes) {
    if (note) result.warnings.push(note);
  }
  if (table.anotherTable && aboutTable) {
    result.warnings.push(
      `${tableName(table)}第 ${table.anotherTable.row} 行起是另一份表（“${table.anotherTable.line}”），未导入。请把它另存为单独的工作表或文件后再导入。`,
    );
  }
  // Under allTables the file's other tables are entries of the same call: only other periods' sheets are left.
  const left = !aboutTable ? [] : decision?.allTables ? table.otherTables.filter((t) => t.byPeriod) : table.otherTables;
  // Tables of this file imported before need no hint: the import names them (see importOne).
  const earlier = findImportsBySha(input.db, ledger.plan.id, table.sha256);
  const standing = earlier.filter((e) => e.outcome === 'imported');
  const imported = new Set(standing.map((e) => e.sheet));
  // An import of this table undone since: the 收到日期 stated then still tells when the file came in.
  const ofThisTable = (e: EarlierImport) => e.sheet === null || e.sheet === table.sheet;
  result.receivedOnBefore = earlier.find((e) => e.outcome === 'undone' && e.receivedOn && ofThisTable(e))?.receivedOn ?? null;
  result.otherTables = otherTablesOf({ otherTables: left }).map((t) => (imported.has(t.sheet) ? { ...t, imported: true as const } : t));
  for (const other of left.filter((t) => !imported.has(t.sheet))) {
    const howToImport = other.byPeriod
      ? '如需导入该表，导入时选定它的期次即可。'
      : `如需导入，在预览中点“一并导入其他表”，或在“${table.kind === 'wordTable' ? '表格' : '工作表'}”一栏改选它（可再次导入本文件）。`;
    result.warnings.push(
      table.kind === 'wordTable'
        ? `文档中的${other.sheet}也是填写了的推进情况表（${other.filled} 行），本次只导入${table.sheet}。${howToImport}`
        : `工作表“${other.sheet}”中也有填写了的推进情况表（${other.filled} 行），本次只导入工作表“${table.sheet}”。${howToImport}`,
    );
  }

  const { unitId, periodRow, chosenPeriod } = identifyOwner(input, table, trust, decision, result);
  const stored = storedRecords(input.db, periodRow, unitId);
  const owned = unitId !== null && result.period ? { unitId, period: result.period } : null;
  const before = owned && input.batch ? input.batch.storedBefore(owned.unitId, owned.period, stored) : stored;
  const assumed = owned ? input.batch?.pendingWrites(owned.unitId, owned.period) : undefined;
  const compared: ReadonlyMap<number, ProgressFields> = assumed?.size ? new Map([...stored, ...assumed]) : stored;
  const unitTaskIds = unitId === null ? null : input.matcher.tasksOf(unitId);
  const answerable = unitId === null ? null : input.matcher.answerableBy(unitId);
  const member = unitId === null ? null : memberSigning(result.unit!, table.unitText, (text) => input.units().resolve(text) !== null);
  if (member) {
    result.warnings.push(
      `表中填写的填报单位是“${member}”，这是发给${result.unit}的填报表：各项进展以“${member}：”开头记入${result.unit}的填报，其他单位已报的内容保留，不被替换。`,
    );
  }
  if (unitId !== null && !unitTaskIds?.size) result.warnings.push(`“${result.unit}”在本工作要点中没有需要填报的任务，已按全部任务匹配。`);

  const joint = unitId === null ? null : readJoint(table.unitText, { unitId, unit: result.unit! }, decision, standing.filter(ofThisTable), input.units());
  const forEach = joint?.recordedForEach ?? false;
  if (joint) result.jointUnits = joint.entry.partners.map((p) => p.unit);
  if (decision?.jointPrimary !== undefined && joint) result.jointOf = joint.primaryName;

  const reporters = unitId === null ? null : forEach ? [unitId, ...joint!.entry.partners.map((p) => p.unitId)] : [unitId];
  const matched = input.matcher.matchRows(table.rows, reporters, trust.trusted ? table.sheetIdentity : null);
  const matches = table.kind === 'report' ? reportMatches(matched, answerable) : matched;
  const periodStart = result.period ? parsePeriod(result.period)?.startDate : undefined;
  const closedOf = (taskIds: number[]): ReadonlyMap<number, string> =>
    periodStart ? completedEarlier(input.db, ledger.plan.id, periodStart, taskIds, rolesIn(ledger)) : new Map();
  const uncomputedRows = new Set(table.uncomputed.map((u) => u.row));
  const sameOwner = owned && input.siblings ? input.siblings.tablesOf(table.sha256, owned.unitId, owned.period) : [];
  const siblings: SiblingTables | null = sameOwner.length ? { label: table.sheet, tables: sameOwner } : null;
  const periodRows = rowsOfPeriod(table, result);
  const split = forEach ? rowsOfJointEntry(joint!.entry, periodRows, matches, input.matcher, decidedRows(decision)) : null;
  const built = buildRows(split?.rows ?? periodRows, split?.matches ?? matches, ledger, compared, decision, unitTaskIds, closedOf, uncomputedRows, siblings, answerable, member);
  result.rows = built.rows;
  result.unmatched = built.unmatched;
  if (joint) result.warnings.push(...jointNotes(table.unitText!, joint, split));
  result.warnings.push(...sharedCellNotes(table, built));
  if (built.mergedWithSiblings) {
    result.warnings.push(
      `${tableName(table)}与本文件中的${sameOwner.filter((t) => t.label !== table.sheet).map((t) => t.name).join('、')}是同一单位同一期的填报，同一任务的进展已合并（各段前注明${table.kind === 'wordTable' ? '表格' : '工作表'}名），不互相覆盖，请核对。`,
    );
  }
  if (aboutTable) result.warnings.push(...unmatchedNotes(table, matches, built.unmatched));
  result.warnings.push(...built.warnings);
  const deadlines = aboutTable ? rewrittenDeadlineNote(table, matches, ledger.plan) : null;
  if (deadlines) result.warnings.push(deadlines);
  const units = table.unitColumn === null || !aboutTable ? null : rewrittenUnitsNote(table, matches, (name) => input.units().resolve(name)?.unitId ?? null, unitId);
  if (units) result.warnings.push(units);
  // Only reports that were there before the call count: a later file of the batch replacing an
  // earlier one's rows is the batch's own order (相同任务以后导入的为准).
  const doubtedDate = periodStart && table.fillDate ? fillDateNote(table.fillDate, result.period!, periodStart, input.today) : null;
  if (doubtedDate) result.warnings.push(doubtedDate);
  if (chosenPeriod) notePeriodDifference(result, chosenPeriod, built.writes.filter((w) => before.has(w.task.id)).length);
  if (!table.rows.length) result.warnings.push('表中没有填报内容。');
  return {
    result,
    unitId,
    stored,
    built,
    assumesBatchWrites: !!assumed?.size || siblings !== null,
    standing,
    chosenInstead: chosenPeriod ?? null,
    recordAlsoFor: forEach && decision?.jointPrimary === undefined ? joint!.entry.partners : [],
    member,
  };
}

/** The rows the official has given a task (or none) in this entry. */
function decidedRows(decision: Decision | undefined): Set<number> {
  return new Set(Object.keys(decision?.rows ?? {}).map(Number));
}

/** Rows left unmatched for a reason rather than for want of a likely task (a 序号 naming tasks not all the unit's): said why. */
function unmatchedNotes(table: ReturnedTable, matches: readonly RowMatch[], unmatched: readonly UnmatchedRow[]): string[] {
  const left = new Set(unmatched.map((u) => u.row));
  return table.rows.flatMap(({ row }, i) =>
    !matches[i]!.task && left.has(row)
      ? matches[i]!.warnings.map((why) => `${tableName(table)}${rowName(table, row)}${why}，未导入此行；如确是本单位的进展，请在预览中为它指定任务。`)
      : [],
  );
}

/** Word tables read as the rows of the table before them: the official sees where the rows came from. */
function continuationNotes(table: ReturnedTable): string[] {
  return table.continuations.map(({ table: next, into, rows: [first, last], repeatedHeader }) => {
    const rows = first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
    const why = repeatedHeader ? `与${into}表头相同（重复的表头不读入）` : '没有表头';
    return `文档中的${next}紧接在${into}之后（中间只有空行或分页符），列数相同、${why}，看来是同一个表格被分开了，已接续${into}读入（即${into}${rows}），请核对。`;
  });
}

/** Comments (批注) are read into 备注, where the official may not look for them. */
function commentsNote(table: ReturnedTable): string | null {
  const rows = table.commentedRows;
  return rows.length ? `${tableName(table)}第${rows.join('、')}行单元格中的批注已记入该行的备注（“批注：……”），请核对。` : null;
}

/** Hidden rows and columns (a Word table's hidden text) are read like the rest: the official sees that they were there. */
function hiddenNotes(table: ReturnedTable): string[] {
  const { rows, columns } = table.hidden;
  const notes: string[] = [];
  // In Word it is text, not a row, that is hidden.
  if (rows.length && table.kind === 'wordTable') notes.push(`${tableName(table)}第${rows.join('、')}行有设为隐藏的文字（Word 中不显示、不打印），已一并读入，请核对。`);
  else if (rows.length) notes.push(`${tableName(table)}第${rows.join('、')}行在原表中是隐藏的，已一并读入，请核对。`);
  if (columns.length) {
    const headers = columns.flatMap((c) => (c.header ? [`“${c.header}”`] : []));
    notes.push(`${tableName(table)}第${columns.map((c) => c.letter).join('、')}列${headers.length ? `（${headers.join('')}）` : ''}在原表中是隐藏的，已一并读入，请核对。`);
  }
  return notes;
}

/** At most this many left-out rows are quoted; the rest are counted. */
const LEFT_OUT_QUOTED = 8;

/** Totals and lines under the table are not unmatched rows to deal with: said once, with what they say (填报人、联系电话). */
function leftOutNote(table: ReturnedTable): string | null {
  const rows = table.leftOut;
  if (!rows.length) return null;
  const quoted = rows.slice(0, LEFT_OUT_QUOTED).map(({ row, text }) => `第${row}行“${text.replace(/\s*\n\s*/g, ' ')}”`);
  const more = rows.length > LEFT_OUT_QUOTED ? `等 ${rows.length} 行` : '';
  return `${tableName(table)}中的合计行和表格下方的填报人、日期等落款不是任务的进展，未导入：${quoted.join('；')}${more}。`;
}

/**
 * One merged cell's text given to several tasks: true of some merges, a slip of others — the
 * official says. Told by the tasks its rows go to (a 序号 written or not), and by the rows no task
 * was found for, which would get the text too once assigned; not when it spans one task's rows.
 */
function sharedCellNotes(table: ReturnedTable, built: BuiltRows): string[] {
  return table.sharedCells.flatMap(({ rows: [top, bottom], column, dataRows }) => {
    const under = new Set(dataRows);
    const seqs = [...new Set(built.rows.filter((r) => under.has(r.row)).map((r) => r.seq))];
    const loose = [...new Set(built.unmatched.filter((u) => under.has(u.row)).map((u) => u.row))];
    if (seqs.length + loose.length < 2) return [];
    const tasks = seqs.length > 1 ? `序号 ${seqs.join('、')} 各项任务` : seqs.length ? `序号 ${seqs[0]} 的任务` : '';
    const rows = loose.length ? `尚未匹配到任务的第 ${loose.join('、')} 行` : '';
    return [`${tableName(table)}第 ${top}–${bottom} 行的“${column}”是一个合并单元格，同一段文字记入了${[tasks, rows].filter(Boolean).join('，以及')}，请核对。`];
  });
}

/** Formula cells saved without a result read as empty: said, cell by cell, so nothing is lost unseen. */
function uncomputedNote(table: ReturnedTable): string | null {
  const cells = table.uncomputed;
  if (!cells.length) return null;
  const named = cells.slice(0, 5).map((u) => `第 ${u.row} 行“${u.column}”`).join('、');
  return (
    `${tableName(table)}中有 ${cells.length} 格是公式，文件里没有保存计算结果，读不出内容（${named}${cells.length > 5 ? '等' : ''}），已按空白处理。` +
    '请在 Excel 或 WPS 中打开该文件、保存后再导入。'
  );
}

/**
 * The file's other filled tables, as results and import records name them. `leftToImport` leaves
 * out a workbook's other periods' sheets (one sheet per period), kept there on purpose.
 */
export function otherTablesOf(table: Pick<ReturnedTable, 'otherTables'>, { leftToImport = false } = {}): TableInFile[] {
  return table.otherTables
    .filter((t) => !(leftToImport && t.byPeriod))
    .map(({ sheet, filled, byPeriod }) => (byPeriod ? { sheet, rows: filled, byPeriod } : { sheet, rows: filled }));
}

/** Why the form's 填报日期 does not decide whether it came late (see fillDateDoubt), or null when it does. */
function fillDateNote(fillDate: string, period: string, periodStart: string, today: string): string | null {
  const doubt = fillDateDoubt(fillDate, periodStart, today);
  if (!doubt) return null;
  const why =
    doubt === 'beforePeriod'
      ? `早于${parsePeriod(period)!.label}开始（${isoDateInWords(periodStart)}），可能沿用了旧表而未改日期`
      : '晚于今天，可能写错了';
  return `表上的填报日期是${isoDateInWords(fillDate)}，${why}；判断是否逾期报送时不以它为准，按收到日期或导入日期。`;
}

/**
 * The file names another period than the import's. Into a period the unit has not reported for, it
 * goes as written (a late report), with a note. Over that period's stored reports it waits for the
 * official: a bureau that reused last quarter's file would otherwise overwrite last quarter.
 */
function notePeriodDifference(result: ImportedFile, chosen: string, changes: number): void {
  const written = parsePeriod(result.period!)!.label;
  const chosenLabel = periodLabel(chosen);
  if (!changes) {
    result.warnings.push(`文件中写的期次是${written}，与指定的${chosenLabel}不同，已按文件中的期次导入；如有误请在预览中改选期次。`);
    return;
  }
  result.periodConflict = { written: result.period!, chosen, changes };
  result.errors.push(
    `文件中写的期次是${written}，与本次选定的${chosenLabel}不同，而${result.unit ?? '该单位'}${written}已有填报，导入会改写其中 ${changes} 项。` +
      `若是沿用上期表格填写的本期进展，请把期次改为${chosenLabel}；若确是更正${written}，请选定${written}后再导入。`,
  );
}

/** The table's rows, with the progress of the file's period where the table keeps one column per period. */
function rowsOfPeriod(table: ReturnedTable, result: ImportedFile): ReturnedTable['rows'] {
  if (!table.periodColumns.length || !result.period) return table.rows;
  const { index, note } = columnForPeriod(table.periodColumns, result.period);
  result.warnings.push(note);
  return table.rows.map((row) => ({ ...row, fields: { ...row.fields, progress: row.progressByPeriod![index]! } }));
}

/** A file's result before anything is known about it but its name and sheet. */
export function emptyResult(file: { file: { name: string }; sha256: string; sheet?: string; headerRow?: number }): ImportedFile {
  return {
    file: file.file.name,
    sha256: file.sha256,
    decisionKey: file.sha256,
    unit: null,
    unitId: null,
    period: null,
    status: 'dry-run',
    skipped: false,
    sheet: file.sheet ?? null,
    headerRow: file.headerRow ?? null,
    unitSource: null,
    periodSource: null,
    importId: null,
    duplicateOf: null,
    rows: [],
    unmatched: [],
    errors: [],
    warnings: [],
    periodConflict: null,
    receivedOnBefore: null,
    unitConflict: null,
    otherTables: [],
  };
}

/** Settles the file's unit and period into `result` (or its errors) and finds the period's row if it exists. */
function identifyOwner(
  input: AnalysisInput,
  table: ReturnedTable,
  trust: IdentityTrust,
  decision: Decision | undefined,
  result: ImportedFile,
): { unitId: number | null; periodRow: PeriodRow | null; chosenPeriod: string | undefined } {
  const { ledger } = input;
  const unit = resolveUnit(table, trust, input.units(), decision?.unit, input.unit);
  const period = resolvePeriod(table, trust, ledger, decision?.period, input.period);
  result.warnings.push(...unit.warnings, ...period.warnings);
  if (unit.value) Object.assign(result, { unit: unit.value.unit, unitId: unit.value.unitId, unitSource: unit.source });
  if (period.value) Object.assign(result, { period: period.value, periodSource: period.source });
  if (unit.error) result.errors.push(unit.error);
  if (unit.conflict) result.unitConflict = unit.conflict;
  if (period.error) result.errors.push(period.error);
  const periodRow = period.value ? (getPeriod(input.db, ledger.plan.id, period.value) ?? null) : null;
  if (periodRow?.locked) result.errors.push(periodLockedError(periodRow.code).message);
  // A period not stored yet would be made by the import: the preview already says when the plan cannot have it.
  if (period.value && !periodRow) {
    try {
      periodOfPlan(ledger.plan, period.value);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      result.errors.push(err.message);
    }
  }
  return { unitId: unit.value?.unitId ?? null, periodRow, chosenPeriod: period.chosen };
}

/** The unit's stored records of the period, by task (empty when the period does not exist yet). */
function storedRecords(db: Db, period: PeriodRow | null, unitId: number | null): Map<number, RecordRow> {
  if (!period || unitId === null) return new Map();
  return new Map(listRecordsOfUnit(db, period.id, unitId).map((r) => [r.taskId, r]));
}
