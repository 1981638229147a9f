// The 附件 says the same in the .docx and the print view, and names whose text it shows: a unit's
// text reads as the task's own only when it comes from the task's one lead (or responsible) unit.
import { describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { readBack, tableRows } from '../../helpers/docx';
import { importPlan, planOf, saveReports } from '../../helpers/reportData';

const PERIOD = '2023Q3';
let planId: number;
const b = backendPerSuite(async (b) => {
  planId = await importPlan(
    b,
    planOf('2023年工作要点', ['强化运用'], [
      // The lead reports no text; a cooperating unit does.
      { seq: '1', lead: ['甲局'], cooperating: ['乙厅'], deadline: '2023-12-31', content: '实施专利转化专项计划。' },
      // No lead: two jointly responsible units, one of them reports; a collective name reports through its members.
      { seq: '2', joint: ['丙委', '丁办'], cooperating: ['各市人民政府'], deadline: '2023-12-31', content: '建立维权援助体系。' },
      // The lead's own text stands unnamed.
      { seq: '3', lead: ['甲局'], deadline: '2023-12-31', content: '开展评估。' },
      // Completed in an earlier period, nobody reports on it since.
      { seq: '4', lead: ['甲局'], deadline: '2023-12-31', content: '建设保护中心。' },
    ]),
  );
  await saveReports(b, planId, '2023Q2', [{ seq: '4', unit: '甲局', status: 'completed', progress: '保护中心已建成。' }]);
  await saveReports(b, planId, PERIOD, [
    { seq: '1', unit: '甲局', status: 'on_track', progress: '' },
    { seq: '1', unit: '乙厅', status: 'on_track', progress: '下达专利转化专项资金1.2亿元。' },
    { seq: '2', unit: '丁办', status: 'on_track', progress: '与省法院联合印发实施意见。' },
    { seq: '3', unit: '甲局', status: 'on_track', progress: '完成评估方案。' },
  ]);
});

async function exported(format: 'docx' | 'html'): Promise<Uint8Array> {
  return (await b.call('reports.export', { planId, period: PERIOD, format })).bytes;
}

/** The print view's 附件 table: rows of cell texts. */
function htmlRows(html: string): string[][] {
  const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1]!.replace(/<br>/g, '\n')),
  );
}

const EXPECTED = [
  ['序号', '工作任务', '牵头（责任）单位', '完成状态', '预警', '进展情况'],
  ['一、强化运用'],
  ['1', '实施专利转化专项计划。', '甲局', '正常推进', '黄灯（临期）', '乙厅：下达专利转化专项资金1.2亿元。'],
  // 丙委 sent nothing: named, as the 汇总表 names it on its own row.
  ['2', '建立维权援助体系。', '丙委、丁办', '正常推进', '黄灯（临期）', '丁办：与省法院联合印发实施意见。\n未报送：丙委'],
  ['3', '开展评估。', '甲局', '正常推进', '黄灯（临期）', '完成评估方案。'],
  ['4', '建设保护中心。', '甲局', '已完成（2023年第二季度）', '绿灯', ''],
];

describe('附件 推进情况汇总表', () => {
  it('prints the units column as 牵头（责任）单位 and names the unit whose text is not the task’s own', async () => {
    const rows = htmlRows(new TextDecoder().decode(await exported('html')));
    expect(rows).toEqual(EXPECTED);
  });

  it('says the same in the .docx as in the print view, an earlier completion included', async () => {
    const rows = tableRows(await readBack(await exported('docx'))).map((row) => row.map((cell) => cell.join('\n')));
    expect(rows).toEqual(EXPECTED);
  });
});

describe('通报 body', () => {
  it('credits a text that is not the task’s own unit’s to its unit, as the 附件 does', async () => {
    const { narrative } = await b.call('reports.narrative', { planId, period: PERIOD });
    expect(narrative.sections).toContain('第1项（实施专利转化专项计划）正常推进，乙厅：下达专利转化专项资金1.2亿元');
    expect(narrative.sections).toContain('第2项（建立维权援助体系）正常推进，丁办：与省法院联合印发实施意见');
    expect(narrative.sections).toContain('第3项（开展评估）正常推进，完成评估方案');
  });
});
