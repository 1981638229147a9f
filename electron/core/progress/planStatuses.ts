// Every task's status in every period of a plan, by the one status rule: what the progress matrix
// and the trend show. One read of the plan's report statuses and one pass over them in memory; a
// unit's role on each task is its most responsible one, as the period summary reads it.
import type { Db } from '../../db/db';
import { listPeriods } from '../../db/repos/periods';
import { listAssignments, listContinuousTaskIds, listPlanReportStatuses, type AssignmentRow } from '../../db/repos/progress';
import { unitDirectory } from '../../db/repos/reports';
import { ROLE_RANK, type Role, type TaskPeriodStatus } from '../../shared/types';
import { byStanding, type PeriodSpan } from './completedEarlier';
import { answerableOf, taskStatus, type Answerable, type UnitReport } from './taskStatus';

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
  const directory = unitDirectory(db);
  const national = new Set([...directory].filter(([, u]) => u.national).map(([id]) => id));
  const roles = new Map<number, Map<number, Role>>(); // task → unit → most responsible role
  for (const a of assignments) {
    let units = roles.get(a.taskId);
    if (!units) roles.set(a.taskId, (units = new Map()));
    const held = units.get(a.unitId);
    if (!held || ROLE_RANK[a.role] < ROLE_RANK[held]) units.set(a.unitId, a.role);
  }

  // The units answerable for a task, whether they reported or not; national counterparts never are.
  // Once per task: its reports in every period are judged against the same units.
  const answerableByTask = new Map<number, Answerable>();
  const answerable = (taskId: number) => {
    let units = answerableByTask.get(taskId);
    if (!units) {
      const held = [...(roles.get(taskId) ?? [])].map(([unitId, role]) => ({ role: national.has(unitId) ? 'national' : role, name: directory.get(unitId)?.name ?? '' }));
      answerableByTask.set(taskId, (units = answerableOf(held)));
    }
    return units;
  };

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
    statuses.set(periodId, new Map([...byTask].map(([taskId, list]) => [taskId, taskStatus(list, answerable(taskId))])));
  }
  carryCompleted(statuses, listPeriods(db, planId), listContinuousTaskIds(db, planId));
  return statuses;
}

/**
 * 销号 (see ./completedEarlier.ts): in each period, the tasks nobody reports on there count completed
 * when their last word (byStanding) of the periods that ended before it began was completed, as
 * completedEarlier has it for one period. Continuous tasks are never closed so. `periods` in order of
 * start, as listPeriods gives them.
 */
function carryCompleted(statuses: PlanStatuses, periods: readonly (PeriodSpan & { id: number })[], continuous: ReadonlySet<number>): void {
  const spoken = periods.filter((p) => statuses.has(p.id)).sort(byStanding);
  /** Tasks whose last word so far was completed. */
  const closed = new Set<number>();
  // Written after the sweep: a status carried into a period is no word of it on what came after.
  const carried: [periodId: number, taskIds: number[]][] = [];
  let next = 0;
  for (const { id, startDate } of periods) {
    for (; next < spoken.length && spoken[next]!.endDate < startDate; next++) {
      for (const [taskId, status] of statuses.get(spoken[next]!.id)!) {
        if (status === 'completed' && !continuous.has(taskId)) closed.add(taskId);
        else closed.delete(taskId);
      }
    }
    const own = statuses.get(id);
    const taskIds = own ? [...closed].filter((taskId) => !own.has(taskId)) : [...closed];
    if (taskIds.length) carried.push([id, taskIds]);
  }
  for (const [periodId, taskIds] of carried) {
    let byTask = statuses.get(periodId);
    if (!byTask) statuses.set(periodId, (byTask = new Map()));
    for (const taskId of taskIds) byTask.set(taskId, 'completed');
  }
}
