// A task is completed only on the word of the units answerable for it: its lead, or with no lead
// every jointly responsible unit. A cooperating unit (or some of the joint units) saying 已完成
// speaks for its own part; the task goes on, is not closed (销号) and its units are still chased.
import { describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { importPlan, planOf, saveReports } from '../../helpers/reportData';

let planId: number;
const b = backendPerSuite(async (b) => {
  planId = await importPlan(
    b,
    planOf('2023年工作要点', [], [
      { seq: '1', lead: ['办公厅'], cooperating: ['数据局'], content: '建设一体化政务平台。' },
      { seq: '2', joint: ['甲局', '乙厅', '丙委'], content: '开展联合执法。' },
      { seq: '3', joint: ['甲局', '乙厅', '丙委'], content: '编制专项规划。' },
      { seq: '4', cooperating: ['甲局', '乙厅'], content: '配合开展宣传。' },
      { seq: '5', lead: ['办公厅'], cooperating: ['数据局'], content: '完善工作机制。' },
      { seq: '6', lead: ['各市人民政府'], cooperating: ['住建厅'], content: '推进老旧小区改造。' },
    ]),
  );
  await saveReports(b, planId, '2023Q3', [
    { seq: '1', unit: '数据局', status: 'completed', progress: '数据共享接口已建成上线。' },
    { seq: '2', unit: '甲局', status: 'completed' },
    { seq: '3', unit: '甲局', status: 'completed' },
    { seq: '3', unit: '乙厅', status: 'completed' },
    { seq: '3', unit: '丙委', status: 'completed' },
    { seq: '4', unit: '甲局', status: 'completed' },
    { seq: '4', unit: '乙厅', status: 'completed' },
    // The lead's word decides, as before.
    { seq: '5', unit: '办公厅', status: 'completed' },
    { seq: '5', unit: '数据局', status: 'on_track' },
    // 各市人民政府 does not report as one unit: the units that report have the word.
    { seq: '6', unit: '住建厅', status: 'completed' },
  ]);
});

describe('a task’s completion', () => {
  it('is not taken from a cooperating unit or some of the joint units', async () => {
    const q3 = await b.call('reports.summary', { planId, period: '2023Q3' });
    expect(q3.tasks.map((t) => [t.seq, t.status])).toEqual([
      ['1', 'on_track'],
      ['2', 'on_track'],
      ['3', 'completed'],
      // No lead and no joint unit: the reporting units' word, as before.
      ['4', 'completed'],
      ['5', 'completed'],
      ['6', 'completed'],
    ]);
    // The matrix reads the same rule.
    const matrix = await b.call('progress.matrix', { planId });
    expect(matrix.rows.map((r) => [r.seq, r.cells['2023Q3']])).toEqual(q3.tasks.map((t) => [t.seq, t.status]));
  });

  it('does not close the task for the next period, where its units are still expected', async () => {
    const q4 = await b.call('reports.summary', { planId, period: '2023Q4' });
    expect(q4.tasks.map((t) => [t.seq, t.status, t.completedIn])).toEqual([
      ['1', 'unreported', null],
      ['2', 'unreported', null],
      ['3', 'completed', '2023年第三季度'],
      ['4', 'completed', '2023年第三季度'],
      ['5', 'completed', '2023年第三季度'],
      ['6', 'completed', '2023年第三季度'],
    ]);
    expect(q4.missingUnits).toEqual(expect.arrayContaining(['办公厅', '数据局', '甲局', '乙厅', '丙委']));
    const units = (await b.call('submissions.get', { planId, period: '2023Q4' })).units;
    expect(Object.fromEntries(units.map((u) => [u.unit, u.missingSeqs]))).toEqual({
      办公厅: ['1'],
      数据局: ['1'],
      甲局: ['2'],
      乙厅: ['2'],
      丙委: ['2'],
    });
  });
});

describe('the 通报', () => {
  it('tells the task as going on, with what a unit that said 已完成 reported beside it', async () => {
    const { narrative } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(narrative.sections).toContain('第1项（建设一体化政务平台）正常推进（数据局报为已完成：数据共享接口已建成上线）');
    expect(narrative.sections).toContain('第2项（开展联合执法）正常推进（甲局报为已完成）');
  });
});
