// The responsibility parenthesis and the time limit, clause by clause.
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../electron/core/plan/deadline';
import { isCollectiveUnit } from '../../../electron/core/units/names';
import { withoutStaleWarnings } from '../../../electron/shared/taskWarnings';
import { formatResponsibility, joinCellLines, parseNotes, parseResponsibility, splitTrailingParenthesis, splitUnits } from '../../../electron/core/plan/responsibility';

describe('the trailing parenthesis', () => {
  it('is the last balanced one, with brackets inside names and trailing punctuation allowed', () => {
    expect(splitTrailingParenthesis('加强版权保护。（省委宣传部（省版权局）牵头，省公安厅配合）。')).toEqual({
      content: '加强版权保护。',
      inner: '省委宣传部（省版权局）牵头，省公安厅配合',
    });
    expect(splitTrailingParenthesis('落实《办法(试行)》,推进改革(省知识产权局(版权局)负责)')).toEqual({
      content: '落实《办法(试行)》,推进改革',
      inner: '省知识产权局(版权局)负责',
    });
  });

  it('is not a parenthesis that names no unit, role or time limit', () => {
    expect(splitTrailingParenthesis('修订《专利法实施细则》（2020年修正）')).toBeNull();
    expect(splitTrailingParenthesis('制定知识产权保护办法（试行）')).toBeNull();
    expect(splitTrailingParenthesis('没有括号的任务。')).toBeNull();
    expect(splitTrailingParenthesis('括号不配对）')).toBeNull();
  });
});

describe('units and roles', () => {
  const read = (text: string) => parseResponsibility(text);

  it('reads 牵头 / 按职责分工负责 / 配合 and a national list after a semicolon or a comma', () => {
    expect(read('省知识产权局牵头,省贸促会配合;国家知识产权局保护司负责。2023年12月底前完成')).toEqual({
      units: { lead: ['省知识产权局'], joint: [], cooperating: ['省贸促会'], national: ['国家知识产权局保护司'] },
      deadlineText: '2023年12月底前完成',
      warnings: [],
    });
    expect(read('省法院、省检察院按职责分工负责,国家知识产权局保护司负责。持续推进').units).toEqual({
      lead: [],
      joint: ['省法院', '省检察院'],
      cooperating: [],
      national: ['国家知识产权局保护司'],
    });
  });

  it('reads a lone 负责 as lead, and as joint when someone else leads', () => {
    expect(read('省知识产权局负责').units.lead).toEqual(['省知识产权局']);
    expect(read('省知识产权局牵头，省财政厅负责').units).toMatchObject({ lead: ['省知识产权局'], joint: ['省财政厅'] });
  });

  it('reads a lone 负责 after a semicolon as responsible when the note already names a lead', () => {
    expect(read('省工信厅牵头；省财政厅、省国资委配合；各市人民政府负责。持续推进')).toEqual({
      units: { lead: ['省工信厅'], joint: ['各市人民政府'], cooperating: ['省财政厅', '省国资委'], national: [] },
      deadlineText: '持续推进',
      warnings: [],
    });
    // Sub-items' notes are read apart: each may name a lead of its own.
    expect(parseNotes(['省数据局牵头，省发展改革委配合', '省工信厅负责', '持续推进']).units).toEqual({
      lead: ['省数据局', '省工信厅'],
      joint: [],
      cooperating: ['省发展改革委'],
      national: [],
    });
  });

  it('reads 分别负责, 共同负责 and 各负其责 as joint; 参与, 协助, 协办 as cooperating', () => {
    expect(read('省商务厅、省市场监管局分别负责').units.joint).toEqual(['省商务厅', '省市场监管局']);
    expect(read('省科技厅、省财政厅共同负责').units.joint).toEqual(['省科技厅', '省财政厅']);
    expect(read('省直各部门各负其责').units.joint).toEqual(['省直各部门']);
    expect(read('省教育厅牵头，省科技厅参与，省人社厅协助，省工信厅协办').units).toEqual({
      lead: ['省教育厅'],
      joint: [],
      cooperating: ['省科技厅', '省人社厅', '省工信厅'],
      national: [],
    });
  });

  it('splits "A牵头、B配合" at the 、 after a role word', () => {
    expect(read('省知识产权局牵头、省财政厅配合').units).toMatchObject({ lead: ['省知识产权局'], cooperating: ['省财政厅'] });
  });

  it('gives a national list its ministry and drops a trailing 等', () => {
    expect(splitUnits('国家知识产权局保护司、运用促进司')).toEqual(['国家知识产权局保护司', '国家知识产权局运用促进司']);
    expect(splitUnits('国家知识产权局联席办、战略规划司等')).toEqual(['国家知识产权局联席办', '国家知识产权局战略规划司']);
    expect(splitUnits('国家知识产权局、国家版权局')).toEqual(['国家知识产权局', '国家版权局']);
    expect(splitUnits('省财政厅、省小企业局等')).toEqual(['省财政厅', '省小企业局']);
    expect(splitUnits('省市场监管局、省生态环境厅等省直执法部门')).toEqual(['省市场监管局', '省生态环境厅']);
    expect(splitUnits('省教育厅等相关职能部门')).toEqual(['省教育厅']);
    // A provincial unit after a national one keeps its own name.
    expect(splitUnits('国家知识产权局保护司、省知识产权局')).toEqual(['国家知识产权局保护司', '省知识产权局']);
  });

  it('keeps collective names as one unit', () => {
    expect(read('省知识产权战略实施工作领导小组各成员单位按职责分工负责').units.joint).toEqual(['省知识产权战略实施工作领导小组各成员单位']);
    expect(read('省卫健委、各有关市县政府按职责分工负责').units.joint).toEqual(['省卫健委', '各有关市县政府']);
  });

  it('keeps levels of government listed before the name they share as one collective unit', () => {
    expect(read('各市、县（市、区）人民政府负责，2024年底前')).toEqual({
      units: { lead: ['各市、县（市、区）人民政府'], joint: [], cooperating: [], national: [] },
      deadlineText: '2024年底前',
      warnings: [],
    });
    expect(read('省税务局负责，国家税务总局山西省税务局指导；各市、县（市、区）人民政府配合。长期坚持').units.cooperating).toEqual(['各市、县（市、区）人民政府']);
    expect(splitUnits('省民政厅、各市、县人民政府')).toEqual(['省民政厅', '各市、县人民政府']);
    expect(splitUnits('各设区的市、县（市、区）人民政府')).toEqual(['各设区的市、县（市、区）人民政府']);
    expect(splitUnits('各市县（区）人民政府、省财政厅')).toEqual(['各市县（区）人民政府', '省财政厅']);
    // Words before 各 that pick some of the levels out keep the name whole as well.
    expect(read('沿线各市、县（市、区）人民政府负责，2024年底前')).toEqual({
      units: { lead: ['沿线各市、县（市、区）人民政府'], joint: [], cooperating: [], national: [] },
      deadlineText: '2024年底前',
      warnings: [],
    });
    for (const name of ['有关各市、县人民政府', '相关各市、县（区）政府', '重点各市、县（市、区）人民政府', '试点各市、县人民政府']) expect(splitUnits(`省发展改革委、${name}`), name).toEqual(['省发展改革委', name]);
    // A unit of the province after the levels is a unit of its own.
    expect(splitUnits('各市、省直有关部门')).toEqual(['各市', '省直有关部门']);
    expect(isCollectiveUnit('各市、县（市、区）人民政府')).toBe(true);
  });

  it('takes a few words between 各/有关/相关 and the kind of body (单位, 部门, 企业, 机构…) for a collective name, and no single unit for one', () => {
    const collective = ['省委有关部门', '市直各有关执法部门', '有关行业主管部门', '省各相关职能部门', '市直其他有关部门', '中省驻并有关单位', '省属有关企业', '相关金融机构', '相关园区管委会', '各有关高校'];
    for (const name of collective) expect(isCollectiveUnit(name), name).toBe(true);
    const single = [
      '省发展和改革委员会', '市市场监督管理局', '省人力资源和社会保障厅', '省机关事务管理局', '省直机关工委', '市委机构编制委员会办公室',
      '国家金融监督管理总局山西监管局', '省委军民融合发展委员会办公室', '市行政审批服务管理局', '市营商环境建设监督局', '团市委', '市供销合作社',
      '省知识产权战略实施工作领导小组办公室', '市公共资源交易中心', '省通信管理局', '市城市管理局', '市大数据发展管理局',
      '省地方金融监督管理局', '太原综改示范区管委会', '省属企业监事会', '省机构编制委员会办公室', '省卫生健康委员会', '山西医科大学第一医院',
    ];
    for (const name of single) expect(isCollectiveUnit(name), name).toBe(false);
  });

  it('keeps an office of the committee and the government (省委、省政府督查室) as one unit, and says where it may be two', () => {
    expect(read('省委、省政府督查室牵头，省政府办公厅配合')).toEqual({
      units: { lead: ['省委、省政府督查室'], joint: [], cooperating: ['省政府办公厅'], national: [] },
      deadlineText: '',
      warnings: [],
    });
    expect(splitUnits('太原市委、市政府信访办、省信访局')).toEqual(['太原市委、市政府信访办', '省信访局']);
    // Two offices named in full are two units.
    expect(splitUnits('省委办公厅、省政府办公厅')).toEqual(['省委办公厅', '省政府办公厅']);
    // "两办" are often written this way: one unit, which the official should confirm.
    expect(read('省委、省政府办公厅牵头')).toMatchObject({
      units: { lead: ['省委、省政府办公厅'] },
      warnings: ['“省委、省政府办公厅”已按一个单位处理；如指“省委办公厅”“省政府办公厅”两个单位，请分开填写'],
    });
    // A bare 省委 left before another body is never made a unit silently.
    expect(read('省信访局牵头，省委、省政府研究中心配合')).toMatchObject({
      units: { lead: ['省信访局'], cooperating: ['省委', '省政府研究中心'] },
      warnings: ['“省委”是党委或政府本身，不是具体单位；如指与其后单位共同的机构，请改为一个单位'],
    });
    // A city's government is a unit that does the work.
    expect(read('省财政厅、太原市政府、综改示范区管委会按职责分工负责').warnings).toEqual([]);
  });

  it('knows a collective name without 各 (省直有关部门, 有关市县政府, 领导小组成员单位) from a unit of its own', () => {
    for (const name of ['省直有关部门', '省有关单位', '相关市县政府', '有关市人民政府', '省知识产权工作领导小组成员单位', '市直各有关执法部门', '市直各相关责任单位']) expect(isCollectiveUnit(name), name).toBe(true);
    for (const name of ['省发展改革委', '省市场监管局', '省人力资源社会保障厅', '省委组织部', '省直机关工委', '省有色金属工业协会', '市公共资源交易中心', '市12345热线服务中心']) expect(isCollectiveUnit(name), name).toBe(false);
  });

  it('reads 支持 as a role word: a national counterpart that supports, a provincial unit that backs the work', () => {
    expect(read('省知识产权局负责；国家知识产权局公共服务司支持。2024—2025年')).toEqual({
      units: { lead: ['省知识产权局'], joint: [], cooperating: [], national: ['国家知识产权局公共服务司'] },
      deadlineText: '2024—2025年',
      warnings: [],
    });
    expect(read('省科技厅牵头，省财政厅给予支持').units).toMatchObject({ lead: ['省科技厅'], cooperating: ['省财政厅'] });
    // A note naming only a supporting unit is still the task's note, not part of its text.
    expect(splitTrailingParenthesis('建设公共服务平台。（国家知识产权局公共服务司支持）')?.inner).toBe('国家知识产权局公共服务司支持');
    expect(splitTrailingParenthesis('落实配套政策（含资金支持）')).toBeNull();
  });

  it('recognises national bodies beyond 国家知识产权局, but not their provincial branches', () => {
    expect(read('省公安厅牵头；公安部治安管理局、最高人民法院、中央宣传部负责').units.national).toEqual([
      '公安部治安管理局',
      '最高人民法院',
      '中央宣传部',
    ]);
    expect(read('省地方金融监管局牵头，中国人民银行太原中心支行配合').units.cooperating).toEqual(['中国人民银行太原中心支行']);
    expect(read('国家市场监督管理总局、国家发展改革委指导').units.national).toEqual(['国家市场监督管理总局', '国家发展改革委']);
    // A ministry's office in the province (垂直管理) reports like a provincial unit.
    expect(read('省税务局牵头，国家税务总局山西省税务局、国家统计局山西调查总队配合').units).toMatchObject({
      cooperating: ['国家税务总局山西省税务局', '国家统计局山西调查总队'],
      national: [],
    });
  });

  it('reads labels inside the parenthesis', () => {
    expect(read('牵头单位：省生态环境厅；责任单位：省水利厅；完成时限：2023年底')).toEqual({
      units: { lead: ['省生态环境厅'], joint: ['省水利厅'], cooperating: [], national: [] },
      deadlineText: '2023年底',
      warnings: [],
    });
  });

  it('lets a role word after a label decide the role, and keeps it out of the name', () => {
    expect(read('责任单位：省政务服务管理局牵头，省直有关部门按职责分工负责；完成时限：2024年6月底前')).toEqual({
      units: { lead: ['省政务服务管理局'], joint: ['省直有关部门'], cooperating: [], national: [] },
      deadlineText: '2024年6月底前',
      warnings: [],
    });
    expect(read('责任单位：省市场监管局牵头，省公安厅、省税务局配合').units).toEqual({
      lead: ['省市场监管局'],
      joint: [],
      cooperating: ['省公安厅', '省税务局'],
      national: [],
    });
    expect(read('牵头单位：省司法厅；责任单位：省财政厅负责；配合单位：省审计厅等配合').units).toEqual({
      lead: ['省司法厅'],
      joint: ['省财政厅'],
      cooperating: ['省审计厅'],
      national: [],
    });
  });

  it('reads a role in brackets after a name, and the names beside it as responsible units', () => {
    expect(read('责任单位：省交通运输厅（牵头）、省公安厅')).toEqual({
      units: { lead: ['省交通运输厅'], joint: ['省公安厅'], cooperating: [], national: [] },
      deadlineText: '',
      warnings: [],
    });
    expect(read('省发展改革委（牵头单位）、省财政厅、省统计局（配合），2024年底前').units).toEqual({
      lead: ['省发展改革委'],
      joint: ['省财政厅'],
      cooperating: ['省统计局'],
      national: [],
    });
    // A second name in brackets is part of the name.
    expect(read('省市场监管局（知识产权局）牵头').units.lead).toEqual(['省市场监管局（知识产权局）']);
  });

  it('reads 负总责 as leading', () => {
    expect(read('各市政府负总责，省直有关部门指导').units).toEqual({ lead: ['各市政府'], joint: ['省直有关部门'], cooperating: [], national: [] });
  });

  it('reads clauses parted by spaces after a role word or before a time limit', () => {
    expect(read('省发展改革委牵头　省财政厅、省科技厅配合 2024年底前')).toEqual({
      units: { lead: ['省发展改革委'], joint: [], cooperating: ['省财政厅', '省科技厅'], national: [] },
      deadlineText: '2024年底前',
      warnings: [],
    });
    expect(read('省科技厅牵头 持续推进')).toMatchObject({ units: { lead: ['省科技厅'] }, deadlineText: '持续推进', warnings: [] });
    // Between units a space still lists them.
    expect(read('省财政厅 省科技厅按职责分工负责').units.joint).toEqual(['省财政厅', '省科技厅']);
  });

  it('reads the short labels 牵头：, 责任：, 配合：, 时间：', () => {
    expect(read('牵头：省发改委；配合：省财政厅；时间：2024年底前')).toEqual({
      units: { lead: ['省发改委'], joint: [], cooperating: ['省财政厅'], national: [] },
      deadlineText: '2024年底前',
      warnings: [],
    });
    expect(read('责任：省司法厅，时限：2024年6月')).toMatchObject({ units: { lead: ['省司法厅'] }, deadlineText: '2024年6月', warnings: [] });
  });

  it('reads labels run together with spaces as separate clauses', () => {
    expect(read('牵头单位：省农业农村厅 责任单位：省财政厅　完成时限：2024年底')).toEqual({
      units: { lead: ['省农业农村厅'], joint: ['省财政厅'], cooperating: [], national: [] },
      deadlineText: '2024年底',
      warnings: [],
    });
  });

  it('reads a table cell\'s lines as a unit list, or as labelled clauses', () => {
    expect(joinCellLines('省大数据局（牵头）\n省公安厅\n 省民政厅')).toBe('省大数据局（牵头）、省公安厅、省民政厅');
    expect(joinCellLines('牵头单位：省教育厅\n配合单位：省财政厅')).toBe('牵头单位：省教育厅；配合单位：省财政厅');
    expect(read(joinCellLines('省知识产权局牵头\n省财政厅、省科技厅按职责分工负责')).units).toEqual({
      lead: ['省知识产权局'],
      joint: ['省财政厅', '省科技厅'],
      cooperating: [],
      national: [],
    });
  });

  it('warns about units without a role word, and about what is not a unit', () => {
    const r = read('省科技厅、省财政厅，2023年底前');
    expect(r.units).toMatchObject({ lead: ['省科技厅'], joint: ['省财政厅'] });
    expect(r.deadlineText).toBe('2023年底前');
    expect(r.warnings).toHaveLength(2);
    expect(read('省知识产权局牵头，另行研究').warnings).toEqual(['“另行研究”未写明牵头、负责还是配合，已按责任单位处理', '“另行研究”不像一个单位名称，可能含有未识别的分工用语或未拆开的多个单位，请核对']);
  });

  it('reads a phrase of time or manner that names no organisation as the time limit, not a unit', () => {
    expect(read('省财政厅牵头，省地方金融管理局、省科技厅配合，“十四五”期间')).toEqual({
      units: { lead: ['省财政厅'], joint: [], cooperating: ['省地方金融管理局', '省科技厅'], national: [] },
      deadlineText: '“十四五”期间',
      warnings: [],
    });
    expect(read('省科技厅牵头，省教育厅、省卫生健康委、省社科院参与，适时开展')).toMatchObject({
      units: { lead: ['省科技厅'], cooperating: ['省教育厅', '省卫生健康委', '省社科院'], joint: [] },
      deadlineText: '适时开展',
      warnings: [],
    });
    expect(read('配合单位：省财政厅，分阶段实施')).toMatchObject({ units: { cooperating: ['省财政厅'] }, deadlineText: '分阶段实施', warnings: [] });
    // 适时 is work done when the time is right: no date, as ongoing work; a period asks for a date.
    expect(parseDeadline('适时开展', 2024)).toMatchObject({ deadline: null, continuous: true, recognized: true });
    expect(parseDeadline('“十四五”期间', 2024)).toMatchObject({ deadline: null, continuous: false, recognized: false });
  });

  it('carries a label over a comma to the units listed after it, but not to a time limit', () => {
    expect(read('责任单位：省发展改革委、省交通运输厅，各市人民政府；完成时限：2025年底前')).toEqual({
      units: { lead: ['省发展改革委'], joint: ['省交通运输厅', '各市人民政府'], cooperating: [], national: [] },
      deadlineText: '2025年底前',
      warnings: ['“省发展改革委、省交通运输厅”未写明哪个单位牵头，已按列第一位的“省发展改革委”为牵头单位处理'],
    });
    expect(read('配合单位：省财政厅，各市人民政府')).toMatchObject({ units: { cooperating: ['省财政厅', '各市人民政府'] }, warnings: [] });
    expect(read('牵头单位：省发展改革委，2024年底前完成')).toEqual({
      units: { lead: ['省发展改革委'], joint: [], cooperating: [], national: [] },
      deadlineText: '2024年底前完成',
      warnings: [],
    });
  });

  it('gives units listed without a role after a lead the role of the units listed next', () => {
    expect(read('省商务厅牵头，省发展改革委、省自然资源厅，各市（州）人民政府配合；2024年第三季度')).toEqual({
      units: { lead: ['省商务厅'], joint: [], cooperating: ['省发展改革委', '省自然资源厅', '各市（州）人民政府'], national: [] },
      deadlineText: '2024年第三季度',
      warnings: [],
    });
    expect(read('省知识产权局牵头，省科技厅，省财政厅按职责分工负责')).toMatchObject({ units: { lead: ['省知识产权局'], joint: ['省科技厅', '省财政厅'] }, warnings: [] });
    // Without a lead before them, the first listed leads, as before.
    expect(read('省商务厅，省财政厅配合')).toMatchObject({ units: { lead: ['省商务厅'], cooperating: ['省财政厅'] }, warnings: ['“省商务厅”未写明牵头、负责还是配合，已按牵头单位处理'] });
    // The first listed leads alone: a 负责 after it names a responsible unit, not a second lead.
    expect(read('省委宣传部、省委网信办，省数据局负责；2024年12月')).toEqual({
      units: { lead: ['省委宣传部'], joint: ['省委网信办', '省数据局'], cooperating: [], national: [] },
      deadlineText: '2024年12月',
      warnings: ['“省委宣传部”未写明牵头、负责还是配合，已按牵头单位处理', '“省委网信办”未写明牵头、负责还是配合，已按责任单位处理'],
    });
  });

  it('knows mass organisations and customs offices as units', () => {
    const r = read('省科协牵头，省妇联、省残联、太原海关按职责分工负责。2023年12月底前完成');
    expect(r.units).toMatchObject({ lead: ['省科协'], joint: ['省妇联', '省残联', '太原海关'] });
    expect(r.warnings).toEqual([]);
  });

  it('reads a clause seen before according to the task it is in now', () => {
    // Clause readings are remembered across tasks; the role of a lone 负责 still depends on the task.
    for (let pass = 0; pass < 2; pass++) {
      expect(read('省财政厅负责').units).toMatchObject({ lead: ['省财政厅'], joint: [] });
      expect(read('省知识产权局牵头，省财政厅负责').units).toMatchObject({ lead: ['省知识产权局'], joint: ['省财政厅'] });
      expect(read('省科技厅、省财政厅，按职责分工负责').units).toMatchObject({ lead: [], joint: ['省科技厅', '省财政厅'] });
      expect(read('省科技厅、省财政厅，2023年底前').units).toMatchObject({ lead: ['省科技厅'], joint: ['省财政厅'] });
    }
  });

  it('gives every task units of its own, even when the text repeats', () => {
    const first = read('省知识产权局牵头，省财政厅配合；国家知识产权局保护司负责');
    first.units.lead.push('改动');
    first.units.national.length = 0;
    expect(read('省知识产权局牵头，省财政厅配合；国家知识产权局保护司负责').units).toEqual({
      lead: ['省知识产权局'],
      joint: [],
      cooperating: ['省财政厅'],
      national: ['国家知识产权局保护司'],
    });
    const names = splitUnits('国家知识产权局保护司、运用促进司');
    names.pop();
    expect(splitUnits('国家知识产权局保护司、运用促进司')).toEqual(['国家知识产权局保护司', '国家知识产权局运用促进司']);
  });

  it('reads "A会同B负责" as A leading with B, and splits only outside brackets', () => {
    expect(read('省知识产权局会同省财政厅负责').units).toMatchObject({ lead: ['省知识产权局'], joint: ['省财政厅'] });
    expect(read('省知识产权局会同省财政厅配合').units).toMatchObject({ lead: ['省知识产权局'], cooperating: ['省财政厅'] });
    expect(read('省委宣传部（省版权局、省新闻出版局）牵头，省公安厅配合').units).toMatchObject({
      lead: ['省委宣传部（省版权局、省新闻出版局）'],
      cooperating: ['省公安厅'],
    });
  });

  it('writes units back in a form it reads the same way', () => {
    const units = { lead: ['省知识产权局'], joint: ['省财政厅', '省科技厅'], cooperating: ['省贸促会'], national: ['国家知识产权局保护司'] };
    const text = formatResponsibility(units, '2023年12月底前完成');
    expect(text).toBe('省知识产权局牵头，省财政厅、省科技厅按职责分工负责，省贸促会配合；国家知识产权局保护司负责。2023年12月底前完成');
    expect(read(text)).toEqual({ units, deadlineText: '2023年12月底前完成', warnings: [] });
  });
});

describe('deadlines', () => {
  const d = (text: string, year: number | null = 2023) => {
    const r = parseDeadline(text, year);
    return [r.deadline, r.continuous, r.recognized];
  };

  it('reads dated limits', () => {
    expect(d('2022年12月底前完成')).toEqual(['2022-12-31', false, true]);
    expect(d('2023年6月底前')).toEqual(['2023-06-30', false, true]);
    expect(d('2024年2月底前')).toEqual(['2024-02-29', false, true]);
    expect(d('2023年9月30日前')).toEqual(['2023-09-30', false, true]);
    expect(d('2023年上半年')).toEqual(['2023-06-30', false, true]);
    expect(d('2023年第三季度')).toEqual(['2023-09-30', false, true]);
    expect(d('2023年一季度')).toEqual(['2023-03-31', false, true]);
    expect(d('2023年底前')).toEqual(['2023-12-31', false, true]);
    expect(d('2024年年底前')).toEqual(['2024-12-31', false, true]);
    expect(d('２０２３年１０月底前')).toEqual(['2023-10-31', false, true]);
    expect(d('2022年12月底前完成初步建设，2023年6月底前全面完成')).toEqual(['2023-06-30', false, true]);
  });

  it('reads dates typed in figures, as task tables have them', () => {
    expect(d('2024.12')).toEqual(['2024-12-31', false, true]);
    expect(d('2024年9月中旬')).toEqual(['2024-09-20', false, true]);
    expect(d('9月上旬前')).toEqual(['2023-09-10', false, true]);
    expect(d('2024年9月下旬')).toEqual(['2024-09-30', false, true]);
    expect(d('2024.6.30')).toEqual(['2024-06-30', false, true]);
    expect(d('2024/6/30')).toEqual(['2024-06-30', false, true]);
    expect(d('2024-06-30前完成')).toEqual(['2024-06-30', false, true]);
    expect(d('2024.12底前')).toEqual(['2024-12-31', false, true]);
    expect(d('2024.1-2024.6')).toEqual(['2024-06-30', false, true]);
    expect(d('2024.10起实施')).toEqual([null, false, true]);
    expect(d('投资2024.5亿元')).toEqual([null, false, false]);
    // A range of years is not a month; a day or month that does not exist is not read at all.
    expect(d('2024-2025年')).toEqual(['2025-12-31', false, true]);
    for (const text of ['2024.13', '2024.2.30', '2024年2月30日']) expect(d(text), text).toEqual([null, false, false]);
    expect(parseResponsibility('省甲厅牵头，省乙厅配合；2024.6.30前完成')).toMatchObject({ units: { lead: ['省甲厅'], cooperating: ['省乙厅'] }, deadlineText: '2024.6.30前完成', warnings: [] });
  });

  it('reads 指导 as answering for the task, and asks the official to confirm it', () => {
    const read = parseResponsibility('各市人民政府负责，省政务服务管理局指导；2025年底前完成');
    expect(read.units).toMatchObject({ lead: ['各市人民政府'], joint: ['省政务服务管理局'] });
    expect(read.warnings).toEqual(['“省政务服务管理局”写的是“指导”，已按责任单位处理，请核对']);
    // Once the official has set its role, the question is answered.
    const task = { warnings: read.warnings, deadlineText: read.deadlineText };
    expect(withoutStaleWarnings({ ...task, units: read.units })).toEqual(read.warnings);
    expect(withoutStaleWarnings({ ...task, units: { ...read.units, joint: [], cooperating: ['省政务服务管理局'] } })).toEqual([]);
  });

  it('reads limits without a year in the plan year', () => {
    expect(d('上半年')).toEqual(['2023-06-30', false, true]);
    expect(d('年中')).toEqual(['2023-06-30', false, true]);
    expect(d('第三季度')).toEqual(['2023-09-30', false, true]);
    expect(d('年底前')).toEqual(['2023-12-31', false, true]);
    expect(d('4月底前')).toEqual(['2023-04-30', false, true]);
    expect(parseDeadline('年底前', 2023).yearless).toBe(true);
    expect(d('年底前', null)).toEqual([null, false, true]);
  });

  it('reads a holiday as its eve, 春节 by the lunar calendar, and asks for a date for a season', () => {
    expect(d('2024年春节前完成')).toEqual(['2024-02-09', false, true]);
    expect(d('2023年春节前')).toEqual(['2023-01-21', false, true]);
    expect(d('2024年国庆节前')).toEqual(['2024-09-30', false, true]);
    expect(d('2024年五一前完成')).toEqual(['2024-04-30', false, true]);
    expect(d('2025年元旦前')).toEqual(['2024-12-31', false, true]);
    expect(d('国庆前完成')).toEqual(['2023-09-30', false, true]);
    expect(d('元旦前')).toEqual(['2023-12-31', false, true]);
    // Without a year 春节 may be the one early in the plan's year or the one after it; a year the
    // calendar does not hold, or a season, has no date to read (not the year's end).
    for (const text of ['春节前完成', '2099年春节前', '2024年汛期前完成', '2024年供暖季前']) expect(d(text), text).toEqual([null, false, false]);
    // After a holiday the work starts: no deadline, not the year's end.
    expect(d('2024年春节后启动')).toEqual([null, false, true]);
    expect(d('2024年汛期后，10月底前完成')).toEqual(['2024-10-31', false, true]);
    // A holiday clause is the time limit, not a unit.
    expect(parseResponsibility('省商务厅负责；元旦前')).toEqual({ units: { lead: ['省商务厅'], joint: [], cooperating: [], national: [] }, deadlineText: '元旦前', warnings: [] });
    expect(parseResponsibility('省住建厅负责，国庆节前完成').deadlineText).toBe('国庆节前完成');
    // A second holiday after the first is a second stage of the time limit; the latest is the limit.
    expect(parseResponsibility('省消防救援总队牵头，省应急厅配合；2024年春节前，国庆节前各开展一次')).toEqual({
      units: { lead: ['省消防救援总队'], joint: [], cooperating: ['省应急厅'], national: [] },
      deadlineText: '2024年春节前，国庆节前各开展一次',
      warnings: [],
    });
    expect(d('2024年春节前，国庆节前各开展一次')).toEqual(['2024-09-30', false, true]);
    for (const time of ['国庆节前', '春节后', '各开展一次']) {
      expect(parseResponsibility(`省公安厅牵头；2024年元旦前，${time}`), time).toMatchObject({ units: { lead: ['省公安厅'], joint: [] }, deadlineText: `2024年元旦前，${time}`, warnings: [] });
    }
  });

  it('reads ongoing work as continuous, with no date', () => {
    for (const text of ['持续推进', '长期坚持', '常态化开展', '2022年起持续推进', '每年开展']) {
      expect(d(text), text).toEqual([null, true, true]);
    }
    expect(d('2023年6月底前完成，此后持续推进')).toEqual(['2023-06-30', true, true]);
    // A frequency is the time limit of recurring work, never a unit.
    for (const often of ['每半年', '每月', '每周']) {
      expect(d(often), often).toEqual([null, true, true]);
      expect(parseResponsibility(`省发展改革委、省科技厅按职责分工负责。${often}`), often).toEqual({
        units: { lead: [], joint: ['省发展改革委', '省科技厅'], cooperating: [], national: [] },
        deadlineText: often,
        warnings: [],
      });
    }
  });

  it('reads a date the work starts from (…起) as no deadline, and a deadline after it as the deadline', () => {
    expect(d('2024年10月起实施')).toEqual([null, false, true]);
    expect(d('10月起')).toEqual([null, false, true]);
    expect(d('2024年6月起实施，2025年6月底前完成')).toEqual(['2025-06-30', false, true]);
    expect(d('2023年6月起实施，年底前完成')).toEqual(['2023-12-31', false, true]);
    // The limit without a year falls in the year the work starts, not the plan's.
    expect(d('2024年10月起实施，年底前完成')).toEqual(['2024-12-31', false, true]);
    expect(parseDeadline('2024年10月起实施，年底前完成', 2023).yearless).toBe(false);
  });

  it('takes the completion date over an earlier date the work starts or a first step ends by', () => {
    expect(d('2024年6月底前启动，年底前完成', 2024)).toEqual(['2024-12-31', false, true]);
    expect(d('2024年6月底前完成方案制定，年底前全面完成', 2024)).toEqual(['2024-12-31', false, true]);
    // The limit without a year falls in the year of the dated phrase before it.
    expect(d('2024年6月底前启动，年底前完成', 2023)).toEqual(['2024-12-31', false, true]);
    expect(parseDeadline('2024年6月底前启动，年底前完成', 2023).yearless).toBe(false);
    expect(d('2024年6月底前完成方案制定；2024年12月底前全面完成', 2024)).toEqual(['2024-12-31', false, true]);
  });

  it('tracks the stage written with 前 when a later stage is a year alone, and says so', () => {
    expect(parseDeadline('2024年底前基本建成，2025年全面推广', 2024)).toMatchObject({
      deadline: '2024-12-31',
      reading: { kind: 'stage', stage: '2024年底前基本建成', later: '2025年全面推广', date: '2024-12-31' },
    });
    expect(parseDeadline('2024年内完成试点，2025年巩固提升', 2024)).toMatchObject({ deadline: '2024-12-31', reading: { kind: 'stage' } });
    // A later stage that completes the work, or dates of the usual kind, are read as before, without a note.
    expect(parseDeadline('2024年底前基本建成，2025年全面建成', 2024)).toMatchObject({ deadline: '2025-12-31', reading: null });
    for (const text of ['2024年6月底前启动，年底前完成', '2024—2025年', '2024年', '力争2024年完成', '2025年全面推广']) {
      expect(parseDeadline(text, 2024).reading, text).toBeNull();
    }
  });

  it('reads a year that names a plan or a list as its year\'s end, and says so', () => {
    expect(parseDeadline('列入2024年省政府立法计划', 2024)).toMatchObject({
      deadline: '2024-12-31',
      reading: { kind: 'yearNamesPlan', year: 2024, date: '2024-12-31' },
    });
    expect(parseDeadline('纳入2024年度重点项目', 2024)).toMatchObject({ deadline: '2024-12-31', reading: { kind: 'yearNamesPlan' } });
  });

  it('reads 明年 and 次年 as the year after, 今年 as the plan\'s year', () => {
    expect(d('明年6月底前', 2024)).toEqual(['2025-06-30', false, true]);
    expect(d('次年3月底前', 2024)).toEqual(['2025-03-31', false, true]);
    expect(d('明年底前', 2024)).toEqual(['2025-12-31', false, true]);
    expect(d('明年', 2024)).toEqual(['2025-12-31', false, true]);
    expect(d('今年6月底前', 2024)).toEqual(['2024-06-30', false, true]);
    expect(parseDeadline('明年6月底前', 2024).yearless).toBe(true);
    // 次年 after a dated phrase is the year after that one.
    expect(d('2024年12月底前制定方案，次年3月底前完成', 2023)).toEqual(['2025-03-31', false, true]);
    // The 次 of a count is not 次年.
    expect(d('分两次年底前完成', 2024)).toEqual(['2024-12-31', false, true]);
    // Without the plan's year there is no year to count from.
    expect(parseDeadline('明年6月底前', null)).toMatchObject({ deadline: null, recognized: true, needsPlanYear: true });
  });

  it('reads quarters written Q1–Q4, and years and months in Chinese numerals', () => {
    expect(d('2024年Q3')).toEqual(['2024-09-30', false, true]);
    expect(d('2024Q2')).toEqual(['2024-06-30', false, true]);
    expect(d('Q1', 2024)).toEqual(['2024-03-31', false, true]);
    expect(d('二〇二四年十二月底前')).toEqual(['2024-12-31', false, true]);
    expect(d('二〇二五年六月底前')).toEqual(['2025-06-30', false, true]);
    expect(d('2024年六月底前')).toEqual(['2024-06-30', false, true]);
    expect(d('十月底前', 2024)).toEqual(['2024-10-31', false, true]);
    expect(parseResponsibility('省财政厅牵头，省统计局配合。2024年Q3')).toMatchObject({ units: { lead: ['省财政厅'], cooperating: ['省统计局'] }, deadlineText: '2024年Q3', warnings: [] });
    expect(parseResponsibility('省财政厅牵头，二〇二四年十二月底前').deadlineText).toBe('二〇二四年十二月底前');
  });

  it('says when it cannot read a limit', () => {
    expect(d('尽快完成')).toEqual([null, false, false]);
    expect(d('')).toEqual([null, false, false]);
  });
});
