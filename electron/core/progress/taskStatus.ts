// The one rule for a task's status in a period, from the reports of its units.
// Used by the progress matrix, the trend and the period summaries, so it lives in one place.
import type { ProgressStatus, Role, TaskPeriodStatus } from '../../shared/types';
import { isCollectiveUnit } from '../../shared/unitOrder';

export interface UnitReport {
  /** The unit's role on the task; null when it reported on a task it has no role in. */
  role: Role | null;
  status: ProgressStatus | null;
}

/**
 * How many provincial units answer for the task: its lead units, and its jointly responsible ones.
 * Units that did not report count too: a task is done only on the word of all who answer for it.
 */
export interface Answerable {
  lead: number;
  joint: number;
}

/**
 * The answerable units of a task from its units' roles, one role per unit (its most responsible);
 * national counterparts given as 'national' never answer for it, nor do collective names
 * (各市人民政府), which no single unit reports for: the task then rests on the units that do report.
 */
export function answerableOf(units: Iterable<{ role: Role | null; name: string }>): Answerable {
  const answerable = { lead: 0, joint: 0 };
  for (const { role, name } of units) if ((role === 'lead' || role === 'joint') && !isCollectiveUnit(name)) answerable[role]++;
  return answerable;
}

/**
 * The lead units' status when a lead reported one; otherwise over all reporting units:
 * completed if all completed, else delayed if any delayed, else on_track if any is on track or
 * completed (part of the work is done), else not_started.
 * Completed only on the word of the units answerable for the task (`answerable`): every lead unit,
 * or, with no lead, every joint unit, reported completed. A cooperating unit (or some of the joint
 * units) saying completed speaks for its own part: the task goes on (on_track). A task with neither
 * lead nor joint units is completed when all reporting units say so.
 * A row with a blank status still means the unit reported: its status is ignored when combining,
 * and when no reporting unit gave a status the task is not_started. `unreported` only when no unit
 * reported at all. National counterparts (role 'national') never count as reporting units.
 */
export function taskStatus(reports: readonly UnitReport[], answerable: Answerable): TaskPeriodStatus {
  const reporting = reports.filter((r) => r.role !== 'national');
  if (!reporting.length) return 'unreported';
  const withStatus = reporting.filter((r): r is UnitReport & { status: ProgressStatus } => r.status !== null);
  const leads = withStatus.filter((r) => r.role === 'lead');
  const pool = leads.length ? leads : withStatus;
  if (!pool.length) return 'not_started';
  const status = combineStatuses(pool.map((r) => r.status));
  return status === 'completed' && !answeredCompleted(withStatus, answerable) ? 'on_track' : status;
}

/** Whether every unit answerable for the task reported completed (one report per unit and task in a period). */
function answeredCompleted(reports: readonly UnitReport[], answerable: Answerable): boolean {
  const role = answerable.lead ? 'lead' : answerable.joint ? 'joint' : null;
  if (!role) return true;
  return reports.filter((r) => r.role === role && r.status === 'completed').length >= answerable[role];
}

/** Several statuses as one: all completed, else any delayed, else any on track or completed, else not started. */
export function combineStatuses(statuses: readonly ProgressStatus[]): ProgressStatus {
  if (statuses.every((s) => s === 'completed')) return 'completed';
  if (statuses.includes('delayed')) return 'delayed';
  if (statuses.includes('on_track') || statuses.includes('completed')) return 'on_track';
  return 'not_started';
}
