// Deadline and warning-light rules of the period summary (the task status rule is in
// core/progress/taskStatus.ts).
//
// - Overdue (逾期): the deadline is on or before the period's last day and the task is not completed.
// - Due soon (临期): the deadline falls within the next period and the task is not completed.
// - Continuous tasks (持续推进) are never overdue nor due soon, whatever their deadline text says.
// - Lights: red = delayed or overdue; yellow = due soon, unreported or not started; green = completed
//   or on track. Red wins over yellow, yellow over green.
import type { Light } from '../../shared/api/reports';
import type { PeriodInfo } from '../../shared/periods';
import { nextPeriod } from '../../shared/periods';
import type { TaskPeriodStatus } from '../../shared/types';

export interface DeadlineTask {
  deadline: string | null; // YYYY-MM-DD
  continuous: boolean;
}

export interface DeadlineWindow {
  periodEnd: string;
  nextStart: string;
  nextEnd: string;
}

export function deadlineWindow(period: PeriodInfo): DeadlineWindow {
  const next = nextPeriod(period);
  return { periodEnd: period.endDate, nextStart: next.startDate, nextEnd: next.endDate };
}

export function isOverdue(task: DeadlineTask, status: TaskPeriodStatus, w: DeadlineWindow): boolean {
  if (task.continuous || !task.deadline || status === 'completed') return false;
  return task.deadline <= w.periodEnd;
}

export function isDueSoon(task: DeadlineTask, status: TaskPeriodStatus, w: DeadlineWindow): boolean {
  if (task.continuous || !task.deadline || status === 'completed') return false;
  return task.deadline >= w.nextStart && task.deadline <= w.nextEnd;
}

export function lightFor(status: TaskPeriodStatus, overdue: boolean, dueSoon: boolean): Light {
  if (status === 'delayed' || overdue) return 'red';
  if (dueSoon || status === 'unreported' || status === 'not_started') return 'yellow';
  return 'green';
}
