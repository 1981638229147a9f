// The filter behind every click-through: which tasks of the period summary a figure stands for.
// It lives in the URL (#/summary?tab=tasks&status=delayed…) so the browser's back button returns to
// the dashboard. The unit scopes mirror how the backend counts byUnit (core/report/summary.ts).
import type { Light, TaskStatusRow } from '../../../../electron/shared/api/reports';
import type { ProgressStatus, TaskPeriodStatus } from '../../../../electron/shared/types';
import { ROLE_LABELS, STATUS_LABELS, TASK_STATUS_LABELS } from '../../../../electron/shared/types';
import { LIGHT_LABELS } from './statusMeta';

/** How a unit relates to a task. */
export type UnitScope = 'assigned' | 'lead' | 'joint' | 'cooperating' | 'responsible' | 'reported';

export interface TaskFilter {
  status?: TaskPeriodStatus;
  light?: Light;
  due?: 'overdue' | 'dueSoon';
  /** Section title; '' for the tasks outside any section. */
  section?: string;
  unit?: string;
  /** With `unit`: which of its tasks (default: every task it is assigned to or reported on). */
  unitScope?: UnitScope;
  /** With `unit`: the status the unit itself reported. */
  unitStatus?: ProgressStatus;
}

const KEYS = ['status', 'light', 'due', 'section', 'unit', 'unitScope', 'unitStatus'] as const;

export function filterFromParams(params: URLSearchParams): TaskFilter {
  const filter: Record<string, string> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value !== null) filter[key] = value;
  }
  return filter as TaskFilter;
}

/** The filter as route parameters (undefined values are left out by navigate). */
export function filterToParams(filter: TaskFilter): Record<string, string | undefined> {
  return Object.fromEntries(KEYS.map((k) => [k, filter[k]]));
}

export const isEmptyFilter = (filter: TaskFilter): boolean => KEYS.every((k) => filter[k] === undefined);

/** The section key of a task: its section title, '' outside any section. */
export const taskSectionKey = (task: TaskStatusRow): string => task.section ?? '';

function inUnitScope(task: TaskStatusRow, unit: string, scope: UnitScope | undefined): boolean {
  const has = (names: readonly string[]) => names.includes(unit);
  const reported = task.reports.some((r) => r.unit === unit);
  switch (scope) {
    case 'lead':
    case 'joint':
    case 'cooperating':
      return has(task.units[scope]);
    case 'responsible':
      return has(task.units.lead) || has(task.units.joint);
    case 'assigned':
      return has(task.units.lead) || has(task.units.joint) || has(task.units.cooperating);
    case 'reported':
      return reported;
    default:
      return reported || has(task.units.lead) || has(task.units.joint) || has(task.units.cooperating);
  }
}

export function matchesFilter(task: TaskStatusRow, f: TaskFilter): boolean {
  if (f.status && task.status !== f.status) return false;
  if (f.light && task.light !== f.light) return false;
  if (f.due === 'overdue' && !task.overdue) return false;
  if (f.due === 'dueSoon' && !task.dueSoon) return false;
  if (f.section !== undefined && taskSectionKey(task) !== f.section) return false;
  if (f.unit) {
    if (!inUnitScope(task, f.unit, f.unitScope)) return false;
    if (f.unitStatus && !task.reports.some((r) => r.unit === f.unit && r.status === f.unitStatus)) return false;
  }
  return true;
}

export const applyFilter = (tasks: readonly TaskStatusRow[], f: TaskFilter): TaskStatusRow[] =>
  tasks.filter((t) => matchesFilter(t, f));

const SCOPE_LABELS: Record<UnitScope, string> = {
  assigned: '承担的任务',
  lead: `${ROLE_LABELS.lead}任务`,
  joint: `${ROLE_LABELS.joint}任务`,
  cooperating: `${ROLE_LABELS.cooperating}任务`,
  responsible: '牵头或责任任务',
  reported: '已报送的任务',
};

function unitDetailParts(f: TaskFilter): string[] {
  const parts: string[] = [];
  if (f.unitScope) parts.push(SCOPE_LABELS[f.unitScope]);
  if (f.unitStatus) parts.push(`本单位报“${STATUS_LABELS[f.unitStatus]}”`);
  return parts;
}

/** Which of the unit's tasks, in words ("牵头任务"); '' when all of them. */
export const describeUnitDetail = (f: TaskFilter): string => unitDetailParts(f).join(' · ');

/** The filter in words, e.g. "省知识产权局 · 牵头任务 · 滞后". */
export function describeFilter(f: TaskFilter): string {
  const parts: string[] = [];
  if (f.section !== undefined) parts.push(f.section || '未分部分的任务');
  if (f.unit) parts.push(f.unit, ...unitDetailParts(f));
  if (f.status) parts.push(TASK_STATUS_LABELS[f.status]);
  if (f.due) parts.push(f.due === 'overdue' ? '逾期' : '临期');
  if (f.light) parts.push(LIGHT_LABELS[f.light]);
  return parts.length ? parts.join(' · ') : '全部任务';
}
