// What the seed plan (/work/shared/seeds/ip-plan-2022-2023.txt) says, task by task, written out by
// hand from the document: every unit in its role, every deadline. Shared by the seed tests.
import fs from 'node:fs';
import { expect } from 'vitest';
import type { ParsedPlan, TaskUnits } from '../../../electron/shared/types';

export const SEED_PATH = '/work/shared/seeds/ip-plan-2022-2023.txt';
export const seedText = (): string => fs.readFileSync(SEED_PATH, 'utf8');

export const SEED_SECTIONS = [
  { numeral: '一', title: '集聚资源加快知识产权强省建设' },
  { numeral: '二', title: '大力推进知识产权保护体系建设' },
  { numeral: '三', title: '聚力推动知识产权支撑产业转型发展' },
  { numeral: '四', title: '全力打造知识产权助力乡村振兴样板' },
  { numeral: '五', title: '深入开展“蓝天”行动' },
  { numeral: '六', title: '健全知识产权信息公共服务体系' },
  { numeral: '七', title: '加强知识产权人才交流与培养' },
];

export interface ExpectedTask {
  seq: string;
  section: string;
  units: TaskUnits;
  deadline: string | null;
  continuous: boolean;
  deadlineText: string;
  /** How the task text ends (the text is long; its end shows the parenthesis was cut off in the right place). */
  contentEnd: string;
}

const IP = '省知识产权局';
const cnipa = (dept: string) => `国家知识产权局${dept}`;
const ONGOING = { deadline: null, continuous: true, deadlineText: '持续推进' };
const END_2022 = { deadline: '2022-12-31', continuous: false, deadlineText: '2022年12月底前完成' };
const END_2023 = { deadline: '2023-12-31', continuous: false, deadlineText: '2023年12月底前完成' };
const units = (lead: string[], joint: string[], cooperating: string[], national: string[]): TaskUnits => ({ lead, joint, cooperating, national });

export const SEED_TASKS: ExpectedTask[] = [
  { seq: '1', section: '一', units: units([IP], ['省知识产权战略实施工作领导小组各成员单位'], [], [cnipa('联席办'), cnipa('战略规划司')]), ...ONGOING, contentEnd: '加大《省知识产权保护工作条例》实施力度。' },
  { seq: '2', section: '一', units: units([IP], [], [], [cnipa('运用促进司')]), ...END_2022, contentEnd: '创建国家级知识产权强国建设试点园区。' },
  { seq: '3', section: '二', units: units([IP], [], [], [cnipa('保护司')]), ...END_2022, contentEnd: '快速确权和快速维权。' },
  { seq: '4', section: '二', units: units([IP], [], ['省贸促会'], [cnipa('保护司')]), ...END_2023, contentEnd: '积极申报海外知识产权纠纷应对指导中心分中心。' },
  { seq: '5', section: '二', units: units([], ['省法院', '省检察院', '省公安厅', '省司法厅', IP], [], [cnipa('保护司')]), ...END_2023, contentEnd: '推动建立行政调解司法确认机制。' },
  { seq: '6', section: '三', units: units([IP], ['省科技厅', '省工信厅'], [], [cnipa('运用促进司')]), ...ONGOING, contentEnd: '前瞻布局和战略储备。' },
  { seq: '7', section: '三', units: units([IP], ['省财政厅', '省小企业局'], [], [cnipa('运用促进司')]), ...END_2023, contentEnd: '促进专利转化实施。' },
  { seq: '8', section: '三', units: units([IP], ['省财政厅', '太原市政府', '综改示范区管委会'], [], [cnipa('运用促进司')]), ...END_2023, contentEnd: '加快太原知识产权运营服务体系重点城市建设。' },
  { seq: '9', section: '三', units: units([IP], ['省财政厅', '省地方金融监管局', '银保监局', '人行太原中心支行'], [], [cnipa('运用促进司')]), ...END_2023, contentEnd: '探索设立知识产权质押贷款风险补偿金。' },
  { seq: '10', section: '四', units: units([IP], ['省农业农村厅', '省商务厅'], [], [cnipa('运用促进司')]), ...ONGOING, contentEnd: '打造助力乡村振兴“绿色样板”。' },
  { seq: '11', section: '四', units: units([IP], ['省卫健委', '各有关市县政府'], [], [cnipa('保护司'), cnipa('运用促进司')]), ...ONGOING, contentEnd: '强化地域特色产品质量。' },
  { seq: '12', section: '五', units: units([IP], [], [], [cnipa('运用促进司')]), ...ONGOING, contentEnd: '无资质专利代理等违法违规行为。' },
  { seq: '13', section: '五', units: units([IP], [], [], [cnipa('运用促进司')]), ...ONGOING, contentEnd: '持续改善知识产权代理行业秩序。' },
  { seq: '14', section: '六', units: units([IP], [], [], [cnipa('公共服务司')]), ...ONGOING, contentEnd: '公共服务机构覆盖率。' },
  { seq: '15', section: '六', units: units([IP], [], [], [cnipa('公共服务司')]), ...ONGOING, contentEnd: '专利检索及分析系统推广使用力度。' },
  { seq: '16', section: '六', units: units([IP], [], [], [cnipa('公共服务司')]), ...ONGOING, contentEnd: '提升知识产权公共服务便利化水平。' },
  { seq: '17', section: '七', units: units([], [IP, '省人社厅'], [], [cnipa('人事司')]), ...ONGOING, contentEnd: '直接认定相应职称。' },
  { seq: '18', section: '七', units: units([IP], ['省委组织部', '省教育厅', '省人社厅'], [], [cnipa('人事司')]), ...END_2023, contentEnd: '等高校建立知识产权研究院。' },
];

/** Asserts the parsed plan is the seed: 7 sections, 18 tasks, every unit, role and deadline. */
export function expectSeedPlan(plan: ParsedPlan): void {
  expect(plan.title).toBe('2022-2023年工作要点');
  expect(plan.startYear).toBe(2022);
  expect(plan.endYear).toBe(2023);
  expect(plan.sections).toEqual(SEED_SECTIONS);
  expect(plan.tasks).toHaveLength(18);
  plan.tasks.forEach((task, i) => {
    const want = SEED_TASKS[i]!;
    const got = {
      seq: task.seq,
      section: task.sectionIndex === null ? null : plan.sections[task.sectionIndex]!.numeral,
      units: task.units,
      deadline: task.deadline,
      continuous: task.continuous,
      deadlineText: task.deadlineText,
      contentEnd: task.content.slice(-want.contentEnd.length),
      warnings: task.warnings,
    };
    expect(got, `任务 ${want.seq}`).toEqual({ ...want, warnings: [] });
    expect(task.content).not.toMatch(/[()（）]$/);
  });
}
