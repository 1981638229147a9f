// 销号: a task reported completed stays completed in the periods after where nobody reports on it —
// in the summary, the trend, the matrix and the 报送台账 alike — unless it is a continuous task, and
// until a unit reports on it again.
import ExcelJS from 'exceljs';
import { SHEET_MISSING, SHEET_STATS } from '../../../electron/core/report/xlsx';
import { wrappedLines } from '../../../electron/core/sheets/style';
import { describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { importPlan, planOf, saveReports } from '../../helpers/reportData';
import { fillTemplate } from '../../helpers/returns';

let planId: number;
const b = backendPerSuite(async (b) => {
  planId = await importPlan(
    b,
    planOf('2023年工作要点', ['强化保护'], [
      { seq: '1', lead: ['甲局'], joint: ['乙厅'], deadline: '2023-06-30', content: '建设保护中心。' },
      { seq: '2', lead: ['甲局'], continuous: true, content: '持续开展专项行动。' },
      { seq: '3', lead: ['甲局'], content: '开展评估。' },
    ]),
  );
  await saveReports(b, planId, '2023Q1', [
    { seq: '1', unit: '甲局', status: 'completed' },
    { seq: '1', unit: '乙厅', status: 'on_track' },
    { seq: '2', unit: '甲局', status: 'completed' },
    { seq: '3', unit: '甲局', status: 'on_track' },
  ]);
  await saveReports(b, planId, '2023Q2', [{ seq: '3', unit: '甲局', status: 'on_track' }]);
  // Reopened: a unit reports on the closed task again.
  await saveReports(b, planId, '2023Q4', [{ seq: '1', unit: '乙厅', status: 'delayed' }]);
});

describe('a task completed in an earlier period', () => {
  it('counts completed in the summary where nobody reports on it, and is neither overdue nor chased', async () => {
    const q2 = await b.call('reports.summary', { planId, period: '2023Q2' });
    expect(q2.tasks.map((t) => [t.seq, t.status, t.completedIn, t.overdue])).toEqual([
      ['1', 'completed', '2023年第一季度', false],
      // A continuous task is never closed by one period's 已完成.
      ['2', 'unreported', null, false],
      ['3', 'on_track', null, false],
    ]);
    expect(q2.totals).toMatchObject({ completed: 1, unreported: 1, on_track: 1 });
    // 乙厅 has no open task: it is not missing; 甲局 reported.
    expect(q2.missingUnits).toEqual([]);
    expect(q2.byUnit.find((u) => u.unit === '乙厅')).toMatchObject({ joint: 1, openTasks: 0, reported: false });

    // Still so a period later, and reopened once a unit reports on it again.
    const q3 = await b.call('reports.summary', { planId, period: '2023Q3' });
    expect(q3.tasks[0]).toMatchObject({ status: 'completed', completedIn: '2023年第一季度' });
    const q4 = await b.call('reports.summary', { planId, period: '2023Q4' });
    expect(q4.tasks[0]).toMatchObject({ status: 'delayed', completedIn: null, overdue: true });
  });

  it('is told as completed then in the 通报', async () => {
    const { narrative } = await b.call('reports.narrative', { planId, period: '2023Q2' });
    expect(narrative.sections).toContain('第1项（建设保护中心）已于2023年第一季度完成');
  });

  it('says when in the 汇总表, where its units had nothing to report', async () => {
    const file = await b.call('reports.export', { planId, period: '2023Q2', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const task1 = rows.findIndex((r) => r[0] === '1');
    expect(rows[task1]).toContain('已完成（2023年第一季度）');
    // In two lines at most: the 任务状态 column (E) is wide enough.
    const statusWidth = wb.worksheets[0]!.getColumn(5).width!;
    expect(rows[task1]![4]).toBe('已完成（2023年第一季度）');
    expect(wrappedLines('已完成（2023年第一季度）', statusWidth)).toBeLessThanOrEqual(2);
    // One line per unit (甲局, 乙厅), neither of them 未报送.
    expect(rows.slice(task1, task1 + 2).map((r) => r.filter((c) => ['无需报送', '未报送'].includes(c)))).toEqual([['无需报送'], ['无需报送']]);
    expect(rows[task1 + 1]).toContain('乙厅');
    // In the figures by unit, 乙厅 (its one task closed) had nothing due: no 未报送.
    const stats: string[][] = [];
    wb.getWorksheet(SHEET_STATS)!.eachRow((row) => stats.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(stats.find((r) => r[0] === '乙厅')).toContain('无需报送');
    const html = new TextDecoder().decode((await b.call('reports.export', { planId, period: '2023Q2', format: 'html' })).bytes);
    expect(html).toContain('已完成（2023年第一季度）');
  });

  it('is not among the tasks a unit that sent nothing is listed for in 未报送单位', async () => {
    // 2023Q3: nobody reported; 甲局 still owes tasks 2 (continuous) and 3, not the closed 1.
    const file = await b.call('reports.export', { planId, period: '2023Q3', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.getWorksheet(SHEET_MISSING)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows.find((r) => r[1] === '甲局')?.[5]).toBe('2、3');
    expect(rows.find((r) => r[1] === '乙厅')).toBeUndefined();
  });

  it('counts so in the trend and the matrix, by the same rule', async () => {
    const trend = await b.call('reports.trend', { planId });
    for (const point of trend) {
      const s = await b.call('reports.summary', { planId, period: point.period });
      expect({ ...point, period: undefined, periodLabel: undefined }).toEqual({ ...s.totals, period: undefined, periodLabel: undefined });
    }
    const matrix = await b.call('progress.matrix', { planId });
    expect(matrix.rows.map((r) => [r.seq, r.cells['2023Q1'], r.cells['2023Q2'], r.cells['2023Q3'], r.cells['2023Q4']])).toEqual([
      ['1', 'completed', 'completed', 'completed', 'delayed'],
      ['2', 'completed', 'unreported', 'unreported', 'unreported'],
      ['3', 'on_track', 'on_track', 'unreported', 'unreported'],
    ]);
  });

  it('is left out of the fill-in forms: a unit with nothing open gets none', async () => {
    const { files } = await b.call('templates.export', { planId, period: '2023Q2' });
    expect(files.map((f) => f.fileName)).toEqual(['2023Q2-甲局-推进情况统计表.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files[0]!.bytes as unknown as ArrayBuffer);
    const seqs: string[] = [];
    wb.worksheets.find((ws) => ws.state === 'visible')!.eachRow((row, n) => {
      const v = row.getCell(1).value;
      if (n > 3 && typeof v === 'string' && /^\d+$/.test(v)) seqs.push(v);
    });
    expect(seqs).toEqual(['2', '3']);
    const units = await b.call('units.list', {});
    const yiting = units.find((u) => u.name === '乙厅')!.id;
    await expect(b.call('templates.export', { planId, period: '2023Q2', unitIds: [yiting] })).rejects.toThrow('所选单位的任务此前均已完成（销号），2023年第二季度无需填报。');
  });

  it('is not missed when the form sent without it comes back', async () => {
    const { files } = await b.call('templates.export', { planId, period: '2023Q2' });
    const filled = await fillTemplate(files[0]!, (seq) => ({ progress: `二季度第${seq}项` }));
    const [f] = (await b.call('progress.import', { planId, files: [filled], dryRun: true })).files;
    expect(f).toMatchObject({ unit: '甲局', period: '2023Q2', errors: [] });
    expect(f!.warnings.filter((w) => w.includes('不在表中'))).toEqual([]);
    // A task still open that the form lacks is still named.
    const short = await fillTemplate(files[0]!, (seq) => ({ progress: `二季度第${seq}项` }), { deleteSeq: '3' });
    const [g] = (await b.call('progress.import', { planId, files: [short], dryRun: true })).files;
    expect(g!.warnings).toContain('本单位有 1 项任务不在表中：序号 3');
  });

  it('is named on a row of an old form that still reports on it', async () => {
    // 甲局 fills in last quarter's form (task 1 still on it) for 2023Q2.
    const { files } = await b.call('templates.export', { planId, period: '2023Q1' });
    const old = await fillTemplate(files.find((f) => f.fileName.includes('甲局'))!, (seq) => ({ progress: `沿用旧表第${seq}项` }));
    const [first] = (await b.call('progress.import', { planId, files: [old], period: '2023Q2', dryRun: true })).files;
    const decisions = { [first!.sha256]: { period: '2023Q2' } };
    const [f] = (await b.call('progress.import', { planId, files: [old], period: '2023Q2', decisions, dryRun: true })).files;
    expect(f!.rows.find((r) => r.seq === '1')!.warnings).toContain(
      '此任务已于2023年第一季度完成（销号），本期不必再报；导入后按本期的填报重新计算其状态，其他责任单位也须再报。如是沿用的旧表，可不导入此行',
    );
    expect(f!.rows.filter((r) => r.warnings.some((w) => w.includes('销号'))).map((r) => r.seq)).toEqual(['1']);
  });

  it('is left out of what the 报送台账 chases', async () => {
    const q2 = await b.call('submissions.get', { planId, period: '2023Q2' });
    expect(q2.units.map((u) => [u.unit, u.expectedTasks, u.state, u.missingSeqs])).toEqual([['甲局', 2, 'partial', ['2']]]);
    const q4 = await b.call('submissions.get', { planId, period: '2023Q4' });
    expect(q4.units.map((u) => [u.unit, u.expectedTasks, u.state])).toEqual([
      ['甲局', 3, 'missing'],
      ['乙厅', 1, 'submitted'],
    ]);
  });

  it('is left out of the 报送台账 of a period nothing was stored for yet', async () => {
    // The plan's quarters are made on first use; a month of it has no period row until it is used.
    expect(b.ctx.db.get('SELECT id FROM periods WHERE code = ?', ['2023M08'])).toBeUndefined();
    const august = await b.call('submissions.get', { planId, period: '2023M08' });
    expect(august.units.map((u) => [u.unit, u.expectedTasks, u.missingSeqs])).toEqual([['甲局', 2, ['2', '3']]]);
  });

  // Last: it switches the plan to months, which makes every month's period row.
  it('counts from the period after the one it was completed in, also for a plan switched to months', async () => {
    // A quarterly plan has no months: they are asked of it once it reports by month.
    await b.call('plans.update', { planId, periodKind: 'month' });
    try {
      // 甲局 reported task 1 completed for 2023Q1 (January–March): not yet in February.
      const tasks = async (period: string) => (await b.call('reports.summary', { planId, period })).tasks;
      const february = (await tasks('2023M02')).find((t) => t.seq === '1')!;
      expect(february).toMatchObject({ completedIn: null });
      expect(february.status).not.toBe('completed');
      expect((await tasks('2023M04')).find((t) => t.seq === '1')).toMatchObject({ status: 'completed', completedIn: '2023年第一季度' });
      // The matrix (and the trend) by the same rule.
      await saveReports(b, planId, '2023M02', [{ seq: '3', unit: '甲局', status: 'on_track' }]);
      await saveReports(b, planId, '2023M04', [{ seq: '3', unit: '甲局', status: 'on_track' }]);
      const cells = (await b.call('progress.matrix', { planId })).rows.find((r) => r.seq === '1')!.cells;
      expect([cells['2023M02'], cells['2023M04']]).toEqual(['unreported', 'completed']);
    } finally {
      await b.call('plans.update', { planId, periodKind: 'quarter' });
    }
  });

});
