// One unit's fill-in sheet (推进情况统计表): its tasks grouped by section, the columns it fills in
// unlocked, the task columns locked (sheet protection without a password), a drop-down for 完成状态.
import type ExcelJS from 'exceljs';
import { STATUS_LABELS, ROLE_LABELS, PROGRESS_STATUSES, type Role } from '../../../shared/types';
import {
  addDataRow,
  addHeaderRow,
  addNoteRow,
  addSectionRow,
  addTitleRow,
  applyPrintSetup,
  cappedHeight,
  fitRowHeight,
  FONT_BODY,
  keepHeadingsWithNext,
  widenForText,
  type ColumnSpec,
} from '../../sheets/style';
import { columnName } from '../../sheets/xml';
import { isoDateInWords, quotedTitle } from '../../../shared/format';
import { sectionLabel } from '../../../shared/sections';
import type { LedgerTask } from '../ledger';

export interface TemplateTask {
  task: LedgerTask;
  role: Role;
  /** The unit's progress text last period, when the previous-period column is wanted. */
  previous?: string;
}

export interface TemplateSheetSpec {
  planTitle: string;
  periodLabel: string;
  unit: string;
  tasks: TemplateTask[];
  includePrevious: boolean;
  /** The period's due date (YYYY-MM-DD) and whom to send it to, as the plan sets them (null / ''). */
  dueDate: string | null;
  contact: string;
}

const STATUS_CHOICES = PROGRESS_STATUSES.map((s) => STATUS_LABELS[s]);
const HEADER_ROW = 3;

function columnsFor(includePrevious: boolean): ColumnSpec[] {
  // About 150 characters wide without the previous-period column: A4 landscape at a readable scale.
  // The task and last period's text widen for a text too long for the tallest row, within a page.
  return [
    { header: '序号', width: 5, align: 'center' },
    { header: '工作任务', width: 32, maxWidth: 50 },
    { header: '责任类型', width: 8, align: 'center' },
    { header: '完成时限', width: 11, align: 'center' },
    ...(includePrevious ? [{ header: '上期进展情况', width: 26, maxWidth: 40 }] : []),
    { header: '进展情况', width: 38 },
    // “正常推进” beside the drop-down arrow.
    { header: '完成状态', width: 11, align: 'center' as const },
    { header: '存在问题', width: 18 },
    { header: '下步计划', width: 18 },
    // Seven characters a line, room for a short note by hand; taken from the task and progress
    // columns so the sheet prints at the same scale as before.
    { header: '备注', width: 14 },
  ];
}

/** A task row's values: the task's columns, then the blank ones the unit fills in. */
function taskValues({ task, role, previous }: TemplateTask, includePrevious: boolean): (string | number | null)[] {
  return [
    task.seq,
    task.content,
    ROLE_LABELS[role],
    task.deadlineText || task.deadline || '',
    ...(includePrevious ? [previous ?? ''] : []),
    '',
    '',
    '',
    '',
    '',
  ];
}

/** The title every template and summary of a plan's period uses. */
export function templateTitle(planTitle: string, periodLabel: string): string {
  return `${quotedTitle(planTitle)}推进情况统计表（${periodLabel}）`;
}

export async function fillTemplateSheet(ws: ExcelJS.Worksheet, spec: TemplateSheetSpec): Promise<void> {
  const columns = widenForText(
    columnsFor(spec.includePrevious),
    spec.tasks.map((t) => taskValues(t, spec.includePrevious)),
  );
  const width = columns.length;
  const firstInput = columns.findIndex((c) => c.header === '进展情况') + 1;
  const statusCol = columns.findIndex((c) => c.header === '完成状态') + 1;

  addTitleRow(ws, templateTitle(spec.planTitle, spec.periodLabel), width, 16);
  addNoteRow(ws, `填报单位：${spec.unit}（盖章）      填报人：              联系电话：                  填报日期：`, width);
  addHeaderRow(ws, columns);

  let sectionId: number | null = null;
  const sectionRowNumbers: number[] = [];
  const taskRowNumbers: number[] = [];
  for (const t of spec.tasks) {
    const { section } = t.task;
    if (section && section.id !== sectionId) {
      sectionId = section.id;
      sectionRowNumbers.push(addSectionRow(ws, sectionLabel(section), width).number);
    }
    const row = addDataRow(ws, taskValues(t, spec.includePrevious), columns);
    // Room for the task text plus a spare line, and enough to write a few lines by hand.
    fitRowHeight(row, columns, 60);
    row.height = cappedHeight(Math.max(60, (row.height ?? 0) + 15));
    for (let c = firstInput; c <= width; c++) row.getCell(c).protection = { locked: false };
    if (spec.includePrevious) row.getCell(firstInput - 1).font = { name: FONT_BODY, size: 10, color: { argb: 'FF595959' } };
    taskRowNumbers.push(row.number);
  }
  addStatusDropDown(ws, statusCol, taskRowNumbers);

  ws.addRow([]);
  const submission = submissionLine(spec);
  const notes = addNoteRow(ws, instructions(firstInput, statusCol, submission), width);
  // One more line of notes when the plan says by when and to whom.
  notes.height = submission ? 112 : 96;
  notes.getCell(1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  notes.getCell(1).font = { name: FONT_BODY, size: 10 };

  applyPrintSetup(ws, { headerRow: HEADER_ROW, landscape: true, columns: width });
  ws.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  keepHeadingsWithNext(ws, sectionRowNumbers);
  // No password: the lock only guards against slips; anyone may lift it in WPS or Excel.
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

const STATUS_VALIDATION: ExcelJS.DataValidation = {
  type: 'list',
  allowBlank: true,
  formulae: [`"${STATUS_CHOICES.join(',')}"`],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '完成状态',
  error: `请从下拉列表中选择：${STATUS_CHOICES.join('、')}`,
  showInputMessage: true,
  promptTitle: '完成状态',
  prompt: `请选择：${STATUS_CHOICES.join('、')}`,
};

/** exceljs's per-sheet validation list (untyped): a rule added under a range address is written as that sqref. */
type ValidationList = { add(address: string, validation: ExcelJS.DataValidation): void };

/**
 * The 完成状态 drop-down on the task rows, one rule per run of consecutive rows (the section rows
 * between runs left out). Not set cell by cell: exceljs then joins the cells into ranges after
 * sorting their addresses as text (F10 before F8) and writes overlapping ranges, which Excel repairs
 * away, dropping the drop-downs.
 */
function addStatusDropDown(ws: ExcelJS.Worksheet, col: number, rows: readonly number[]): void {
  const validations = (ws as unknown as { dataValidations: ValidationList }).dataValidations;
  for (const range of rowRuns(rows)) validations.add(columnRange(col, range), STATUS_VALIDATION);
}

/** Ascending row numbers as runs of consecutive rows: [5, 7, 8, 9] → [[5, 5], [7, 9]]. */
function rowRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

/** A column's cells over a run of rows: "F5", "F7:F9". */
function columnRange(col: number, [first, last]: [number, number]): string {
  const letter = columnName(col);
  return first === last ? `${letter}${first}` : `${letter}${first}:${letter}${last}`;
}

/** "5. 请于2023年10月10日前报送（联系人：…）。", from what the plan sets; null when it sets neither. */
function submissionLine({ dueDate, contact }: Pick<TemplateSheetSpec, 'dueDate' | 'contact'>): string | null {
  if (!dueDate && !contact) return null;
  const by = dueDate ? `请于${isoDateInWords(dueDate)}前报送` : '填好后请及时报送';
  return `5. ${by}${contact ? `（联系人：${contact}）` : ''}。`;
}

function instructions(firstInput: number, statusCol: number, submission: string | null): string {
  const col = (n: number) => String.fromCharCode(64 + n);
  return [
    '填报说明：',
    `1. 请在“进展情况”至“备注”各列（${col(firstInput)}—${col(firstInput + 4)}列）填写，序号、工作任务等列已锁定，请勿修改、增删行或调整顺序。`,
    `2. “完成状态”（${col(statusCol)}列）请从下拉列表中选择：${STATUS_CHOICES.join('、')}。`,
    '3. “进展情况”请写明本期采取的措施、取得的成效和量化指标；没有进展的请如实说明原因。',
    '4. 请保留本表格式，填好后以 Excel 文件（.xlsx）报送，不要另存为图片或 PDF。',
    ...(submission ? [submission] : []),
  ].join('\n');
}
