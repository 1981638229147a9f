// The one rule for a task's status in a period, from the reports of its units.
// Used by the progress matrix, the trend and the period summaries, so it lives in one place.
import type { ProgressStatus, Role, TaskPeriodStatus } from '../../shared/types';

export interface UnitReport {
  /** The unit's role on the task; null when it reported on a task it has no role in. */
  role: Role | null;
  status: ProgressStatus | null;
}

/**
 * The lead units' status when a lead reported one; otherwise over all reporting units:
 * completed if all completed, else delayed if any delayed, else on_track if any is on track or
 * completed (part of the work is done), else not_started.
 * A row with a blank status still means the unit reported: its status is ignored when combining,
 * and when no reporting unit gave a status the task is not_started. `unreported` only when no unit
 * reported at all. National counterparts (role 'national') never count as reporting units.
 */
export function taskStatus(reports: readonly UnitReport[]): TaskPeriodStatus {
  const reporting = reports.filter((r) => r.role !== 'national');
  if (!reporting.length) return 'unreported';
  const withStatus = reporting.filter((r): r is UnitReport & { status: ProgressStatus } => r.status !== null);
  const leads = withStatus.filter((r) => r.role === 'lead');
  const pool = leads.length ? leads : withStatus;
  if (!pool.length) return 'not_started';
  return combineStatuses(pool.map((r) => r.status));
}

/** Several statuses as one: all completed, else any delayed, else any on track or completed, else not started. */
export function combineStatuses(statuses: readonly ProgressStatus[]): ProgressStatus {
  if (statuses.every((s) => s === 'completed')) return 'completed';
  if (statuses.includes('delayed')) return 'delayed';
  if (statuses.includes('on_track') || statuses.includes('completed')) return 'on_track';
  return 'not_started';
}
