// plans.exportLedger: the 任务分工台账 .xlsx — the ledger by section (序号 / 工作任务 / 牵头单位 /
// 责任单位 / 配合单位 / 国家层面 / 完成时限) and a second sheet listing each unit's tasks by role, laid
// out for A4 landscape printing — or the same table as a .docx (./ledgerDocx.ts). Both read back
// through the plan importer as the same ledger.
import ExcelJS from 'exceljs';
import type { Db } from '../../db/db';
import { getPlanDetail } from '../../db/repos/plans';
import type { FileOutput } from '../../shared/api/method';
import { sectionLabel } from '../../shared/sections';
import { ROLE_LABELS, ROLE_RANK, ROLES, type PlanDetail, type Role, type Task } from '../../shared/types';
import { safeFileName } from '../files/fileName';
import { MIME } from '../files/mime';
import {
  addDataRow,
  addHeaderRow,
  addSectionRow,
  addTitleRow,
  applyPrintSetup,
  fitRowHeight,
  keepHeadingsWithNext,
  widenForText,
  type ColumnSpec,
} from '../sheets/style';
import { planNotFound } from './notFound';
import { buildLedgerDocx } from './ledgerDocx';
import { deadlineCell, LEDGER_COLUMNS, ledgerGroups, ledgerTitle, SEQ_COLUMN } from './ledgerLayout';

/** How wide the task text may grow for a task too long for the tallest row: still a readable A4 landscape page. */
const TASK_TEXT_MAX_WIDTH = 70;

const LEDGER_COLUMN_SPECS: ColumnSpec[] = LEDGER_COLUMNS.map((c) => ({
  header: c.header,
  width: c.width,
  ...(c.leftAligned ? {} : { align: 'center' as const }),
  ...(c.header === '工作任务' ? { maxWidth: TASK_TEXT_MAX_WIDTH } : {}),
}));

const BY_UNIT_COLUMNS: ColumnSpec[] = [
  { header: '承担角色', width: 10, align: 'center' },
  { header: '序号', width: 6, align: 'center' },
  { header: '工作任务', width: 96 },
  { header: '完成时限', width: 18, align: 'center' },
];

export const LEDGER_SHEET = '任务分工台账';
export const BY_UNIT_SHEET = '按单位';

export async function buildLedgerWorkbook(plan: PlanDetail): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '工作要点台账';
  wb.title = ledgerTitle(plan.title);
  writeLedgerSheet(wb.addWorksheet(LEDGER_SHEET), plan);
  writeByUnitSheet(wb.addWorksheet(BY_UNIT_SHEET), plan);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** “7” as the number 7, which Excel and WPS do not flag as a number stored as text; “2.1” stays text. */
const seqValue = (seq: string): string | number => (/^[1-9]\d{0,8}$/.test(seq) ? Number(seq) : seq);

/** A task's row in the ledger sheet. */
const ledgerValues = (t: Task) => LEDGER_COLUMNS.map((c) => (c === SEQ_COLUMN ? seqValue(t.seq) : c.text(t)));

function writeLedgerSheet(ws: ExcelJS.Worksheet, plan: PlanDetail): void {
  const columns = widenForText(LEDGER_COLUMN_SPECS, plan.tasks.map(ledgerValues));
  addTitleRow(ws, ledgerTitle(plan.title), columns.length);
  addHeaderRow(ws, columns);
  const headings: number[] = [];
  for (const { section, tasks } of ledgerGroups(plan)) {
    if (section) headings.push(addSectionRow(ws, sectionLabel(section), columns.length).number);
    for (const t of tasks) fitRowHeight(addDataRow(ws, ledgerValues(t), columns), columns, 28);
  }
  applyPrintSetup(ws, { headerRow: 2, landscape: true, columns: columns.length });
  keepHeadingsWithNext(ws, headings);
}

/**
 * Each unit as a group row ("省知识产权局（牵头 16 项，责任 2 项）") over its tasks: provincial units in the
 * order the ledger first names them, then national ones. Group rows rather than a merged name column,
 * so a unit continuing onto the next printed page is still named there by its tasks' group.
 */
function writeByUnitSheet(ws: ExcelJS.Worksheet, plan: PlanDetail): void {
  const columns = BY_UNIT_COLUMNS;
  addTitleRow(ws, `${plan.title}任务分工（按单位）`, columns.length);
  addHeaderRow(ws, columns);
  const byUnit = new Map<string, { role: Role; task: Task }[]>();
  for (const role of ROLES) {
    for (const t of plan.tasks) {
      for (const name of t.units[role]) {
        const list = byUnit.get(name);
        if (list) list.push({ role, task: t });
        else byUnit.set(name, [{ role, task: t }]);
      }
    }
  }
  const national = (entries: { role: Role }[]) => entries.every((e) => e.role === 'national');
  const units = [...byUnit.entries()].sort(([, a], [, b]) => Number(national(a)) - Number(national(b)));
  const headings: number[] = [];
  for (const [name, entries] of units) {
    entries.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.task.ord - b.task.ord);
    const counts = ROLES.map((r) => [r, entries.filter((e) => e.role === r).length] as const)
      .filter(([, n]) => n > 0)
      .map(([r, n]) => `${ROLE_LABELS[r]} ${n} 项`);
    headings.push(addSectionRow(ws, `${name}\u3000（${counts.join('，')}）`, columns.length).number); // a full-width space, as typeset
    for (const { role, task } of entries) {
      fitRowHeight(addDataRow(ws, [ROLE_LABELS[role], seqValue(task.seq), task.content, deadlineCell(task)], columns), columns, 24);
    }
  }
  applyPrintSetup(ws, { headerRow: 2, landscape: true, columns: columns.length });
  keepHeadingsWithNext(ws, headings);
}

export type LedgerFormat = 'xlsx' | 'docx';

/** The plan's ledger as a workbook (with the by-unit sheet) or as the 任务分工表 document. */
export async function exportLedger(db: Db, planId: number, format: LedgerFormat): Promise<FileOutput> {
  const plan = getPlanDetail(db, planId);
  if (!plan) throw planNotFound(planId);
  return {
    fileName: `${safeFileName(ledgerTitle(plan.title))}.${format}`,
    mime: MIME[format],
    bytes: format === 'docx' ? await buildLedgerDocx(plan) : await buildLedgerWorkbook(plan),
  };
}
