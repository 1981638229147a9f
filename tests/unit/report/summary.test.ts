import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPeriodReport } from '../../../electron/core/report/periodReport';
import { parsePlanText } from '../../../electron/core/plan/parseText';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { saveReport } from '../../helpers/reportData';
import { PERIOD, RULES_REPORTS, seedRulesPlan } from './fixture';

let planId: number;
const b = backendPerSuite(async (b) => {
  planId = await seedRulesPlan(b);
});

describe('reports.summary', () => {
  it('gives each task its status, warnings and light by the rules', async () => {
    const s = await b.call('reports.summary', { planId, period: PERIOD });
    const rows = new Map(s.tasks.map((t) => [t.seq, t]));
    const view = (seq: string) => {
      const t = rows.get(seq)!;
      return [t.status, t.overdue, t.dueSoon, t.light];
    };
    expect(view('1')).toEqual(['on_track', true, false, 'red']); // lead on track, deadline = period end
    expect(view('2')).toEqual(['completed', false, false, 'green']);
    expect(view('3')).toEqual(['delayed', false, true, 'red']); // only joint units; national ignored
    expect(view('4')).toEqual(['on_track', false, false, 'green']); // continuous, lead silent: a cooperating unit's 已完成 does not complete it
    expect(view('5')).toEqual(['on_track', false, true, 'yellow']); // lead silent, due next quarter
    expect(view('6')).toEqual(['unreported', false, false, 'yellow']);
    expect(view('7')).toEqual(['not_started', false, false, 'yellow']); // blank status; national ignored
    expect(view('8')).toEqual(['unreported', true, false, 'red']);
  });

  it('totals by status, section and unit, and lists overdue, due-soon and missing', async () => {
    const s = await b.call('reports.summary', { planId, period: PERIOD });
    expect(s.period).toBe('2023Q3');
    expect(s.periodLabel).toBe('2023年第三季度');
    expect(s.periodEnd).toBe('2023-09-30');
    expect(s.totals).toEqual({ tasks: 8, completed: 1, on_track: 3, delayed: 1, not_started: 1, unreported: 2 });
    expect(s.completionRate).toBeCloseTo(0.125);
    expect(s.overdue).toEqual(['1', '8']);
    expect(s.dueSoon).toEqual(['3', '5']);
    expect(s.missingUnits).toEqual(['己办', '戊局']);
    expect(s.bySection).toEqual([
      { numeral: '一', title: '集聚资源加快强省建设', tasks: 3, completed: 1, on_track: 1, delayed: 1, not_started: 0, unreported: 0, overdue: 1 },
      { numeral: '二', title: '推进保护体系建设', tasks: 5, completed: 0, on_track: 2, delayed: 0, not_started: 1, unreported: 2, overdue: 1 },
    ]);
    const unit = (name: string) => s.byUnit.find((u) => u.unit === name);
    expect(s.byUnit.map((u) => u.unit)).toEqual(['甲局', '乙厅', '己办', '丙委', '丁会', '戊局']);
    expect(unit('甲局')).toMatchObject({ lead: 5, joint: 0, cooperating: 0, reported: true, reportedTasks: 3, completed: 1, delayed: 0, overdue: 1 });
    expect(unit('乙厅')).toMatchObject({ lead: 0, joint: 3, reported: true, reportedTasks: 3, delayed: 1, overdue: 1 });
    expect(unit('丙委')).toMatchObject({ lead: 1, joint: 1, reportedTasks: 1, delayed: 1, overdue: 1 });
    expect(unit('戊局')).toMatchObject({ lead: 1, reported: false, reportedTasks: 0 });
    expect(unit('国家知识产权局保护司')).toBeUndefined(); // national counterparts are not reporting units
  });

  it('lists each unit’s report with its role, lead first, and the assigned units', async () => {
    const s = await b.call('reports.summary', { planId, period: PERIOD });
    const t1 = s.tasks.find((t) => t.seq === '1')!;
    expect(t1.leadUnits).toEqual(['甲局']);
    expect(t1.units).toEqual({ lead: ['甲局'], joint: ['乙厅'], cooperating: ['己办'], national: [] });
    expect(t1.reports).toEqual([
      { unit: '甲局', role: 'lead', status: 'on_track' },
      { unit: '乙厅', role: 'joint', status: 'delayed' },
    ]);
    expect(t1.section).toBe('集聚资源加快强省建设');
    // A national counterpart keeps its role; a blank status shows as not started.
    expect(s.tasks.find((t) => t.seq === '7')!.reports).toEqual([
      { unit: '甲局', role: 'lead', status: 'not_started' },
      { unit: '国家知识产权局保护司', role: 'national', status: 'completed' },
    ]);
  });

  it('reports a period nobody reported in as all unreported, and refuses unknown plans', async () => {
    const s = await b.call('reports.summary', { planId, period: '2023Q2' });
    expect(s.totals).toMatchObject({ tasks: 8, unreported: 8 });
    // 2023Q2 ends 2023-06-30: only task 8 (due 2022) is overdue; task 1 (due 2023-09-30) is due soon.
    expect(s.overdue).toEqual(['8']);
    expect(s.dueSoon).toEqual(['1']);
    expect(s.missingUnits).toEqual(['甲局', '乙厅', '己办', '丙委', '丁会', '戊局']);
    const missing = await b.invoke('reports.summary', { planId: 9999, period: PERIOD });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('NOT_FOUND');
  });
});

describe('reports.taskReports', () => {
  const texts = (seq: string, unit: string) => {
    const r = reportsOf(seq).find((x) => x.unit === unit);
    return r && { unit: r.unit, progress: r.progress ?? '', problems: r.problems ?? '', nextSteps: r.nextSteps ?? '' };
  };
  const reportsOf = (seq: string) => RULES_REPORTS.filter((r) => r.seq === seq);

  it('gives what the units wrote on the tasks asked for, one entry per task in that order', async () => {
    const s = await b.call('reports.summary', { planId, period: PERIOD });
    const id = (seq: string) => s.tasks.find((t) => t.seq === seq)!.taskId;
    const got = await b.call('reports.taskReports', { planId, period: PERIOD, taskIds: [id('3'), id('6'), id('1')] });
    expect(got.map((t) => t.taskId)).toEqual([id('3'), id('6'), id('1')]);
    expect(got[0]!.reports).toEqual(expect.arrayContaining(['乙厅', '丙委', '国家知识产权局保护司'].map((u) => texts('3', u))));
    expect(got[0]!.reports).toHaveLength(3);
    expect(got[1]!.reports).toEqual([]); // nobody reported on task 6
    expect(got[2]!.reports).toEqual(expect.arrayContaining([texts('1', '甲局'), texts('1', '乙厅')]));
  });

  it('gives every task of the plan when no tasks are named, and nothing for a period without reports', async () => {
    const s = await b.call('reports.summary', { planId, period: PERIOD });
    const all = await b.call('reports.taskReports', { planId, period: PERIOD });
    expect(all.map((t) => t.taskId)).toEqual(s.tasks.map((t) => t.taskId));
    expect(all.flatMap((t) => t.reports)).toHaveLength(RULES_REPORTS.length);
    const empty = await b.call('reports.taskReports', { planId, period: '2023Q1' });
    expect(empty.every((t) => t.reports.length === 0)).toBe(true);
    const missing = await b.invoke('reports.taskReports', { planId: 9999, period: PERIOD });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('NOT_FOUND');
  });

  it('agrees with the full report the exports use: same figures and rows, each report with its texts', async () => {
    const s = await b.call('reports.summary', { planId, period: PERIOD });
    const report = buildPeriodReport(b.db, planId, PERIOD);
    expect({ ...report, tasks: undefined }).toEqual({ ...s, tasks: undefined });
    for (const [i, task] of report.tasks.entries()) {
      const row = s.tasks[i]!;
      expect(task.reports.map(({ unit, role, status }) => ({ unit, role, status }))).toEqual(row.reports);
      for (const r of task.reports) expect({ unit: r.unit, progress: r.progress, problems: r.problems, nextSteps: r.nextSteps }).toEqual(texts(task.seq, r.unit));
    }
  });
});

describe('reports.trend', () => {
  it('gives the same totals per period as the summary', async () => {
    await saveReport(b, planId, '2023Q2', { seq: '1', unit: '甲局', status: 'on_track', progress: '启动。' });
    const trend = await b.call('reports.trend', { planId });
    expect(trend.map((p) => p.period)).toEqual(['2023Q2', '2023Q3']);
    for (const point of trend) {
      const s = await b.call('reports.summary', { planId, period: point.period });
      expect({ ...point, period: undefined, periodLabel: undefined }).toEqual({ ...s.totals, period: undefined, periodLabel: undefined });
    }
    expect(trend[0]).toMatchObject({ periodLabel: '2023年第二季度', on_track: 1, unreported: 7 });
  });

  it('is worked out again after any change, and not while nothing changed', async () => {
    const before = await b.call('reports.trend', { planId });
    expect(await b.call('reports.trend', { planId })).toBe(before);
    await saveReport(b, planId, '2023Q2', { seq: '2', unit: '甲局', status: 'completed', progress: '完成。' });
    const after = await b.call('reports.trend', { planId });
    expect(after).not.toBe(before);
    expect(after[0]).toMatchObject({ period: '2023Q2', completed: before[0]!.completed + 1 });
  });

  it('lists only the periods of the plan’s reporting cycle', async () => {
    await b.call('plans.update', { planId, periodKind: 'half' });
    const halves = (await b.call('periods.list', { planId })).map((p) => p.code);
    expect(halves).toContain('2023H1');
    expect(halves.every((code) => /^\d{4}H[12]$/.test(code))).toBe(true);
    // The quarters' records stay, unlisted; back on quarters they are listed again.
    expect((await b.call('reports.trend', { planId })).map((p) => p.period)).toEqual(halves);
    await b.call('plans.update', { planId, periodKind: 'quarter' });
    expect((await b.call('reports.trend', { planId })).map((p) => p.period)).toEqual(['2023Q2', '2023Q3']);
  });

  it('totals by top-level part, a sub-section\'s tasks in its part', async () => {
    const plan = parsePlanText(fs.readFileSync('tests/fixtures/plans/ip-2024-notice.txt', 'utf8'));
    const { planId: id } = await b.call('plans.import', { plan, dryRun: false });
    const s = await b.call('reports.summary', { planId: id!, period: '2024Q2' });
    expect(s.bySection.map((x) => [x.numeral, x.title, x.tasks])).toEqual([
      ['一', '强化知识产权保护', 4],
      ['二', '促进知识产权转化运用', 4],
      ['三', '夯实知识产权公共服务基础', 2],
    ]);
    expect(s.tasks.filter((t) => t.section === '促进知识产权转化运用').map((t) => t.seq)).toEqual(['5', '6', '7', '8']);
  });
});
