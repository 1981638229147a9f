// 汇总表 (.xlsx): 推进情况汇总 (every task, one row per unit with its status, progress, problems and
// next steps, coloured by status), 统计 (by status, section and unit) and 未报送单位. Every figure
// is read from the same PeriodSummary as `report --json`, so the workbook and the JSON agree.
import type { PeriodSummary, TaskSummaryRow, UnitReport } from '../../shared/api/reports';
import { sectionLabel } from '../../shared/sections';
import { roleLabel, TASK_STATUS_LABELS, type Role, type TaskPeriodStatus } from '../../shared/types';
import { dataRow, dataStyles, headerRow, housePrintSetup, noteRow, sectionRow, titleRow } from '../sheets/layout';
import type { CellValue, SheetWriter } from '../sheets/sheetWriter';
import { heightForLines, LOOK, MAX_ROW_HEIGHT, rowsForHeight, STATUS_FILLS, textHeight, widenForText, wrappedLines, type ColumnSpec } from '../sheets/style';
import type { CellStyle } from '../sheets/styleTable';
import { WorkbookWriter } from '../sheets/workbookWriter';
import { UNIT_REPORT_STATE_LABELS, unitReportLabel } from '../../shared/unitReportState';
import { collectiveUnits, LIGHT_FILLS, lightText, responsibleUnits, statusCounts, summaryNote, summaryTableTitle, taskStatusText } from './presentation';
import { tasksBySection } from './summary';
import { isoDateInWords, quotedTitle } from '../../shared/format';

export const SHEET_DETAIL = '推进情况汇总';
export const SHEET_STATS = '统计';
export const SHEET_MISSING = '未报送单位';

// About 168 characters in all, so fit to one A4 landscape page wide the 11 pt body still prints at
// 9 pt or more; the text columns wrap, and each row is as high as its wrapped text.
const DETAIL_COLUMNS: ColumnSpec[] = [
  { header: '序号', width: 5, align: 'center' },
  { header: '工作任务', width: 27 },
  { header: '牵头（责任）单位', width: 12, align: 'center' },
  { header: '完成时限', width: 10, align: 'center' },
  // Two lines for 已完成（2023年第二季度）, a task completed in an earlier period (销号).
  { header: '任务状态', width: 14, align: 'center' },
  { header: '预警', width: 10, align: 'center' },
  { header: '填报单位', width: 12, align: 'center' },
  { header: '职责', width: 6, align: 'center' },
  // One line for 不单独报送.
  { header: '本期状态', width: 10, align: 'center' },
  // The report's text widens a little for a report too long for the tallest row.
  { header: '进展情况', width: 32, maxWidth: 34 },
  { header: '存在问题', width: 15, maxWidth: 17 },
  { header: '下步计划', width: 15, maxWidth: 17 },
];
/** Columns describing the task (merged down over its unit rows). */
const TASK_COLUMNS = 6;
const COL_TASK_STATUS = 5;
const COL_LIGHT = 6;
const COL_UNIT_STATUS = 9;
/** The task columns of a task's second and later rows: covered by the merge. */
const NO_TASK_CELLS = Array<null>(TASK_COLUMNS).fill(null);

export async function buildSummaryWorkbook(s: PeriodSummary): Promise<Uint8Array> {
  const wb = new WorkbookWriter({ creator: '工作要点台账', title: summaryTitle(s) });
  addDetailSheet(wb.addSheet(SHEET_DETAIL), s);
  addStatsSheet(wb.addSheet(SHEET_STATS), s);
  addMissingSheet(wb.addSheet(SHEET_MISSING), s);
  return wb.toBytes();
}

/** Read like the fill-in templates' titles, plan and period named. */
const summaryTitle = summaryTableTitle;

interface UnitLine {
  unit: string;
  role: Role | null;
  status: TaskPeriodStatus;
  /** The unit's report; none when it sent nothing (未报送). */
  report?: UnitReport;
}

/** One line per provincial unit on the task: its report, or 未报送 when it sent none. */
function unitLines(task: TaskSummaryRow): UnitLine[] {
  const lines: UnitLine[] = [];
  const seen = new Set<string>();
  for (const role of ['lead', 'joint', 'cooperating'] as const) {
    for (const unit of task.units[role]) {
      if (seen.has(unit)) continue;
      seen.add(unit);
      const report = task.reports.find((r) => r.unit === unit);
      lines.push({ unit, role, status: report?.status ?? 'unreported', report });
    }
  }
  // Units that reported on a task they are not assigned to.
  for (const r of task.reports) if (!seen.has(r.unit) && r.role !== 'national') lines.push({ unit: r.unit, role: r.role, status: r.status, report: r });
  return lines;
}

function addDetailSheet(sheet: SheetWriter, s: PeriodSummary): void {
  const collective = collectiveUnits(s);
  const rowsOf = new Map(s.tasks.map((task) => [task, unitRows(task, collective)]));
  const columns = widenForText(DETAIL_COLUMNS, unitTexts(rowsOf.values()));
  const width = columns.length;
  titleRow(sheet, summaryTitle(s), width, 18);
  noteRow(sheet, summaryNote(s), width);
  housePrintSetup(sheet, { headerRow: headerRow(sheet, columns), landscape: true });

  for (const { section, tasks } of tasksBySection(s)) {
    // A section heading prints on the page of its first task, not alone at the foot of the one before.
    const heading = s.bySection.length > 1 || section.numeral ? sectionRow(sheet, `${sectionLabel(section)}（${section.tasks}项）`, width) : null;
    tasks.forEach((task, i) => {
      const first = i === 0 && heading !== null ? heading : sheet.nextRow;
      addTaskRows(sheet, task, rowsOf.get(task)!, columns);
      // Printed, a task's rows stay on one page under its merged cells where they fit.
      sheet.keepTogether(first, sheet.nextRow - 1);
    });
  }
}

/** Made once per (task status, light, unit status, run-on): the same arrays, so the style table finds them by identity. */
const detailStyles = new Map<string, readonly CellStyle[]>();

/**
 * A detail row's cell styles: the task's status and light fills, and the unit's status fill when it
 * has a line. A task whose text runs on over several rows, likely across pages, is read from the top
 * of its cells down: centred, its first lines would print far down the page, cut at its foot.
 */
function detailRowStyles(task: TaskSummaryRow, unitStatus: TaskPeriodStatus | undefined, runsOn: boolean): readonly CellStyle[] {
  const key = `${task.status} ${task.light} ${unitStatus ?? ''} ${runsOn}`;
  let styles = detailStyles.get(key);
  if (!styles) {
    const fills: Record<number, string | undefined> = {
      [COL_TASK_STATUS]: STATUS_FILLS[task.status],
      [COL_LIGHT]: LIGHT_FILLS[task.light],
      [COL_UNIT_STATUS]: unitStatus && STATUS_FILLS[unitStatus],
    };
    styles = DETAIL_COLUMNS.map((c, i) => LOOK.data(c.align, fills[i + 1], runsOn ? 'top' : 'center'));
    detailStyles.set(key, styles);
  }
  return styles;
}

/** A task's row for one unit: the unit's cells (from 填报单位 on) and the status its fill shows, if any. */
interface UnitRow {
  status: TaskPeriodStatus | undefined;
  cells: CellValue[];
}

/**
 * The task's unit rows (one blank one when it names no unit). A task closed earlier (销号) left its
 * units nothing to report, and a collective name (各有关市县政府) reports through its members: neither is 未报送.
 */
function unitRows(task: TaskSummaryRow, collective: ReadonlySet<string>): UnitRow[] {
  const lines = unitLines(task);
  if (!lines.length) return [{ status: undefined, cells: [] }];
  const closed = task.completedIn !== null;
  return lines.map((line) => {
    const notOwed = notOwedLabel(line, closed, collective);
    return {
      status: notOwed ? undefined : line.status,
      cells: [line.unit, roleLabel(line.role), notOwed ?? TASK_STATUS_LABELS[line.status], line.report?.progress, line.report?.problems, line.report?.nextSteps],
    };
  });
}

/** What a unit's line says in place of 未报送 when nothing was owed; null when something was. */
function notOwedLabel(line: UnitLine, taskClosed: boolean, collective: ReadonlySet<string>): string | null {
  if (taskClosed) return UNIT_REPORT_STATE_LABELS.nothingDue;
  if (!line.report && collective.has(line.unit)) return UNIT_REPORT_STATE_LABELS.collective;
  return null;
}

/** Every unit row's cells in their columns, to size the long-text columns by. */
function* unitTexts(rowsByTask: Iterable<readonly UnitRow[]>): Generator<CellValue[]> {
  for (const rows of rowsByTask) for (const { cells } of rows) yield [...NO_TASK_CELLS, ...cells];
}

/**
 * The task's cells (merged down) and one row per unit, each row high enough for its text. A text
 * taller than the tallest row Excel allows runs on into further rows, its unit's cells merged down
 * over them: one capped row would print only the middle of a long report.
 */
function addTaskRows(sheet: SheetWriter, task: TaskSummaryRow, rows: readonly UnitRow[], columns: readonly ColumnSpec[]): void {
  const taskCells = [
    task.seq,
    task.content,
    responsibleUnits(task).join('、'),
    task.continuous ? '持续推进' : task.deadlineText,
    taskStatusText(task),
    lightText(task),
  ];
  const unitColumns = columns.slice(TASK_COLUMNS);
  const heights = rows.map(({ cells }) => unitRowHeights(textHeight(cells, unitColumns)));
  // The merged task cells must fit in the rows they span (WPS does not grow merged rows).
  const taskLines = Math.max(...taskCells.map((text, i) => wrappedLines(text, columns[i]!.width)));
  growToTotal(heights, heightForLines(taskLines));

  // Every row carries the task's fills in the merged columns, so every reader draws the range alike.
  const first = sheet.nextRow;
  const runsOn = heights.some((unit) => unit.length > 1);
  rows.forEach(({ status, cells }, i) => {
    const top = sheet.nextRow;
    heights[i]!.forEach((height, k) => {
      const values = [...(i === 0 && k === 0 ? taskCells : NO_TASK_CELLS), ...(k === 0 ? cells : [])];
      sheet.addRow(values, detailRowStyles(task, status, runsOn), height);
    });
    const bottom = sheet.nextRow - 1;
    if (bottom > top) for (let col = TASK_COLUMNS + 1; col <= columns.length; col++) sheet.merge(top, col, bottom, col);
  });
  const last = sheet.nextRow - 1;
  if (last > first) for (let col = 1; col <= TASK_COLUMNS; col++) sheet.merge(first, col, last, col);
}

/**
 * Grows the unit rows, the last first and none past the tallest row Excel allows, until together they
 * are `total` high; past that, the last unit's rows run on into more.
 */
function growToTotal(heights: number[][], total: number): void {
  let short = total - heights.flat().reduce((h, x) => h + x, 0);
  for (let i = heights.length - 1; i >= 0 && short > 0; i--) {
    const unit = heights[i]!;
    for (let k = unit.length - 1; k >= 0 && short > 0; k--) {
      const grow = Math.min(short, MAX_ROW_HEIGHT - unit[k]!);
      unit[k]! += grow;
      short -= grow;
    }
  }
  if (short > 0) heights[heights.length - 1]!.push(...rowsForHeight(short, RUN_ON_ROW));
}

/**
 * A text that runs on past the tallest row goes into rows of at most this height: a row never splits
 * across pages, so shorter rows let each page fill before the break.
 */
const RUN_ON_ROW = 150;

/** The rows a unit's text takes: one as high as it needs, or several where it runs past the tallest row. */
const unitRowHeights = (height: number) => (height <= MAX_ROW_HEIGHT ? [height] : rowsForHeight(height, RUN_ON_ROW));

/** The fifth column holds 本期报送: one line for 已报送（逾期）. Fit to A4 portrait, the body prints at 9 pt or more. */
const STATS_COLUMNS: ColumnSpec[] = [
  { header: '', width: 26 },
  ...Array.from({ length: 8 }, (_, i) => ({ header: '', width: i === 3 ? 16 : 10, align: 'center' as const })),
];

function addTable(sheet: SheetWriter, title: string, header: string[], rows: (string | number)[][]): void {
  const columns = header.map((h, i) => ({ ...STATS_COLUMNS[i]!, header: h }));
  sheet.addRow([], []);
  const heading = sectionRow(sheet, title, header.length);
  headerRow(sheet, columns);
  const styles = dataStyles(columns);
  for (const values of rows) dataRow(sheet, values, columns, styles);
  // Printed, the table's heading and column headers go on the page of its first row.
  sheet.keepTogether(heading, Math.min(heading + 2, sheet.nextRow - 1));
}

function addStatsSheet(sheet: SheetWriter, s: PeriodSummary): void {
  sheet.setColumnWidths(STATS_COLUMNS.map((c) => c.width));
  titleRow(sheet, `${quotedTitle(s.planTitle)}${s.periodLabel}推进情况统计`, STATS_COLUMNS.length, 16);
  noteRow(sheet, summaryNote(s), STATS_COLUMNS.length);
  housePrintSetup(sheet, { headerRow: 2, landscape: false });

  addTable(
    sheet,
    '一、按完成状态',
    ['状态', '任务数', '占比'],
    [
      ...statusCounts(s.totals).map(({ label, count }) => [label, count, share(count, s.totals.tasks)]),
      ['合计', s.totals.tasks, share(s.totals.tasks, s.totals.tasks)],
      ['其中：逾期未完成', s.overdue.length, share(s.overdue.length, s.totals.tasks)],
      ['下期到期（临期）', s.dueSoon.length, share(s.dueSoon.length, s.totals.tasks)],
    ],
  );
  addTable(
    sheet,
    '二、按工作部分',
    ['工作部分', '任务数', '已完成', '正常推进', '滞后', '未启动', '未报送', '逾期'],
    s.bySection.map((x) => [
      sectionLabel(x),
      x.tasks,
      x.completed,
      x.on_track,
      x.delayed,
      x.not_started,
      x.unreported,
      x.overdue,
    ]),
  );
  addTable(
    sheet,
    '三、按单位',
    ['单位', '牵头任务', '责任任务', '配合任务', '本期报送', '报送任务数', '报已完成', '报滞后', '逾期任务'],
    s.byUnit.map((u) => [
      u.unit,
      u.lead,
      u.joint,
      u.cooperating,
      // Reported after the plan's 报送时限: said beside the state.
      unitReportLabel(u, s.lateUnits.includes(u.unit)),
      u.reportedTasks,
      u.completed,
      u.delayed,
      u.overdue,
    ]),
  );
}

const share = (n: number, total: number) => (total ? `${((n / total) * 100).toFixed(1)}%` : '—');

const MISSING_COLUMNS: ColumnSpec[] = [
  { header: '序号', width: 6, align: 'center' },
  { header: '单位', width: 24 },
  { header: '牵头任务数', width: 11, align: 'center' },
  { header: '责任任务数', width: 11, align: 'center' },
  { header: '配合任务数', width: 11, align: 'center' },
  { header: '本期应报任务序号', width: 34 },
  { header: '催报日期', width: 16, align: 'center' },
];

function addMissingSheet(sheet: SheetWriter, s: PeriodSummary): void {
  titleRow(sheet, `${s.periodLabel}未报送推进情况单位`, MISSING_COLUMNS.length, 16);
  const due = s.dueDate ? `报送时限${isoDateInWords(s.dueDate)}，` : '';
  noteRow(sheet, `${due}共${s.missingUnits.length}个单位未报送`, MISSING_COLUMNS.length);
  housePrintSetup(sheet, { headerRow: headerRow(sheet, MISSING_COLUMNS), landscape: false });

  const missing = new Set(s.missingUnits);
  const reminded = new Map(s.reminders.map((r) => [r.unit, r.remindedOn.map(isoDateInWords).join('\n')]));
  let n = 0;
  for (const u of s.byUnit) {
    if (!missing.has(u.unit)) continue;
    // The tasks it owes this period: not those closed earlier (销号), which it is not chased for.
    const seqs = s.tasks
      .filter((t) => t.completedIn === null)
      .filter((t) => t.units.lead.includes(u.unit) || t.units.joint.includes(u.unit) || t.units.cooperating.includes(u.unit))
      .map((t) => t.seq);
    dataRow(sheet, [++n, u.unit, u.lead, u.joint, u.cooperating, seqs.join('、'), reminded.get(u.unit) ?? '未催报'], MISSING_COLUMNS);
  }
  if (n === 0) noteRow(sheet, '本期所有单位均已报送。', MISSING_COLUMNS.length);
  if (s.lateUnits.length) noteRow(sheet, `另有${s.lateUnits.length}个单位逾期报送：${s.lateUnits.join('、')}`, MISSING_COLUMNS.length);
}
