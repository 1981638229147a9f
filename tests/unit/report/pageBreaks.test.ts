// The 汇总表's printed pages, worked out from the file as a reader lays them out (printedPages): every
// page break the file sets falls between tasks (a task's rows, under its merged 序号 and 工作任务
// cells, print on one page; one over half a page tall may start where it falls), a section heading never ends a page (nor, on the 统计 sheet, a table's heading or column headers), and no page holds more than fits
// on it, so a reader adds no break of its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { filledPageBreaks, headingRows, overfullPages, printedSheet, rowsHeight, type PrintedSheet } from '../../helpers/printedPages';
import { importPlan, planOf, saveReports, type ReportSpec, type TaskSpec } from '../../helpers/reportData';

const PERIOD = '2023Q3';
const UNITS = ['甲局', '乙厅', '丙委', '丁办', '戊局', '己厅', '庚委', '辛办', '壬局', '癸厅'];
const SENTENCE = '组织召开专题推进会议，完善工作机制，推动政策措施落地见效。';
const STATUSES = ['completed', 'on_track', 'delayed', 'not_started'] as const;

/** 36 tasks of one to four units, reports of one or two sentences, and task 20 with all ten units and long reports: taller than a page. */
function fixture(): { tasks: TaskSpec[]; reports: ReportSpec[] } {
  const tasks: TaskSpec[] = [];
  const reports: ReportSpec[] = [];
  for (let i = 1; i <= 36; i++) {
    const tall = i === 20;
    const units = tall ? UNITS : UNITS.slice(i % 7, (i % 7) + 1 + (i % 4));
    tasks.push({ seq: String(i), section: Math.floor((i - 1) / 12), lead: units.slice(0, 1), cooperating: units.slice(1), deadline: '2023-12-31', content: SENTENCE.repeat(1 + (i % 3)) });
    units.forEach((unit, u) => {
      const sentences = tall ? 4 : 1 + ((i + u) % 2);
      reports.push({ seq: String(i), unit, status: STATUSES[(i + u) % 4]!, progress: SENTENCE.repeat(sentences), nextSteps: SENTENCE });
    });
  }
  return { tasks, reports };
}

describe('汇总表 printed pages', () => {
  const b = backendPerSuite();
  let sheet: PrintedSheet;
  /** Tasks' rows: the merged 序号 cells. */
  let tasks: [number, number][];
  /** Sheet points a page holds below the title rows. */
  let room: number;
  beforeAll(async () => {
    const { tasks: taskSpecs, reports } = fixture();
    const planId = await importPlan(b, planOf('分页测试要点', ['第一部分', '第二部分', '第三部分'], taskSpecs));
    await saveReports(b, planId, PERIOD, reports);
    sheet = printedSheet((await b.call('reports.export', { planId, period: PERIOD, format: 'xlsx' })).bytes);
    expect(sheet.titleRows).toEqual([1, 3]);
    tasks = sheet.merges.filter((m) => m.left === 'A' && m.right === 'A').map((m) => [m.top, m.bottom]);
    room = sheet.room - rowsHeight(sheet, 1, 3);
  });

  it('is a sheet whose pages, filled row by row, would cut tasks in two', () => {
    const cut = filledPageBreaks(sheet).filter((r) => tasks.some(([first, last]) => first <= r && r < last));
    expect(cut.length).toBeGreaterThan(1);
  });

  it('breaks pages only between tasks, but inside one taller than half a page that does not fit where it falls', () => {
    expect(sheet.breaks.length).toBeGreaterThan(3);
    // Moving a task over half a page tall whole onto the next page would leave over half a page blank
    // (half of the 97 % of a page the writer counts on: 45 % leaves room for rounding).
    const tall = tasks.filter(([first, last]) => rowsHeight(sheet, first, last) > room * 0.45);
    const taller = tall.filter(([first, last]) => rowsHeight(sheet, first, last) > room);
    expect(taller).toHaveLength(1);
    for (const r of sheet.breaks) {
      const inside = tasks.find(([first, last]) => first <= r && r < last);
      expect(inside && !tall.includes(inside) ? `break after row ${r} inside the task in rows ${inside[0]}–${inside[1]} (${rowsHeight(sheet, inside[0], inside[1])} of ${room})` : null).toBeNull();
    }
    expect(sheet.breaks.some((r) => taller[0]![0] <= r && r < taller[0]![1])).toBe(true); // the one taller than a page still breaks where it must
  });

  it('never ends a page with a section heading', () => {
    expect(headingRows(sheet)).toHaveLength(3);
    for (const r of sheet.breaks) expect(headingRows(sheet), `break after row ${r}`).not.toContain(r);
  });

  it('puts no more on a page than fits on it, the title rows included', () => {
    expect(overfullPages(sheet)).toEqual([]);
  });
});

describe('统计 sheet printed pages', () => {
  const b = backendPerSuite();
  /** The heading, and the column-header row under it, of each table, by sheet. */
  const headings = (sheet: PrintedSheet) => headingRows(sheet).flatMap((r) => [r, r + 1]);
  const sheets = new Map<number, PrintedSheet>();
  /**
   * A plan of `sectionCount` sections and 40 units: the 按工作部分 table is as long as there are sections,
   * so its count decides where the 按单位 table's heading falls: 18 puts its column headers at a page's
   * foot, 19 the heading itself.
   */
  beforeAll(async () => {
    const units = Array.from({ length: 40 }, (_, i) => `单位${i + 1}局`);
    for (const sectionCount of [18, 19]) {
      const sections = Array.from({ length: sectionCount }, (_, i) => `第${i + 1}部分`);
      const tasks: TaskSpec[] = units.map((unit, i) => ({ seq: String(i + 1), section: i % sectionCount, lead: [unit], deadline: '2023-12-31' }));
      const planId = await importPlan(b, planOf(`统计分页测试要点${sectionCount}`, sections, tasks));
      sheets.set(sectionCount, printedSheet((await b.call('reports.export', { planId, period: PERIOD, format: 'xlsx' })).bytes, 2));
    }
  });

  it.each([18, 19])('with %i sections, filled row by row, would end a page with a table heading or its column headers', (sectionCount) => {
    const sheet = sheets.get(sectionCount)!;
    expect(headingRows(sheet)).toHaveLength(3);
    expect(filledPageBreaks(sheet).filter((r) => headings(sheet).includes(r))).not.toEqual([]);
  });

  it.each([18, 19])('with %i sections, ends no page with a table heading or its column headers, and overfills none', (sectionCount) => {
    const sheet = sheets.get(sectionCount)!;
    expect(sheet.breaks.length).toBeGreaterThan(0);
    expect(sheet.breaks.filter((r) => headings(sheet).includes(r))).toEqual([]);
    expect(overfullPages(sheet)).toEqual([]);
  });
});
