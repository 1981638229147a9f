// A plan whose tasks all sit in one top-level part ("二、重点任务"; 总体要求 and 保障措施 hold none)
// is broken down by that part's sub-sections wherever the summary goes by part.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../electron/core/plan/parseText';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { readBack, tableRows } from '../../helpers/docx';
import { saveReports } from '../../helpers/reportData';

const PERIOD = '2024Q2';
const PLAN = `2024年全省知识产权工作要点

一、总体要求
坚持以习近平新时代中国特色社会主义思想为指导，重点抓好以下工作。
二、重点任务
（一）强化知识产权保护
1. 开展知识产权执法行动。（省市场监管局牵头，2024年11月底前完成）
2. 推进专利侵权纠纷行政裁决规范化建设。（省知识产权局负责，2024年12月底前完成）
（二）促进知识产权转化运用
3. 梳理盘活高校存量专利。（省教育厅负责，2024年6月底前完成）
（三）夯实公共服务基础
4. 建设知识产权公共服务平台。（省知识产权局负责，2024年12月底前完成）
三、保障措施
各单位要加强组织领导，确保各项任务落到实处。
`;

let planId: number;
const b = backendPerSuite(async (b) => {
  const { planId: id } = await b.call('plans.import', { plan: parsePlanText(PLAN), dryRun: false });
  planId = id!;
  await saveReports(b, planId, PERIOD, [
    { seq: '1', unit: '省市场监管局', status: 'on_track', progress: '开展专项行动。', problems: '执法力量不足' },
    { seq: '3', unit: '省教育厅', status: 'delayed', progress: '完成摸底。', problems: '专利评估难' },
  ]);
});

describe('a plan with all its tasks in one part', () => {
  it('totals by the part’s sub-sections', async () => {
    const s = await b.call('reports.summary', { planId, period: PERIOD });
    expect(s.bySection.map((x) => [x.numeral, x.title, x.tasks])).toEqual([
      ['（一）', '强化知识产权保护', 2],
      ['（二）', '促进知识产权转化运用', 1],
      ['（三）', '夯实公共服务基础', 1],
    ]);
    expect(s.tasks.map((t) => t.section)).toEqual(['强化知识产权保护', '强化知识产权保护', '促进知识产权转化运用', '夯实公共服务基础']);
  });

  it('gives the 通报 a paragraph and problems per sub-section', async () => {
    const { narrative } = await b.call('reports.narrative', { planId, period: PERIOD });
    const sections = narrative.sections.split('\n');
    expect(sections[0]).toBe('二、各部分推进情况');
    expect(sections.slice(1).map((line) => line.slice(0, line.indexOf('。')))).toEqual([
      '（一）强化知识产权保护',
      '（二）促进知识产权转化运用',
      '（三）夯实公共服务基础',
    ]);
    const problems = narrative.problems.split('\n');
    expect(problems[1]).toMatch(/^（一）强化知识产权保护。/);
    expect(problems[2]).toMatch(/^（二）促进知识产权转化运用。/);
  });

  it('lists the sub-sections in the 汇总表 and heads them in the 附件', async () => {
    const xlsx = (await b.call('reports.export', { planId, period: PERIOD, format: 'xlsx' })).bytes;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
    const stats: string[] = [];
    wb.getWorksheet('统计')!.eachRow((row) => stats.push(String(row.getCell(1).value ?? '')));
    const at = stats.indexOf('二、按工作部分');
    expect(stats.slice(at + 2, at + 5)).toEqual(['（一）强化知识产权保护', '（二）促进知识产权转化运用', '（三）夯实公共服务基础']);

    const docx = (await b.call('reports.export', { planId, period: PERIOD, format: 'docx' })).bytes;
    const headings = tableRows(await readBack(docx))
      .filter((row) => row.length === 1)
      .map((row) => row[0]!.join(''));
    expect(headings).toEqual(['（一）强化知识产权保护', '（二）促进知识产权转化运用', '（三）夯实公共服务基础']);
  });
});
