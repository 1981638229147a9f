// The progress matrix, the trend and the period summary show the same status for every task in
// every period: one rule, read three ways. Random reports over units in awkward positions: a unit
// with two roles on a task, a provincial unit named among the national counterparts, a national
// unit, a unit reporting on a task it has no role in, reports with a blank status.
import { describe, expect, it } from 'vitest';
import type { ProgressStatus, TaskPeriodStatus } from '../../../electron/shared/types';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { seededRandom } from '../../helpers/random';
import { importPlan, planOf, saveReports, type ReportSpec } from '../../helpers/reportData';

const PERIODS = ['2023Q1', '2023Q2', '2023Q3', '2023Q4'];
const UNITS = ['甲局', '乙厅', '丙委', '丁办', '国家知识产权局保护司'];
const STATUSES: (ProgressStatus | null)[] = ['completed', 'on_track', 'delayed', 'not_started', null];

let planId: number;
const b = backendPerSuite(async (b) => {
  planId = await importPlan(
    b,
    planOf('2023年工作要点', ['第一部分'], [
      { seq: '1', lead: ['甲局'], joint: ['乙厅'], national: ['国家知识产权局保护司'] },
      { seq: '2', lead: ['乙厅'], joint: ['乙厅', '丙委'] }, // 乙厅 named twice: it counts as lead
      { seq: '3', lead: ['丙委'], national: ['乙厅'] }, // a provincial unit among the national counterparts
      { seq: '4', joint: ['甲局', '丁办'], cooperating: ['丙委'] }, // no lead
      { seq: '5', lead: ['丁办'] },
      { seq: '6', lead: ['甲局'], cooperating: ['丁办'] },
    ]),
  );
  const random = seededRandom(2023);
  for (const period of PERIODS.slice(0, 3)) {
    const reports: ReportSpec[] = [];
    for (const seq of ['1', '2', '3', '4', '5', '6']) {
      // Any unit may report on any task, assigned or not (a unit with no role counts as cooperating).
      for (const unit of UNITS) if (random() < 0.4) reports.push({ seq, unit, status: STATUSES[Math.floor(random() * STATUSES.length)]! });
    }
    // Task 5's one lead says 已完成 in the first period: completed (and 销号) whatever the draw.
    if (period === PERIODS[0]) reports.push({ seq: '5', unit: '丁办', status: 'completed' });
    await saveReports(b, planId, period, reports);
  }
});

describe('every task’s status in every period', () => {
  it('is the same in the matrix, the trend and the period summary', async () => {
    const matrix = await b.call('progress.matrix', { planId });
    const trend = await b.call('reports.trend', { planId });
    const seen = new Set<TaskPeriodStatus>();
    for (const period of PERIODS) {
      const summary = await b.call('reports.summary', { planId, period });
      const fromSummary = Object.fromEntries(summary.tasks.map((t) => [t.seq, t.status]));
      const fromMatrix = Object.fromEntries(matrix.rows.map((r) => [r.seq, r.cells[period]]));
      expect(fromMatrix, period).toEqual(fromSummary);
      const point = trend.find((p) => p.period === period)!;
      expect({ ...point, period: undefined, periodLabel: undefined }, period).toEqual({ ...summary.totals, period: undefined, periodLabel: undefined });
      for (const status of Object.values(fromSummary)) seen.add(status);
    }
    // The random reports reach every status, so the comparison covers every branch of the rule.
    expect([...seen].sort()).toEqual(['completed', 'delayed', 'not_started', 'on_track', 'unreported']);
  });

  it('leaves out a provincial unit named only among a task’s national counterparts', async () => {
    await saveReports(b, planId, '2023Q4', [{ seq: '3', unit: '乙厅', status: 'completed' }]);
    const cell = (await b.call('progress.matrix', { planId })).rows.find((r) => r.seq === '3')!.cells['2023Q4'];
    const summary = await b.call('reports.summary', { planId, period: '2023Q4' });
    expect(cell).toBe('unreported');
    expect(summary.tasks.find((t) => t.seq === '3')!.status).toBe('unreported');
    expect((await b.call('reports.trend', { planId })).find((p) => p.period === '2023Q4')).toMatchObject({ unreported: 6 });
  });
});
