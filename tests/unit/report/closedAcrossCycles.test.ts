// 销号 in a plan switched from quarters to months, its quarters' reports kept: a task stands where
// the last report that speaks of a day before the period began put it — a quarter's report speaks of
// the quarter's last day, so it counts from the month after the quarter, and the months inside the
// quarter keep what stood before it. The matrix, the trend, the summary, the 报送台账 and the 通报 alike.
import { describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { importPlan, planOf, saveReports } from '../../helpers/reportData';

const MONTHS = ['2023M04', '2023M05', '2023M06', '2023M07', '2023M08', '2023M09', '2023M10', '2023M11', '2023M12'];

let planId: number;
const b = backendPerSuite(async (b) => {
  planId = await importPlan(
    b,
    planOf('2023年工作要点', ['强化保护'], [
      { seq: '1', lead: ['甲局'] },
      { seq: '2', lead: ['甲局'] },
      { seq: '3', lead: ['甲局'] },
      { seq: '4', lead: ['甲局'] },
      { seq: '5', joint: ['甲局', '乙厅'], deadline: '2023-06-30' },
    ]),
  );
  await saveReports(b, planId, '2023Q2', [
    { seq: '1', unit: '甲局', status: 'completed' },
    { seq: '2', unit: '甲局', status: 'completed' },
    { seq: '3', unit: '甲局', status: 'on_track' },
  ]);
  await saveReports(b, planId, '2023Q3', [
    { seq: '1', unit: '甲局', status: 'completed' }, // completed again
    { seq: '2', unit: '甲局', status: 'on_track' }, // reopened
    { seq: '3', unit: '甲局', status: 'completed' },
    { seq: '4', unit: '甲局', status: 'completed' },
    { seq: '5', unit: '甲局', status: 'completed' },
    { seq: '5', unit: '乙厅', status: 'on_track' },
  ]);
  await b.call('plans.update', { planId, periodKind: 'month' });
  // August, inside the third quarter, reported after the switch: it speaks of a day before the quarter's 已完成.
  await saveReports(b, planId, '2023M08', [
    { seq: '4', unit: '甲局', status: 'on_track' },
    { seq: '5', unit: '甲局', status: 'on_track' },
  ]);
});

describe('a task completed in a plan switched from quarters to months', () => {
  it('stays completed in the months after, however often its quarters say so', async () => {
    const matrix = await b.call('progress.matrix', { planId });
    const u = 'unreported';
    const c = 'completed';
    expect(Object.fromEntries(matrix.rows.map((r) => [r.seq, MONTHS.map((m) => r.cells[m])]))).toEqual({
      // Completed by 30 June: every month from July, the third quarter's 已完成 changing nothing.
      '1': [u, u, u, c, c, c, c, c, c],
      // The third quarter's 正常推进 reopens it from October, once that quarter has ended.
      '2': [u, u, u, c, c, c, u, u, u],
      // Completed in the third quarter only: from October.
      '3': [u, u, u, u, u, u, c, c, c],
      // August's own report shows in August; the quarter's 已完成 (30 September) is the later word from October.
      '4': [u, u, u, u, 'on_track', u, c, c, c],
      '5': [u, u, u, u, 'on_track', u, u, u, u],
    });
  });

  it('counts so in the summary and the trend, by the same rule', async () => {
    const matrix = await b.call('progress.matrix', { planId });
    const trend = await b.call('reports.trend', { planId });
    for (const period of MONTHS) {
      const summary = await b.call('reports.summary', { planId, period });
      expect(Object.fromEntries(summary.tasks.map((t) => [t.seq, t.status])), period).toEqual(
        Object.fromEntries(matrix.rows.map((r) => [r.seq, r.cells[period]])),
      );
      const point = trend.find((p) => p.period === period)!;
      expect({ ...point, period: undefined, periodLabel: undefined }, period).toEqual({ ...summary.totals, period: undefined, periodLabel: undefined });
    }
    const completedIn = async (period: string) => (await b.call('reports.summary', { planId, period })).tasks.map((t) => t.completedIn);
    expect(await completedIn('2023M08')).toEqual(['2023年第二季度', '2023年第二季度', null, null, null]);
    expect(await completedIn('2023M10')).toEqual(['2023年第三季度', null, '2023年第三季度', '2023年第三季度', null]);
  });

  it('is not chased in the 报送台账', async () => {
    const missing = async (period: string) => (await b.call('submissions.get', { planId, period })).units.map((u) => [u.unit, u.missingSeqs]);
    expect(await missing('2023M09')).toEqual([
      ['甲局', ['3', '4', '5']],
      ['乙厅', ['5']],
    ]);
    expect(await missing('2023M10')).toEqual([
      ['甲局', ['2', '5']],
      ['乙厅', ['5']],
    ]);
  });

  it('leaves a unit whose last word was its part 已完成 out of the 通报’s call to act', async () => {
    // Task 5 is overdue; 甲局 said 正常推进 for August, then 已完成 for the quarter ending in September.
    const { narrative } = await b.call('reports.narrative', { planId, period: '2023M10' });
    expect(narrative.nextSteps.split('\n')[1]).toBe('（一）加快推进逾期任务。请乙厅（第5项）认真分析原因，制定针对性措施，明确完成时限，确保尽快完成。');
  });
});
