// Reading and hand-editing progress records: a period's records, a task's history, manual entry.
import type { Ctx } from '../context';
import { fieldsToWrite } from '../staleEdit';
import type { Db } from '../../db/db';
import { getPeriod, previousPeriod } from '../../db/repos/periods';
import {
  getProgressText,
  getRecord,
  getTaskPlan,
  listRecordRows,
  listTaskHistory,
  upsertRecord,
  type ListedRecordRow,
  type RecordRow,
} from '../../db/repos/progress';
import { getUnit } from '../../db/repos/units';
import type { ProgressRow } from '../../shared/api/progress';
import { parsePeriod } from '../../shared/periods';
import { AppError } from '../../shared/result';
import { STATUS_LABELS, type ProgressStatus } from '../../shared/types';
import { progressFieldsOf, sameFields } from './import/buildRows';
import { loadLedger, requirePlan } from './ledger';
import { assertUnlocked, ensurePeriod } from './planPeriods';

/** 未更新: the unit wrote exactly the same progress text as in the previous period. */
export const isStale = (progress: string, previous: string | null) => progress !== '' && previous === progress;

function toProgressRow(r: ListedRecordRow): ProgressRow {
  return {
    ...progressFieldsOf(r),
    taskId: r.taskId,
    seq: r.seq,
    unitId: r.unitId,
    unit: r.unit,
    period: r.period,
    importId: r.importId,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
    stale: isStale(r.progress, r.previousProgress),
  };
}

export function listProgress(db: Db, planId: number, code: string): ProgressRow[] {
  requirePlan(db, planId);
  const period = getPeriod(db, planId, code);
  if (!period) return [];
  const prev = previousPeriod(db, period);
  return listRecordRows(db, period.id, prev?.id ?? null).map(toProgressRow);
}

export function taskHistory(db: Db, taskId: number): ProgressRow[] {
  if (!getTaskPlan(db, taskId)) throw new AppError('NOT_FOUND', `找不到编号为 ${taskId} 的任务。`);
  return listTaskHistory(db, taskId).map(toProgressRow);
}

export interface ManualEntry {
  planId: number;
  period: string;
  taskId: number;
  unitId: number;
  status: ProgressStatus | null;
  progress: string;
  problems: string;
  nextSteps: string;
  remarks: string;
  /** The report as the form showed it: fields left as shown keep what is stored now (see staleEdit). */
  shown?: Partial<EntryFields>;
}

type EntryFields = Pick<ManualEntry, 'status' | 'progress' | 'problems' | 'nextSteps' | 'remarks'>;

const ENTRY_LABELS: Record<keyof EntryFields, string> = {
  status: '完成状态',
  progress: '进展情况',
  problems: '存在问题',
  nextSteps: '下步计划',
  remarks: '备注',
};

export function saveProgress(ctx: Ctx, e: ManualEntry): ProgressRow {
  const ledger = loadLedger(ctx.db, e.planId);
  const task = ledger.taskById.get(e.taskId);
  if (!task) throw new AppError('NOT_FOUND', `任务（编号 ${e.taskId}）不属于该工作要点。`);
  const unitName = getUnit(ctx.db, e.unitId)?.name;
  if (unitName === undefined) throw new AppError('NOT_FOUND', `找不到编号为 ${e.unitId} 的单位。`);
  const period = ensurePeriod(ctx.db, e.planId, e.period);
  assertUnlocked(period);

  const before = getRecord(ctx.db, period.id, e.taskId, e.unitId);
  const stored: EntryFields = before
    ? { status: before.status, progress: before.progress, problems: before.problems, nextSteps: before.nextSteps, remarks: before.remarks }
    : { status: null, progress: '', problems: '', nextSteps: '', remarks: '' };
  const asked: EntryFields = { status: e.status, progress: e.progress.trim(), problems: e.problems.trim(), nextSteps: e.nextSteps.trim(), remarks: e.remarks.trim() };
  const label = `${unitName}对序号${task.seq}任务的${parsePeriod(period.code)!.label}推进情况`;
  const entry = { ...stored, ...fieldsToWrite(label, stored, asked, e.shown, ENTRY_LABELS) };
  const fields = { ...entry, statusText: entry.status ? STATUS_LABELS[entry.status] : '' };
  // Keep a word the unit wrote when the official leaves the status as it was.
  if (before && before.status === entry.status && !entry.status) fields.statusText = before.statusText;
  let record: RecordRow;
  if (before && sameFields(progressFieldsOf(before), fields)) record = before;
  else {
    record = { taskId: e.taskId, unitId: e.unitId, periodId: period.id, ...fields, importId: null, updatedAt: ctx.now().toISOString(), updatedBy: ctx.user };
    upsertRecord(ctx.db, record);
    ctx.audit({
      action: 'progress.save',
      objectType: 'progress',
      objectId: `${period.code}:${e.taskId}:${e.unitId}`,
      summary: `${before ? '修改' : '录入'}${label}`,
      before: before ? progressFieldsOf(before) : undefined,
      after: fields,
    });
  }
  const prev = previousPeriod(ctx.db, period);
  const previous = prev ? getProgressText(ctx.db, prev.id, e.taskId, e.unitId) : null;
  return toProgressRow({ ...record, seq: task.seq, unit: unitName, period: period.code, previousProgress: previous });
}
