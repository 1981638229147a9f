// 任务分工台账 .xlsx: the ledger by section (序号 / 工作任务 / 牵头单位 / 责任单位 / 配合单位 / 国家层面 /
// 完成时限) and a second sheet listing each unit's tasks by role. Laid out for A4 landscape printing;
// it reads back through the table importer as the same ledger.
import ExcelJS from 'exceljs';
import type { Db } from '../../db/db';
import { getPlanDetail } from '../../db/repos/plans';
import type { FileOutput } from '../../shared/api/method';
import { AppError } from '../../shared/result';
import { sectionLabel } from '../../shared/sections';
import { ROLE_LABELS, ROLE_RANK, ROLES, type PlanDetail, type Role, type Task } from '../../shared/types';
import { safeFileName } from '../files/fileName';
import {
  addDataRow,
  addHeaderRow,
  addSectionRow,
  addTitleRow,
  applyPrintSetup,
  fitRowHeight,
  XLSX_MIME,
  type ColumnSpec,
} from '../sheets/style';

const LEDGER_COLUMNS: ColumnSpec[] = [
  { header: '序号', width: 6, align: 'center' },
  { header: '工作任务', width: 58 },
  { header: '牵头单位', width: 16, align: 'center' },
  { header: '责任单位', width: 20, align: 'center' },
  { header: '配合单位', width: 14, align: 'center' },
  { header: '国家层面', width: 22, align: 'center' },
  { header: '完成时限', width: 16, align: 'center' },
];

const BY_UNIT_COLUMNS: ColumnSpec[] = [
  { header: '承担角色', width: 10, align: 'center' },
  { header: '序号', width: 6, align: 'center' },
  { header: '工作任务', width: 96 },
  { header: '完成时限', width: 18, align: 'center' },
];

export const LEDGER_SHEET = '任务分工台账';
export const BY_UNIT_SHEET = '按单位';

/** The 完成时限 cell: the text as written, else the date, else 持续推进. */
export function deadlineCell(task: Pick<Task, 'deadline' | 'deadlineText' | 'continuous'>): string {
  if (task.deadlineText) return task.deadlineText;
  if (task.deadline) {
    const [y, m, d] = task.deadline.split('-').map(Number);
    return `${y}年${m}月${d}日前`;
  }
  return task.continuous ? '持续推进' : '';
}

export function ledgerTitle(planTitle: string): string {
  return /台账$|分工表$/.test(planTitle) ? planTitle : `${planTitle}任务分工台账`;
}

export async function buildLedgerWorkbook(plan: PlanDetail): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '工作要点台账';
  wb.title = ledgerTitle(plan.title);
  writeLedgerSheet(wb.addWorksheet(LEDGER_SHEET), plan);
  writeByUnitSheet(wb.addWorksheet(BY_UNIT_SHEET), plan);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function writeLedgerSheet(ws: ExcelJS.Worksheet, plan: PlanDetail): void {
  const columns = LEDGER_COLUMNS;
  addTitleRow(ws, ledgerTitle(plan.title), columns.length);
  addHeaderRow(ws, columns);
  const tasksBySection = new Map<number | null, Task[]>();
  for (const t of plan.tasks) {
    const list = tasksBySection.get(t.sectionId);
    if (list) list.push(t);
    else tasksBySection.set(t.sectionId, [t]);
  }
  const writeTasks = (tasks: Task[]) => {
    for (const t of tasks) {
      const row = addDataRow(
        ws,
        [t.seq, t.content, t.units.lead.join('\n'), t.units.joint.join('\n'), t.units.cooperating.join('\n'), t.units.national.join('\n'), deadlineCell(t)],
        columns,
      );
      fitRowHeight(row, columns, 28);
    }
  };
  writeTasks(tasksBySection.get(null) ?? []);
  for (const s of plan.sections) {
    addSectionRow(ws, sectionLabel(s), columns.length);
    writeTasks(tasksBySection.get(s.id) ?? []);
  }
  applyPrintSetup(ws, { headerRow: 2, landscape: true, columns: columns.length });
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
  for (const [name, entries] of units) {
    entries.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.task.ord - b.task.ord);
    const counts = ROLES.map((r) => [r, entries.filter((e) => e.role === r).length] as const)
      .filter(([, n]) => n > 0)
      .map(([r, n]) => `${ROLE_LABELS[r]} ${n} 项`);
    addSectionRow(ws, `${name}\u3000（${counts.join('，')}）`, columns.length); // a full-width space, as typeset
    for (const { role, task } of entries) {
      fitRowHeight(addDataRow(ws, [ROLE_LABELS[role], task.seq, task.content, deadlineCell(task)], columns), columns, 24);
    }
  }
  applyPrintSetup(ws, { headerRow: 2, landscape: true, columns: columns.length });
}

export async function exportLedger(db: Db, planId: number): Promise<FileOutput> {
  const plan = getPlanDetail(db, planId);
  if (!plan) throw new AppError('NOT_FOUND', `计划（编号 ${planId}）不存在，可能已被删除`);
  return {
    fileName: `${safeFileName(ledgerTitle(plan.title))}.xlsx`,
    mime: XLSX_MIME,
    bytes: await buildLedgerWorkbook(plan),
  };
}
