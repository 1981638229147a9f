// A city-level plan reported monthly: units named 市…, returns headed "5月份" without a year, a
// bureau's table covering two months side by side, a unit writing its name without the 市.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportDueDate } from '../../../electron/shared/periods';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlanFromText, unitId as unitIdOf } from '../../helpers/progressPlan';
import { docxWithTable, xlsxOf } from '../../helpers/officeFiles';

const CITY_PLAN = `2026年全市优化营商环境重点任务分工方案
一、持续提升政务服务效能
（1）深化告知承诺制改革，梳理公布第三批告知承诺事项清单。（市司法局牵头，市市场监管局配合；2026年6月底前）
（2）推行经营主体登记“智能审批”，个体工商户登记实现“秒批秒办”。（市市场监管局牵头，市行政审批局配合；2026年8月底前）
二、强化要素保障和惠企服务
（3）举办“春风行动”“民营企业招聘月”等招聘活动不少于30场。（市人力资源社会保障局牵头，各县（市、区）人民政府配合；2026年5月底前）
（4）落实稳岗返还、社保补贴等政策，做到应享尽享、直达快享。（市人力资源社会保障局牵头，市财政局配合；长期坚持）
（5）推行“综合查一次”，跨部门联合检查比例达到40%以上。（市司法局牵头，市直各有关执法部门配合；2026年9月底前）
`;

const xlsx = (name: string, rows: (string | number)[][]) => xlsxOf(name, [{ name: 'Sheet1', rows }]);

describe('a city plan reported monthly', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlanFromText(b, CITY_PLAN, 'month');
  });

  it('reads "5月份" in a title or file name, without a year, as that month of the plan year', async () => {
    const byTitle = await xlsx('报送表.xlsx', [
      ['市市场监管局5月份重点任务推进情况'],
      ['序号', '工作任务', '进展情况', '完成状态'],
      [2, '推行经营主体登记“智能审批”', '“秒批秒办”系统5月18日上线运行。', '已完成'],
    ]);
    const byName = await xlsx('附件2：市市场监管局五月份进展.xlsx', [
      ['重点任务推进情况表'],
      ['序号', '工作任务', '进展情况', '完成状态'],
      [2, '推行经营主体登记“智能审批”', '“秒批秒办”系统5月18日上线运行。', '已完成'],
    ]);
    // The batch is for June: a form headed May is May's, not silently June's.
    const files = (await b.call('progress.import', { planId, files: [byTitle, byName], period: '2026M06', dryRun: true })).files;
    expect(files.map((f) => [f.unit, f.period, f.periodSource])).toEqual([
      ['市市场监管局', '2026M05', 'title'],
      ['市市场监管局', '2026M05', 'filename'],
    ]);
  });

  it('reads no month from where a span starts, a day in words, 月度 or 一月一调度, and takes a June form in a May batch as June', async () => {
    const form = (name: string, title: string) =>
      xlsx(name, [[title], ['填报单位：市市场监管局'], ['序号', '工作任务', '进展情况', '完成状态'], [2, '推行经营主体登记“智能审批”', `${title}：系统上线运行。`, '已完成']]);
    const unread = await Promise.all([
      form('市市场监管局进展.xlsx', '3月份以来重点任务推进情况'),
      form('市市场监管局推进情况.xlsx', '一月一调度重点任务推进情况'),
      form('附件2月度推进情况表.xlsx', '重点任务推进情况表'),
      form('五月一日报送.xlsx', '重点任务推进情况'),
    ]);
    const read = (await b.call('progress.import', { planId, files: unread, period: '2026M05', dryRun: true })).files;
    expect(read.map((f) => [f.errors, f.period, f.periodSource])).toEqual(unread.map(() => [[], '2026M05', 'given']));

    // A June form in the May batch: June's, said as for any other period written in the file.
    const june = await Promise.all([form('六月.xlsx', '6月份重点任务推进情况'), form('六月（年）.xlsx', '2026年6月重点任务推进情况')]);
    const [bare, dated] = await Promise.all(june.map(async (file) => (await b.call('progress.import', { planId, files: [file], period: '2026M05', dryRun: true })).files[0]));
    expect([bare!.period, bare!.periodSource]).toEqual(['2026M06', 'title']);
    expect(bare!.warnings).toEqual(dated!.warnings);
    expect(bare!.warnings).toContain('文件中写的期次是2026年6月，与指定的2026年5月不同，已按文件中的期次导入；如有误请在预览中改选期次。');
  });

  it('reads a unit written without the 市 ("填报单位：司法局", "市场监管局") as the plan’s one 市 unit of that name', async () => {
    const rows = (unit: string, seq: number) => [['2026年5月重点任务推进情况'], [`填报单位：${unit}`], ['序号', '工作任务', '进展情况', '完成状态'], [seq, '', '已推进。', '正常推进']];
    const files = await Promise.all([xlsx('a.xlsx', rows('司法局', 1)), xlsx('b.xlsx', rows('市场监管局', 2))]);
    const result = (await b.call('progress.import', { planId, files, dryRun: true })).files;
    expect(result.map((f) => [f.errors, f.unit, f.unitSource])).toEqual([
      [[], '市司法局', 'cell'],
      [[], '市市场监管局', 'cell'],
    ]);
  });

  it('sends no form to, and awaits no report from, a collective name like 市直各有关执法部门', async () => {
    const { files } = await b.call('templates.export', { planId, period: '2026M05' });
    expect(files.map((f) => f.fileName.replace(/^2026M05-|-推进情况统计表\.xlsx$/g, '')).sort()).toEqual(
      ['市人力资源社会保障局', '市司法局', '市市场监管局', '市行政审批局', '市财政局'].sort(),
    );
    const ledger = await b.call('submissions.get', { planId, period: '2026M05' });
    expect(ledger.units.map((u) => u.unit)).not.toContain('市直各有关执法部门');
    expect(ledger.collectiveNames).toContain('市直各有关执法部门');
  });

  it('sets reports due on the 25th of every month, however long the month, instead of days from its end', async () => {
    const set = await b.call('plans.update', { planId, reportDueDay: 25, reportContact: '市委督查室 王科长' });
    expect(set).toMatchObject({ reportDueDays: null, reportDueDay: 25 });
    expect((await b.call('audit.list', { objectType: 'plan' })).entries[0]!.summary).toContain('报送时限改为每月25日前');
    for (const [period, due] of [['2026M05', '2026-05-25'], ['2026M06', '2026-06-25'], ['2026M02', '2026-02-25']] as const) {
      expect((await b.call('submissions.get', { planId, period })).dueDate, period).toBe(due);
    }
    const [form] = (await b.call('templates.export', { planId, period: '2026M05', unitIds: [unitIdOf(b, '市司法局')] })).files;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(form!.bytes) as unknown as ExcelJS.Buffer);
    const notes: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void (String(cell.value).startsWith('填报说明') && notes.push(String(cell.value)))));
    expect(notes[0]!.split('\n').at(-1)).toBe('5. 请于2026年5月25日前报送（联系人：市委督查室 王科长）。');
    // Days from the end replace the day, and the other way round; a day past a short month's end is its last day.
    expect(await b.call('plans.update', { planId, reportDueDays: -5 })).toMatchObject({ reportDueDays: -5, reportDueDay: null });
    expect(await b.call('plans.update', { planId, reportDueDay: 31 })).toMatchObject({ reportDueDays: null, reportDueDay: 31 });
    expect(reportDueDate('2026M06', null, 31)).toBe('2026-06-30');
    const both = await b.invoke('plans.update', { planId, reportDueDays: 10, reportDueDay: 25 });
    expect(both).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await b.call('plans.update', { planId, reportDueDays: null, reportDueDay: null })).toMatchObject({ reportDueDays: null, reportDueDay: null });
  });

  it('refuses a re-typed return whose title names another plan, and takes the titles units give this one', async () => {
    const rows = (title: string) => [[title], ['填报单位：市司法局'], ['序号', '工作任务', '进展情况', '完成状态'], [1, '组织赴长三角开展招商推介活动', '5月签约项目3个。', '正常推进']];
    const other = await xlsx('市司法局5月进展.xlsx', rows('2026年全市“双招双引”工作要点推进情况（2026年5月）'));
    const [refused] = (await b.call('progress.import', { planId, files: [other], period: '2026M05' })).files;
    expect(refused).toMatchObject({ status: 'rejected', otherPlan: '2026年全市“双招双引”工作要点', rows: [] });
    expect(refused!.errors).toEqual([
      '文件“市司法局5月进展.xlsx”报送的是《2026年全市“双招双引”工作要点》的推进情况（见表格标题），不属于当前的《2026年全市优化营商环境重点任务分工方案》，未导入。' +
        '如确是本计划的报送，请把标题改为本计划的名称后再导入。',
    ]);
    const byName = await xlsx('关于报送《数字政府建设行动计划》5月落实情况.xlsx', rows('推进情况表'));
    expect((await b.call('progress.import', { planId, files: [byName], period: '2026M05', dryRun: true })).files[0]).toMatchObject({
      status: 'rejected',
      otherPlan: '数字政府建设行动计划',
      errors: [expect.stringContaining('（见文件名）')],
    });
    expect((await b.call('progress.list', { planId, period: '2026M05' })).records).toEqual([]);

    // This plan cited shortened, without year or place, or by a unit naming itself first.
    const own = [
      '《营商环境重点任务》推进情况（2026年5月）',
      '2025年优化营商环境重点任务分工方案推进情况',
      '市司法局2026年5月份优化营商环境重点任务推进情况',
      '市司法局工作要点推进情况表',
      '2026年工作要点推进情况',
    ];
    const files = await Promise.all(own.map((title, i) => xlsx(`本计划${i}.xlsx`, rows(title))));
    const previews = (await b.call('progress.import', { planId, files, period: '2026M05', dryRun: true })).files;
    expect(previews.map((f) => [f.otherPlan, f.errors])).toEqual(own.map(() => [undefined, []]));
  });

  it('takes from a table of two months side by side only the month imported', async () => {
    const twoMonths = await xlsx('市人社局5-6月推进情况.xlsx', [
      ['市人力资源社会保障局优化营商环境重点任务推进情况（5—6月）'],
      ['填报单位：市人力资源社会保障局'],
      ['序号', '工作任务', '5月份进展情况', '6月份进展情况', '完成状态'],
      [3, '举办“春风行动”等招聘活动', '5月份举办招聘活动12场。', '举办“民营企业招聘月”专场6场。', '已完成'],
      [4, '落实稳岗返还、社保补贴等政策', '发放稳岗返还资金2300万元。', '发放社保补贴1860万元。', '正常推进'],
    ]);
    const preview = async (period: string) => (await b.call('progress.import', { planId, files: [twoMonths], period, dryRun: true })).files[0]!;
    // The title's "5—6月" ends in June: June's column, May's left for May.
    const june = await preview('2026M06');
    expect(june).toMatchObject({ errors: [], period: '2026M06' });
    expect(june.rows.map((r) => [r.seq, r.progress])).toEqual([
      ['3', '举办“民营企业招聘月”专场6场。'],
      ['4', '发放社保补贴1860万元。'],
    ]);
    expect(june.warnings).toContain(
      '表中的进展按期次分列：本次导入“6月份进展情况”列，“5月份进展情况”列是其他期次的进展，不计入2026年6月（原件已保存）。如需导入其中一期，再次导入本文件时选定它的期次即可。',
    );
    const may = (await b.call('progress.import', { planId, files: [twoMonths], dryRun: true, decisions: { [june.sha256]: { period: '2026M05' } } })).files[0]!;
    expect(may.rows.map((r) => [r.seq, r.progress])).toEqual([
      ['3', '5月份举办招聘活动12场。'],
      ['4', '发放稳岗返还资金2300万元。'],
    ]);
  });
});

describe('a city plan laid out as a table of 重点任务 and 具体措施', () => {
  const HEADING = '规范涉企执法检查';
  let planId: number;
  const b = backendPerSuite(async (b) => {
    const planFile = await docxWithTable(
      '2026年全市优化营商环境重点任务分工方案.docx',
      ['2026年全市优化营商环境重点任务分工方案'],
      [
        ['序号', '重点任务', '具体措施', '牵头单位', '责任单位', '完成时限'],
        ['1', { text: HEADING, rowSpan: 2 }, '推行“综合查一次”，跨部门联合检查比例达到40%以上。', '市司法局', '市直各有关执法部门', '2026年9月底前'],
        ['2', '推广包容审慎监管，动态调整轻微违法行为不予行政处罚事项清单。', '市司法局', '市市场监管局', '2026年6月底前'],
      ],
    );
    const { plan } = await b.call('plans.parse', { source: { kind: 'file', file: planFile } });
    planId = (await b.call('plans.import', { plan })).planId!;
  });

  it('matches a return laid out like the plan by its 具体措施, and keeps the measure out of 备注', async () => {
    // 市司法局 copied the plan's columns, the heading merged over its two measures, and left out 序号.
    const returned = await xlsxOf('司法局报送.xlsx', [
      {
        name: '5月',
        rows: [
          ['填报单位：市司法局'],
          ['重点任务', '具体措施', '进展情况', '完成状态'],
          [HEADING, '推广包容审慎监管，动态调整轻微违法行为不予行政处罚事项清单', '新增不予处罚事项28项，5月20日印发。', '已完成'],
          [null, '推行“综合查一次”', '5月份开展跨部门联合检查27次。', '正常推进'],
        ],
        merges: [[3, 1, 4, 1]],
      },
    ]);
    const [f] = (await b.call('progress.import', { planId, files: [returned], period: '2026Q2', dryRun: true })).files;
    expect(f!.errors).toEqual([]);
    expect(f!.rows.map((r) => [r.seq, r.match, r.lowConfidence ?? false, r.progress, r.remarks])).toEqual([
      ['2', 'content', false, '新增不予处罚事项28项，5月20日印发。', ''],
      ['1', 'content', false, '5月份开展跨部门联合检查27次。', ''],
    ]);
    expect(f!.warnings.join('')).not.toContain('具体措施');
  });
});

describe('a unit written without its level where the plan names it at two levels', () => {
  const TWO_LEVELS = `2026年全市法治化营商环境建设重点任务
1. 开展涉企行政执法专项监督。（市司法局牵头，省司法局指导；2026年6月底前）
2. 推行柔性执法清单，公布不予处罚事项。（省司法局牵头，市司法局配合；2026年9月底前）
`;
  let planId: number;
  const b = backendPerSuite(async (b) => {
    const { plan } = await b.call('plans.parse', { source: { kind: 'text', text: TWO_LEVELS } });
    planId = (await b.call('plans.import', { plan })).planId!;
  });

  it('takes “司法局” for neither 省司法局 nor 市司法局, nor a county’s bureau for the city’s', async () => {
    const rows = (unit: string) => [['2026年第二季度推进情况'], [`填报单位：${unit}`], ['序号', '工作任务', '进展情况', '完成状态'], [1, '开展涉企行政执法专项监督', '已开展。', '正常推进']];
    const files = await Promise.all([xlsx('司法局.xlsx', rows('司法局')), xlsx('县司法局.xlsx', rows('清徐县司法局')), xlsx('市司法局.xlsx', rows('市司法局'))]);
    const result = (await b.call('progress.import', { planId, files, period: '2026Q2', dryRun: true })).files;
    expect(result.map((f) => [f.status, f.unit])).toEqual([
      ['rejected', null],
      ['rejected', null],
      ['dry-run', '市司法局'],
    ]);
  });
});
