// How the summary's facts read and look in every export (xlsx, docx, print view): labels, colours
// and the one-line figures note, so the three outputs say the same thing the same way.
import { isoDateInWords, quotedTitle } from '../../shared/format';
import type { Light, PeriodSummary, StatusTotals, TaskSummaryRow } from '../../shared/api/reports';
import { TASK_STATUS_LABELS, type TaskPeriodStatus } from '../../shared/types';
import { STATUS_FILLS } from '../sheets/style';
import { percent } from './wording';

export const LIGHT_LABELS: Record<Light, string> = { red: '红灯', yellow: '黄灯', green: '绿灯' };

/** Light colours (ARGB), the same tints as the status fills. */
export const LIGHT_FILLS: Record<Light, string> = {
  red: STATUS_FILLS.delayed!,
  yellow: STATUS_FILLS.not_started!,
  green: STATUS_FILLS.completed!,
};

/** ARGB → CSS hex. */
export const cssColor = (argb: string) => `#${argb.slice(2)}`;

const STATUS_ORDER: TaskPeriodStatus[] = ['completed', 'on_track', 'delayed', 'not_started', 'unreported'];

export function statusCounts(t: StatusTotals): { status: TaskPeriodStatus; label: string; count: number }[] {
  return STATUS_ORDER.map((status) => ({ status, label: TASK_STATUS_LABELS[status], count: t[status] }));
}

/** 已完成, 滞后…; a task closed earlier (销号) says when: 已完成（2024年第二季度）. */
export function taskStatusText(task: Pick<TaskSummaryRow, 'status' | 'completedIn'>): string {
  return task.completedIn ? `${TASK_STATUS_LABELS[task.status]}（${task.completedIn}）` : TASK_STATUS_LABELS[task.status];
}

/** Why the light is not green: 逾期, 滞后, 临期, 未报送, 未启动. */
export function lightReason(task: TaskSummaryRow): string {
  if (task.overdue) return '逾期';
  if (task.status === 'delayed') return '滞后';
  if (task.dueSoon) return '临期';
  if (task.status === 'unreported') return '未报送';
  if (task.status === 'not_started') return '未启动';
  return '';
}

/** 红灯（逾期）, 黄灯（临期）, 绿灯 */
export function lightText(task: TaskSummaryRow): string {
  const reason = lightReason(task);
  return reason ? `${LIGHT_LABELS[task.light]}（${reason}）` : LIGHT_LABELS[task.light];
}

/** The lead units, or the jointly responsible units of a task without a lead. */
export function responsibleUnits(task: TaskSummaryRow): string[] {
  return task.units.lead.length ? task.units.lead : task.units.joint;
}

/** 《计划》2023年第二季度推进情况汇总表: the 汇总表's title in the .xlsx and as the 通报's 附件, plan and period named. */
export const summaryTableTitle = (s: Pick<PeriodSummary, 'planTitle' | 'periodLabel'>) => `${quotedTitle(s.planTitle)}${s.periodLabel}推进情况汇总表`;

/** The figures in one line, under every table title. */
export function summaryNote(s: PeriodSummary): string {
  const counts = statusCounts(s.totals)
    .filter((c) => c.count > 0 || c.status === 'completed')
    .map((c) => `${c.label}${c.count}项`)
    .join('、');
  return `${s.periodLabel}（截至${isoDateInWords(s.periodEnd)}）\u3000共${s.totals.tasks}项任务：${counts}；完成率${percent(s.completionRate)}`;
}

/** The 附件 column of the units answerable for a task: the lead units, or the jointly responsible ones (see responsibleUnits). */
export const RESPONSIBLE_HEADER = '牵头（责任）单位';

/**
 * Whether a unit's text can stand unnamed for the task: only the text of its one lead unit (or its
 * one responsible unit) can. Any other unit's text read without its name would be taken for the lead's.
 */
export function speaksForTask(task: TaskSummaryRow, unit: string): boolean {
  const units = responsibleUnits(task);
  return units.length === 1 && units[0] === unit;
}

/** A unit's text as shown for the task: after the unit's name unless it is the task's own unit (speaksForTask). */
export function creditedText(task: TaskSummaryRow, unit: string, text: string): string {
  return text && !speaksForTask(task, unit) ? `${unit}：${text}` : text;
}

/** The collective names of the summary's units (各有关市县政府): they report through their members, never missing. */
export const collectiveUnits = (s: PeriodSummary): ReadonlySet<string> => new Set(s.byUnit.filter((u) => u.collective).map((u) => u.unit));

/**
 * The task's provincial units that owed a report and sent none: none once the task was closed (销号)
 * in an earlier period, and never a collective name.
 */
export function unreportedUnits(task: TaskSummaryRow, collective: ReadonlySet<string>): string[] {
  if (task.completedIn !== null) return [];
  const reported = new Set(task.reports.map((r) => r.unit));
  const owing = new Set([...task.units.lead, ...task.units.joint, ...task.units.cooperating]);
  return [...owing].filter((unit) => !reported.has(unit) && !collective.has(unit));
}

/**
 * A task's progress for a one-column table: the one report's text, or each unit's text after its
 * name; then, when some units reported, those that sent nothing, as the 汇总表's unit rows name them.
 */
export function combinedProgress(task: TaskSummaryRow, collective: ReadonlySet<string>): string {
  const withText = task.reports.filter((r) => r.role !== 'national' && r.progress.trim());
  const texts =
    withText.length === 1 ? [creditedText(task, withText[0]!.unit, withText[0]!.progress.trim())] : withText.map((r) => `${r.unit}：${r.progress.trim()}`);
  // A task no unit reported on says 未报送 in its status column already.
  const missing = task.reports.some((r) => r.role !== 'national') ? unreportedUnits(task, collective) : [];
  if (missing.length) texts.push(`未报送：${missing.join('、')}`);
  return texts.join('\n');
}
