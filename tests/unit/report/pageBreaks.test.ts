// The 汇总表's printed pages, worked out from the file as a reader lays them out: A4 landscape between
// the margins, shrunk to the page width, the title rows on every page, each row as high as the file
// says. Every page break the file sets falls between tasks (a task's rows, under its merged 序号 and
// 工作任务 cells, print on one page), a section heading never ends a page, and no page holds more
// than fits on it, so a reader adds no break of its own.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';
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

/** A4 (points), portrait. */
const A4 = { width: 595.3, height: 841.9 };

interface PrintedSheet {
  /** Row heights by row number, as the file sets them. */
  heights: number[];
  /** Rows after which the file starts a new page. */
  breaks: number[];
  /** Tasks' row ranges: the merged 序号 cells. */
  tasks: [number, number][];
  /** Section heading rows: merged across the table, below the header. */
  sections: number[];
  titleRows: [number, number];
  /** Points of the page's height the rows print in (between the top and bottom margins). */
  pageHeight: number;
  /** What the sheet is shrunk to, fit to the page width: Excel draws a column 7 pixels a unit of width (Calibri 11), 96 pixels an inch. */
  scale: number;
}

function printedSheet(bytes: Uint8Array): PrintedSheet {
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts['xl/worksheets/sheet1.xml']!);
  const workbook = strFromU8(parts['xl/workbook.xml']!);
  const number = (re: RegExp) => Number(xml.match(re)![1]);
  const heights: number[] = [];
  for (const m of xml.matchAll(/<row r="(\d+)"[^>]*\bht="([\d.]+)"/g)) heights[Number(m[1])] = Number(m[2]);
  const merges = [...xml.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/g)].map((m) => ({ left: m[1], top: Number(m[2]), right: m[3], bottom: Number(m[4]) }));
  const titles = workbook.match(/<definedName name="_xlnm.Print_Titles" localSheetId="0">[^<]*!\$(\d+):\$(\d+)<\/definedName>/)!;
  const titleRows: [number, number] = [Number(titles[1]), Number(titles[2])];
  expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
  const [pageWidth, pageHeight] = [A4.height, A4.width]; // landscape
  const printableWidth = pageWidth - (number(/<pageMargins left="([\d.]+)"/) + number(/<pageMargins[^>]* right="([\d.]+)"/)) * 72;
  const sheetWidth = [...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].reduce((sum, m) => sum + 7 * Number(m[1]) * 0.75, 0);
  return {
    heights,
    breaks: [...xml.matchAll(/<brk id="(\d+)"[^>]* man="1"\/>/g)].map((m) => Number(m[1])),
    tasks: merges.filter((m) => m.left === 'A' && m.right === 'A').map((m) => [m.top, m.bottom]),
    sections: merges.filter((m) => m.left === 'A' && m.right !== 'A' && m.top === m.bottom && m.top > titleRows[1]).map((m) => m.top),
    titleRows,
    pageHeight: pageHeight - (number(/<pageMargins[^>]* top="([\d.]+)"/) + number(/<pageMargins[^>]* bottom="([\d.]+)"/)) * 72,
    scale: Math.min(1, printableWidth / sheetWidth),
  };
}

const sum = (heights: number[], first: number, last: number) => heights.slice(first, last + 1).reduce((a, b) => a + b, 0);

/** Each page's rows [first, last] below the title rows, as the breaks divide them. */
function pagesOf(sheet: PrintedSheet, breaks = sheet.breaks): [number, number][] {
  const lastRow = sheet.heights.length - 1;
  const starts = [sheet.titleRows[1] + 1, ...breaks.map((b) => b + 1)];
  return starts.map((first, i) => [first, (starts[i + 1] ?? lastRow + 1) - 1]);
}

/** Where a reader breaks pages on its own: each page filled row by row. */
function filledPageBreaks(sheet: PrintedSheet, room: number): number[] {
  const breaks: number[] = [];
  let used = 0;
  for (let r = sheet.titleRows[1] + 1; r < sheet.heights.length; r++) {
    if (used > 0 && used + sheet.heights[r]! > room) {
      breaks.push(r - 1);
      used = 0;
    }
    used += sheet.heights[r]!;
  }
  return breaks;
}

describe('汇总表 printed pages', () => {
  const b = backendPerSuite();
  let sheet: PrintedSheet;
  /** Sheet points a page holds below the title rows. */
  let room: number;
  beforeAll(async () => {
    const { tasks, reports } = fixture();
    const planId = await importPlan(b, planOf('分页测试要点', ['第一部分', '第二部分', '第三部分'], tasks));
    await saveReports(b, planId, PERIOD, reports);
    sheet = printedSheet((await b.call('reports.export', { planId, period: PERIOD, format: 'xlsx' })).bytes);
    room = sheet.pageHeight / sheet.scale - sum(sheet.heights, sheet.titleRows[0], sheet.titleRows[1]);
  });

  it('is a sheet whose pages, filled row by row, would cut tasks in two', () => {
    const cut = filledPageBreaks(sheet, room).filter((r) => sheet.tasks.some(([first, last]) => first <= r && r < last));
    expect(cut.length).toBeGreaterThan(1);
  });

  it('breaks pages only between tasks, but inside one taller than a page', () => {
    expect(sheet.breaks.length).toBeGreaterThan(3);
    const tall = sheet.tasks.filter(([first, last]) => sum(sheet.heights, first, last) > room);
    expect(tall).toHaveLength(1);
    for (const r of sheet.breaks) {
      const inside = sheet.tasks.find(([first, last]) => first <= r && r < last);
      expect(inside && !tall.includes(inside) ? `break after row ${r} inside the task in rows ${inside[0]}–${inside[1]}` : null).toBeNull();
    }
    expect(sheet.breaks.some((r) => tall[0]![0] <= r && r < tall[0]![1])).toBe(true); // the tall one still breaks where it must
  });

  it('never ends a page with a section heading', () => {
    expect(sheet.sections).toHaveLength(3);
    for (const r of sheet.breaks) expect(sheet.sections, `break after row ${r}`).not.toContain(r);
  });

  it('puts no more on a page than fits on it, the title rows included', () => {
    for (const [first, last] of pagesOf(sheet)) {
      expect(sum(sheet.heights, first, last), `rows ${first}–${last}`).toBeLessThanOrEqual(room);
    }
  });
});
