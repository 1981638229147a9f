// 销号: a task reported completed stays completed in the periods after, where its units no longer
// report on it. A continuous task (持续推进) is never closed so: a quarter's work done is not the
// task done. Whatever a unit reports later on the task counts again, by the one status rule.
//
// Where a task stands when a period begins is the word of the last period, by byStanding, of those
// that ended before it began. A plan whose reporting cycle changed keeps the old cycle's periods, and
// they overlap the new ones: a report of 2023Q3 says how the task stood by 30 September, so it counts
// from October, and the months inside the quarter that nobody reported on for themselves keep where
// the task stood before them, as a quarterly record is never shown in its own months. A task
// completed in Q2 is so in July, August and September whatever Q3 says; Q3's word counts from October.
import type { Db } from '../../db/db';
import { listEarlierReportStatuses, listReportedTaskIds } from '../../db/repos/progress';
import type { Role } from '../../shared/types';
import type { Ledger, LedgerTask } from './ledger';
import { answerableOf, taskStatus, type Answerable, type UnitReport } from './taskStatus';

/** Units' roles on tasks, for the status rule. */
export interface TaskRoles {
  /** A unit's role on a task ('national' for national counterparts), or null. */
  roleOf: (taskId: number, unitId: number) => Role | null;
  /** The task's answerable units, reporting or not. */
  answerable: (taskId: number) => Answerable;
}

/** A period's calendar (YYYY-MM-DD). */
export interface PeriodSpan {
  startDate: string;
  endDate: string;
}

/**
 * The order in which periods' reports have their say on a task, the last one having the last word:
 * by the day they speak of, the period's end; of two ending the same day, the shorter one (it
 * starts later) speaks last. Only periods that ended before the one in question have a say on it.
 */
export function byStanding(a: PeriodSpan, b: PeriodSpan): number {
  if (a.endDate !== b.endDate) return a.endDate < b.endDate ? -1 : 1;
  return a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0;
}

/**
 * Of `taskIds` (tasks nobody reported on in the period starting `periodStart`), those completed as
 * of the last period (byStanding) that ended before it and had reports on them: task id → that
 * period's code, by the status rule with the units' `roles`.
 */
export function completedEarlier(
  db: Db,
  planId: number,
  periodStart: string,
  taskIds: readonly number[],
  roles: TaskRoles,
): Map<number, string> {
  if (!taskIds.length) return new Map();
  const last = new Map<number, PeriodSpan & { period: string; reports: UnitReport[] }>();
  for (const [taskId, unitId, status, period, startDate, endDate] of listEarlierReportStatuses(db, planId, periodStart, taskIds)) {
    const seen = last.get(taskId);
    const order = seen ? byStanding({ startDate, endDate }, seen) : 1;
    if (order < 0) continue;
    const report = { role: roles.roleOf(taskId, unitId), status };
    if (order === 0) seen!.reports.push(report);
    else last.set(taskId, { period, startDate, endDate, reports: [report] });
  }
  const closed = new Map<number, string>();
  for (const [taskId, { period, reports }] of last) if (taskStatus(reports, roles.answerable(taskId)) === 'completed') closed.set(taskId, period);
  return closed;
}

/**
 * The ledger's tasks closed before `period` (none of its units reports on them in it): task id → the
 * period's code. A period nothing was stored for yet has no row (`id` null) and no reports.
 */
export function closedBefore(db: Db, ledger: Ledger, period: { id: number | null; startDate: string }): Map<number, string> {
  const reported = period.id === null ? new Set<number>() : listReportedTaskIds(db, period.id);
  const unreported = ledger.tasks.filter((t) => !reported.has(t.id)).map((t) => t.id);
  return completedEarlier(db, ledger.plan.id, period.startDate, unreported, rolesIn(ledger));
}

/** Units' roles on the ledger's tasks, for completedEarlier. */
export function rolesIn(ledger: Ledger): TaskRoles {
  const roleOf = (held: LedgerTask['units'][number]): Role => (held.national ? 'national' : held.role);
  return {
    roleOf: (taskId, unitId) => {
      const held = ledger.taskById.get(taskId)?.units.find((u) => u.unitId === unitId);
      return held ? roleOf(held) : null;
    },
    // A task's units come most responsible first: a unit counts once, in its first role.
    answerable: (taskId) => {
      const first = new Map<number, { role: Role; name: string }>();
      for (const held of ledger.taskById.get(taskId)?.units ?? []) if (!first.has(held.unitId)) first.set(held.unitId, { role: roleOf(held), name: held.unit });
      return answerableOf(first.values());
    },
  };
}
