// Reading the collected progress: records of a period (with 未更新), a task's history, manual entry,
// the status matrix, the submission ledger and its 催报 text.
import { describe, expect, it } from 'vitest';
import type { ProgressStatus } from '../../../electron/shared/types';
import type { SubmissionUnit } from '../../../electron/shared/api/progress';
import { reminderText } from '../../../electron/core/progress/submissions';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan, taskIdOf, unitId } from '../../helpers/progressPlan';
import { fillTemplate } from '../../helpers/returns';

describe('progress records, matrix and submissions', () => {
  let planId: number;
  const task = (seq: string) => taskIdOf(b, planId, seq);
  const save = (period: string, seq: string, unit: string, status: ProgressStatus | null, progress: string) =>
    b.call('progress.save', { planId, period, taskId: task(seq), unitId: unitId(b, unit), status, progress });

  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
    await save('2023Q2', '2', '省知识产权局', 'on_track', '试点县申报工作已启动');
    await save('2023Q2', '3', '省知识产权局', 'on_track', '保护中心建设有序推进');
    for (let seq = 1; seq <= 18; seq++) {
      const text = seq === 2 ? '试点县申报工作已启动' : seq === 3 ? '保护中心建设有序推进' : `第${seq}项三季度进展`;
      await save('2023Q3', String(seq), '省知识产权局', seq === 1 ? 'completed' : 'on_track', text);
    }
    await save('2023Q3', '17', '省人社厅', 'delayed', '职称认定文件尚在会签');
    // 省财政厅 reports task 7 by returning its form, leaving 8 and 9 blank.
    const finance = unitId(b, '省财政厅');
    const [template] = (await b.call('templates.export', { planId, period: '2023Q3', unitIds: [finance] })).files;
    const filled = await fillTemplate(template!, (seq) => (seq === '7' ? { progress: '资金拨付滞后', status: '滞后' } : null));
    const result = await b.call('progress.import', { planId, files: [filled], dryRun: false });
    expect(result.files[0]!.warnings).toContain('以下任务未填写进展：序号 8、9');
  });

  it('lists a period’s records in task order, lead first, marking text unchanged since last period', async () => {
    const { records } = await b.call('progress.list', { planId, period: '2023Q3' });
    expect(records).toHaveLength(20);
    expect(records.filter((r) => r.seq === '7').map((r) => [r.unit, r.status])).toEqual([
      ['省知识产权局', 'on_track'],
      ['省财政厅', 'delayed'],
    ]);
    expect(records.filter((r) => r.stale).map((r) => r.seq)).toEqual(['2', '3']);
    expect(records[0]).toMatchObject({ seq: '1', unit: '省知识产权局', period: '2023Q3', status: 'completed', statusText: '已完成', importId: null, updatedBy: b.ctx.user });
    expect((await b.call('progress.list', { planId, period: '2022Q1' })).records).toEqual([]);
  });

  it('gives a task’s history across periods', async () => {
    const { records } = await b.call('progress.history', { taskId: task('2') });
    expect(records.map((r) => [r.period, r.progress, r.stale])).toEqual([
      ['2023Q2', '试点县申报工作已启动', false],
      ['2023Q3', '试点县申报工作已启动', true],
    ]);
    const missing = await b.invoke('progress.history', { taskId: 99_999 });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
  });

  it('saves a manual correction with an audit entry, and ignores a save that changes nothing', async () => {
    const count = () => b.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'progress.save'")!.n;
    const before = count();
    const row = await save('2023Q4', '4', '省贸促会', 'not_started', '  待年底启动  ');
    expect(row).toMatchObject({ seq: '4', unit: '省贸促会', period: '2023Q4', status: 'not_started', statusText: '未启动', progress: '待年底启动', stale: false });
    expect(count()).toBe(before + 1);
    await save('2023Q4', '4', '省贸促会', 'not_started', '待年底启动');
    expect(count()).toBe(before + 1);
    const audit = b.db.get<{ before: string | null; after: string }>("SELECT before, after FROM audit_log WHERE action = 'progress.save' ORDER BY id DESC LIMIT 1")!;
    expect(audit.before).toBeNull();
    expect(JSON.parse(audit.after)).toMatchObject({ status: 'not_started', progress: '待年底启动' });
    const foreign = await b.invoke('progress.save', { planId, period: '2023Q4', taskId: 99_999, unitId: unitId(b, '省贸促会'), status: null, progress: '' });
    expect(!foreign.ok && foreign.error.code).toBe('NOT_FOUND');
  });

  it('shows every task’s status per period by the status rule', async () => {
    const matrix = await b.call('progress.matrix', { planId });
    expect(matrix.periods.map((p) => p.code)).toEqual(['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3', '2023Q4']);
    const cells = (seq: string) => matrix.rows.find((r) => r.seq === seq)!.cells;
    expect(cells('1')['2023Q3']).toBe('completed');
    expect(cells('7')['2023Q3']).toBe('on_track'); // the lead's word counts, not the joint unit's 滞后
    expect(cells('17')['2023Q3']).toBe('delayed'); // no lead: any 滞后 makes it delayed
    expect(cells('2')['2023Q2']).toBe('on_track');
    expect(cells('5')['2023Q2']).toBe('unreported');
    expect(cells('4')['2023Q4']).toBe('not_started'); // only 省贸促会 (cooperating) reported
  });

  it('tracks who reported, what is missing and what was not updated, with a 催报 notice', async () => {
    const ledger = await b.call('submissions.get', { planId, period: '2023Q3' });
    const unit = (name: string) => ledger.units.find((u) => u.unit === name)!;
    expect(unit('省知识产权局')).toMatchObject({ expectedTasks: 18, coveredTasks: 18, state: 'submitted', staleTasks: 2, missingSeqs: [] });
    expect(unit('省财政厅')).toMatchObject({ expectedTasks: 3, coveredTasks: 1, state: 'partial', missingSeqs: ['8', '9'] });
    expect(unit('省财政厅').files.map((f) => f.fileName)).toEqual(['2023Q3-省财政厅-推进情况统计表.xlsx']);
    expect(unit('省法院')).toMatchObject({ expectedTasks: 1, coveredTasks: 0, state: 'missing', missingSeqs: ['5'], files: [] });
    expect(ledger.units.some((u) => u.unit.startsWith('国家'))).toBe(false);
    // Collective names are no unit that reports: named apart, not expected, not chased.
    expect(ledger.collectiveNames).toEqual(['省知识产权战略实施工作领导小组各成员单位', '各有关市县政府']);
    expect(ledger.units.some((u) => ledger.collectiveNames.includes(u.unit))).toBe(false);
    expect(ledger.reminderText).not.toContain('各有关市县政府');
    // The 报送台账 and the summary (and so the 通报) agree on who has not reported.
    const summary = await b.call('reports.summary', { planId, period: '2023Q3' });
    expect(ledger.units.filter((u) => u.state === 'missing').map((u) => u.unit).sort()).toEqual([...summary.missingUnits].sort());

    const text = ledger.reminderText;
    expect(text).toMatch(/^关于报送《2022-2023年工作要点》2023年第三季度推进情况的提醒\n/);
    expect(text).toContain('各有关单位：');
    // The title names what is reported (推进情况): the line under it does not say 情况 twice.
    expect(text).toMatch(/\n各有关单位：\n截至\d{4}年\d{1,2}月\d{1,2}日，2023年第三季度报送情况如下：\n一、/);
    expect(text).toMatch(/一、尚未报送的单位（\d+个）：/);
    expect(text).toContain('. 省法院（序号5）');
    expect(text).toContain('二、报送不完整的单位（2个）：\n1. 省财政厅（缺序号8、9）\n2. 省人社厅（缺序号18）');
    expect(text).toContain('三、报送内容与上期相同、未更新的单位（1个）：\n1. 省知识产权局（2项任务）');
    expect(text).not.toContain('省知识产权局（序号');
    expect(text).toContain('请上述单位高度重视，抓紧对照任务分工填报2023年第三季度推进情况，尽快报送；内容未更新的，请据实补充本期工作进展。逾期未报送的，将在通报中予以说明。');
  });

  it('asks in the 催报 notice only for what its groups need', () => {
    const unit = (name: string, state: SubmissionUnit['state'], staleTasks: number): SubmissionUnit => ({
      unitId: 1,
      unit: name,
      expectedTasks: 2,
      coveredTasks: state === 'missing' ? 0 : 2,
      state,
      files: [],
      staleTasks,
      missingSeqs: state === 'missing' ? ['1', '2'] : [],
      late: false,
      reportedOn: null,
      reportedOnBasis: null,
      remindedOn: [],
      filedElsewhere: [],
    });
    const now = new Date(2023, 9, 10);
    const missingOnly = reminderText('工作要点', '2023Q3', [unit('省法院', 'missing', 0)], now);
    expect(missingOnly).toContain('请上述单位高度重视，抓紧对照任务分工填报2023年第三季度推进情况，尽快报送。逾期未报送的，将在通报中予以说明。');
    expect(missingOnly).not.toContain('未更新');
    const staleOnly = reminderText('工作要点', '2023Q3', [unit('省财政厅', 'submitted', 2)], now);
    expect(staleOnly).toContain('请上述单位高度重视，内容未更新的，请据实补充本期工作进展。\n');
    expect(staleOnly).not.toContain('逾期未报送');
    const sentBackEmpty = { ...unit('省贸促会', 'missing', 0), files: [{ importId: 3, fileName: '贸促会.xlsx', importedAt: '2023-10-09T08:00:00' }] };
    expect(reminderText('工作要点', '2023Q3', [sentBackEmpty], now)).toContain('1. 省贸促会（序号1、2；已交回表格，但未填写进展）');
    // With the plan's due date: by it, and once it has passed, that it has.
    const court = [unit('省法院', 'missing', 0)];
    expect(reminderText('工作要点', '2023Q3', court, now, { dueDate: '2023-10-15' })).toContain('抓紧对照任务分工填报2023年第三季度推进情况，于2023年10月15日前报送。');
    expect(reminderText('工作要点', '2023Q3', court, now, { dueDate: '2023-10-09' })).toContain('抓紧对照任务分工填报2023年第三季度推进情况，报送时限（2023年10月9日）已过，请立即报送。');
    // With the plan's 报送联系人: named after the request, before the close.
    expect(reminderText('工作要点', '2023Q3', court, now, { contact: '省知识产权局办公室 张三 0351-1234567' })).toMatch(
      /将在通报中予以说明。\n联系人：省知识产权局办公室 张三 0351-1234567\n\n特此提醒。$/,
    );
    expect(missingOnly).not.toContain('联系人');
    // A unit reminded before: the notice says when (a reminder recorded today is this notice itself).
    const remindedTwice = { ...unit('省法院', 'missing', 0), remindedOn: ['2023-10-05', '2023-10-08'] };
    expect(reminderText('工作要点', '2023Q3', [remindedTwice], now)).toContain('1. 省法院（序号1、2；已于10月5日、10月8日催报）');
    const partlyReminded = { ...unit('省财政厅', 'partial', 0), missingSeqs: ['2'], remindedOn: ['2023-10-08', '2023-10-10'] };
    expect(reminderText('工作要点', '2023Q3', [partlyReminded], now)).toContain('1. 省财政厅（缺序号2；已于10月8日催报）');
  });
});
