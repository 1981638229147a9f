// The 汇总表 as a user opens it, read back by exceljs and SheetJS: task columns merged down over the
// units' rows and tall enough for the task, status colours, fonts, print setup, and report text kept
// as text even when it looks like a formula. (exports.test.ts checks its figures against the summary.)
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { heightForLines, wrappedLines } from '../../../electron/core/sheets/style';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { importPlan, planOf, saveReports } from '../../helpers/reportData';

const PERIOD = '2023Q3';
const LONG_TASK = '建立健全知识产权保护体系，'.repeat(12);

let bytes: Uint8Array;
let excel: ExcelJS.Workbook;
let detail: ExcelJS.Worksheet;
backendPerSuite(async (b) => {
  const planId = await importPlan(
    b,
    planOf(
      '表格测试要点',
      ['第一部分', '第二部分'],
      [
        { seq: '1', section: 0, lead: ['甲局'], joint: ['乙厅'], cooperating: ['丙委'], deadline: '2023-12-31', content: '三个单位的任务。' },
        { seq: '2', section: 0, lead: ['甲局'], deadline: '2023-12-31', content: LONG_TASK },
        { seq: '3', section: 1, content: '没有写明单位的任务。' },
        { seq: '4', section: 1, content: '也没有写明单位的任务。' },
      ],
    ),
  );
  await saveReports(b, planId, PERIOD, [
    { seq: '1', unit: '甲局', status: 'completed', progress: '=SUM(A1:A9) 不是公式', problems: '@人员不足' },
    { seq: '1', unit: '乙厅', status: 'delayed', progress: '进展滞后。' },
    { seq: '2', unit: '甲局', status: 'on_track', progress: '正常推进。' },
    // A unit without a role on the task (a plan update took it off after it had reported).
    { seq: '3', unit: '丙委', status: 'on_track', progress: '协助推进。' },
  ]);
  bytes = (await b.call('reports.export', { planId, period: PERIOD, format: 'xlsx' })).bytes;
  excel = new ExcelJS.Workbook();
  await excel.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  detail = excel.getWorksheet('推进情况汇总')!;
});

/**
 * The size the 11 pt body prints at on A4 when the sheet is fit to the page width: a column `w`
 * characters wide is 7w + 5 pixels (Calibri 11, the Normal font), at 96 pixels an inch.
 */
function printedBodySize(ws: ExcelJS.Worksheet): number {
  const pageInches = ws.pageSetup.orientation === 'landscape' ? 11.69 : 8.27;
  const printable = (pageInches - ws.pageSetup.margins!.left - ws.pageSetup.margins!.right) * 72;
  const sheet = ws.columns.reduce((sum, c) => sum + (7 * (c.width ?? 9) + 5) * 0.75, 0);
  return 11 * Math.min(1, printable / sheet);
}

/** The detail sheet's rows as text from row 4 (after title, note and header); merged cells empty but the first. */
const rowTexts = () =>
  XLSX.utils.sheet_to_json<string[]>(XLSX.read(bytes).Sheets['推进情况汇总']!, { header: 1, defval: '', raw: false }).slice(3);

describe('汇总表 .xlsx layout', () => {
  it('lists each task once and one row per unit, a section row before each part', () => {
    expect(rowTexts().map((r) => [r[0], r[6], r[7], r[8]])).toEqual([
      ['一、第一部分（2项）', '', '', ''],
      ['1', '甲局', '牵头', '已完成'],
      ['', '乙厅', '责任', '滞后'],
      ['', '丙委', '配合', '未报送'],
      ['2', '甲局', '牵头', '正常推进'],
      ['二、第二部分（2项）', '', '', ''],
      ['3', '丙委', '无分工', '正常推进'], // a unit reporting without a role on the task: not “配合”, which it is not
      ['4', '', '', ''], // no units: one blank line
    ]);
  });

  it('keeps report text that looks like a formula as text', () => {
    const cell = detail.getCell('J5');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=SUM(A1:A9) 不是公式');
    expect(detail.getCell('K5').value).toBe('@人员不足');
    const sheet = XLSX.read(bytes).Sheets['推进情况汇总']!;
    expect(sheet.J5).toMatchObject({ t: 's', v: '=SUM(A1:A9) 不是公式' });
    expect(sheet.J5.f).toBeUndefined();
  });

  it('merges the task columns down over the task’s unit rows (SheetJS and exceljs agree)', () => {
    const merges = XLSX.read(bytes).Sheets['推进情况汇总']!['!merges']!.map((m) => XLSX.utils.encode_range(m));
    expect(merges).toEqual(['A1:L1', 'A2:L2', 'A4:L4', ...['A', 'B', 'C', 'D', 'E', 'F'].map((c) => `${c}5:${c}7`), 'A9:L9']);
    expect(detail.getCell('B7').master.address).toBe('B5');
    expect(detail.getCell('G7').isMerged).toBe(false);
    expect(detail.getCell('B5').value).toBe('三个单位的任务。');
  });

  it('makes a task’s rows tall enough for its merged text, and each row for its own text', () => {
    const lines = wrappedLines(LONG_TASK, 27); // 工作任务 is 27 wide
    expect(detail.getRow(8).height).toBe(heightForLines(lines)); // the long task has a single unit row
    expect([5, 6, 7].map((r) => detail.getRow(r).height)).toEqual([1, 1, 1].map(heightForLines)); // one line each
  });

  it('colours task status, light and each unit’s status, and uses the house fonts and borders', () => {
    const argb = (ref: string) => (detail.getCell(ref).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([detail.getCell('E5').value, argb('E5')]).toEqual(['已完成', 'FFD9EAD3']); // the lead's word decides
    expect([argb('I5'), argb('I6'), argb('I7')]).toEqual(['FFD9EAD3', 'FFF4CCCC', 'FFEDEDED']);
    expect(argb('J5')).toBeUndefined();
    expect(detail.getCell('A1').font).toMatchObject({ name: '宋体', size: 18, bold: true });
    expect(detail.getCell('A3').font).toMatchObject({ name: '宋体', bold: true });
    expect(detail.getCell('J5').font).toMatchObject({ name: '仿宋', size: 11 });
    expect(detail.getCell('J5').border?.bottom?.style).toBe('thin');
    const sheet = XLSX.read(bytes, { cellStyles: true }).Sheets['推进情况汇总']!;
    expect(sheet.I6.s).toMatchObject({ patternType: 'solid', fgColor: { rgb: 'F4CCCC' } });
  });

  it('prints every sheet on A4 fit to width with its header repeated and frozen', () => {
    const expected = {
      推进情况汇总: { orientation: 'landscape', printTitlesRow: '1:3', ySplit: 3 },
      统计: { orientation: 'portrait', printTitlesRow: '1:2', ySplit: 2 },
      未报送单位: { orientation: 'portrait', printTitlesRow: '1:3', ySplit: 3 },
    };
    expect(excel.worksheets.map((ws) => ws.name)).toEqual(Object.keys(expected));
    for (const [name, e] of Object.entries(expected)) {
      const ws = excel.getWorksheet(name)!;
      expect(ws.pageSetup, name).toMatchObject({ paperSize: 9, orientation: e.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: e.printTitlesRow });
      expect(ws.headerFooter.oddFooter, name).toBe('&C第 &P 页 共 &N 页');
      expect(ws.views[0], name).toMatchObject({ state: 'frozen', ySplit: e.ySplit });
    }
    expect(XLSX.read(bytes).Workbook?.Names?.map((n) => n.Ref)).toEqual(["'推进情况汇总'!$1:$3", "'统计'!$1:$2", "'未报送单位'!$1:$3"]);
  });

  it('prints the 11 pt body at 9 pt or more once fit to the page width', () => {
    for (const ws of excel.worksheets) expect(printedBodySize(ws), ws.name).toBeGreaterThanOrEqual(9);
  });

  it('gives the 统计 sheet’s 本期报送 column room for 已报送（逾期） on one line', () => {
    const stats = excel.getWorksheet('统计')!;
    const header = stats.getColumn(5).values.indexOf('本期报送');
    expect(header).toBeGreaterThan(0);
    expect(wrappedLines('已报送（逾期）', stats.getColumn(5).width!)).toBe(1);
  });
});
