// Task tables as offices send them: .xlsx with merged title rows and the header further down, a
// two-row header, merged section rows; legacy .xls; a table inside a .docx; CSV.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fileToPlan } from '../../../electron/core/plan/sources';
import { docxWithTable, xlsOf, xlsxOf } from '../../helpers/officeFiles';

describe('task tables', () => {
  it('finds the header below merged title rows and reads a two-row header and merged section rows (.xlsx)', async () => {
    const file = await xlsxOf('任务分工表.xlsx', [
      { name: '说明', rows: [['本表为附件2，请勿修改。']] },
      {
        name: '任务分工',
        rows: [
          ['附件2', null, null, null, null],
          ['河南省2023年知识产权工作要点任务分工表', null, null, null, null],
          ['序号', '重点任务', '责任单位', null, '完成时限'],
          [null, null, '牵头单位', '配合单位', null],
          ['一、加强知识产权创造', null, null, null, null],
          [1, '实施专利质量提升工程，培育高价值专利。', '省知识产权局', '省科技厅\n省教育厅', '2023年12月底前'],
          [2, '开展商标品牌建设行动（省市场监管局负责）', null, null, null],
          ['二、加强知识产权保护', null, null, null, null],
          [3, '建设知识产权保护中心。', '省知识产权局', '省发展改革委、国家知识产权局保护司', new Date(Date.UTC(2023, 8, 30))],
          [4, '推进跨区域执法协作。', '省市场监管局，省公安厅', null, '持续推进'],
          ['注：各单位于每季度末报送进展。', null, null, null, null],
        ],
        merges: [
          [1, 1, 1, 5],
          [2, 1, 2, 5],
          [3, 3, 3, 4],
          [3, 1, 4, 1],
          [3, 2, 4, 2],
          [3, 5, 4, 5],
          [5, 1, 5, 5],
          [8, 1, 8, 5],
          [11, 1, 11, 5],
        ],
      },
    ]);
    const plan = await fileToPlan(file);
    expect(plan.title).toBe('河南省2023年知识产权工作要点');
    expect(plan.sections).toEqual([
      { numeral: '一', title: '加强知识产权创造' },
      { numeral: '二', title: '加强知识产权保护' },
    ]);
    expect(plan.tasks.map((t) => [t.seq, t.sectionIndex, t.content, t.units, t.deadline, t.continuous])).toEqual([
      ['1', 0, '实施专利质量提升工程，培育高价值专利。', { lead: ['省知识产权局'], joint: [], cooperating: ['省科技厅', '省教育厅'], national: [] }, '2023-12-31', false],
      // No unit columns filled: the parenthesis in the task text names the unit.
      ['2', 0, '开展商标品牌建设行动', { lead: ['省市场监管局'], joint: [], cooperating: [], national: [] }, null, false],
      // A national unit in the 配合 column is a national counterpart; a date cell reads as a date.
      ['3', 1, '建设知识产权保护中心。', { lead: ['省知识产权局'], joint: [], cooperating: ['省发展改革委'], national: ['国家知识产权局保护司'] }, '2023-09-30', false],
      ['4', 1, '推进跨区域执法协作。', { lead: ['省市场监管局', '省公安厅'], joint: [], cooperating: [], national: [] }, null, true],
    ]);
    expect(plan.tasks[1]!.warnings).toEqual(['未写明完成时限']);
  });

  it.each([
    ['a legacy .xls', '分工方案.xls', 'biff8'],
    ['an OpenDocument .ods', '分工方案.ods', 'ods'],
  ] as const)('reads %s with a "配合单位(责任单位)" column and a 国家层面 column', async (_, name, bookType) => {
    const file = xlsOf(
      name,
      [
        ['2024年版权工作要点任务分解'],
        [],
        ['编号', '工作任务', '牵头单位', '配合单位(责任单位)', '国家层面', '完成时间'],
        ['1', '开展院线电影版权保护专项工作。', '省委宣传部（省版权局）', '省公安厅、省文化和旅游厅', '国家版权局', '2024年上半年'],
        ['2', '推进软件正版化工作。', '省委宣传部（省版权局）', '省直各部门', '', '2024年11月底前'],
      ],
      [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }],
      bookType,
    );
    const plan = await fileToPlan(file);
    expect(plan.title).toBe('2024年版权工作要点');
    expect(plan.sections).toEqual([]);
    expect(plan.tasks.map((t) => [t.seq, t.units, t.deadline])).toEqual([
      ['1', { lead: ['省委宣传部（省版权局）'], joint: [], cooperating: ['省公安厅', '省文化和旅游厅'], national: ['国家版权局'] }, '2024-06-30'],
      ['2', { lead: ['省委宣传部（省版权局）'], joint: [], cooperating: ['省直各部门'], national: [] }, '2024-11-30'],
    ]);
  });

  it('reads a task table inside a .docx, titled by the paragraph above it', async () => {
    const file = await docxWithTable('分工方案.docx', ['附件', '江苏省2023年专利转化运用专项行动任务分工'], [
      ['序号', '主要任务', '牵头单位', '责任单位', '完成时限'],
      ['1', '梳理高校院所存量专利。', '省知识产权局', '省教育厅、省科技厅', '2023年6月底前'],
      ['2', '开展专利开放许可。', '省知识产权局', '', '年底前'],
      ['3', '培育专利密集型产品。', { text: '省工信厅', rowSpan: 1 }, '省知识产权局', '持续推进'],
    ]);
    const plan = await fileToPlan(file);
    expect(plan.title).toBe('江苏省2023年专利转化运用专项行动');
    expect(plan.tasks.map((t) => [t.seq, t.units.lead, t.units.joint, t.deadline, t.continuous])).toEqual([
      ['1', ['省知识产权局'], ['省教育厅', '省科技厅'], '2023-06-30', false],
      ['2', ['省知识产权局'], [], '2023-12-31', false],
      ['3', ['省工信厅'], ['省知识产权局'], null, true],
    ]);
  });

  it('reads the task table of a document, and says when its text numbers more tasks than the table lists', async () => {
    const file = await docxWithTable(
      '实施方案.docx',
      [
        '2023年知识产权强省建设实施方案',
        '一、重点任务',
        '1.完善地方立法。（省司法厅牵头，2023年12月底前）',
        '2.加强行政保护。（省知识产权局牵头，持续推进）',
        '3.深化专利转化。（省科技厅牵头，2023年9月底前）',
        '附件：重点任务分工表',
      ],
      [
        ['序号', '工作任务', '牵头单位', '完成时限'],
        ['1', '完善地方立法。', '省司法厅', '2023年12月底前'],
      ],
    );
    const plan = await fileToPlan(file);
    expect(plan.tasks.map((t) => t.seq)).toEqual(['1']);
    expect(plan.warnings).toContain('文档正文中有 3 项编号任务，而表格只列了 1 项，已按表格导入。如应按正文导入，请把正文复制后粘贴导入。');
    // A table that lists them all: nothing to say.
    const whole = await docxWithTable('分工.docx', ['2023年任务分工', '1.完善地方立法。（省司法厅牵头，2023年12月底前）'], [
      ['序号', '工作任务', '牵头单位', '完成时限'],
      ['1', '完善地方立法。', '省司法厅', '2023年12月底前'],
    ]);
    expect((await fileToPlan(whole)).warnings).toEqual([]);
  });

  it('keeps the whole title of a plan that is its own task table, and names an annex by the plan it divides', async () => {
    const table = (title: string) =>
      docxWithTable('表.docx', [title], [
        ['序号', '重点任务', '牵头单位', '完成时限'],
        ['1', '上线“一件事”专区。', '省数据局', '2024年9月底前'],
      ]);
    expect((await fileToPlan(await table('2024年全省营商环境重点任务分工表'))).title).toBe('2024年全省营商环境重点任务分工表');
    expect((await fileToPlan(await table('2024年全省经济高质量发展重点任务分工方案'))).title).toBe('2024年全省经济高质量发展重点任务分工方案');
    expect((await fileToPlan(await table('2024年全省数字政府工作要点任务分工表'))).title).toBe('2024年全省数字政府工作要点');
  });

  it('reads a table with a merged 牵头单位 cell over several tasks (.docx)', async () => {
    const file = await docxWithTable('分工.docx', ['2023年任务分工'], [
      ['序号', '工作任务', '牵头单位', '完成时限'],
      ['1', '任务甲。', { text: '省科技厅', rowSpan: 2 }, '2023年底前'],
      ['2', '任务乙。', '2023年6月底前'],
    ]);
    const plan = await fileToPlan(file);
    expect(plan.tasks.map((t) => [t.seq, t.units.lead, t.deadline])).toEqual([
      ['1', ['省科技厅'], '2023-12-31'],
      ['2', ['省科技厅'], '2023-06-30'],
    ]);
  });

  it('reads a 责任单位 cell that marks the lead in brackets, lists units on lines, or labels them', async () => {
    const file = await xlsxOf('分工.xlsx', [
      {
        name: '任务分工',
        rows: [
          ['序号', '工作任务', '责任单位', '完成时限'],
          [1, '推行“高效办成一件事”。', '省政务服务管理局（牵头）、省公安厅、省民政厅', '2024年6月底前'],
          [2, '推进电子证照互通互认。', '省大数据局（牵头）\n省公安厅\n省民政厅', '2024年12月底前'],
          [3, '完善电子政务外网。', '牵头单位：省大数据局\n配合单位：省通信管理局', '2024年9月底前'],
        ],
      },
    ]);
    const plan = await fileToPlan(file);
    expect(plan.tasks.map((t) => [t.seq, t.units, t.warnings])).toEqual([
      ['1', { lead: ['省政务服务管理局'], joint: ['省公安厅', '省民政厅'], cooperating: [], national: [] }, []],
      ['2', { lead: ['省大数据局'], joint: ['省公安厅', '省民政厅'], cooperating: [], national: [] }, []],
      ['3', { lead: ['省大数据局'], joint: [], cooperating: ['省通信管理局'], national: [] }, []],
    ]);
  });

  it('leaves out the columns of people and notes, and names those it left out', async () => {
    const file = await xlsxOf('重点工作分解表.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['2024年省政府重点工作任务分解表', null, null, null, null, null, null, null],
          ['序号', '重点任务', '牵头省领导', '牵头单位', '责任单位', '责任人', '完成时限', '备注'],
          [1, '推行“高效办成一件事”。', '张三', '省政务服务管理局', '省公安厅、省民政厅', '李四', '2024年6月底前', null],
          [2, '推进电子证照互通互认。', '王五', '省大数据局', '省公安厅', '赵六', '2024年12月底前', '需国家支持'],
        ],
      },
    ]);
    const plan = await fileToPlan(file);
    expect(plan.tasks.map((t) => [t.seq, t.units])).toEqual([
      ['1', { lead: ['省政务服务管理局'], joint: ['省公安厅', '省民政厅'], cooperating: [], national: [] }],
      ['2', { lead: ['省大数据局'], joint: ['省公安厅'], cooperating: [], national: [] }],
    ]);
    expect(plan.warnings).toEqual(['表中“牵头省领导”“责任人”“备注”列不是任务分工台账的栏目，未导入（原文件随计划保存）']);
  });

  it('reads section rows numbered in Arabic numerals ("1. 夯实数据基础"), as the ledger exports a plan numbered 1.1', async () => {
    const file = await xlsxOf('台账.xlsx', [
      {
        name: '任务分工',
        rows: [
          ['序号', '工作任务', '牵头单位', '完成时限'],
          ['1. 夯实数据基础', null, null, null],
          ['1.1', '建设数据目录。', '省大数据局', '2024年6月底前'],
        ],
        merges: [[2, 1, 2, 4]],
      },
    ]);
    const plan = await fileToPlan(file);
    expect(plan.sections).toEqual([{ numeral: '1', title: '夯实数据基础' }]);
    expect(plan.tasks.map((t) => [t.seq, t.sectionIndex])).toEqual([['1.1', 0]]);
  });

  it('reads a 任务类别 column, merged over its tasks, as the part they belong to (.docx)', async () => {
    const file = await docxWithTable('分工.docx', ['2024年稳增长重点任务分工'], [
      ['序号', '任务类别', '重点任务', '责任单位', '完成时限'],
      ['1', { text: '扩大有效投资', rowSpan: 2 }, '加快推进省重点项目建设。', '省发展改革委', '2024年底前'],
      ['2', '用好地方政府专项债券。', '省财政厅', '2024年6月底前'],
      ['3', '促进消费', '开展消费促进活动。', '省商务厅', '持续推进'],
    ]);
    const plan = await fileToPlan(file);
    expect(plan.sections).toEqual([
      { numeral: '', title: '扩大有效投资' },
      { numeral: '', title: '促进消费' },
    ]);
    expect(plan.tasks.map((t) => [t.seq, t.sectionIndex, t.content])).toEqual([
      ['1', 0, '加快推进省重点项目建设。'],
      ['2', 0, '用好地方政府专项债券。'],
      ['3', 1, '开展消费促进活动。'],
    ]);
  });

  it.each(['类别', '工作类别', '领域', '重点领域', '所属板块'])('reads a "%s" column as the part, and 主要任务 as the task', async (header) => {
    const file = await xlsxOf('清单.xlsx', [
      {
        name: '清单',
        rows: [
          ['序号', header, '主要任务', '牵头单位', '完成时限'],
          [1, '数字基础设施', '建设算力中心。', '省数据局', '2024年底前'],
        ],
      },
    ]);
    const plan = await fileToPlan(file);
    expect(plan.sections).toEqual([{ numeral: '', title: '数字基础设施' }]);
    expect(plan.tasks.map((t) => [t.sectionIndex, t.content])).toEqual([[0, '建设算力中心。']]);
  });

  it('keeps a goal column in the task\'s text, named', async () => {
    const file = await xlsxOf('任务清单.xlsx', [
      {
        name: '清单',
        rows: [
          ['序号', '任务名称', '工作目标', '具体措施', '牵头单位', '完成时限'],
          [1, '优化政务服务', '企业开办1日办结', '推行“一网通办”。', '省政务服务管理局', '2024年6月底前'],
        ],
      },
    ]);
    const plan = await fileToPlan(file);
    expect(plan.tasks.map((t) => t.content)).toEqual(['优化政务服务\n推行“一网通办”。\n工作目标：企业开办1日办结']);
    expect(plan.warnings.filter((w) => w.includes('未导入'))).toEqual([]);
  });

  it('joins a task cell\'s lines wrapped by hand, and its note wrapped over lines, as one line', async () => {
    const file = await xlsxOf('任务清单.xlsx', [
      {
        name: '清单',
        rows: [
          ['序号', '工作任务', '完成时限'],
          [1, '建设知识产权\n公共服务平台。\n（省知识产权局牵头；\n省财政厅配合）', '2024年底前'],
          [2, '开展专利转化专项行动。\n推动一批专利产业化。（省知识产权局牵头，省科技厅\n省教育厅按职责分工负责）', '2024年6月底前'],
        ],
      },
    ]);
    const plan = await fileToPlan(file);
    expect(plan.tasks.map((t) => [t.content, t.responsibilityText, t.units])).toEqual([
      ['建设知识产权公共服务平台。', '省知识产权局牵头；省财政厅配合', { lead: ['省知识产权局'], joint: [], cooperating: ['省财政厅'], national: [] }],
      // A break after a finished sentence stays, as in a text plan; one between two names lists them.
      [
        '开展专利转化专项行动。\n推动一批专利产业化。',
        '省知识产权局牵头，省科技厅、省教育厅按职责分工负责',
        { lead: ['省知识产权局'], joint: ['省科技厅', '省教育厅'], cooperating: [], national: [] },
      ],
    ]);
  });

  it('reads a 责任单位 column whose header says its first unit leads', async () => {
    const file = await xlsxOf('分工.xlsx', [
      {
        name: '任务分工',
        rows: [
          ['序号', '重点任务', '责任单位（排在第一位的为牵头单位）', '完成时限'],
          [1, '推进电子证照互通互认。', '省大数据局、省公安厅、省民政厅', '2024年12月底前'],
        ],
      },
    ]);
    const plan = await fileToPlan(file);
    expect(plan.tasks.map((t) => t.units)).toEqual([{ lead: ['省大数据局'], joint: ['省公安厅', '省民政厅'], cooperating: [], national: [] }]);
  });

  it('reads a GBK CSV table', async () => {
    const csv = '序号,工作任务,牵头单位,配合单位,完成时限\r\n1,建立维权援助工作站。,省知识产权局,省司法厅,2023年第四季度\r\n';
    const plan = await fileToPlan({ name: '任务.csv', bytes: new Uint8Array(iconv.encode(csv, 'gbk')) }, '维权援助任务');
    expect(plan.title).toBe('维权援助任务');
    expect(plan.tasks.map((t) => [t.seq, t.units.lead, t.units.cooperating, t.deadline])).toEqual([['1', ['省知识产权局'], ['省司法厅'], '2023-12-31']]);
  });

  it('says clearly when a workbook holds no task table', async () => {
    const file = await xlsxOf('名单.xlsx', [{ name: 'Sheet1', rows: [['姓名', '电话'], ['张三', '123']] }]);
    await expect(fileToPlan(file)).rejects.toThrow('在表格“名单.xlsx”中没有找到任务表');
  });
});
