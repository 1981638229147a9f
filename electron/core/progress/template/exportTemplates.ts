// 下发填报表: per-unit fill-in workbooks for a period, as separate files, one zip, or one workbook
// with a sheet per unit; each carries the hidden identification the importer matches by.
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import type { Db } from '../../../db/db';
import { previousPeriod } from '../../../db/repos/periods';
import { getPlan } from '../../../db/repos/plans';
import { listRecordsOfPeriod } from '../../../db/repos/progress';
import type { FileOutput } from '../../../shared/api/method';
import { planReportDueDate } from '../../../shared/periods';
import { AppError } from '../../../shared/result';
import { safeFileName } from '../../files/fileName';
import { MIME } from '../../files/mime';
import { requireUnit } from '../../units/edit';
import { isCollectiveUnit } from '../../units/names';
import { contentKey, writeIdentity, type SheetIdentity } from '../identification';
import { closedBefore } from '../completedEarlier';
import { loadLedger, type Ledger, type LedgerUnit } from '../ledger';
import { resolvePeriod } from '../planPeriods';
import { fillTemplateSheet, type TemplateTask } from './templateSheet';

export interface TemplateRequest {
  planId: number;
  period: string;
  unitIds?: number[];
  layout: 'perUnit' | 'zip' | 'workbook';
  includePrevious: boolean;
}

export async function exportTemplates(db: Db, req: TemplateRequest): Promise<{ files: FileOutput[] }> {
  const ledger = loadLedger(db, req.planId);
  // Only read: the period is stored when the first return of it is imported.
  const { info, periodId } = resolvePeriod(db, req.planId, req.period);
  const period = { id: periodId, planId: req.planId, code: info.code, startDate: info.startDate };
  const label = info.label;
  const plan = getPlan(db, req.planId)!;
  const dueDate = planReportDueDate(info.code, plan);
  // Tasks completed before (销号) are not asked about again; a unit left with none gets no form.
  const closed = closedBefore(db, ledger, period);
  const openTasks = (unit: LedgerUnit) => unit.tasks.filter(({ task }) => !closed.has(task.id));
  const units = selectUnits(db, ledger, req.unitIds).filter((u) => openTasks(u).length);
  if (!units.length) throw new AppError('NOT_FOUND', `所选单位的任务此前均已完成（销号），${label}无需填报。`);
  const previous = req.includePrevious ? previousTexts(db, period) : new Map<string, string>();
  const tasksOf = (unit: LedgerUnit): TemplateTask[] =>
    openTasks(unit).map(({ task, role }) => ({ task, role, previous: previous.get(`${task.id}:${unit.unitId}`) ?? '' }));

  const build = async (group: LedgerUnit[]) => {
    const wb = newWorkbook();
    const sheets: SheetIdentity[] = [];
    const usedNames = new Set<string>();
    for (const unit of group) {
      const name = sheetName(unit.unit, usedNames);
      const tasks = tasksOf(unit);
      await fillTemplateSheet(wb.addWorksheet(name), {
        planTitle: ledger.plan.title,
        periodLabel: label,
        unit: unit.unit,
        tasks,
        includePrevious: req.includePrevious,
        dueDate,
        contact: plan.reportContact,
      });
      sheets.push({
        sheet: name,
        unitId: unit.unitId,
        unit: unit.unit,
        tasks: tasks.map(({ task }) => ({ taskId: task.id, seq: task.seq, contentKey: contentKey(task.content) })),
      });
    }
    writeIdentity(wb, {
      planId: ledger.plan.id,
      planTitle: ledger.plan.title,
      fingerprint: ledger.plan.fingerprint,
      period: req.period,
      sheets,
    });
    return new Uint8Array(await wb.xlsx.writeBuffer());
  };

  if (req.layout === 'workbook') {
    return { files: [{ fileName: safeFileName(`${req.period}-推进情况统计表（${units.length}个单位）.xlsx`), mime: MIME.xlsx, bytes: await build(units) }] };
  }
  const files: FileOutput[] = [];
  for (const unit of units) {
    files.push({ fileName: templateFileName(req.period, unit.unit), mime: MIME.xlsx, bytes: await build([unit]) });
  }
  if (req.layout === 'perUnit') return { files };
  const zipped = zipSync(Object.fromEntries(files.map((f) => [f.fileName, [f.bytes, { level: 0 }]])));
  return {
    files: [{ fileName: safeFileName(`${req.period}-推进情况统计表（${units.length}个单位）.zip`), mime: 'application/zip', bytes: zipped }],
  };
}

export function templateFileName(period: string, unit: string): string {
  return safeFileName(`${period}-${unit}-推进情况统计表.xlsx`);
}

/**
 * The units named, or else every unit expected to report: a collective name (各有关市县政府) is no
 * single unit, so it gets a workbook only when chosen by name (to forward to its members).
 */
function selectUnits(db: Db, ledger: Ledger, unitIds: number[] | undefined): LedgerUnit[] {
  if (!unitIds) {
    const expected = [...ledger.units.values()].filter((u) => !isCollectiveUnit(u.unit));
    if (!expected.length) throw new AppError('NOT_FOUND', '该工作要点还没有需要填报的责任单位，请先在任务分工台账中确认各任务的责任单位。');
    return expected;
  }
  return unitIds.map((id) => {
    const unit = ledger.units.get(id);
    // Named as the official chose it: the id means nothing to them.
    if (!unit) throw new AppError('NOT_FOUND', `单位“${requireUnit(db, id).name}”在该工作要点中没有需要填报的任务。`);
    return unit;
  });
}

/** "taskId:unitId" → the unit's progress text in the period before. */
function previousTexts(db: Db, period: Parameters<typeof previousPeriod>[1]): Map<string, string> {
  const prev = previousPeriod(db, period);
  if (!prev) return new Map();
  return new Map(listRecordsOfPeriod(db, prev.id).map((r) => [`${r.taskId}:${r.unitId}`, r.progress]));
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '工作要点台账';
  return wb;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(unit: string, used: Set<string>): string {
  const base = unit.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || '单位';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}${i}`;
  used.add(name);
  return name;
}
