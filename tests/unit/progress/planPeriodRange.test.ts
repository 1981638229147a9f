// Which periods a plan has: only those of its reporting cycle in its years are made, and nothing asked of
// another (import, manual entry, lock, template export, report) writes a thing; periods already stored,
// as those of a cycle the plan had before, stay readable.
import { describe, expect, it } from 'vitest';
import type { FileInput, MethodName } from '../../../electron/shared/contract';
import { periodOfPlan } from '../../../electron/core/progress/planPeriods';
import type { PlanBasics } from '../../../electron/db/repos/progress';
import { testBackend } from '../../helpers/backend';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { runCli } from '../../helpers/cli';
import { createPlan, taskIdOf, unitId } from '../../helpers/progressPlan';
import { dumpDb } from '../../helpers/returns';

const BARE: FileInput = { name: 'f.csv', bytes: new TextEncoder().encode('序号,进展情况,完成状态\n7,资金已拨付,已完成\n') };
const OUTSIDE = /期次“2031年第二季度”不在计划《2022-2023年工作要点》的年度（2022—2023年）内/;
const OTHER_CYCLE = /计划《2022-2023年工作要点》按季度报送，期次“2023M07”（2023年7月）不是它的期次，应写成 2023Q3 这样/;

describe('periods a plan may have', () => {
  let planId: number;
  const periodCodes = () => b.db.all<{ code: string }>('SELECT code FROM periods WHERE plan_id = ?', [planId]).map((r) => r.code);
  const importBare = (period: string, dryRun = false) =>
    b.call('progress.import', { planId, files: [BARE], unit: '省财政厅', period, dryRun }).then((r) => r.files[0]!);
  /** The call fails with INVALID_INPUT and a message like `message`, and the database is as it was. */
  const refuses = async (name: MethodName, input: object, message: RegExp) => {
    const before = dumpDb(b.db);
    const env = await b.invoke(name, input as never);
    expect(env.ok, name).toBe(false);
    if (!env.ok) {
      expect(env.error.code).toBe('INVALID_INPUT');
      expect(env.error.message).toMatch(message);
    }
    expect(dumpDb(b.db)).toBe(before);
  };

  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });

  it('refuses to import returns of a period outside the plan’s years or of another cycle, writing nothing', async () => {
    const before = dumpDb(b.db);
    const preview = await importBare('2031Q2', true);
    expect(preview.status).toBe('rejected');
    expect(preview.errors.join()).toMatch(OUTSIDE);
    expect((await importBare('2031Q2')).status).toBe('rejected');
    const month = await importBare('2023M07');
    expect(month.status).toBe('rejected');
    expect(month.errors.join()).toMatch(OTHER_CYCLE);
    expect(dumpDb(b.db)).toBe(before);
  });

  it('refuses such a period for a record entered by hand, a lock, a template or a report', async () => {
    const entry = { planId, taskId: taskIdOf(b, planId, '7'), unitId: unitId(b, '省财政厅'), status: 'on_track' as const, progress: '推进中' };
    await refuses('progress.save', { ...entry, period: '2031Q2' }, OUTSIDE);
    await refuses('progress.save', { ...entry, period: '2023M07' }, OTHER_CYCLE);
    await refuses('periods.setLocked', { planId, period: '2031Q3', locked: true }, /2031年第三季度/);
    await refuses('templates.export', { planId, period: '2035Q1' }, /2035年第一季度/);
    await refuses('reports.summary', { planId, period: '2030Q1' }, /2030年第一季度/);
    await refuses('reports.summary', { planId, period: '2023M07' }, OTHER_CYCLE);
    expect(periodCodes()).toEqual([]);
  });

  it('exports templates of a period of the plan without storing the period', async () => {
    const before = dumpDb(b.db);
    const { files } = await b.call('templates.export', { planId, period: '2023Q4', unitIds: [unitId(b, '省财政厅')] });
    expect(files).toHaveLength(1);
    expect(dumpDb(b.db)).toBe(before);
  });

  it('still imports, locks and reports the plan’s own periods', async () => {
    expect(await importBare('2023Q3')).toMatchObject({ status: 'imported', period: '2023Q3' });
    expect((await b.call('periods.setLocked', { planId, period: '2022Q1', locked: true })).locked).toBe(true);
    // 省财政厅 answers for task 7 with others under 省知识产权局's lead: its 已完成 reads as 正常推进.
    expect((await b.call('reports.summary', { planId, period: '2023Q3' })).totals.on_track).toBeGreaterThan(0);
    expect((await b.call('reports.summary', { planId, period: '2023Q1' })).totals.unreported).toBeGreaterThan(0);
    expect(periodCodes().sort()).toEqual(['2022Q1', '2023Q3']);
  });

  it('keeps reading the periods of a cycle the plan had before', async () => {
    await b.call('plans.update', { planId, periodKind: 'month' });
    try {
      expect((await b.call('reports.summary', { planId, period: '2023Q3' })).totals.on_track).toBeGreaterThan(0);
      expect((await b.call('progress.list', { planId, period: '2023Q3' })).records).toHaveLength(1);
      // A quarter never stored is not the monthly plan's; its months are.
      await refuses('reports.summary', { planId, period: '2023Q2' }, /按月报送/);
      expect((await b.call('reports.summary', { planId, period: '2023M07' })).totals.unreported).toBeGreaterThan(0);
    } finally {
      await b.call('plans.update', { planId, periodKind: 'quarter' });
    }
  });
});

describe('periodOfPlan', () => {
  const plan = (startYear: number | null, endYear: number | null): PlanBasics =>
    ({ id: 1, title: '工作要点', fingerprint: '', periodKind: 'quarter', startYear, endYear });

  it('takes any year of the plan’s cycle when the plan names no years, and one year as the plan’s only year', () => {
    expect(periodOfPlan(plan(null, null), '2031Q2').code).toBe('2031Q2');
    expect(() => periodOfPlan(plan(null, null), '2031H1')).toThrow(/按季度报送/);
    expect(periodOfPlan(plan(2024, null), '2024Q4').code).toBe('2024Q4');
    expect(() => periodOfPlan(plan(2024, null), '2025Q1')).toThrow(/不在计划《工作要点》的年度（2024年）内/);
    expect(() => periodOfPlan(plan(2024, 2024), '2023Q4')).toThrow(/年度（2024年）/);
  });
});

describe('the command line', () => {
  it('exits non-zero for a report of a period outside the plan', { timeout: 120_000 }, async () => {
    const b = await testBackend();
    const planId = await createPlan(b);
    b.close();
    const run = await runCli(b.dbPath, 'report', String(planId), '--period', '2030Q1', '--json');
    expect(run.code).not.toBe(0);
    expect(run.json).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });
});
