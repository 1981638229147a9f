// The xlsx writer: a workbook written with it is read back by exceljs, by SheetJS and by the app's own
// importer, with its values, styles, merges, widths, heights, frozen header and print setup intact.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../electron/core/progress/workbook/readWorkbook';
import { dataRow, headerRow, housePrintSetup, noteRow, sectionRow, titleRow } from '../../../electron/core/sheets/layout';
import { LOOK, type ColumnSpec } from '../../../electron/core/sheets/style';
import type { CellStyle } from '../../../electron/core/sheets/styleTable';
import { WorkbookWriter } from '../../../electron/core/sheets/workbookWriter';

const COLUMNS: ColumnSpec[] = [
  { header: '序号', width: 6, align: 'center' },
  { header: '工作任务', width: 30 },
  { header: '状态', width: 9, align: 'center' },
];
const RED = 'FFF4CCCC';
const NOW = new Date('2024-03-05T06:07:08Z');
const TRICKY = ['=SUM(A1:A3)', '+1', '-2', '@cmd', 'a & b <c> "d"', '  前后空格  ', '第一行\n第二行', '控制\u0001字符\uD800', '𠀋字'];

/** A small workbook using every feature: house rows, fills, merges, numbers, tricky text, two sheets. */
async function sample(now = NOW): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new WorkbookWriter({ creator: '工作要点台账', title: '测试汇总表' });
  const sheet = wb.addSheet('推进情况');
  titleRow(sheet, '测试汇总表', COLUMNS.length, 18);
  noteRow(sheet, '2024年第一季度', COLUMNS.length);
  housePrintSetup(sheet, { headerRow: headerRow(sheet, COLUMNS), landscape: true });
  sectionRow(sheet, '一、第一部分', COLUMNS.length);
  const red: CellStyle[] = [LOOK.data('center'), LOOK.data('left'), LOOK.data('center', RED)];
  sheet.addRow(['1', '跨两行的任务', '滞后'], red, 40); // row 5
  sheet.addRow([null, null, '滞后'], red, 30); // row 6, merged into row 5 in columns A, B
  sheet.merge(5, 1, 6, 1);
  sheet.merge(5, 2, 6, 2);
  TRICKY.forEach((text, i) => dataRow(sheet, [i + 2, text, ''], COLUMNS));
  const other = wb.addSheet("O'Brien 表");
  other.setColumnWidths([20, 8]);
  other.addRow(['数量', 42.5], LOOK.data());
  other.setPageSetup({ paperSize: 9, landscape: false, margins: { left: 1, right: 1, top: 1, bottom: 1, header: 0.5, footer: 0.5 } });
  return wb.toBytes(now);
}

describe('a workbook from the writer', () => {
  let bytes: Uint8Array<ArrayBuffer>;
  let excel: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    bytes = await sample();
    excel = new ExcelJS.Workbook();
    await excel.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    ws = excel.getWorksheet('推进情况')!;
  });

  it('reads back in exceljs with its sheets, values and document properties', () => {
    expect(excel.worksheets.map((s) => s.name)).toEqual(['推进情况', "O'Brien 表"]);
    expect(excel.creator).toBe('工作要点台账');
    expect(excel.title).toBe('测试汇总表');
    expect(ws.getCell('A1').value).toBe('测试汇总表');
    expect(ws.getCell('B3').value).toBe('工作任务');
    expect(ws.getCell('A7').value).toBe(2); // numbers stay numbers
    expect(excel.getWorksheet("O'Brien 表")!.getCell('B1').value).toBe(42.5);
  });

  it('keeps text as text: a leading "=" is no formula, spaces, line breaks and markup survive', () => {
    const texts = TRICKY.map((_, i) => ws.getCell(`B${7 + i}`));
    for (const cell of texts) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(texts.map((c) => c.value)).toEqual([
      '=SUM(A1:A3)',
      '+1',
      '-2',
      '@cmd',
      'a & b <c> "d"',
      '  前后空格  ',
      '第一行\n第二行',
      '控制字符\uFFFD', // what XML cannot hold is dropped or replaced, so the file stays valid
      '𠀋字',
    ]);
    const parts = unzipSync(bytes);
    expect(strFromU8(parts['xl/worksheets/sheet1.xml']!)).not.toContain('<f>');
    // Excel drops leading and trailing spaces unless told to keep them.
    expect(strFromU8(parts['xl/sharedStrings.xml']!)).toContain('<t xml:space="preserve">  前后空格  </t>');
  });

  it('carries the house fonts, borders, fills and alignment', () => {
    expect(ws.getCell('A1').font).toMatchObject({ name: '宋体', size: 18, bold: true });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('A3').font).toMatchObject({ name: '宋体', bold: true });
    expect((ws.getCell('A3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF2F2F2');
    expect(ws.getCell('B5').font).toMatchObject({ name: '仿宋', size: 11 });
    expect(ws.getCell('B5').font.bold).toBeFalsy();
    expect(ws.getCell('B5').alignment).toMatchObject({ horizontal: 'left', vertical: 'middle', wrapText: true });
    expect(ws.getCell('A5').alignment.horizontal).toBe('center');
    for (const side of ['top', 'left', 'bottom', 'right'] as const) expect(ws.getCell('C6').border?.[side]?.style).toBe('thin');
    expect((ws.getCell('C5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(RED);
    expect(ws.getCell('A1').border?.top).toBeUndefined(); // the title has no border
  });

  it('merges the title, note, section and task ranges, every cell of a range styled', () => {
    for (const ref of ['A1', 'C1', 'A2', 'A4', 'C4', 'A5', 'A6', 'B6']) expect(ws.getCell(ref).isMerged, ref).toBe(true);
    expect(ws.getCell('C5').isMerged).toBe(false);
    expect(ws.getCell('B6').master.address).toBe('B5');
    expect(ws.getCell('C4').border?.right?.style).toBe('thin'); // the section's right edge is drawn
  });

  it('sets column widths, row heights, the frozen header and the print setup', () => {
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([6, 30, 9]);
    expect([1, 2, 3, 4, 5, 6].map((r) => ws.getRow(r).height)).toEqual([36, 22, 28, 22, 40, 30]);
    expect(ws.getRow(13).height).toBe(36); // 第一行\n第二行: two lines
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '1:3',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    const plain = excel.getWorksheet("O'Brien 表")!;
    expect(plain.pageSetup).toMatchObject({ orientation: 'portrait', fitToPage: false });
    expect(plain.views[0]?.state ?? 'normal').toBe('normal');
  });

  it('reads back in SheetJS with the same merges, sizes, fills, margins and print titles', () => {
    const book = XLSX.read(bytes, { cellStyles: true });
    expect(book.SheetNames).toEqual(['推进情况', "O'Brien 表"]);
    const sheet = book.Sheets['推进情况']!;
    expect(sheet['!ref']).toBe(`A1:C${6 + TRICKY.length}`);
    expect(sheet['!merges']).toEqual([
      { s: { r: 0, c: 0 }, e: { r: 0, c: 2 } },
      { s: { r: 1, c: 0 }, e: { r: 1, c: 2 } },
      { s: { r: 3, c: 0 }, e: { r: 3, c: 2 } },
      { s: { r: 4, c: 0 }, e: { r: 5, c: 0 } },
      { s: { r: 4, c: 1 }, e: { r: 5, c: 1 } },
    ]);
    expect(sheet['!cols']!.map((c) => c.width)).toEqual([6, 30, 9]);
    expect(sheet['!rows']!.slice(0, 6).map((r) => r.hpt)).toEqual([36, 22, 28, 22, 40, 30]);
    expect(sheet['!margins']).toEqual({ left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 });
    expect(sheet.C5.s).toMatchObject({ patternType: 'solid', fgColor: { rgb: 'F4CCCC' } });
    expect(sheet.B7).toMatchObject({ t: 's', v: '=SUM(A1:A3)' });
    expect(sheet.B7.f).toBeUndefined();
    expect(sheet.A7).toMatchObject({ t: 'n', v: 2 });
    expect(book.Workbook?.Names).toEqual([{ Name: '_xlnm.Print_Titles', Sheet: 0, Ref: "'推进情况'!$1:$3" }]);
    expect(book.Props).toMatchObject({ Author: '工作要点台账', Title: '测试汇总表' });
  });

  it('passes the importer’s zip guard and reads back as the same grid', () => {
    const grid = readWorkbook({ name: '汇总表.xlsx', bytes });
    expect(grid.format).toBe('xlsx');
    const [sheet] = grid.sheets;
    expect(sheet!.rows[2]).toEqual(['序号', '工作任务', '状态']);
    expect(sheet!.rows[4]).toEqual(['1', '跨两行的任务', '滞后']);
    expect(sheet!.merges).toContainEqual({ top: 4, left: 0, bottom: 5, right: 0 });
  });

  it('stores each distinct style once, however many cells use it', async () => {
    const cellXfs = (file: Uint8Array) => {
      const styles = strFromU8(unzipSync(file)['xl/styles.xml']!);
      return { xfs: styles.slice(styles.indexOf('<cellXfs')).match(/<xf /g)!.length, fonts: styles.match(/<font>/g)!.length };
    };
    // default, title 18, note, header, section, data centre, data left, data centre red; Calibri (Normal), 宋体 18 bold, 仿宋 11, 宋体 11 bold
    expect(cellXfs(bytes)).toEqual({ xfs: 8, fonts: 4 });
    const wb = new WorkbookWriter();
    const sheet = wb.addSheet('a');
    sheet.addRow(['x'], LOOK.note);
    sheet.addRow(['y'], { ...LOOK.note, font: { ...LOOK.note.font } }); // equal, not the same object
    sheet.addRow(['z'], { ...LOOK.note, horizontal: 'center' });
    expect(cellXfs(await wb.toBytes())).toEqual({ xfs: 3, fonts: 2 });
  });

  it('is the same file byte for byte when written again at the same time', async () => {
    expect(Buffer.from(await sample()).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('sheet names and misuse', () => {
  it('refuses names Excel refuses, and the same name twice', () => {
    const wb = new WorkbookWriter();
    for (const bad of ['', 'a/b', 'a[1]', '问题?', "'引号'", 'x'.repeat(32)]) expect(() => wb.addSheet(bad), bad).toThrow(/工作表名称/);
    wb.addSheet('统计');
    expect(() => wb.addSheet('统计')).toThrow(/重复/);
  });

  it('writes values past the given styles in the Normal style', async () => {
    const wb = new WorkbookWriter();
    wb.addSheet('a').addRow(['x', 'y'], [LOOK.note]);
    const xml = strFromU8(unzipSync(await wb.toBytes())['xl/worksheets/sheet1.xml']!);
    expect(xml).toContain('<c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="0" t="s"><v>1</v></c>');
  });

  it('needs a sheet before it can write a file', async () => {
    await expect(new WorkbookWriter().toBytes()).rejects.toThrow(/至少需要一个工作表/);
  });
});
