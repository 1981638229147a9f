import { describe, expect, it } from 'vitest';
import { taskStatus } from '../../../electron/core/progress/taskStatus';

describe('taskStatus', () => {
  it('is unreported only when no provincial unit reported', () => {
    expect(taskStatus([])).toBe('unreported');
    expect(taskStatus([{ role: 'national', status: 'completed' }])).toBe('unreported');
    // A report without a status word still counts as reported.
    expect(taskStatus([{ role: 'lead', status: null }])).toBe('not_started');
  });

  it('follows the lead unit when it reported', () => {
    expect(
      taskStatus([
        { role: 'lead', status: 'completed' },
        { role: 'joint', status: 'delayed' },
      ]),
    ).toBe('completed');
  });

  it('combines the other units when the lead did not report', () => {
    const joint = (status: 'completed' | 'on_track' | 'delayed' | 'not_started') => ({ role: 'joint' as const, status });
    expect(taskStatus([joint('completed'), joint('completed')])).toBe('completed');
    expect(taskStatus([joint('completed'), joint('delayed'), joint('on_track')])).toBe('delayed');
    expect(taskStatus([joint('on_track'), joint('not_started')])).toBe('on_track');
    expect(taskStatus([joint('completed'), joint('not_started')])).toBe('on_track');
    expect(taskStatus([joint('not_started'), { role: null, status: 'not_started' }])).toBe('not_started');
    expect(taskStatus([{ role: 'lead', status: null }, joint('delayed')])).toBe('delayed');
  });
});
