// Plans of the same genre from other provinces and topics, each exercising a way such documents are
// written: full-width brackets and digits, "1、" and "（1）" numbering, 第一部分 parts over 一、 sections,
// tasks over several lines and paragraphs, 牵头单位：label lines, 配合/参与/协助/指导, 分别负责, 会同,
// numbering that restarts per section, deadlines of every kind, and tasks with no parenthesis.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_PARENTHESIS } from '../../../electron/core/plan/assemble';
import { numberedTask, sectionLabel } from '../../../electron/shared/sections';
import { parsePlanText } from '../../../electron/core/plan/parseText';
import { isCollectiveUnit } from '../../../electron/core/units/names';
import type { ParsedPlan, TaskUnits } from '../../../electron/shared/types';

const fixture = (name: string) => parsePlanText(fs.readFileSync(`tests/fixtures/plans/${name}`, 'utf8'), { sourceName: name });
const u = (lead: string[] = [], joint: string[] = [], cooperating: string[] = [], national: string[] = []): TaskUnits => ({ lead, joint, cooperating, national });

/** seq → [section numeral, units, deadline, continuous, deadlineText, warning count] */
type Row = [string, string | null, TaskUnits, string | null, boolean, string, number];

function expectTasks(plan: ParsedPlan, rows: Row[]): void {
  expect(plan.tasks.map((t) => t.seq)).toEqual(rows.map((r) => r[0]));
  rows.forEach(([seq, section, units, deadline, continuous, deadlineText, warnings], i) => {
    const t = plan.tasks[i]!;
    expect(
      {
        section: t.sectionIndex === null ? null : plan.sections[t.sectionIndex]!.numeral,
        units: t.units,
        deadline: t.deadline,
        continuous: t.continuous,
        deadlineText: t.deadlineText,
        warnings: t.warnings.length,
      },
      `任务 ${seq}：${t.warnings.join('；')}`,
    ).toEqual({ section, units, deadline, continuous, deadlineText, warnings });
  });
}

describe('plans of the same genre', () => {
  it('县: towns and villages as units, 各乡镇党委、政府 as one name, collective names of towns, 全年', () => {
    const plan = fixture('county-2026.txt');
    expect(plan.title).toBe('平安县2026年优化营商环境和安全生产重点工作任务清单');
    expectTasks(plan, [
      ['1', '一', u(['县行政审批局'], [], ['各乡镇（街道）']), '2026-06-30', false, '上半年', 0],
      ['2', '一', u(['县税务局'], [], ['县财政局']), '2026-12-31', false, '全年', 0],
      ['3', '一', u(['县金融服务中心'], [], ['人行平安县支行', '县内各银行业金融机构']), '2026-12-31', false, '2026年12月底前', 0],
      ['4', '一', u(['县自然资源局'], [], ['城关镇', '红星乡', '县经济开发区管委会']), '2026-12-31', false, '2026年12月底前', 0],
      ['5', '二', u(['县应急局'], ['各乡镇党委、政府', '县直相关单位']), '2026-03-31', false, '2026年3月底前', 0],
      ['6', '二', u(['县住建局'], ['各乡镇（街道）', '各村（社区）']), '2026-06-30', false, '2026年上半年', 0],
      ['7', '二', u(['县林业局'], ['有关乡镇']), null, true, '长期坚持', 0],
      ['8', '二', u(['县农业农村局'], ['相关乡镇人民政府'], ['县财政局', '县水利局']), '2026-12-31', false, '2026年12月底前', 0],
    ]);
    // The leaders in charge (责任领导) are people, not units: out of the task's text, kept with its notes.
    expect(plan.tasks[4]!.content).toBe('落实党政领导干部安全生产责任制。制定县级领导安全生产重点工作清单。');
    expect(plan.tasks[4]!.responsibilityText).toMatch(/^责任领导：县委常委、常务副县长 张某某；牵头单位：县应急局/);
    expect(plan.tasks[6]!.content).toBe('加强森林防灭火工作。');
    expect(plan.tasks[6]!.responsibilityText).toMatch(/^县级责任领导：副县长 李某某，县林业局局长 王某某；/);
    // The towns' names together report for no one; 城关镇 and 红星乡 each report for themselves.
    const collective = ['各乡镇（街道）', '各村（社区）', '有关乡镇', '相关乡镇人民政府', '各乡镇党委、政府', '县内各银行业金融机构', '县直相关单位'];
    for (const name of collective) expect(isCollectiveUnit(name), name).toBe(true);
    for (const name of ['城关镇', '红星乡', '城关镇人民政府', '东河街道办事处', '人行平安县支行', '县经济开发区管委会']) expect(isCollectiveUnit(name), name).toBe(false);
  });

  it('广东: full-width brackets and digits, "1．" and "1、", 配合/参与/协助, 分别负责, a task without parenthesis', () => {
    const plan = fixture('guangdong-2023.txt');
    expect(plan.title).toBe('广东省2023年知识产权工作要点');
    expect(plan.description).toMatch(/^为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》.*制定本要点。$/);
    expect([plan.startYear, plan.endYear]).toEqual([2023, 2023]);
    expect(plan.sections.map((s) => `${s.numeral}、${s.title}`)).toEqual(['一、强化知识产权创造质量', '二、加强知识产权保护', '三、促进知识产权转化运用']);
    const SAMR = '省市场监管局';
    expectTasks(plan, [
      ['1', '一', u([SAMR], [], ['省科技厅', '省工业和信息化厅'], ['国家知识产权局知识产权运用促进司']), '2023-06-30', false, '2023年6月底前完成', 0],
      ['2', '一', u([SAMR], [], ['各地级以上市政府']), '2023-06-30', false, '上半年', 0],
      ['3', '一', u([], ['省商务厅', SAMR]), '2023-09-30', false, '2023年第三季度', 0],
      ['4', '二', u([], [SAMR, '省公安厅', '省版权局']), null, true, '常态化开展', 0],
      ['5', '二', u(['省司法厅'], [], [SAMR, '省高级人民法院']), '2023-12-31', false, '年底前完成', 0],
      ['6', '二', u([SAMR], [], ['省商务厅', '省贸促会'], ['国家知识产权局保护司', '国家知识产权局公共服务司']), null, true, '长期坚持', 0],
      ['7', '三', u(), null, false, '', 1],
      ['8', '三', u(['省市场监管局（知识产权局）'], [], ['省教育厅', '省科技厅']), '2023-09-30', false, '2023年9月30日前', 0],
    ]);
    expect(plan.tasks[6]!.warnings).toEqual([NO_PARENTHESIS]);
    expect(plan.tasks[6]!.content).toBe('推进知识产权质押融资扩面增量，力争全年质押融资登记金额保持全国前列。');
    expect(plan.tasks[0]!.content).toBe('实施高价值专利培育布局工程，围绕战略性产业集群开展专利导航，培育一批高价值专利组合。');
  });

  it('浙江: 第一部分 over 一、 over （1） tasks, wrapped lines and multi-paragraph tasks, 会同, 指导 by a ministry', () => {
    const plan = fixture('zhejiang-2024.txt');
    expect(plan.title).toBe('浙江省数字经济知识产权保护2024年工作要点');
    expect(plan.sections).toEqual([
      { numeral: '第一部分', title: '夯实制度基础' },
      { numeral: '一', title: '完善数据知识产权制度' },
      { numeral: '二', title: '健全工作协调机制' },
      { numeral: '第二部分', title: '加强保护运用' },
      { numeral: '三', title: '加大执法保护力度' },
    ]);
    expectTasks(plan, [
      ['1', '一', u(['省市场监管局'], ['省委网信办', '省大数据局']), '2024-06-30', false, '2024年6月底前完成', 0],
      ['2', '一', u([], ['省法院', '省检察院', '省市场监管局']), '2024-12-31', false, '2024年年底前', 0],
      ['3', '二', u(['省市场监管局'], ['省发展改革委']), null, true, '持续推进', 0],
      ['4', '三', u(['省公安厅', '省市场监管局'], [], ['省委宣传部（省版权局）', '省通信管理局'], ['公安部治安管理局', '公安部刑事侦查局']), '2024-06-30', false, '2024年第二季度', 0],
      ['5', '三', u(['省地方金融监管局'], [], ['中国人民银行杭州中心支行', '浙江银保监局']), '2024-06-30', false, '年中', 0],
    ]);
    // A line wrapped mid-sentence joins up; a new paragraph stays a new line.
    expect(plan.tasks[0]!.content).toBe('探索数据知识产权登记制度，制定数据知识产权登记管理办法，建立登记平台并开展试点。');
    expect(plan.tasks[1]!.content).toBe(
      '研究数据知识产权保护规则。\n围绕数据采集、加工、流通等环节，推动形成数据知识产权保护规则体系，探索数据知识产权侵权认定标准。',
    );
  });

  it('四川: （一） sections, 牵头单位：/配合单位：/完成时限： lines, a wrapped task, a task with nothing', () => {
    const plan = fixture('sichuan-2023.txt');
    expect(plan.title).toBe('四川省2023年生态环境保护重点工作任务分工方案');
    expect(plan.description).toBe('各市（州）人民政府，省直有关部门：\n为推动全省生态环境质量持续改善，现将2023年重点工作任务分工如下。');
    expect(plan.sections.map((s) => s.numeral)).toEqual(['（一）', '（二）']);
    expectTasks(plan, [
      ['1', '（一）', u(['省生态环境厅'], [], ['省发展改革委', '省经济和信息化厅']), '2023-09-30', false, '2023年第三季度', 0],
      ['2', '（一）', u(['省生态环境厅'], [], ['省公安厅', '省交通运输厅']), '2023-12-31', false, '年底前', 0],
      // 责任单位 listing several units without a 牵头单位: the first named leads, for the official to confirm.
      ['3', '（二）', u(['省生态环境厅'], ['省水利厅']), null, true, '长期坚持', 1],
      ['4', '（二）', u(['省住房城乡建设厅']), '2023-12-31', false, '2023年12月', 0],
      ['5', '（二）', u(), null, false, '', 1],
    ]);
    expect(plan.tasks[0]!.content).toBe('实施重点行业超低排放改造，完成钢铁、水泥行业改造项目30个以上。');
    expect(plan.tasks[0]!.responsibilityText).toBe('牵头单位：省生态环境厅；配合单位：省发展改革委、省经济和信息化厅；完成时限：2023年第三季度');
    expect(plan.tasks[2]!.warnings).toEqual(['“省生态环境厅、省水利厅”未写明哪个单位牵头，已按列第一位的“省生态环境厅”为牵头单位处理']);
  });

  it('湖北: "(1)" numbering restarting in each section, units without role words, an inherited ministry, no deadline', () => {
    const plan = fixture('hubei-2023.txt');
    expect(plan.title).toBe('湖北省2023年知识产权强省建设推进计划');
    expect(plan.warnings).toEqual(['任务编号在各部分重新从 1 开始，已改为“部分序号.任务序号”（如 2.1）以免重复']);
    expectTasks(plan, [
      ['1.1', '（一）', u(['省知识产权局'], [], ['省科技厅', '省教育厅']), '2023-12-31', false, '2023年底', 0],
      ['1.2', '（一）', u(['省知识产权局'], ['省财政厅']), '2023-10-31', false, '2023年10月底前', 2],
      ['2.1', '（二）', u(['省知识产权局'], [], [], ['国家知识产权局保护司', '国家知识产权局专利局审查业务管理部']), '2023-11-30', false, '2023年11月30日前', 0],
      ['2.2', '（二）', u(['省发展改革委'], [], ['省知识产权局']), null, false, '', 1],
      ['2.3', '（二）', u(['省知识产权局'], [], ['省委宣传部', '省知识产权战略实施工作联席会议各成员单位']), '2023-04-30', false, '4月底前', 0],
    ]);
    expect(plan.tasks[1]!.content).toBe('落实《湖北省专利转化专项计划实施方案(试行)》。');
    expect(plan.tasks[1]!.warnings[0]).toBe('“省知识产权局”未写明牵头、负责还是配合，已按牵头单位处理');
    expect(plan.tasks[3]!.warnings).toEqual(['未写明完成时限']);
  });

  it('a plan of bare numbered tasks has no sections, and takes its title from the caller', () => {
    const plan = parsePlanText(
      ['1、建立专利快速审查机制。（省知识产权局牵头，2023年底前完成）', '2、开展专利代理行业整治。（省知识产权局负责，持续推进）'].join('\n'),
      { title: '专项整治任务清单' },
    );
    expect(plan.title).toBe('专项整治任务清单');
    expect(plan.sections).toEqual([]);
    expect(plan.tasks.map((t) => [t.seq, t.sectionIndex, t.units.lead, t.deadline])).toEqual([
      ['1', null, ['省知识产权局'], '2023-12-31'],
      ['2', null, ['省知识产权局'], null],
    ]);
  });

  it('takes the plan\'s name from a 关于印发《…》的通知 heading, skipping the document number', () => {
    const plan = parsePlanText(
      ['晋知发〔2023〕5号', '关于印发《2023年全省知识产权工作要点》的通知', '各市知识产权局：', '现将《要点》印发给你们，请认真贯彻落实。', '1. 开展甲工作。（省甲厅牵头，2023年6月底前）'].join('\n'),
    );
    expect(plan.title).toBe('2023年全省知识产权工作要点');
    expect(plan.description).toBe('各市知识产权局：\n现将《要点》印发给你们，请认真贯彻落实。');
  });

  it('starts a plan sent under its 印发通知 where the plan restates its title, leaving the notice and its 附件 list out', () => {
    const notice = [
      '省人民政府办公厅关于印发2024年全省知识产权',
      '工作要点的通知',
      '晋政办发〔2024〕12号',
      '各市人民政府，省人民政府各委、厅：',
      '《2024年全省知识产权工作要点》已经省人民政府同意，现印发给你们，请认真贯彻执行。',
      '附件：1.2024年全省知识产权工作要点',
      '2.任务分工表',
    ];
    const body = [
      '2024年全省知识产权工作要点',
      '为加快建设知识产权强省，制定本要点。',
      '一、强化知识产权创造',
      '1.加强高价值专利培育。（省知识产权局负责；2024年12月底前完成）',
      '二、强化知识产权保护',
      '2.加强行政执法与刑事司法衔接。（省市场监管局牵头，省公安厅配合；2024年底前）',
    ];
    const plan = parsePlanText([...notice, '', ...body].join('\n'));
    expect(plan.title).toBe('2024年全省知识产权工作要点');
    expect(plan.description).toBe('为加快建设知识产权强省，制定本要点。');
    expect(plan.tasks.map((t) => [t.seq, t.sectionIndex, t.units.lead])).toEqual([
      ['1', 0, ['省知识产权局']],
      ['2', 1, ['省市场监管局']],
    ]);
    expect(plan.warnings).toEqual([]);

    // Without the restated title the notice stays in the description, and its 附件 list is still no task.
    const unrestated = parsePlanText([...notice, ...body.slice(1)].join('\n'));
    expect(unrestated.tasks.map((t) => t.seq)).toEqual(['1', '2']);
    expect(unrestated.description).toContain('2.任务分工表');
    expect(unrestated.title).toBe('2024年全省知识产权工作要点');
  });

  it('completes the tasks under a heading that names units or a time limit, role by role, and says so', () => {
    const plan = parsePlanText(
      [
        '2024年全省科技创新工作要点',
        '一、强化创新平台建设（省科技厅牵头，省财政厅配合；2024年底前）',
        '1.推进实验室体系建设。',
        '2.布局建设技术创新中心。（省发展改革委配合；持续推进）',
        '3.建设中试基地。（省工信厅、省科技厅按职责分工负责）',
        '二、加强人才引育',
        '4.实施高层次人才引进计划。（省委组织部牵头；2024年底前）',
      ].join('\n'),
    );
    expect(plan.sections.map((s) => s.title)).toEqual(['强化创新平台建设', '加强人才引育']);
    expect(plan.tasks.map((t) => [t.seq, t.units, t.deadlineText, t.warnings])).toEqual([
      ['1', { lead: ['省科技厅'], joint: [], cooperating: ['省财政厅'], national: [] }, '2024年底前', []],
      ['2', { lead: ['省科技厅'], joint: [], cooperating: ['省发展改革委'], national: [] }, '持续推进', []],
      // A unit the task names in one role is not added again in another.
      ['3', { lead: [], joint: ['省工信厅', '省科技厅'], cooperating: ['省财政厅'], national: [] }, '2024年底前', []],
      ['4', { lead: ['省委组织部'], joint: [], cooperating: [], national: [] }, '2024年底前', []],
    ]);
    expect(plan.warnings).toEqual(['部分任务的括号未写全，已按所在部分标题括号中的单位或时限补齐（“一、强化创新平台建设”），请核对']);
    // The task's 原文 says what it took from the heading.
    expect(plan.tasks.map((t) => t.responsibilityText)).toEqual([
      '所在部分：省科技厅牵头，省财政厅配合；2024年底前',
      '省发展改革委配合；持续推进；所在部分：省科技厅牵头，省财政厅配合；2024年底前',
      '省工信厅、省科技厅按职责分工负责；所在部分：省科技厅牵头，省财政厅配合；2024年底前',
      '省委组织部牵头；2024年底前',
    ]);
  });

  it('leaves the 落款 at the end (issuing bodies over a date) out of the last task and of the stray text', () => {
    for (const date of ['2024年3月1日', '二〇二四年三月一日']) {
      const plan = parsePlanText(
        ['2024年全省知识产权工作要点', '1.加强培训。（省知识产权局负责；2024年底前）', '2.开展督查', '中共山西省委办公厅', '山西省人民政府办公厅', date].join('\n'),
      );
      expect(plan.tasks.map((t) => t.content)).toEqual(['加强培训。', '开展督查']);
      expect(plan.warnings.filter((w) => w.includes('不属于任何任务'))).toEqual([]);
    }
  });

  it('reads decimal numbering (1.1 under 1.) as tasks under sections, but not a wrapped line starting with a decimal', () => {
    const plan = parsePlanText(
      [
        '2024年数据工作要点',
        '1. 夯实数据基础',
        '1.1 建设数据目录，统筹安排资金',
        '1.5亿元。（省大数据局牵头；2024年6月底前）',
        '1.2、完善共享平台。（省大数据局负责；2024年底前）',
        '2. 推进数据开放',
        '2.1 制定开放清单。（省大数据局牵头，省直各部门配合；2024年9月底前）',
      ].join('\n'),
    );
    expect(plan.sections.map(sectionLabel)).toEqual(['1. 夯实数据基础', '2. 推进数据开放']);
    expect(numberedTask(plan.tasks[0]!.seq, '建设数据目录')).toBe('1.1 建设数据目录');
    expect(numberedTask('3', '加强培训')).toBe('3. 加强培训');
    expect(plan.tasks.map((t) => [t.seq, t.sectionIndex, t.content, t.units.lead])).toEqual([
      ['1.1', 0, '建设数据目录，统筹安排资金1.5亿元。', ['省大数据局']],
      ['1.2', 0, '完善共享平台。', ['省大数据局']],
      ['2.1', 1, '制定开放清单。', ['省大数据局']],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it('reads a note in 【】, 〔〕 or [], and labels written on after the task\'s last sentence', () => {
    const plan = parsePlanText(
      [
        '2024年工作要点',
        '1. 推进改革。【省发展改革委牵头，2024年底前】',
        '2. 开展试点。[省财政厅负责，2024年6月底前]',
        '3. 加强督查。〔省政府督查室负责，每季度通报〕',
        '4. 完善制度，落实《实施办法》（晋政发〔2023〕5号）。责任单位：省司法厅；完成时限：2024年底前。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.content, t.units.lead, t.deadlineText, t.warnings])).toEqual([
      ['推进改革。', ['省发展改革委'], '2024年底前', []],
      ['开展试点。', ['省财政厅'], '2024年6月底前', []],
      ['加强督查。', ['省政府督查室'], '每季度通报', []],
      ['完善制度，落实《实施办法》（晋政发〔2023〕5号）。', ['省司法厅'], '2024年底前', []],
    ]);
  });

  it('reads the units of sub-items named in mid-sentence, and a time limit in a last clause of its own, and says so', () => {
    const plan = parsePlanText(
      [
        '2024年全省数字经济发展工作要点',
        '一、夯实数字基础设施',
        '1.加快5G网络建设。新建5G基站1万个（省通信管理局牵头），推进千兆光网进小区（省工信厅负责）。2024年底前完成。',
        '2.推进算力设施建设。一是建设算力调度平台（省数据局牵头，省发展改革委配合）；二是推动数据中心绿色改造（省发展改革委负责）。持续推进。',
        '3.完善数据要素市场。培育数据经纪人（省数据局、省市场监管局按职责分工负责，2024年6月底前完成）。',
        '二、推动产业数字化',
        '4.实施制造业数字化转型行动，落实“放管服”改革（落实《实施办法》要求），打造智能工厂（含“灯塔工厂”）50家（省工信厅牵头，省财政厅配合，2024年底前完成）。',
        '5.建设工业互联网平台（省工信厅牵头），推动企业上云（省通信管理局配合）（省工信厅牵头，2024年底前完成）。',
      ].join('\n'),
    );
    // Before, the tasks lost out to the headings: two tasks of four ended in a note, both headings did.
    expect(plan.sections.map(sectionLabel)).toEqual(['一、夯实数字基础设施', '二、推动产业数字化']);
    const note = (...notes: string[]) => `句中括号里的分工（${notes.map((n) => `“${n}”`).join('')}）已一并读出，请核对各单位的角色`;
    expect(plan.tasks.map((t) => [t.seq, t.content, t.units, t.deadlineText, t.warnings])).toEqual([
      ['1', '加快5G网络建设。新建5G基站1万个（省通信管理局牵头），推进千兆光网进小区（省工信厅负责）。', u(['省通信管理局', '省工信厅']), '2024年底前完成', [note('省通信管理局牵头', '省工信厅负责')]],
      [
        '2',
        '推进算力设施建设。一是建设算力调度平台（省数据局牵头，省发展改革委配合）；二是推动数据中心绿色改造（省发展改革委负责）。',
        u(['省数据局', '省发展改革委']),
        '持续推进',
        [note('省数据局牵头，省发展改革委配合', '省发展改革委负责')],
      ],
      ['3', '完善数据要素市场。培育数据经纪人', u([], ['省数据局', '省市场监管局']), '2024年6月底前完成', []],
      // A bracket that names no unit is text; so is any bracket before the note at the end, unless it names units with roles.
      ['4', '实施制造业数字化转型行动，落实“放管服”改革（落实《实施办法》要求），打造智能工厂（含“灯塔工厂”）50家', u(['省工信厅'], [], ['省财政厅']), '2024年底前完成', []],
      ['5', '建设工业互联网平台（省工信厅牵头），推动企业上云（省通信管理局配合）', u(['省工信厅'], [], ['省通信管理局']), '2024年底前完成', [note('省工信厅牵头', '省通信管理局配合')]],
    ]);
  });

  it('takes every bracket after the last sentence as the task\'s note, before or after a time limit of its own', () => {
    const plan = parsePlanText(
      [
        '2024年全省测试工作要点',
        '1. 两个括号之一。（省委网信办牵头）（2024年9月底前）',
        '2. 两个括号之二。（省委网信办牵头，各市人民政府、省直各部门负责）（2024年9月底前）',
        '3. 句后时限。（省工信厅负责）。2024年底前完成。',
        '4. 括号后紧跟时限，提升机关运行效能。（省直机关工委牵头，省数据局配合）2025年底前完成。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.content, t.units, t.deadlineText, t.warnings])).toEqual([
      ['两个括号之一。', u(['省委网信办']), '2024年9月底前', []],
      ['两个括号之二。', u(['省委网信办'], ['各市人民政府', '省直各部门']), '2024年9月底前', []],
      ['句后时限。', u(['省工信厅']), '2024年底前完成', []],
      ['括号后紧跟时限，提升机关运行效能。', u(['省直机关工委'], [], ['省数据局']), '2025年底前完成', []],
    ]);
    expect(plan.tasks[3]!.deadline).toBe('2025-12-31');
  });

  it('does not ask about units without role words when the plan states that the first listed leads', () => {
    const lines = ['2024年全省人才工作要点', '1. 实施人才引进计划。（省委组织部、省人社厅，2024年底前）', '2. 开展职称评审改革。（省人社厅、省教育厅，持续推进）'];
    const unstated = parsePlanText(lines.join('\n'));
    expect(unstated.tasks[0]!.warnings).toHaveLength(2);
    const stated = parsePlanText([...lines.slice(0, 1), '各项任务中列第一位的为牵头单位。', ...lines.slice(1)].join('\n'));
    expect(stated.tasks.map((t) => [t.units.lead, t.units.joint, t.warnings])).toEqual([
      [['省委组织部'], ['省人社厅'], []],
      [['省人社厅'], ['省教育厅'], []],
    ]);
  });

  it('asks which unit leads where several units share one 负责, unless the plan states that the first listed leads', () => {
    const lines = ['2024年全省专利工作要点', '1. 开展专利转化专项行动。（省知识产权局、省科技厅负责，2024年底前完成）', '2. 建设公共服务平台。（省知识产权局负责，省财政厅配合，持续推进）'];
    const unstated = parsePlanText(lines.join('\n'));
    expect(unstated.tasks.map((t) => [t.units.lead, t.units.joint, t.warnings])).toEqual([
      [['省知识产权局'], ['省科技厅'], ['“省知识产权局、省科技厅负责”未写明哪个单位牵头，已按列第一位的“省知识产权局”为牵头单位处理']],
      [['省知识产权局'], [], []],
    ]);
    const stated = parsePlanText([...lines.slice(0, 1), '各项任务中列第一位的为牵头单位。', ...lines.slice(1)].join('\n'));
    expect(stated.tasks[0]!.warnings).toEqual([]);
    expect(stated.tasks[0]!.units.lead).toEqual(['省知识产权局']);
  });

  it('without a title, falls back to the file name and says so', () => {
    const plan = parsePlanText('1. 开展培训。（省人社厅牵头，2024年6月底前）', { fallbackTitle: '人才工作' });
    expect(plan.title).toBe('人才工作');
    expect(plan.warnings).toEqual(['文中未找到计划标题，暂用“人才工作”，可在预览中修改']);
  });

  it('takes （一） items as the tasks when a plan numbers nothing deeper', () => {
    const plan = parsePlanText(
      [
        '山东省知识产权局2023年工作要点',
        '一、总体要求',
        '以习近平新时代中国特色社会主义思想为指导，全面加强知识产权工作。',
        '二、重点任务',
        '（一）加快建设知识产权强省。实施强省建设纲要。（省知识产权局牵头，省直有关部门按职责分工负责。2023年12月底前）',
        '（二）加强地理标志保护。（省知识产权局、省农业农村厅分别负责，持续推进）',
      ].join('\n'),
    );
    expect(plan.title).toBe('山东省知识产权局2023年工作要点');
    expect(plan.sections).toEqual([{ numeral: '二', title: '重点任务' }]);
    // A section without tasks ("一、总体要求") belongs to the preamble.
    expect(plan.description).toBe('一、总体要求\n以习近平新时代中国特色社会主义思想为指导，全面加强知识产权工作。');
    expect(plan.tasks.map((t) => [t.seq, t.content, t.units.lead, t.units.joint])).toEqual([
      ['一', '加快建设知识产权强省。实施强省建设纲要。', ['省知识产权局'], ['省直有关部门']],
      ['二', '加强地理标志保护。', [], ['省知识产权局', '省农业农村厅']],
    ]);
  });

  it('reads a 实施方案 whose （一） items are tasks only under 重点任务: 总体要求 and 保障措施 go to the description', () => {
    const plan = parsePlanText(
      [
        '关于推进全省中小企业数字化转型的实施方案',
        '一、总体要求',
        '（一）指导思想。以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神。',
        '（二）工作目标。到2025年，全省累计推动1万家中小企业实施数字化改造。',
        '二、重点任务',
        '（一）开展数字化诊断服务。组织服务商为中小企业免费开展数字化诊断。（省工信厅牵头，各市人民政府负责，每年）',
        '（二）推广轻量化应用。遴选推广一批数字化产品和解决方案。（省工信厅、省通信管理局按职责分工负责，2024年底前）',
        '（三）加大资金支持力度。统筹用好省级中小企业发展专项资金。（省财政厅、省工信厅按职责分工负责，2024—2025年）',
        '三、保障措施',
        '（一）加强组织领导。建立由省工信厅牵头、有关部门参加的工作推进机制。',
        '（二）强化宣传推广。及时总结推广典型经验做法。',
      ].join('\n'),
    );
    expect(plan.sections.map(sectionLabel)).toEqual(['二、重点任务']);
    expect(plan.tasks.map((t) => [t.seq, t.content, t.warnings])).toEqual([
      ['一', '开展数字化诊断服务。组织服务商为中小企业免费开展数字化诊断。', []],
      ['二', '推广轻量化应用。遴选推广一批数字化产品和解决方案。', []],
      ['三', '加大资金支持力度。统筹用好省级中小企业发展专项资金。', []],
    ]);
    expect(plan.warnings).toEqual([]);
    expect(plan.description).toBe(
      [
        '一、总体要求',
        '（一）指导思想。以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神。',
        '（二）工作目标。到2025年，全省累计推动1万家中小企业实施数字化改造。',
        '三、保障措施',
        '（一）加强组织领导。建立由省工信厅牵头、有关部门参加的工作推进机制。',
        '（二）强化宣传推广。及时总结推广典型经验做法。',
      ].join('\n'),
    );
  });

  it('numbers （一）…（八） tasks running on across parts by their own numbers, a closing 保障措施 left out, a task without a note still flagged', () => {
    const plan = fixture('digital-government-scheme.txt');
    expect(plan.sections.map((s) => s.numeral)).toEqual(['一', '二', '三']);
    expect(plan.tasks.map((t) => [t.seq, plan.sections[t.sectionIndex!]!.numeral])).toEqual([
      ['一', '一'], ['二', '一'], ['三', '一'], ['四', '二'], ['五', '二'], ['六', '二'], ['七', '三'], ['八', '三'],
    ]);
    expect(plan.warnings).toEqual([]);
    expect(plan.tasks[4]!.warnings).toEqual([NO_PARENTHESIS]);
    // Time limits not of the usual kind are read, and the task says how, for the official to check.
    expect(plan.tasks.slice(6).map((t) => [t.deadline, t.warnings])).toEqual([
      [
        '2024-12-31',
        ['完成时限“2024年底前基本建成，2025年全面推广”分阶段写明，已按写有“前”的“2024年底前基本建成”（2024-12-31）理解，“2025年全面推广”不作为完成时限，请核对'],
      ],
      [
        '2024-12-31',
        [
          '“省司法厅、省数据局负责”未写明哪个单位牵头，已按列第一位的“省司法厅”为牵头单位处理',
          '完成时限“列入2024年省政府立法计划”没有写明完成时间，已按2024年底（2024-12-31）理解，请核对',
        ],
      ],
    ]);
    expect(plan.description).toMatch(/四、保障措施\n（一）加强组织领导。.*\n（二）加强考核评估。将数字政府建设工作纳入年度目标责任考核。$/);
  });

  it('reads a note or a label wrapped over lines as its task\'s, with no line break kept and the next task apart', () => {
    const plan = parsePlanText(
      [
        '2024年全省工作要点',
        '一、强化保护',
        '1. 开展专利转化专项行动。推动一批专利产业化。（省知识产权局牵头；',
        '省科技厅配合。2024年底前完成）',
        '2. 建设知识产权公共服务平台。（省知识产权局牵头，省财政厅配合。',
        '2024年底前完成）',
        '3. 开展知识产权保险试点，推动一批（省知识产权局牵头，省地方金融',
        '管理局配合，2024年6月底前完成）',
        '4. 开展行政裁决示范建设。',
        '牵头单位：省司法厅',
        '配合单位：省知识产权局、省法院、',
        '省检察院',
        '完成时限：2024年9月底前',
        '5. 加强知识产权人才培养。（省人社厅牵头，2024年底前完成）',
      ].join('\n'),
    );
    expect(plan.sections).toEqual([{ numeral: '一', title: '强化保护' }]);
    expect(plan.tasks.map((t) => [t.seq, t.content, t.responsibilityText, t.units.lead, t.units.cooperating, t.deadline])).toEqual([
      ['1', '开展专利转化专项行动。推动一批专利产业化。', '省知识产权局牵头；省科技厅配合。2024年底前完成', ['省知识产权局'], ['省科技厅'], '2024-12-31'],
      ['2', '建设知识产权公共服务平台。', '省知识产权局牵头，省财政厅配合。2024年底前完成', ['省知识产权局'], ['省财政厅'], '2024-12-31'],
      ['3', '开展知识产权保险试点，推动一批', '省知识产权局牵头，省地方金融管理局配合，2024年6月底前完成', ['省知识产权局'], ['省地方金融管理局'], '2024-06-30'],
      ['4', '开展行政裁决示范建设。', '牵头单位：省司法厅；配合单位：省知识产权局、省法院、省检察院；完成时限：2024年9月底前', ['省司法厅'], ['省知识产权局', '省法院', '省检察院'], '2024-09-30'],
      ['5', '加强知识产权人才培养。', '省人社厅牵头，2024年底前完成', ['省人社厅'], [], '2024-12-31'],
    ]);
    expect(plan.tasks.flatMap((t) => t.warnings)).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });

  it('keeps "1." tasks with "（1）" sub-items together as one task', () => {
    const plan = parsePlanText(
      [
        '2023年重点工作',
        '一、强化保护',
        '1. 推进保护中心建设，重点做好以下工作：',
        '（1）完善快速预审机制；',
        '（2）扩大备案主体范围；',
        '（3）提升预审质量。（省知识产权局牵头，2023年12月底前）',
        '2. 开展行政裁决示范建设。（省司法厅牵头，省知识产权局配合，2023年9月底前）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.seq)).toEqual(['1', '2']);
    expect(plan.tasks[0]!.content).toBe('推进保护中心建设，重点做好以下工作：\n（1）完善快速预审机制；\n（2）扩大备案主体范围；\n（3）提升预审质量。');
    expect(plan.tasks[0]!.deadline).toBe('2023-12-31');
  });

  it('reads deadlines without a year in the plan\'s last year, and says so when the plan spans years', () => {
    const plan = parsePlanText(
      ['2023—2024年知识产权工作要点', '1. 开展宣传。（省知识产权局牵头，上半年）', '2. 完成验收。（省知识产权局牵头，年底前）'].join('\n'),
    );
    expect([plan.startYear, plan.endYear]).toEqual([2023, 2024]);
    expect(plan.tasks.map((t) => t.deadline)).toEqual(['2024-06-30', '2024-12-31']);
    expect(plan.tasks[0]!.warnings).toEqual(['完成时限“上半年”未写年份，已按2024年理解']);
  });

  it('reads a time limit that only says when the work starts as no deadline, without asking for a year', () => {
    const plan = parsePlanText(
      [
        '2024年全省科技创新重点任务分工方案',
        '1. 建设省重点实验室。（省科技厅负责 2024年10月起实施）',
        '2. 开展统计监测。（省财政厅牵头，省统计局配合。2024年起）',
        '3. 完成验收。（省科技厅负责，年底前）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.deadlineText, t.deadline, t.continuous, t.warnings])).toEqual([
      ['2024年10月起实施', null, false, []],
      ['2024年起', null, false, []],
      ['年底前', '2024-12-31', false, []],
    ]);
    // Without the plan's year a limit without one still cannot be dated, and says so.
    expect(parsePlanText('1. 完成验收。（省科技厅负责，年底前）', { title: '工作要点' }).tasks[0]!.warnings).toEqual(['完成时限“年底前”未写年份，计划年份不明，无法确定日期']);
  });

  it('flags gaps in numbering, stray text and text it cannot read', () => {
    const plan = parsePlanText(
      [
        '2023年工作要点',
        '1. 开展甲工作。（省甲厅牵头，2023年6月底前）',
        '以上工作请认真落实。',
        '3. 开展丙工作。（省丙厅牵头，尽快完成）',
        '4. 开展丁工作。（省丁厅督办，2023年底前）',
      ].join('\n'),
    );
    expect(plan.warnings).toEqual([
      '有 1 段文字不属于任何任务，未列入台账：“以上工作请认真落实。”',
      '任务编号从 1 直接到 3，请检查是否有任务未被识别',
    ]);
    expect(plan.tasks[1]!.warnings).toEqual(['无法识别完成时限“尽快完成”，请填写日期']);
    // An unknown role word leaves the unit's role open: read as lead, and said so.
    expect(plan.tasks[2]!.warnings).toEqual(['“省丁厅督办”未写明牵头、负责还是配合，已按牵头单位处理']);
  });

  it('says a document of numbered points with no unit named anywhere may not be a work plan', () => {
    const notice = ['关于召开年度工作会议的通知', '1. 会议时间：3月5日上午9时。', '2. 会议地点：省政府第三会议室。', '3. 请各单位于3月1日前报送参会名单。'].join('\n');
    const plan = parsePlanText(notice, { sourceName: '会议通知.docx' });
    expect(plan.warnings[0]).toBe('3 项任务都没有识别出责任单位（末尾括号中的牵头单位等），这份文件可能不是工作要点，请核对后再导入');
    // One task with its units is enough to read the document as a plan with gaps.
    const plan2 = parsePlanText(`${notice}\n4. 做好会务保障。（省政府办公厅牵头，3月5日前）`);
    expect(plan2.warnings.some((w) => w.includes('可能不是工作要点'))).toBe(false);
  });

  it('keeps a closing 保障措施 part, subsections and all, as the plan\'s text without questioning it', () => {
    const plan = parsePlanText(
      [
        '2024年工作要点',
        '一、提升政务服务效能',
        '1．推行企业开办全程网办。（省政务服务局牵头。2024年6月底前完成）',
        '二、保障措施',
        '（一）加强组织领导。省政府成立领导小组，统筹推进各项工作。',
        '（二）加大资金支持。省财政统筹安排资金。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.seq)).toEqual(['1']);
    expect(plan.sections.map(sectionLabel)).toEqual(['一、提升政务服务效能']);
    expect(plan.warnings).toEqual([]);
    expect(plan.description).toContain('省财政统筹安排资金');
  });

  it('warns, instead of dropping silently, about a later section whose tasks it could not number', () => {
    const plan = parsePlanText(
      ['2024年工作要点', '一、提升政务服务效能', '1．推行企业开办全程网办。（省政务服务局牵头。2024年6月底前完成）', '2．优化工程建设项目审批流程。（省住建厅牵头，省自然资源厅配合。2024年第三季度）', '二、强化要素保障', '完善融资服务平台。（省财政厅负责。持续推进）'].join('\n'),
    );
    expect(plan.tasks.map((t) => t.seq)).toEqual(['1', '2']);
    expect(plan.warnings.some((w) => w.startsWith('“二、强化要素保障”下没有识别出编号任务'))).toBe(true);
  });

  it('reads tasks numbered at another level than the rest, each by its own note, and numbers them apart', () => {
    const tasks = (lines: string[]) => parsePlanText(lines.join('\n')).tasks.map((t) => [t.seq, t.content, t.units.lead, t.deadlineText]);
    // "2." beside the heading "1.", with a note of its own and nothing below it, is a task; the tasks under "1." are 1.1–1.2.
    expect(
      tasks([
        '2023年法治政府建设工作要点',
        '一、依法全面履行政府职能',
        '1.深化“放管服”改革',
        '（1）全面实行行政许可事项清单管理。（省政务服务局牵头，省直各部门按职责分工负责。2023年6月底前）',
        '（2）推进“证照分离”改革全覆盖。（省市场监管局牵头，省直有关部门配合。2023年12月底前）',
        '2.优化法治化营商环境。（省司法厅牵头，省发展改革委配合。长期坚持）',
      ]),
    ).toEqual([
      ['1.1', '全面实行行政许可事项清单管理。', ['省政务服务局'], '2023年6月底前'],
      ['1.2', '推进“证照分离”改革全覆盖。', ['省市场监管局'], '2023年12月底前'],
      ['2', '优化法治化营商环境。', ['省司法厅'], '长期坚持'],
    ]);
    // "1." without a note over sub-items that each have one is their heading; "2." with 牵头单位：lines stays a task.
    expect(
      tasks([
        '数字政府建设实施方案',
        '（一）夯实数字基础设施',
        '1.建设全省一体化政务云平台',
        '（1）完成省级政务云扩容。（责任单位：省大数据中心；完成时限：2023年6月底前）',
        '（2）推进市县政务云整合迁移。（责任单位：各市政府，省大数据中心配合；完成时限：2023年底）',
        '2.完善电子政务外网',
        '责任单位：省委网信办',
        '完成时限：2023年12月底前',
      ]),
    ).toEqual([
      ['1.1', '完成省级政务云扩容。', ['省大数据中心'], '2023年6月底前'],
      ['1.2', '推进市县政务云整合迁移。', ['各市政府'], '2023年底'],
      ['2', '完善电子政务外网', ['省委网信办'], '2023年12月底前'],
    ]);
    // A numbered sub-item after its task's note has closed it, with a note of its own, is a task too.
    const later = parsePlanText(
      ['2024年工作要点', '一、提升政务服务效能', '1．推行企业开办全程网办。（省政务服务局牵头。2024年6月底前完成）', '二、强化要素保障', '（1）完善融资服务平台。（省财政厅负责。持续推进）'].join('\n'),
    );
    expect(later.tasks.map((t) => [t.seq, t.content])).toEqual([
      ['1.1', '推行企业开办全程网办。'],
      ['2.1', '完善融资服务平台。'],
    ]);
  });

  it('refuses a plan of more than 20,000 tasks, saying how many it has', () => {
    // Three parts of 7,000 tasks each, numbered afresh in each part.
    const lines = ['2024年工作要点'];
    for (const part of ['一', '二', '三']) {
      lines.push(`${part}、第${part}部分工作`);
      for (let n = 1; n <= 7000; n++) lines.push(`${n}. 推进第${n}项工作。（省甲厅牵头，2024年底前）`);
    }
    expect(() => parsePlanText(lines.join('\n'))).toThrow('计划共有 21,000 项任务，超过上限 20,000 项，未导入，没有保存任何内容。');
  });

  it('parses a 2,000-task plan of twenty sections', () => {
    const lines = ['2023年工作要点'];
    for (let s = 0; s < 20; s++) {
      lines.push(`${'一二三四五六七八九十'[s % 10]}${s >= 10 ? '' : ''}、第${s + 1}部分工作`);
      for (let t = 0; t < 100; t++) {
        const n = s * 100 + t + 1;
        lines.push(`${n}. 推进第${n}项重点工作，完善相关机制，加强督促检查和跟踪问效，确保各项措施落地见效。（省知识产权局牵头，省财政厅、省科技厅按职责分工负责；国家知识产权局运用促进司负责。2023年12月底前完成）`);
      }
    }
    const text = lines.join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks).toHaveLength(2000);
    expect(plan.tasks[1999]!.units.national).toEqual(['国家知识产权局运用促进司']);
  });
});
