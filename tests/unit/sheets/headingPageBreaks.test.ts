// A heading row never ends a printed page of the one-row-a-task sheets: the 任务分工台账 and its 按单位
// sheet, a unit's 填报表 and the 各期推进情况一览表 put a page break before a section (or unit) heading
// that would otherwise sit alone at a page's foot, and no page holds more than fits on it. The pages
// are worked out from each file as a reader lays them out (printedPages).
import { beforeAll, describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { filledPageBreaks, headingRows, overfullPages, printedSheet, type PrintedSheet } from '../../helpers/printedPages';
import { unitId } from '../../helpers/progressPlan';
import { importPlan, planOf, type TaskSpec } from '../../helpers/reportData';

const UNITS = ['甲局', '乙厅', '丙委', '丁办', '戊局', '己厅', '庚委', '辛办', '壬局', '癸厅', '子局', '丑厅'];
const SENTENCE = '组织召开专题推进会议，完善工作机制，推动政策措施落地见效。';
const SECTIONS = ['第一部分', '第二部分', '第三部分', '第四部分', '第五部分', '第六部分', '第七部分', '第八部分', '第九部分', '第十部分'];

/** 70 tasks of one to seven sentences over ten sections, each led by one of eleven units; 甲局 cooperates on every one. */
function tasks(): TaskSpec[] {
  return Array.from({ length: 70 }, (_, i) => ({
    seq: String(i + 1),
    section: Math.floor((i * i) / 490), // sections of falling size: 22 tasks in the first, 3 in the last
    lead: [UNITS[1 + (i % 11)]!],
    cooperating: ['甲局'],
    deadline: '2023-12-31',
    content: SENTENCE.repeat(1 + ((i * 5) % 7)),
  }));
}

/** Breaks after a heading row, described. */
const headingsEndingPages = (sheet: PrintedSheet, breaks: number[]) => breaks.filter((r) => headingRows(sheet).includes(r)).map((r) => `page ends with the heading in row ${r}`);

describe('sheets of one row a task, printed', () => {
  const b = backendPerSuite();
  const sheets: Record<string, PrintedSheet> = {};
  beforeAll(async () => {
    const planId = await importPlan(b, planOf('标题分页测试要点', SECTIONS, tasks()));
    const ledger = (await b.call('plans.exportLedger', { planId })).bytes;
    sheets['任务分工台账'] = printedSheet(ledger, 1);
    sheets['按单位'] = printedSheet(ledger, 2);
    const { files } = await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unitId(b, '甲局')] });
    sheets['填报表'] = printedSheet(files[0]!.bytes, 1);
    sheets['各期推进情况一览表'] = printedSheet((await b.call('progress.exportMatrix', { planId })).bytes, 1);
  });

  it.each(['任务分工台账', '按单位', '填报表', '各期推进情况一览表'])('%s: its pages, filled row by row, would end with a heading', (name) => {
    const sheet = sheets[name]!;
    expect(headingRows(sheet).length).toBeGreaterThanOrEqual(6);
    expect(headingsEndingPages(sheet, filledPageBreaks(sheet))).not.toEqual([]);
  });

  it.each(['任务分工台账', '按单位', '填报表', '各期推进情况一览表'])('%s: no page ends with a heading, none holds more than fits', (name) => {
    const sheet = sheets[name]!;
    expect(sheet.breaks.length).toBeGreaterThan(2);
    expect(headingsEndingPages(sheet, sheet.breaks)).toEqual([]);
    expect(overfullPages(sheet)).toEqual([]);
  });
});
