// A small plan with one task per rule the summary must get right, and the 2023Q3 reports on it.
import type { TestBackend } from '../../helpers/backend';
import { importPlan, planOf, saveReports, type ReportSpec } from '../../helpers/reportData';

export const PERIOD = '2023Q3';

export const rulesPlan = planOf(
  '测试工作要点',
  ['集聚资源加快强省建设', '推进保护体系建设'],
  [
    // 1: lead on track, deadline on the period's last day → overdue, red.
    { seq: '1', section: 0, lead: ['甲局'], joint: ['乙厅'], cooperating: ['己办'], deadline: '2023-09-30', content: '建设甲项目，完善配套制度。' },
    // 2: completed → neither overdue nor due soon, green.
    { seq: '2', section: 0, lead: ['甲局'], deadline: '2023-12-31', content: '推进乙工程。' },
    // 3: only joint units, one delayed → delayed, red (also due soon).
    { seq: '3', section: 0, joint: ['乙厅', '丙委'], deadline: '2023-12-31', national: ['国家知识产权局保护司'], content: '开展丙行动。' },
    // 4: continuous, lead silent, cooperating unit says completed → completed, never overdue.
    { seq: '4', section: 1, lead: ['甲局'], cooperating: ['丁会'], continuous: true, content: '持续开展丁工作。' },
    // 5: lead silent, joint on track, deadline next quarter → due soon, yellow.
    { seq: '5', section: 1, lead: ['甲局'], joint: ['乙厅'], deadline: '2023-11-30', content: '健全戊机制。' },
    // 6: nobody reports → unreported, yellow; its lead 戊局 reported nothing at all → missing.
    { seq: '6', section: 1, lead: ['戊局'], content: '完善己体系。' },
    // 7: lead reported with a blank status, a national counterpart says completed → not started.
    { seq: '7', section: 1, lead: ['甲局'], national: ['国家知识产权局保护司'], deadline: '2024-06-30', content: '探索庚模式。' },
    // 8: overdue since last year and not reported.
    { seq: '8', section: 1, lead: ['丙委'], deadline: '2022-12-31', content: '落实辛措施。' },
  ],
);

/** The 2023Q3 reports on the rules plan. */
export const RULES_REPORTS: ReportSpec[] = [
    { seq: '1', unit: '甲局', status: 'on_track', progress: '已完成项目立项，正在开展施工招标。', problems: '1.资金到位较慢。2.专业人才不足。' },
    { seq: '1', unit: '乙厅', status: 'delayed', progress: '配套制度正在起草。', problems: '资金到位较慢' },
    { seq: '2', unit: '甲局', status: 'completed', progress: '乙工程已全面完工并通过验收。', problems: '无' },
    { seq: '3', unit: '乙厅', status: 'on_track', progress: '制定了行动方案。' },
    { seq: '3', unit: '丙委', status: 'delayed', progress: '方案尚在征求意见。', problems: '部门协同机制有待完善。' },
    { seq: '3', unit: '国家知识产权局保护司', status: 'completed', progress: '国家层面已部署。' },
    { seq: '4', unit: '丁会', status: 'completed', progress: '举办培训3场。' },
    { seq: '5', unit: '乙厅', status: 'on_track', progress: '起草了工作规则，已报审。', nextSteps: '年底前印发。' },
    { seq: '7', unit: '甲局', status: null, progress: '开展了前期调研。' },
    { seq: '7', unit: '国家知识产权局保护司', status: 'completed', progress: '已完成。' },
];

export async function seedRulesPlan(b: TestBackend): Promise<number> {
  const planId = await importPlan(b, rulesPlan);
  await saveReports(b, planId, PERIOD, RULES_REPORTS);
  return planId;
}
