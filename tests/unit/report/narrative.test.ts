import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../electron/core/report/blocks';
import { cnNumeral, excerpt, isNothing, nameList, percent, seqList, taskGist, withoutClause } from '../../../electron/core/report/wording';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { decode, readBack } from '../../helpers/docx';
import { importPlan, planOf, saveReports } from '../../helpers/reportData';

describe('wording helpers', () => {
  it('writes numerals, percentages and task lists the way a notice does', () => {
    expect([1, 10, 12, 20, 21, 99, 100, 105, 110].map(cnNumeral)).toEqual(['一', '十', '十二', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十']);
    expect([0, 1 / 6, 0.25, 1].map(percent)).toEqual(['0%', '16.7%', '25%', '100%']);
    expect(seqList(['2', '3'])).toBe('第2、3项');
    expect(seqList(['1', '2', '3', '4'], 2)).toBe('第1、2等4项');
    expect(nameList(['省财政厅', '省法院'])).toBe('省财政厅、省法院');
    // “…等19个未报送” reads as if a word were missing.
    expect(nameList(['省财政厅', '省法院', '省人社厅'], 2)).toBe('省财政厅、省法院等3个单位');
  });

  it('takes the first sentence of a unit’s text, cut at a comma when long', () => {
    expect(excerpt('1. 已完成立项。正在招标。')).toBe('已完成立项');
    const long = '组织召开全省知识产权工作推进会议，部署年度重点任务，印发工作方案并分解到各市县，建立月调度季通报机制，确保各项任务按期完成';
    expect(excerpt(long)).toBe('组织召开全省知识产权工作推进会议，部署年度重点任务，印发工作方案并分解到各市县，建立月调度季通报机制');
  });

  it('takes what was done, not the title of a 一是… item', () => {
    expect(excerpt('一是强化顶层设计。印发《强省建设纲要2023年度推进计划》，明确6个方面32项重点任务，逐项明确责任单位和完成时限，建立季度调度机制。二是抓好条例实施。')).toBe(
      '印发《强省建设纲要2023年度推进计划》，明确6个方面32项重点任务，逐项明确责任单位和完成时限，建立季度调度机制',
    );
    // An item that says what was done in its first sentence keeps it; so does an item of items.
    expect(excerpt('一是完成了项目立项和方案编制工作。二是开展招标。')).toBe('完成了项目立项和方案编制工作');
    expect(excerpt('一是完成立项；二是开展招标。')).toBe('完成立项');
  });

  it('makes a task’s gist of its first clause, the main clause joined to an opening adverbial', () => {
    expect(taskGist('推进乙工程，完善配套制度。')).toBe('推进乙工程');
    expect(taskGist('对引进的海内外高层次人才和急需紧缺知识产权人才,可根据其专业、工作经历、学术技术水平和业绩贡献,直接认定相应职称。')).toBe(
      '对引进的海内外高层次人才和急需紧缺知识产权人才直接认定相应职称',
    );
    expect(taskGist('在新建保护中心时，增加公共服务职能。')).toBe('在新建保护中心时增加公共服务职能');
    // 对接 is a verb: its clause stands alone.
    expect(taskGist('对接中小企业实际需求，促进专利转化实施。')).toBe('对接中小企业实际需求');
    expect(taskGist('围绕重点产业链，开展专利导航，建设专题数据库，培育高价值专利组合，形成一批具有国际竞争力的知识产权密集型企业集群。')).toBe(
      '围绕重点产业链形成一批具有国际竞争力的知识产权密集型企业集群',
    );
  });

  it('makes the gist of a task read from a plan table of its 具体措施, not the 重点任务 heading the tasks under it share', () => {
    expect(taskGist('深化“高效办成一件事”改革\n推出企业开办、不动产登记、员工招聘等第二批“一件事”集成服务清单，实现一次告知。')).toBe(
      '推出企业开办、不动产登记、员工招聘等第二批“一件事”集成服务清单',
    );
    expect(taskGist('深化“高效办成一件事”改革\n建立“一件事”办理情况月调度机制，对办件量少的事项及时优化流程。')).toBe('建立“一件事”办理情况月调度机制');
    // A first line that ends a sentence is the task's own first sentence.
    expect(taskGist('推进乙工程。\n完善配套制度。')).toBe('推进乙工程');
  });

  it('cuts a long gist only where the task’s words allow, saying 等 only for what a cut between items left out', () => {
    // One clause a little over the length: whole, not cut inside “对接联动”.
    expect(taskGist('加快“12345”政务服务便民热线与110、119、120、122热线高效对接联动，提升诉求办理质效。')).toBe(
      '加快“12345”政务服务便民热线与110、119、120、122热线高效对接联动',
    );
    // Much longer: cut after an item of its list, and 等 for the rest.
    expect(taskGist('统筹推进政务服务中心、便民服务中心、党群服务中心、新时代文明实践中心、社区综合服务设施和城乡社区治理平台一体化建设。')).toBe(
      '统筹推进政务服务中心、便民服务中心、党群服务中心、新时代文明实践中心等',
    );
    // Not inside a quoted name, and not mid-word where no list gives a place to cut.
    const gist = taskGist('推动“数字政府建设与政务数据共享开放和公共数据授权运营及数据要素市场化配置改革综合试点工作方案”落地实施并形成可复制可推广的经验做法');
    expect(gist).toBe('推动“数字政府建设与政务数据共享开放和公共数据授权运营及数据要素市场化配置改革综合试点工作方案”落地实施并形成可复制可推广的经验做法');
  });

  it('drops a phrase only where it stands as a clause of its own', () => {
    expect(withoutClause('系统已上线，但业务尚未开展，进度滞后', '进度滞后')).toBe('系统已上线，但业务尚未开展');
    expect(withoutClause('因审批原因进度滞后', '进度滞后')).toBe('因审批原因进度滞后');
  });

  it('treats 无, 暂无 and a dash as no problem', () => {
    expect(['无', '暂无。', ' / ', '—', ''].every(isNothing)).toBe(true);
    expect(isNothing('资金不足')).toBe(false);
  });

  it('styles lines by their opening: 一、 heading, （一） sub-heading phrase, else body', () => {
    expect(toBlocks('一、总体情况\n（一）压实责任。请各单位按期报送。\n普通段落。\n\n')).toEqual([
      { kind: 'heading', text: '一、总体情况' },
      { kind: 'body', lead: '（一）压实责任。', text: '请各单位按期报送。' },
      { kind: 'body', lead: '', text: '普通段落。' },
    ]);
    // A long line opening with 一、 is a paragraph, not a heading.
    expect(toBlocks('一、这是一段很长的正文。后面还有更多内容，不能当作标题来排版。')[0]!.kind).toBe('body');
  });
});

describe('通报 of a plan without sections, nothing reported yet', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await importPlan(
      b,
      planOf(
        '无分部分的工作要点',
        [],
        Array.from({ length: 12 }, (_, i) => ({ seq: String(i + 1), lead: [i % 2 ? '甲局' : '乙厅'], deadline: i < 3 ? '2023-06-30' : null, content: `开展第${i + 1}项工作。` })),
      ),
    );
    await saveReports(b, planId, '2023Q3', [
      { seq: '4', unit: '甲局', status: 'on_track', progress: '已启动。', problems: '暂无' },
      { seq: '6', unit: '甲局', status: 'on_track', progress: '正在推进，已与银行对接。', problems: '暂无' },
    ]);
  });

  it('describes the tasks without inventing sections, and names what is missing', async () => {
    const { narrative: n } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(n.overview).toContain('确定的12项任务中，已完成0项，正常推进2项，未报送进展10项，完成率0%。');
    // Nobody reported on them: past the deadline, with no report to say they are unfinished.
    expect(n.overview).toContain('其中，第1项（开展第1项工作）、第2项（开展第2项工作）、第3项（开展第3项工作）已过完成时限，本期未报送进展，需重点督办。');
    expect(n.overview).toContain('本期应报送推进情况的单位2个，已报送1个（其中甲局报送不全），乙厅未报送。');
    // Both are asked to catch up: 甲局 on the tasks it left out.
    expect(n.nextSteps).toContain('按时报送推进情况。请乙厅在下期报送时一并补报本期推进情况，甲局补报本期未报送任务的推进情况，确保台账信息完整准确。');
    const sections = n.sections.split('\n');
    expect(sections[0]).toBe('二、各项任务推进情况');
    expect(sections[1]).toMatch(/^第1项（开展第1项工作）已超过完成时限，且未报送进展情况；.*第4项（开展第4项工作）正常推进，已启动；.*其余4项任务推进情况详见附件。$/);
    // Not “正常推进，正在推进，已与银行对接”.
    expect(sections[1]).toContain('；第6项（开展第6项工作）正常推进，已与银行对接；');
    expect(n.problems.split('\n')).toEqual([
      '三、存在的问题',
      '（一）任务推进和报送方面。一是第1、2、3项任务已过完成时限，本期未报送进展；二是乙厅未按时报送本期推进情况。',
    ]);
  });

  it('names the units that reported only after the plan’s 报送时限, and no late one without it', async () => {
    // The reports above were saved today, long after 2023年10月10日.
    await b.call('plans.update', { planId, reportDueDays: 10 });
    const summary = await b.call('reports.summary', { planId, period: '2023Q3' });
    expect([summary.dueDate, summary.lateUnits]).toEqual(['2023-10-10', ['甲局']]);
    const { narrative: late } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(late.overview).toContain('本期应报送推进情况的单位2个，已报送1个（其中甲局报送不全，甲局逾期报送），乙厅未报送。');
    expect(late.problems).toContain('二是乙厅未按时报送本期推进情况；三是甲局逾期报送。');
    // The 汇总表 says so too: the due date over 未报送单位, the late units under it, and 统计's 本期报送.
    const xlsx = await b.call('reports.export', { planId, period: '2023Q3', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ExcelJS.Buffer);
    const texts = (name: string) => {
      const out: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => void out.push(String(cell.value))));
      return out;
    };
    expect(texts('未报送单位')).toEqual(expect.arrayContaining(['报送时限2023年10月10日，共1个单位未报送', '另有1个单位逾期报送：甲局']));
    expect(texts('统计')).toContain('部分报送（逾期）');
    await b.call('plans.update', { planId, reportDueDays: null });
    expect((await b.call('reports.summary', { planId, period: '2023Q3' })).lateUnits).toEqual([]);
  });

  it('says which missing units were reminded, in the overview and beside them in 未报送单位', async () => {
    const before = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(before.narrative.overview).toContain('，乙厅未报送。');
    await b.call('submissions.remind', { planId, period: '2023Q3' });
    const summary = await b.call('reports.summary', { planId, period: '2023Q3' });
    const today = new Date().toLocaleDateString('sv-SE');
    // 甲局 reported in part and was reminded too; only 乙厅 sent nothing. (In the order of byUnit.)
    expect(summary.reminders).toEqual(expect.arrayContaining([{ unit: '甲局', remindedOn: [today] }, { unit: '乙厅', remindedOn: [today] }]));
    expect(summary.reminders).toHaveLength(2);
    const { narrative } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(narrative.overview).toContain('，乙厅未报送（均经催报）。');
    expect(narrative.problems).toContain('二是乙厅未按时报送本期推进情况，经催报仍未报送。');
    const xlsx = await b.call('reports.export', { planId, period: '2023Q3', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ExcelJS.Buffer);
    const rows: string[][] = [];
    wb.getWorksheet('未报送单位')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows.find((r) => r[0] === '序号')?.at(-1)).toBe('催报日期');
    const [y, m, d] = today.split('-').map(Number);
    expect(rows.find((r) => r[1] === '乙厅')?.at(-1)).toBe(`${y}年${m}月${d}日`);
  });

  it('asks the units that reported in part, and none missing, for the tasks they left out', async () => {
    await saveReports(b, planId, '2023Q3', [{ seq: '1', unit: '乙厅', status: 'on_track', progress: '已部署。' }]);
    const { narrative: n } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(n.overview).toContain('本期应报送推进情况的单位2个，均已报送（其中乙厅、甲局报送不全）。');
    expect(n.nextSteps).toContain('按时报送推进情况。请上述报送不全的单位在下期报送时一并补报本期未报送任务的推进情况，确保台账信息完整准确。');
  });
});

describe('通报 of a period nobody reported for, ten units behind', () => {
  let planId: number;
  const units = ['甲局', '乙厅', '丙委', '丁办', '戊局', '己厅', '庚委', '辛办', '壬局', '癸厅'];
  const b = backendPerSuite(async (b) => {
    planId = await importPlan(
      b,
      planOf('十个单位的工作要点', [], [
        ...units.map((unit, i) => ({ seq: String(i + 1), lead: [unit], content: `开展第${i + 1}项工作。` })),
        // Due next quarter, with no lead unit: its jointly responsible units are the ones asked.
        { seq: '11', lead: [], joint: ['甲局', '乙厅'], deadline: '2023-12-31', content: '联合开展评估。' },
      ]),
    );
  });

  it('names every unit that sent nothing, speaks of no units’ reports, and asks the right units', async () => {
    const { narrative: n } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(n.overview).toContain('现将2023年第三季度推进情况通报如下：');
    expect(n.overview).not.toContain('各责任单位报送的');
    expect(n.overview).toContain(`本期应报送推进情况的单位10个，已报送0个，${units.join('、')}10个单位未报送。`);
    const steps = n.nextSteps.split('\n');
    expect(steps).toContain('（一）抓好临期任务落实。第11项任务将于2023年第四季度到期，请各责任单位倒排工期、压实责任，确保按期保质完成。');
    expect(steps).toContain('（二）按时报送推进情况。请上述未报送单位在下期报送时一并补报本期推进情况，确保台账信息完整准确。');
  });
});

describe('通报 sentences on tasks whose units say their status and enumerate', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await importPlan(
      b,
      planOf('工作要点', [], [
        { seq: '1', lead: ['甲局'], deadline: '2023-12-31', content: '强化顶层设计与区域协同。' },
        { seq: '2', lead: ['甲局'], deadline: '2023-06-30', content: '推进保护中心建设。' },
        { seq: '3', lead: ['甲局'], deadline: '2024-06-30', content: '对引进的高层次人才,可根据其业绩贡献,直接认定相应职称。' },
      ]),
    );
    await saveReports(b, planId, '2023Q3', [
      { seq: '1', unit: '甲局', status: 'on_track', progress: '一是强化顶层设计。印发年度推进计划，明确32项重点任务。二是抓好条例实施。' },
      { seq: '2', unit: '甲局', status: 'delayed', progress: '预审系统已上线试运行，但快速确权业务尚未开展，进度滞后。' },
      { seq: '3', unit: '甲局', status: 'completed', progress: '认定高层次人才23名。' },
    ]);
  });

  it('says each status once, speaks of what was done and names the task by a whole phrase', async () => {
    const { narrative: n } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(n.sections).toContain('第1项（强化顶层设计与区域协同）正常推进，印发年度推进计划，明确32项重点任务；');
    expect(n.sections).toContain('第2项（推进保护中心建设）已超过完成时限，目前进度滞后，预审系统已上线试运行，但快速确权业务尚未开展；');
    expect(n.sections).toContain('第3项（对引进的高层次人才直接认定相应职称）已完成，认定高层次人才23名。');
  });
});

describe('通报 of tasks several units report on', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await importPlan(
      b,
      planOf('测试工作要点', [], [
        // No lead: the status is combined from three jointly responsible units.
        { seq: '1', joint: ['乙厅', '丙委', '丁办'], deadline: '2023-12-31', content: '开展联合执法行动。' },
        // The lead says 已完成, a jointly responsible unit 滞后: the lead's status is the task's.
        { seq: '2', lead: ['甲局'], joint: ['乙厅'], deadline: '2023-12-31', content: '建设公共服务平台。' },
        // The reverse.
        { seq: '3', lead: ['甲局'], joint: ['乙厅'], deadline: '2023-12-31', content: '完善配套制度。' },
        // The lead gives its status without text: the overruled unit's text is not the task's progress.
        { seq: '4', lead: ['甲局'], joint: ['乙厅'], deadline: '2023-12-31', content: '推进数据共享。' },
      ]),
    );
    await saveReports(b, planId, '2023Q3', [
      { seq: '1', unit: '乙厅', status: 'on_track', progress: '开展专项检查3次，查处案件12起。' },
      { seq: '1', unit: '丙委', status: 'on_track', progress: '制定联合执法方案。' },
      { seq: '1', unit: '丁办', status: 'delayed', progress: '人员尚未到位。' },
      { seq: '2', unit: '甲局', status: 'completed', progress: '平台已上线运行。' },
      { seq: '2', unit: '乙厅', status: 'delayed', progress: '数据接口尚未打通。' },
      { seq: '3', unit: '甲局', status: 'delayed', progress: '制度草案正在征求意见。' },
      { seq: '3', unit: '乙厅', status: 'completed', progress: '配套细则起草完毕。' },
      { seq: '4', unit: '甲局', status: 'completed', progress: '' },
      { seq: '4', unit: '乙厅', status: 'delayed', progress: '数据目录尚未编制。' },
    ]);
  });

  const SENTENCES = [
    // Each reporting unit briefly, by name, the one whose status decided the task's first.
    '第1项（开展联合执法行动）进度滞后，丁办：人员尚未到位；乙厅：开展专项检查3次，查处案件12起；丙委：制定联合执法方案',
    // A conflict between the lead and another unit is stated once; the rule that settles it is not the notice's to explain.
    '第2项（建设公共服务平台）已完成，平台已上线运行（乙厅报为进度滞后：数据接口尚未打通）',
    '第3项（完善配套制度）进度滞后，制度草案正在征求意见（乙厅报为已完成：配套细则起草完毕）',
    '第4项（推进数据共享）已完成（乙厅报为进度滞后：数据目录尚未编制）',
  ];

  it('quotes each unit of a task without a lead, and states a lead’s status over another unit’s once, without the rule', async () => {
    const { narrative } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(narrative.sections).toBe(`二、各项任务推进情况\n${SENTENCES.join('；')}。`);
  });

  it('prints the same sentences in the .docx and the print view', async () => {
    const docx = decode(await readBack((await b.call('reports.export', { planId, period: '2023Q3', format: 'docx' })).bytes));
    const html = new TextDecoder().decode((await b.call('reports.export', { planId, period: '2023Q3', format: 'html' })).bytes).replace(/<[^>]+>/g, '');
    for (const sentence of SENTENCES) {
      expect(docx, sentence).toContain(sentence);
      expect(html, sentence).toContain(sentence);
    }
    for (const text of [docx, html]) expect(text).not.toContain('状态以牵头单位报送为准');
  });
});

describe('通报 of tasks whose other units said 无 or claimed their part done', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await importPlan(
      b,
      planOf('测试工作要点', [], [
        // The lead says 正常推进, its cooperating unit 已完成: the task goes on, the unit's word is noted.
        { seq: '1', lead: ['甲局'], cooperating: ['丁会'], deadline: '2023-12-31', content: '申报指导中心分中心。' },
        // The lead says 滞后, a jointly responsible unit 正常推进 with nothing to say.
        { seq: '2', lead: ['甲局'], joint: ['乙厅'], deadline: '2023-12-31', content: '实施专利转化专项计划。' },
        // No lead: one of the units writes only 无.
        { seq: '3', joint: ['乙厅', '丙委'], deadline: '2023-12-31', content: '开展联合执法行动。' },
      ]),
    );
    await saveReports(b, planId, '2023Q3', [
      { seq: '1', unit: '甲局', status: 'on_track', progress: '申报材料已报送国家知识产权局。' },
      { seq: '1', unit: '丁会', status: 'completed', progress: '配合工作已完成。' },
      { seq: '2', unit: '甲局', status: 'delayed', progress: '实施方案征求意见中。' },
      { seq: '2', unit: '乙厅', status: 'on_track', progress: '无' },
      { seq: '3', unit: '乙厅', status: 'on_track', progress: '开展专项检查3次。' },
      { seq: '3', unit: '丙委', status: 'on_track', progress: '无。' },
    ]);
  });

  const SENTENCES = [
    '第1项（申报指导中心分中心）正常推进，申报材料已报送国家知识产权局（丁会报为已完成：配合工作已完成）',
    '第2项（实施专利转化专项计划）进度滞后，实施方案征求意见中（乙厅报为正常推进）',
    '第3项（开展联合执法行动）正常推进，乙厅：开展专项检查3次',
  ];

  it('notes a unit’s 已完成 the lead has not confirmed, and never quotes 无 as a unit’s progress', async () => {
    const { narrative } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(narrative.sections).toBe(`二、各项任务推进情况\n${SENTENCES.join('；')}。`);
  });

  it('prints the same in the .docx and the print view', async () => {
    const docx = decode(await readBack((await b.call('reports.export', { planId, period: '2023Q3', format: 'docx' })).bytes));
    const html = new TextDecoder().decode((await b.call('reports.export', { planId, period: '2023Q3', format: 'html' })).bytes).replace(/<[^>]+>/g, '');
    for (const sentence of SENTENCES) {
      expect(docx, sentence).toContain(sentence);
      expect(html, sentence).toContain(sentence);
    }
    // The 附件 lists every unit's text as reported; the notice's own sentences quote none that says nothing.
    for (const text of [docx, html]) expect(text.split('附件：')[0]).not.toMatch(/[：:]无[。；）]/);
  });
});

describe('通报 title of a plan whose name runs past a title line', () => {
  let planId: number;
  let otherId: number;
  let shortId: number;
  const b = backendPerSuite(async (b) => {
    shortId = await importPlan(b, planOf('关于加快推进数字政府建设的实施方案', [], [{ seq: '1', lead: ['甲局'], deadline: '2023-12-31', content: '推进乙工程。' }]));
    planId = await importPlan(b, planOf('四川省2023年生态环境保护重点工作任务分工方案', [], [{ seq: '1', lead: ['甲局'], deadline: '2023-12-31', content: '推进乙工程。' }]));
    otherId = await importPlan(
      b,
      planOf('省政府和国家知识产权局共建高质量转型发展知识产权强省实施方案', [], [{ seq: '1', lead: ['甲局'], deadline: '2023-12-31', content: '推进乙工程。' }]),
    );
  });

  it('breaks the plan’s name between words, in lines of about equal length (GB/T 9704: 回行时词意完整)', async () => {
    const title = async (id: number) => (await b.call('reports.narrative', { planId: id, period: '2023Q3' })).narrative.title;
    // Before, the first line ran on past the page's width and the renderer broke it mid-word (“重点工|作”).
    expect(await title(planId)).toBe('关于《四川省2023年\n生态环境保护重点工作任务分工方案》\n2023年第三季度推进情况的通报');
    expect(await title(otherId)).toBe('关于《省政府和国家知识产权局\n共建高质量转型发展知识产权强省实施方案》\n2023年第三季度推进情况的通报');
    // The name's short last line takes the period after it.
    expect(await title(shortId)).toBe('关于《关于加快推进数字政府建设的\n实施方案》2023年第三季度推进情况的通报');
  });

  it('breaks the 附件 汇总表’s title too, after the name, in the .docx and the printed page', async () => {
    const docx = await readBack((await b.call('reports.export', { planId, period: '2023Q3', format: 'docx' })).bytes);
    // Before, 37 characters of 小二 filled the landscape line and “总表” went on alone.
    expect(docx).toContain('<p><strong>《四川省2023年生态环境保护重点工作任务分工方案》<br />2023年第三季度推进情况汇总表</strong></p>');
    const html = new TextDecoder().decode((await b.call('reports.export', { planId, period: '2023Q3', format: 'html' })).bytes);
    expect(html).toContain('<h2>《四川省2023年生态环境保护重点工作任务分工方案》<br>2023年第三季度推进情况汇总表</h2>');
    // One that fits stays one line.
    const short = await readBack((await b.call('reports.export', { planId: shortId, period: '2023Q3', format: 'docx' })).bytes);
    expect(short).toContain('<p><strong>《关于加快推进数字政府建设的实施方案》2023年第三季度推进情况汇总表</strong></p>');
  });
});

describe('通报 of delayed tasks, some of them due next quarter', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await importPlan(
      b,
      planOf('临期工作要点', [], [
        { seq: '1', lead: ['甲局'], deadline: '2023-12-31', content: '建设甲平台。' },
        { seq: '2', lead: ['乙厅'], deadline: '2024-06-30', content: '完善乙制度。' },
        { seq: '3', lead: ['丙委'], deadline: '2023-12-31', content: '开展丙行动。' },
      ]),
    );
    await saveReports(b, planId, '2023Q3', [
      { seq: '1', unit: '甲局', status: 'delayed', progress: '平台招标延后。' },
      { seq: '2', unit: '乙厅', status: 'delayed', progress: '制度草案未成稿。' },
      { seq: '3', unit: '丙委', status: 'on_track', progress: '行动已部署。' },
    ]);
  });

  it('names a task due soon once: 其中 for the delayed ones, 另有 for the rest', async () => {
    const { narrative: n } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(n.overview).toContain('第1、2项任务进度滞后，其中第1项将于2023年第四季度到期。另有第3项任务将于2023年第四季度到期，需加快推进。');
  });

  it('heads the next steps for delayed tasks only as 加快推进滞后任务', async () => {
    const { narrative: n } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(n.nextSteps.split('\n')[1]).toBe('（一）加快推进滞后任务。请甲局（第1项）、乙厅（第2项）认真分析原因，制定针对性措施，明确完成时限，确保尽快完成。');
  });
});

describe('通报 of an overdue task none reports as behind', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await importPlan(
      b,
      planOf('逾期工作要点', [], [
        // No lead: 甲局 has done its part, 乙厅 has not.
        { seq: '1', joint: ['甲局', '乙厅'], deadline: '2023-06-30', content: '联合建设数据库。' },
        { seq: '2', lead: ['丙委'], deadline: '2024-12-31', content: '开展丙行动。' },
      ]),
    );
    await saveReports(b, planId, '2023Q3', [
      { seq: '1', unit: '甲局', status: 'completed', progress: '数据标准已制定。' },
      { seq: '1', unit: '乙厅', status: 'on_track', progress: '数据正在归集。' },
      { seq: '2', unit: '丙委', status: 'on_track', progress: '行动已部署。' },
    ]);
  });

  it('heads the next steps 加快推进逾期任务 and asks only the unit that has not finished its part', async () => {
    const summary = await b.call('reports.summary', { planId, period: '2023Q3' });
    expect([summary.overdue, summary.tasks.filter((t) => t.status === 'delayed')]).toEqual([['1'], []]);
    const { narrative: n } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(n.nextSteps.split('\n')[1]).toBe('（一）加快推进逾期任务。请乙厅（第1项）认真分析原因，制定针对性措施，明确完成时限，确保尽快完成。');
  });

  it('next quarter, with nothing reported, says no more than the deadline passed and still leaves out the unit that finished', async () => {
    const summary = await b.call('reports.summary', { planId, period: '2023Q4' });
    expect(summary.tasks[0]).toMatchObject({ status: 'unreported', overdue: true });
    const { narrative: n } = await b.call('reports.narrative', { planId, period: '2023Q4' });
    expect(n.overview).toContain('其中，第1项（联合建设数据库）已过完成时限，本期未报送进展，需重点督办。');
    expect(n.overview).not.toContain('仍未完成');
    expect(n.nextSteps.split('\n')[1]).toBe('（一）加快推进逾期任务。请乙厅（第1项）认真分析原因，制定针对性措施，明确完成时限，确保尽快完成。');
  });
});

describe('通报 naming a task whose first clause runs a little long', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    const content = '加快“12345”政务服务便民热线与110、119、120、122热线高效对接联动，提升诉求办理质效。';
    planId = await importPlan(b, planOf('热线工作要点', [], [{ seq: '8', lead: ['甲局'], deadline: '2023-06-30', content }]));
  });

  it('quotes it whole, not cut mid-word with 等', async () => {
    const { narrative: n } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    expect(n.overview).toContain('第8项（加快“12345”政务服务便民热线与110、119、120、122热线高效对接联动）');
  });
});

describe('通报 of a plan that is an 实施方案', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await importPlan(b, planOf('2023年数字政府建设实施方案', [], [{ seq: '1', lead: ['甲局'], deadline: null, content: '开展第1项工作。' }]));
  });

  it('names the document by its kind in the closing requirements, not as 工作要点', async () => {
    const { narrative: n } = await b.call('reports.narrative', { planId, period: '2023Q3' });
    const text = Object.values(n).join('\n');
    expect(text).toContain('确保实施方案各项任务落地见效。');
    expect(text).not.toContain('工作要点');
  });
});
