// The units' texts of a period (进展情况, 存在问题, 下步打算), which the figures leave out: the
// exports and the 通报 need all of them (buildPeriodReport), the dashboard only those of the tasks
// it shows (taskReportTexts).
import type { Db } from '../../db/db';
import { listCompletedBefore } from '../../db/repos/progress';
import { listReportTexts, listReports, listTaskIds } from '../../db/repos/reports';
import type { PeriodSummary, TaskReportTexts, TaskSummaryRow, UnitReportTexts } from '../../shared/api/reports';
import { parsePeriod } from '../../shared/periods';
import { ROLES } from '../../shared/types';
import { resolvePeriod } from '../progress/planPeriods';
import { requirePlan, summarize, unitLookup } from './summary';

/** The period's figures with every report's texts: one pass over the reports, texts and all. */
export function buildPeriodReport(db: Db, planId: number, code: string): PeriodSummary {
  const summary = summarize(db, planId, code, listReports, (row, unit, role, status) => ({
    unit,
    role,
    status,
    progress: row.progress,
    problems: row.problems,
    nextSteps: row.nextSteps,
  }));
  markDoneEarlier(db, planId, parsePeriod(code)!.startDate, summary.tasks);
  return summary;
}

/**
 * Sets doneEarlier on the overdue and delayed tasks, for the 通报's 下步工作: their units that sent
 * nothing on the task this period and whose last report on it, in an earlier period, said 已完成
 * (in the order the task names its units). Not in the figures (computeSummary): only the 通报 asks.
 */
function markDoneEarlier(db: Db, planId: number, periodStart: string, tasks: TaskSummaryRow[]): void {
  const lagging = tasks.filter((t) => t.overdue || t.status === 'delayed');
  if (!lagging.length) return;
  const done = new Set(listCompletedBefore(db, planId, periodStart, lagging.map((t) => t.taskId)).map(([taskId, unit]) => `${taskId}\u0000${unit}`));
  for (const task of lagging) {
    const units = new Set(ROLES.flatMap((role) => task.units[role]));
    const silent = [...units].filter((unit) => done.has(`${task.taskId}\u0000${unit}`) && !task.reports.some((r) => r.unit === unit));
    if (silent.length) task.doneEarlier = silent;
  }
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
