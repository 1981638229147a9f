// Every task's status in every period of a plan, by the one status rule: what the progress matrix
// and the trend show. One read of the plan's report statuses and one pass over them in memory; a
// unit's role on each task is its most responsible one, as the period summary reads it.
import type { Db } from '../../db/db';
import { listPeriods } from '../../db/repos/periods';
import { listAssignments, listContinuousTaskIds, listPlanReportStatuses, type AssignmentRow } from '../../db/repos/progress';
import { unitDirectory } from '../../db/repos/reports';
import { ROLE_RANK, type Role, type TaskPeriodStatus } from '../../shared/types';
import { taskStatus, type UnitReport } from './taskStatus';

/** Status by period id, then task id; a task missing from its period's map has no report there (unreported). A task
 * completed earlier and reported on no more counts completed (销号). */
export type PlanStatuses = Map<number, Map<number, TaskPeriodStatus>>;

/**
 * `assignments`: the plan's task–unit roles, read from the database unless the caller has them
 * already (a loaded ledger).
 */
export function planTaskStatuses(
  db: Db,
  planId: number,
  assignments: Iterable<Pick<AssignmentRow, 'taskId' | 'unitId' | 'role'>> = listAssignments(db, planId),
): PlanStatuses {
  const national = new Set([...unitDirectory(db)].filter(([, u]) => u.national).map(([id]) => id));
  const roles = new Map<number, Map<number, Role>>(); // task → unit → most responsible role
  for (const a of assignments) {
    let units = roles.get(a.taskId);
    if (!units) roles.set(a.taskId, (units = new Map()));
    const held = units.get(a.unitId);
    if (!held || ROLE_RANK[a.role] < ROLE_RANK[held]) units.set(a.unitId, a.role);
  }

  const reports = new Map<number, Map<number, UnitReport[]>>();
  for (const [periodId, taskId, unitId, status] of listPlanReportStatuses(db, planId)) {
    let byTask = reports.get(periodId);
    if (!byTask) reports.set(periodId, (byTask = new Map()));
    const role = national.has(unitId) ? 'national' : (roles.get(taskId)?.get(unitId) ?? null);
    const list = byTask.get(taskId);
    if (list) list.push({ role, status });
    else byTask.set(taskId, [{ role, status }]);
  }

  const statuses: PlanStatuses = new Map();
  for (const [periodId, byTask] of reports) {
    statuses.set(periodId, new Map([...byTask].map(([taskId, list]) => [taskId, taskStatus(list)])));
  }
  carryCompleted(statuses, listPeriods(db, planId), listContinuousTaskIds(db, planId));
  return statuses;
}

/**
 * 销号 (see ./completedEarlier.ts): a task whose last reported status was completed counts completed
 * in the periods after where nobody reports on it. Continuous tasks are never closed so. “After”: a
 * period that starts once the closing one has ended (a quarter's completion is not February's, in a
 * plan switched to months).
 */
function carryCompleted(statuses: PlanStatuses, periods: readonly { id: number; startDate: string; endDate: string }[], continuous: ReadonlySet<number>): void {
  /** Closed task → the end of the period it was reported completed in. */
  const closed = new Map<number, string>();
  for (const { id, startDate, endDate } of periods) {
    let byTask = statuses.get(id);
    for (const [taskId, status] of byTask ?? []) {
      if (status === 'completed' && !continuous.has(taskId)) closed.set(taskId, endDate);
      else closed.delete(taskId);
    }
    for (const [taskId, closedAt] of closed) {
      if (byTask?.has(taskId) || startDate <= closedAt) continue;
      if (!byTask) statuses.set(id, (byTask = new Map()));
      byTask.set(taskId, 'completed');
    }
  }
}
