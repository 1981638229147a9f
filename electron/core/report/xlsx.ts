// 汇总表 (.xlsx): 推进情况汇总 (every task, one row per unit with its status, progress, problems and
// next steps, coloured by status), 统计 (by status, section and unit) and 未报送单位. Every figure
// is read from the same PeriodSummary as `report --json`, so the workbook and the JSON agree.
import ExcelJS from 'exceljs';
import type { PeriodSummary, TaskSummaryRow } from '../../shared/api/reports';
import { sectionLabel } from '../../shared/sections';
import { ROLE_LABELS, TASK_STATUS_LABELS, type Role, type TaskPeriodStatus } from '../../shared/types';
import {
  addDataRow,
  addHeaderRow,
  addNoteRow,
  addSectionRow,
  addTitleRow,
  applyPrintSetup,
  fill,
  fitRowHeight,
  heightForLines,
  mergeDisjoint,
  STATUS_FILLS,
  wrappedLines,
  type ColumnSpec,
} from '../sheets/style';
import { LIGHT_FILLS, lightText, responsibleUnits, statusCounts, summaryNote } from './presentation';
import { tasksBySection } from './summary';

export const SHEET_DETAIL = '推进情况汇总';
export const SHEET_STATS = '统计';
export const SHEET_MISSING = '未报送单位';

const DETAIL_COLUMNS: ColumnSpec[] = [
  { header: '序号', width: 6, align: 'center' },
  { header: '工作任务', width: 34 },
  { header: '牵头（责任）单位', width: 13, align: 'center' },
  { header: '完成时限', width: 11, align: 'center' },
  { header: '任务状态', width: 9, align: 'center' },
  { header: '预警', width: 12, align: 'center' },
  { header: '填报单位', width: 13, align: 'center' },
  { header: '职责', width: 6, align: 'center' },
  { header: '本期状态', width: 9, align: 'center' },
  { header: '进展情况', width: 40 },
  { header: '存在问题', width: 22 },
  { header: '下步计划', width: 22 },
];
/** Columns describing the task (merged down over its unit rows). */
const TASK_COLUMNS = 6;
const COL_TASK_STATUS = 5;
const COL_LIGHT = 6;
const COL_UNIT_STATUS = 9;

export async function buildSummaryWorkbook(s: PeriodSummary): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '工作要点台账';
  wb.title = `${s.planTitle}${s.periodLabel}推进情况汇总表`;
  addDetailSheet(wb, s);
  addStatsSheet(wb, s);
  addMissingSheet(wb, s);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface UnitLine {
  unit: string;
  role: Role;
  status: TaskPeriodStatus;
  progress: string;
  problems: string;
  nextSteps: string;
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
      lines.push(report ? { ...report, role } : { unit, role, status: 'unreported', progress: '', problems: '', nextSteps: '' });
    }
  }
  // Units that reported on a task they are not assigned to.
  for (const r of task.reports) if (!seen.has(r.unit) && r.role !== 'national') lines.push(r);
  return lines;
}

function addDetailSheet(wb: ExcelJS.Workbook, s: PeriodSummary): void {
  const ws = wb.addWorksheet(SHEET_DETAIL);
  const width = DETAIL_COLUMNS.length;
  addTitleRow(ws, `${s.planTitle}推进情况汇总表`, width, 18);
  addNoteRow(ws, summaryNote(s), width);
  const header = addHeaderRow(ws, DETAIL_COLUMNS);
  applyPrintSetup(ws, { headerRow: header.number, landscape: true, columns: width });

  for (const { section, tasks } of tasksBySection(s)) {
    if (s.bySection.length > 1 || section.numeral) addSectionRow(ws, `${sectionLabel(section)}（${section.tasks}项）`, width);
    for (const task of tasks) addTaskRows(ws, task);
  }
}

function addTaskRows(ws: ExcelJS.Worksheet, task: TaskSummaryRow): void {
  const lines = unitLines(task);
  const taskCells = [
    task.seq,
    task.content,
    responsibleUnits(task).join('、'),
    task.continuous ? '持续推进' : task.deadlineText,
    TASK_STATUS_LABELS[task.status],
    lightText(task),
  ];
  const rows = (lines.length ? lines : [null]).map((line, i) => {
    const taskPart = i === 0 ? taskCells : taskCells.map(() => null);
    const unitPart = line
      ? [line.unit, ROLE_LABELS[line.role], TASK_STATUS_LABELS[line.status], line.progress, line.problems, line.nextSteps]
      : ['', '', '', '', '', ''];
    const row = addDataRow(ws, [...taskPart, ...unitPart], DETAIL_COLUMNS);
    const unitTextLines = Math.max(1, ...unitPart.map((text, col) => wrappedLines(text, DETAIL_COLUMNS[TASK_COLUMNS + col]!.width)));
    row.height = Math.max(20, heightForLines(unitTextLines));
    if (line) row.getCell(COL_UNIT_STATUS).fill = fill(STATUS_FILLS[line.status]!);
    return row;
  });

  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  // The merged task cells must fit in the rows they span (WPS does not grow merged rows).
  const taskLines = Math.max(...taskCells.map((text, i) => wrappedLines(text, DETAIL_COLUMNS[i]!.width)));
  const spanHeight = rows.reduce((h, r) => h + (r.height ?? 20), 0);
  const shortBy = heightForLines(taskLines) - spanHeight;
  if (shortBy > 0) last.height = (last.height ?? 20) + shortBy;

  first.getCell(COL_TASK_STATUS).fill = fill(STATUS_FILLS[task.status]!);
  first.getCell(COL_LIGHT).fill = fill(LIGHT_FILLS[task.light]);
  if (rows.length > 1) {
    for (let col = 1; col <= TASK_COLUMNS; col++) mergeDisjoint(ws, first.number, col, last.number, col);
  }
}

const STATS_COLUMNS: ColumnSpec[] = [
  { header: '', width: 34 },
  ...Array.from({ length: 8 }, () => ({ header: '', width: 11, align: 'center' as const })),
];

function addTable(ws: ExcelJS.Worksheet, title: string, header: string[], rows: (string | number)[][]): void {
  const columns = header.map((h, i) => ({ ...STATS_COLUMNS[i]!, header: h }));
  ws.addRow([]);
  addSectionRow(ws, title, header.length);
  addHeaderRow(ws, columns);
  for (const values of rows) fitRowHeight(addDataRow(ws, values, columns), columns);
}

function addStatsSheet(wb: ExcelJS.Workbook, s: PeriodSummary): void {
  const ws = wb.addWorksheet(SHEET_STATS);
  STATS_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  addTitleRow(ws, `${s.planTitle}推进情况统计`, STATS_COLUMNS.length, 16);
  addNoteRow(ws, summaryNote(s), STATS_COLUMNS.length);
  applyPrintSetup(ws, { headerRow: 2, landscape: false, columns: STATS_COLUMNS.length });

  addTable(
    ws,
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
    ws,
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
    ws,
    '三、按单位',
    ['单位', '牵头任务', '责任任务', '配合任务', '本期报送', '报送任务数', '报已完成', '报滞后', '逾期任务'],
    s.byUnit.map((u) => [u.unit, u.lead, u.joint, u.cooperating, u.reported ? '已报送' : '未报送', u.reportedTasks, u.completed, u.delayed, u.overdue]),
  );
}

const share = (n: number, total: number) => (total ? `${((n / total) * 100).toFixed(1)}%` : '—');

const MISSING_COLUMNS: ColumnSpec[] = [
  { header: '序号', width: 6, align: 'center' },
  { header: '单位', width: 24 },
  { header: '牵头任务数', width: 11, align: 'center' },
  { header: '责任任务数', width: 11, align: 'center' },
  { header: '配合任务数', width: 11, align: 'center' },
  { header: '涉及任务序号', width: 40 },
];

function addMissingSheet(wb: ExcelJS.Workbook, s: PeriodSummary): void {
  const ws = wb.addWorksheet(SHEET_MISSING);
  addTitleRow(ws, `${s.periodLabel}未报送推进情况单位`, MISSING_COLUMNS.length, 16);
  addNoteRow(ws, `共${s.missingUnits.length}个单位未报送`, MISSING_COLUMNS.length);
  const header = addHeaderRow(ws, MISSING_COLUMNS);
  applyPrintSetup(ws, { headerRow: header.number, landscape: false, columns: MISSING_COLUMNS.length });

  const missing = new Set(s.missingUnits);
  let n = 0;
  for (const u of s.byUnit) {
    if (!missing.has(u.unit)) continue;
    const seqs = s.tasks
      .filter((t) => t.units.lead.includes(u.unit) || t.units.joint.includes(u.unit) || t.units.cooperating.includes(u.unit))
      .map((t) => t.seq);
    fitRowHeight(addDataRow(ws, [++n, u.unit, u.lead, u.joint, u.cooperating, seqs.join('、')], MISSING_COLUMNS), MISSING_COLUMNS);
  }
  if (n === 0) addNoteRow(ws, '本期所有单位均已报送。', MISSING_COLUMNS.length);
}
