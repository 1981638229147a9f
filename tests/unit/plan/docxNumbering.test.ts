// Plans in .docx whose numbers come from Word's or WPS's automatic numbering (自动编号): the numbers
// are not in the text, so they are read from numbering.xml and written in front of each paragraph.
import { LevelFormat } from 'docx';
import { describe, expect, it } from 'vitest';
import { fileToPlan } from '../../../electron/core/plan/sources';
import { docxOfParagraphs, docxWithNumbering, type ListLevel } from '../../helpers/officeFiles';

const TITLE = '2025年数字政府建设工作要点';

/** A list numbering sections (一、) at its first level and their tasks (1.) at its second. */
const SECTIONS_OVER_TASKS: ListLevel[] = [
  { format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
  { format: LevelFormat.DECIMAL, text: '%2.' },
];

describe('automatically numbered .docx plans', () => {
  it('reads tasks numbered by Word under typed section headings, the numbering running on across sections', async () => {
    const file = await docxWithNumbering('自动编号.docx', [{ format: LevelFormat.DECIMAL, text: '%1．' }], [
      TITLE,
      '一、夯实数字基础设施',
      { text: '推进政务云扩容。（省数据局牵头，省财政厅配合。2025年6月底前完成）', level: 0 },
      { text: '建设一体化数据平台。（省数据局牵头。2025年12月底前完成）', level: 0 },
      '二、提升政务服务效能',
      { text: '推行企业开办全程网办。（省政务服务局牵头。持续推进）', level: 0 },
    ]);
    const plan = await fileToPlan(file);
    expect(plan.title).toBe(TITLE);
    expect(plan.sections.map((s) => `${s.numeral}、${s.title}`)).toEqual(['一、夯实数字基础设施', '二、提升政务服务效能']);
    expect(plan.tasks.map((t) => [t.seq, plan.sections[t.sectionIndex!]!.numeral, t.content, t.units.lead, t.deadlineText])).toEqual([
      ['1', '一', '推进政务云扩容。', ['省数据局'], '2025年6月底前完成'],
      ['2', '一', '建设一体化数据平台。', ['省数据局'], '2025年12月底前完成'],
      ['3', '二', '推行企业开办全程网办。', ['省政务服务局'], '持续推进'],
    ]);
    expect(plan.tasks[0]!.units.cooperating).toEqual(['省财政厅']);
    expect(plan.warnings).toEqual([]);
  });

  it('reads sections and tasks both numbered by Word (一、 over 1.), the tasks restarting in each section', async () => {
    const file = await docxWithNumbering(
      '两级编号.docx',
      SECTIONS_OVER_TASKS,
      [
        TITLE,
        { text: '夯实数字基础设施', level: 0 },
        { text: '推进政务云扩容。（省数据局牵头。2025年6月底前完成）', level: 1 },
        { text: '建设一体化数据平台。（省数据局牵头。2025年12月底前完成）', level: 1 },
        { text: '提升政务服务效能', level: 0 },
        { text: '推行企业开办全程网办。（省政务服务局牵头。持续推进）', level: 1 },
      ],
    );
    const plan = await fileToPlan(file);
    expect(plan.sections.map((s) => `${s.numeral}、${s.title}`)).toEqual(['一、夯实数字基础设施', '二、提升政务服务效能']);
    // Numbers restarting per section become 部分.序号, as for a typed plan numbered that way.
    expect(plan.tasks.map((t) => [t.seq, t.content])).toEqual([
      ['1.1', '推进政务云扩容。'],
      ['1.2', '建设一体化数据平台。'],
      ['2.1', '推行企业开办全程网办。'],
    ]);
  });

  it('counts a list entered at its second level as Word does: the first level’s next number is 二', async () => {
    // The first section heading typed, its tasks numbered at the list's second level: Word counts
    // the first level as begun, so the next section numbered by Word is 二、.
    const file = await docxWithNumbering(
      '从第二级开始.docx',
      SECTIONS_OVER_TASKS,
      [
        TITLE,
        '一、夯实数字基础设施',
        { text: '推进政务云扩容。（省数据局牵头。2025年6月底前完成）', level: 1 },
        { text: '提升政务服务效能', level: 0 },
        { text: '推行企业开办全程网办。（省政务服务局牵头。持续推进）', level: 1 },
      ],
    );
    const plan = await fileToPlan(file);
    expect(plan.sections.map((s) => `${s.numeral}、${s.title}`)).toEqual(['一、夯实数字基础设施', '二、提升政务服务效能']);
    expect(plan.tasks.map((t) => [t.seq, t.content])).toEqual([
      ['1.1', '推进政务云扩容。'],
      ['2.1', '推行企业开办全程网办。'],
    ]);
  });

  it('leaves typed numbers as they are: a plan without automatic numbering reads as before', async () => {
    const typed = await docxOfParagraphs('手工编号.docx', [TITLE, '一、夯实数字基础设施', '1．推进政务云扩容。（省数据局牵头。2025年6月底前完成）']);
    const plan = await fileToPlan(typed);
    expect(plan.tasks.map((t) => [t.seq, t.content])).toEqual([['1', '推进政务云扩容。']]);
  });

  it('reads a 实施方案 .docx as its text: 总体要求 and 保障措施 to the description, the tasks under 重点任务 by their own numbers', async () => {
    const scheme = await docxOfParagraphs('实施方案.docx', [
      '关于推进全省中小企业数字化转型的实施方案',
      '一、总体要求',
      '（一）指导思想。以习近平新时代中国特色社会主义思想为指导。',
      '二、重点任务',
      '（一）开展数字化诊断服务。组织服务商为中小企业免费开展数字化诊断。（省工信厅牵头，各市人民政府负责，每年）',
      '（二）推广轻量化应用。遴选推广一批数字化产品。（省工信厅、省通信管理局按职责分工负责，2024年底前）',
      '三、保障措施',
      '（一）加强组织领导。建立由省工信厅牵头、有关部门参加的工作推进机制。',
    ]);
    const plan = await fileToPlan(scheme);
    expect(plan.tasks.map((t) => [t.seq, t.content])).toEqual([
      ['一', '开展数字化诊断服务。组织服务商为中小企业免费开展数字化诊断。'],
      ['二', '推广轻量化应用。遴选推广一批数字化产品。'],
    ]);
    expect(plan.description).toBe('一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n三、保障措施\n（一）加强组织领导。建立由省工信厅牵头、有关部门参加的工作推进机制。');
    expect(plan.warnings).toEqual([]);
  });
});
