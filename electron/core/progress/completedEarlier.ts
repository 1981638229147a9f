// 销号: a task reported completed stays completed in the periods after, where its units no longer
// report on it. A continuous task (持续推进) is never closed so: a quarter's work done is not the
// task done. Whatever a unit reports later on the task counts again, by the one status rule.
import type { Db } from '../../db/db';
import { listEarlierReportStatuses, listReportedTaskIds } from '../../db/repos/progress';
import type { Role } from '../../shared/types';
import type { Ledger } from './ledger';
import { taskStatus, type UnitReport } from './taskStatus';

/**
 * Of `taskIds` (tasks nobody reported on in the period starting `periodStart`), those completed as
 * of the last period before it that had reports on them: task id → that period's code.
 * `roleOf` gives a unit's role on a task ('national' for national counterparts), or null.
 */
export function completedEarlier(
  db: Db,
  planId: number,
  periodStart: string,
  taskIds: readonly number[],
  roleOf: (taskId: number, unitId: number) => Role | null,
): Map<number, string> {
  if (!taskIds.length) return new Map();
  const last = new Map<number, { period: string; start: string; reports: UnitReport[] }>();
  for (const [taskId, unitId, status, period, start] of listEarlierReportStatuses(db, planId, periodStart, taskIds)) {
    const seen = last.get(taskId);
    if (seen && seen.start > start) continue;
    const report = { role: roleOf(taskId, unitId), status };
    if (seen && seen.start === start) seen.reports.push(report);
    else last.set(taskId, { period, start, reports: [report] });
  }
  const closed = new Map<number, string>();
  for (const [taskId, { period, reports }] of last) if (taskStatus(reports) === 'completed') closed.set(taskId, period);
  return closed;
}

/**
 * The ledger's tasks closed before `period` (none of its units reports on them in it): task id → the
 * period's code. A period nothing was stored for yet has no row (`id` null) and no reports.
 */
export function closedBefore(db: Db, ledger: Ledger, period: { id: number | null; startDate: string }): Map<number, string> {
  const reported = period.id === null ? new Set<number>() : listReportedTaskIds(db, period.id);
  const unreported = ledger.tasks.filter((t) => !reported.has(t.id)).map((t) => t.id);
  return completedEarlier(db, ledger.plan.id, period.startDate, unreported, roleIn(ledger));
}

/** A unit's role on a task of the ledger, for completedEarlier. */
export const roleIn =
  (ledger: Ledger) =>
  (taskId: number, unitId: number): Role | null => {
    const held = ledger.taskById.get(taskId)?.units.find((u) => u.unitId === unitId);
    return held ? (held.national ? 'national' : held.role) : null;
  };
