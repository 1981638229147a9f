// 催报记录: the office records the day it reminded the units still missing or partial; the 报送台账
// lists those days, the next notice says when each unit was reminded before, a merge keeps them.
import { describe, expect, it } from 'vitest';
import { createCtx } from '../../../electron/core/context';
import type { SubmissionLedger } from '../../../electron/shared/api/progress';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan, taskIdOf, unitId } from '../../helpers/progressPlan';

describe('recording 催报', () => {
  let planId: number;
  const at = (iso: string) => createCtx({ db: b.db, transport: 'cli', now: () => new Date(iso), user: '张三' });
  const remind = (iso: string) => b.registry.invoke('submissions.remind', { planId, period: '2023Q3' }, at(iso));
  const ledgerOn = async (iso: string) => {
    const env = await b.registry.invoke('submissions.get', { planId, period: '2023Q3' }, at(iso));
    if (!env.ok) throw new Error(env.error.message);
    return env.value as SubmissionLedger;
  };
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });

  it('records the day for every unit still missing or partial, once a day, and audits it', async () => {
    // 省财政厅 reports on every task: it is not reminded.
    for (const seq of ['7', '8', '9']) {
      await b.call('progress.save', { planId, period: '2023Q3', taskId: taskIdOf(b, planId, seq), unitId: unitId(b, '省财政厅'), status: 'on_track', progress: '推进中。' });
    }
    expect(await remind('2023-10-08T02:00:00Z')).toMatchObject({ ok: true });
    expect(await remind('2023-10-08T06:00:00Z')).toMatchObject({ ok: true }); // the same day again: one reminder
    const ledger = await ledgerOn('2023-10-12T02:00:00Z');
    const court = ledger.units.find((u) => u.unit === '省法院')!;
    expect(court).toMatchObject({ state: 'missing', remindedOn: ['2023-10-08'] });
    expect(ledger.units.find((u) => u.unit === '省财政厅')).toMatchObject({ state: 'submitted', remindedOn: [] });
    expect(ledger.reminderText).toContain('. 省法院（序号5；已于10月8日催报）');

    const audit = (await b.call('audit.list', { action: 'submissions.remind' })).entries;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user: '张三', objectType: 'period', objectId: '2023Q3' });
    expect(audit[0]!.summary).toMatch(/^2023年10月8日向\d+个单位催报2023年第三季度推进情况：.*省法院/);
    expect(audit[0]!.summary).not.toContain('省财政厅');

    await remind('2023-10-12T02:00:00Z');
    expect((await ledgerOn('2023-10-12T03:00:00Z')).units.find((u) => u.unit === '省法院')!.remindedOn).toEqual(['2023-10-08', '2023-10-12']);
    // Today's reminder is the notice itself: only the earlier one is named.
    expect((await ledgerOn('2023-10-12T03:00:00Z')).reminderText).toContain('. 省法院（序号5；已于10月8日催报）');
  });

  it('keeps a merged unit’s reminders with the unit it is merged into', async () => {
    const court = unitId(b, '省法院');
    const procuratorate = unitId(b, '省检察院');
    await b.call('units.merge', { sourceId: procuratorate, targetId: court });
    expect((await ledgerOn('2023-10-13T02:00:00Z')).units.find((u) => u.unit === '省法院')!.remindedOn).toEqual(['2023-10-08', '2023-10-12']);
  });

  it('withdraws one day’s reminders, audited, and refuses a day with none', async () => {
    const withdraw = (remindedOn: string) => b.registry.invoke('submissions.withdrawReminders', { planId, period: '2023Q3', remindedOn }, at('2023-10-13T02:00:00Z'));
    expect(await withdraw('2023-10-12')).toMatchObject({ ok: true });
    const ledger = await ledgerOn('2023-10-13T02:00:00Z');
    expect(ledger.units.find((u) => u.unit === '省法院')!.remindedOn).toEqual(['2023-10-08']);
    expect(ledger.reminderText).toContain('. 省法院（序号5；已于10月8日催报）');

    const audit = (await b.call('audit.list', { action: 'submissions.withdrawReminders' })).entries;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user: '张三', objectType: 'period', objectId: '2023Q3' });
    expect(audit[0]!.summary).toMatch(/^撤销2023年10月12日向\d+个单位催报2023年第三季度推进情况的记录：.*省法院/);

    const none = { ok: false, error: { code: 'NOT_FOUND', message: '2023年第三季度没有2023年10月12日的催报记录。' } };
    expect(await withdraw('2023-10-12')).toMatchObject(none);
    expect(await b.invoke('submissions.withdrawReminders', { planId, period: '2024Q1', remindedOn: '2023-10-08' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('is refused when every unit has reported', async () => {
    const ledger = await ledgerOn('2023-10-13T02:00:00Z');
    for (const u of ledger.units.filter((x) => x.state !== 'submitted')) {
      const tasks = (await b.call('plans.get', { planId })).tasks.filter((t) => [...t.units.lead, ...t.units.joint, ...t.units.cooperating].includes(u.unit));
      for (const t of tasks) await b.call('progress.save', { planId, period: '2023Q3', taskId: t.id, unitId: unitId(b, u.unit), status: 'on_track', progress: '已开展。' });
    }
    expect(await remind('2023-10-14T02:00:00Z')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '2023年第三季度各单位均已报送，没有需要催报的单位。' } });
  });
});
