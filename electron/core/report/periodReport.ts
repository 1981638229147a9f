// The units' texts of a period (进展情况, 存在问题, 下步打算), which the figures leave out: the
// exports and the 通报 need all of them (buildPeriodReport), the dashboard only those of the tasks
// it shows (taskReportTexts).
import type { Db } from '../../db/db';
import { listReportTexts, listReports, listTaskIds } from '../../db/repos/reports';
import type { PeriodSummary, TaskReportTexts, UnitReportTexts } from '../../shared/api/reports';
import { resolvePeriod } from '../progress/planPeriods';
import { requirePlan, summarize, unitLookup } from './summary';

/** The period's figures with every report's texts: one pass over the reports, texts and all. */
export function buildPeriodReport(db: Db, planId: number, code: string): PeriodSummary {
  return summarize(db, planId, code, listReports, (row, unit, role, status) => ({
    unit,
    role,
    status,
    progress: row.progress,
    problems: row.problems,
    nextSteps: row.nextSteps,
  }));
}

/** What the units wrote on the given tasks (every task of the plan by default), one entry per task in that order. */
export function taskReportTexts(db: Db, planId: number, code: string, taskIds?: readonly number[]): TaskReportTexts[] {
  requirePlan(db, planId);
  const { periodId } = resolvePeriod(db, planId, code);
  const ids = taskIds ?? listTaskIds(db, planId);
  const unitOf = unitLookup(db);
  const byTask = new Map<number, UnitReportTexts[]>();
  for (const { taskId, unitId, progress, problems, nextSteps } of periodId ? listReportTexts(db, periodId, ids) : []) {
    const entry = { unit: unitOf(unitId).name, progress, problems, nextSteps };
    const list = byTask.get(taskId);
    if (list) list.push(entry);
    else byTask.set(taskId, [entry]);
  }
  return ids.map((taskId) => ({ taskId, reports: byTask.get(taskId) ?? [] }));
}
