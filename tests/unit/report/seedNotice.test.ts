// The 2023Q3 通报 of the bundled sample plan (the seed plan) with a realistic set of unit reports:
// it must read as an official would write it, with figures that match the tables.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Narrative, PeriodFigures } from '../../../electron/shared/api/reports';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { saveReports, type ReportSpec } from '../../helpers/reportData';

const FIXTURE = path.join(__dirname, '../../fixtures/report/seed-2023Q3.json');

let summary: PeriodFigures;
let narrative: Narrative;
backendPerSuite(async (b) => {
  const { planId } = await b.call('plans.importSample', {});
  const { reports } = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { reports: ReportSpec[] };
  await saveReports(b, planId!, '2023Q3', reports);
  summary = await b.call('reports.summary', { planId: planId!, period: '2023Q3' });
  ({ narrative } = await b.call('reports.narrative', { planId: planId!, period: '2023Q3' }));
});

const all = () => [narrative.title, narrative.overview, narrative.sections, narrative.problems, narrative.nextSteps].join('\n');

describe('通报 of the sample plan, 2023年第三季度', () => {
  it('has the figures the sample reports give', () => {
    expect(summary.totals).toEqual({ tasks: 18, completed: 2, on_track: 14, delayed: 2, not_started: 0, unreported: 0 });
    expect(summary.overdue).toEqual(['3']);
    expect(summary.dueSoon).toEqual(['4', '5', '7', '8', '9', '18']);
    // Collective names (…各成员单位, 各有关市县政府) are not units that report.
    expect(summary.missingUnits).toEqual(['省贸促会', '省小企业局', '综改示范区管委会', '银保监局', '省委组织部']);
    expect(summary.byUnit.filter((u) => u.collective).map((u) => u.unit)).toEqual(['省知识产权战略实施工作领导小组各成员单位', '各有关市县政府']);
  });

  it('states them as an official would', () => {
    expect(narrative.title).toBe('关于《2022-2023年工作要点》\n2023年第三季度推进情况的通报');
    expect(narrative.overview.split('\n')).toEqual([
      '为及时掌握《2022-2023年工作要点》落实情况，现将各责任单位报送的2023年第三季度推进情况通报如下：',
      '一、总体情况',
      '截至2023年9月底，《2022-2023年工作要点》确定的18项任务中，已完成2项，正常推进14项，滞后2项，完成率11.1%。' +
        '其中，第3项（扎实推进知识产权保护中心软硬件建设）已过完成时限仍未完成，需重点督办。第5、18项任务进度滞后，且均将于2023年第四季度到期。' +
        // 另有: only the tasks not named already.
        '另有第4、7、8、9项任务将于2023年第四季度到期，需加快推进。',
      '本期应报送推进情况的单位21个，已报送16个，省贸促会、省小企业局、综改示范区管委会、银保监局、省委组织部未报送。',
    ]);
    const sections = narrative.sections.split('\n');
    expect(sections[0]).toBe('二、各部分推进情况');
    expect(sections).toHaveLength(1 + summary.bySection.length);
    expect(sections[2]).toBe(
      '（二）大力推进知识产权保护体系建设。本部分共3项任务，正常推进2项，滞后1项。' +
        '第3项（扎实推进知识产权保护中心软硬件建设）已超过完成时限，目前正常推进，保护中心业务用房装修已完成，专利预审服务系统正在调试，预计11月底前投入运行；' +
        '第4项（积极申报海外知识产权纠纷应对指导中心分中心）正常推进，完成海外知识产权纠纷应对指导中心分中心申报材料，已报国家知识产权局保护司审核；' +
        // Task 5 is delayed because 省司法厅 is: its words explain the status, under its name (it is
        // one of five jointly responsible units, not the task's own unit).
        '第5项（建立省市县三级知识产权维权援助体系）进度滞后，省司法厅：行政调解司法确认机制工作方案尚在征求意见；' +
        // No lead: each unit that reported is quoted by name, as long as the quotes stay short.
        '省知识产权局：建成省市县三级维权援助工作站68个；省法院：审结知识产权民事案件1260件；省检察院：起诉侵犯知识产权犯罪案件27件52人；另有1个单位的进展详见附件。',
    );
    expect(sections[3]).toMatch(/^（三）聚力推动知识产权支撑产业转型发展。本部分共4项任务，均正常推进。/);
  });

  it('collects the problems once each, numbered, with who raised them', () => {
    const problems = narrative.problems.split('\n');
    expect(problems[0]).toBe('三、存在的问题');
    expect(problems).toContain(
      '（二）聚力推动知识产权支撑产业转型发展。一是高校院所专利转化动力不足（第7项，省知识产权局）；' +
        '二是风险补偿机制尚未建立，银行放贷积极性不高（第9项，省知识产权局、省财政厅）。',
    );
    // "1.…2.…" in one unit's text become two items.
    expect(narrative.problems).toContain('一是预审员编制尚未落实，专业人员短缺（第3项，省知识产权局）；二是信息化建设资金缺口较大（第3项，省知识产权局）');
    expect(problems.at(-1)).toBe(
      '（六）任务推进和报送方面。一是第3项任务已过完成时限仍未完成；二是第5、18项任务进度滞后于计划安排；' +
        '三是省贸促会、省小企业局、综改示范区管委会、银保监局、省委组织部未按时报送本期推进情况。',
    );
  });

  it('asks the right units to act next', () => {
    const steps = narrative.nextSteps.split('\n');
    expect(steps[0]).toBe('四、下步工作');
    // Each unit with its own tasks: none is asked about another's. 第3项 is overdue, 第5、18项 delayed.
    expect(steps[1]).toBe('（一）加快推进逾期和滞后任务。请省知识产权局（第3、18项）、省司法厅（第5项）认真分析原因，制定针对性措施，明确完成时限，确保尽快完成。');
    expect(steps.map((s) => s.slice(0, 3))).toEqual(['四、下', '（一）', '（二）', '（三）', '（四）', '（五）']);
  });

  it('leaves no placeholder, empty bracket or stray value anywhere', () => {
    const text = all();
    expect(text).not.toMatch(/XX|××|某|TODO|待填|待定|undefined|null|NaN|\{|\}|（）|\(\)|第项|，。|。。|；。/);
    // Every number of tasks in the section paragraphs adds up to the section's total.
    for (const [i, s] of summary.bySection.entries()) {
      const line = narrative.sections.split('\n')[i + 1]!;
      expect(line).toContain(`本部分共${s.tasks}项任务`);
      const counted = [...line.matchAll(/(?:已完成|正常推进|滞后|未启动|未报送进展)(\d+)项/g)].reduce((n, m) => n + Number(m[1]), 0);
      expect(counted === s.tasks || line.includes('均')).toBe(true);
    }
  });
});
