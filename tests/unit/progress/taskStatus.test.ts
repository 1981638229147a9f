import { describe, expect, it } from 'vitest';
import { answerableOf, taskStatus } from '../../../electron/core/progress/taskStatus';

describe('taskStatus', () => {
  const withLead = { lead: 1, joint: 2 };

  it('is unreported only when no provincial unit reported', () => {
    expect(taskStatus([], withLead)).toBe('unreported');
    expect(taskStatus([{ role: 'national', status: 'completed' }], withLead)).toBe('unreported');
    // A report without a status word still counts as reported.
    expect(taskStatus([{ role: 'lead', status: null }], withLead)).toBe('not_started');
  });

  it('follows the lead unit when it reported', () => {
    expect(
      taskStatus(
        [
          { role: 'lead', status: 'completed' },
          { role: 'joint', status: 'delayed' },
        ],
        withLead,
      ),
    ).toBe('completed');
  });

  it('combines the other units when the lead did not report', () => {
    const joint = (status: 'completed' | 'on_track' | 'delayed' | 'not_started') => ({ role: 'joint' as const, status });
    expect(taskStatus([joint('completed'), joint('delayed'), joint('on_track')], withLead)).toBe('delayed');
    expect(taskStatus([joint('on_track'), joint('not_started')], withLead)).toBe('on_track');
    expect(taskStatus([joint('completed'), joint('not_started')], withLead)).toBe('on_track');
    expect(taskStatus([joint('not_started'), { role: null, status: 'not_started' }], withLead)).toBe('not_started');
    expect(taskStatus([{ role: 'lead', status: null }, joint('delayed')], withLead)).toBe('delayed');
    // Completed only on the lead's word: the joint units' completed is their part done.
    expect(taskStatus([joint('completed'), joint('completed')], withLead)).toBe('on_track');
  });

  it('is completed without a lead only when every joint unit says so', () => {
    const joint = { role: 'joint' as const, status: 'completed' as const };
    expect(taskStatus([joint, joint], { lead: 0, joint: 2 })).toBe('completed');
    expect(taskStatus([joint], { lead: 0, joint: 2 })).toBe('on_track');
  });

  it('counts answerable units once each, leaving national counterparts and collective names out', () => {
    const roles = ['lead', 'joint', 'joint', 'cooperating', 'national', null] as const;
    expect(answerableOf(roles.map((role, i) => ({ role, name: `单位${i}` })))).toEqual({ lead: 1, joint: 2 });
    // 各市人民政府 does not report as one unit: a task it leads rests on the units that report.
    expect(answerableOf([{ role: 'lead', name: '各市人民政府' }, { role: 'joint', name: '省住建厅' }, { role: 'joint', name: '各有关市县政府' }])).toEqual({ lead: 0, joint: 1 });
  });
});
