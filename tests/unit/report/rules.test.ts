import { describe, expect, it } from 'vitest';
import { taskStatus } from '../../../electron/core/progress/taskStatus';
import { deadlineWindow, isDueSoon, isOverdue, lightFor } from '../../../electron/core/report/rules';
import { nextPeriod, parsePeriod } from '../../../electron/shared/periods';

describe('task status for a period', () => {
  // The units answerable for the task, reporting or not: a lead (with a joint unit), or joint units only.
  const withLead = { lead: 1, joint: 1 };
  const jointOnly = (joint: number) => ({ lead: 0, joint });

  it('is the lead unit’s status when the lead reported one, whatever the others say', () => {
    expect(
      taskStatus(
        [
          { role: 'lead', status: 'on_track' },
          { role: 'joint', status: 'delayed' },
          { role: 'cooperating', status: 'completed' },
        ],
        withLead,
      ),
    ).toBe('on_track');
  });

  it('combines the reporting units when the lead did not report, but is completed only on the lead’s word', () => {
    expect(taskStatus([{ role: 'joint', status: 'completed' }, { role: 'cooperating', status: 'completed' }], withLead)).toBe('on_track');
    expect(taskStatus([{ role: 'joint', status: 'completed' }, { role: 'cooperating', status: 'delayed' }], withLead)).toBe('delayed');
    expect(taskStatus([{ role: 'joint', status: 'not_started' }, { role: 'joint', status: 'on_track' }], withLead)).toBe('on_track');
    expect(taskStatus([{ role: 'joint', status: 'not_started' }], withLead)).toBe('not_started');
  });

  it('treats a task with only joint units the same way (no lead at all): completed when every joint unit says so', () => {
    expect(taskStatus([{ role: 'joint', status: 'on_track' }, { role: 'joint', status: 'delayed' }], jointOnly(2))).toBe('delayed');
    expect(taskStatus([{ role: 'joint', status: 'completed' }, { role: 'joint', status: 'completed' }], jointOnly(2))).toBe('completed');
    expect(taskStatus([{ role: 'joint', status: 'completed' }, { role: 'joint', status: 'completed' }], jointOnly(3))).toBe('on_track');
    expect(taskStatus([{ role: 'joint', status: 'completed' }, { role: 'cooperating', status: 'completed' }], jointOnly(2))).toBe('on_track');
  });

  it('takes the reporting units’ word on a task with neither lead nor joint units', () => {
    expect(taskStatus([{ role: 'cooperating', status: 'completed' }, { role: null, status: 'completed' }], jointOnly(0))).toBe('completed');
  });

  it('combines several lead units among themselves', () => {
    expect(
      taskStatus([{ role: 'lead', status: 'completed' }, { role: 'lead', status: 'on_track' }, { role: 'joint', status: 'delayed' }], { lead: 2, joint: 1 }),
    ).toBe('on_track');
    expect(taskStatus([{ role: 'lead', status: 'completed' }, { role: 'lead', status: 'completed' }], { lead: 2, joint: 0 })).toBe('completed');
    // One of two leads silent: the task is not done on the other's word.
    expect(taskStatus([{ role: 'lead', status: 'completed' }], { lead: 2, joint: 0 })).toBe('on_track');
  });

  it('counts a row with a blank status as reported but ignores the blank when combining', () => {
    expect(taskStatus([{ role: 'lead', status: null }], withLead)).toBe('not_started');
    // A lead that left the status blank does not hide the other units' statuses, but does not say the task is done.
    expect(taskStatus([{ role: 'lead', status: null }, { role: 'joint', status: 'delayed' }], withLead)).toBe('delayed');
    expect(taskStatus([{ role: 'lead', status: null }, { role: 'joint', status: 'completed' }], withLead)).toBe('on_track');
  });

  it('is unreported when no unit reported, and national counterparts never count', () => {
    expect(taskStatus([], withLead)).toBe('unreported');
    expect(taskStatus([{ role: 'national', status: 'completed' }], withLead)).toBe('unreported');
    expect(taskStatus([{ role: 'national', status: 'completed' }, { role: 'joint', status: 'delayed' }], withLead)).toBe('delayed');
  });
});

describe('deadline warnings', () => {
  const q3 = deadlineWindow(parsePeriod('2023Q3')!);

  it('knows the next period of every kind', () => {
    expect(nextPeriod(parsePeriod('2023Q4')!).code).toBe('2024Q1');
    expect(nextPeriod(parsePeriod('2023M12')!).code).toBe('2024M01');
    expect(nextPeriod(parsePeriod('2023H1')!).code).toBe('2023H2');
    expect(q3).toEqual({ periodEnd: '2023-09-30', nextStart: '2023-10-01', nextEnd: '2023-12-31' });
  });

  it('is overdue when the deadline is on or before the period’s last day and the task is not completed', () => {
    const task = (deadline: string) => ({ deadline, continuous: false });
    expect(isOverdue(task('2023-09-30'), 'on_track', q3)).toBe(true);
    expect(isOverdue(task('2022-12-31'), 'unreported', q3)).toBe(true);
    expect(isOverdue(task('2023-10-01'), 'on_track', q3)).toBe(false);
    expect(isOverdue(task('2023-09-30'), 'completed', q3)).toBe(false);
  });

  it('is due soon when the deadline falls within the next period and the task is not completed', () => {
    const task = (deadline: string) => ({ deadline, continuous: false });
    expect(isDueSoon(task('2023-10-01'), 'on_track', q3)).toBe(true);
    expect(isDueSoon(task('2023-12-31'), 'not_started', q3)).toBe(true);
    expect(isDueSoon(task('2024-01-01'), 'on_track', q3)).toBe(false);
    expect(isDueSoon(task('2023-09-30'), 'on_track', q3)).toBe(false);
    expect(isDueSoon(task('2023-12-31'), 'completed', q3)).toBe(false);
  });

  it('never flags a continuous task or one without a deadline', () => {
    expect(isOverdue({ deadline: '2022-12-31', continuous: true }, 'delayed', q3)).toBe(false);
    expect(isDueSoon({ deadline: '2023-12-31', continuous: true }, 'on_track', q3)).toBe(false);
    expect(isOverdue({ deadline: null, continuous: false }, 'delayed', q3)).toBe(false);
  });
});

describe('lights', () => {
  it('is red for delayed or overdue, red winning over yellow', () => {
    expect(lightFor('delayed', false, false)).toBe('red');
    expect(lightFor('on_track', true, false)).toBe('red');
    expect(lightFor('delayed', false, true)).toBe('red');
  });

  it('is yellow when due soon, unreported or not started', () => {
    expect(lightFor('on_track', false, true)).toBe('yellow');
    expect(lightFor('unreported', false, false)).toBe('yellow');
    expect(lightFor('not_started', false, false)).toBe('yellow');
  });

  it('is green for completed or on track', () => {
    expect(lightFor('completed', false, false)).toBe('green');
    expect(lightFor('on_track', false, false)).toBe('green');
  });
});
