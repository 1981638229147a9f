// Shared look of every workbook we write, so they open the same in WPS and Excel:
// 仿宋 body, 宋体 bold headings, thin borders, A4 print setup with repeated header rows and page numbers.
import type ExcelJS from 'exceljs';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const FONT_BODY = '仿宋';
export const FONT_HEADING = '宋体';

export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export const STATUS_FILLS: Record<string, string> = {
  completed: 'FFD9EAD3', // green
  on_track: 'FFDDEBF7', // blue-grey
  delayed: 'FFF4CCCC', // red
  not_started: 'FFFFF2CC', // yellow
  unreported: 'FFEDEDED', // grey
};

export function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export interface ColumnSpec {
  header: string;
  /** Width in Excel character units (a Chinese character is about 2). */
  width: number;
  /** Horizontal alignment of data cells. */
  align?: 'left' | 'center';
}

/** Strips characters XML 1.0 cannot hold (control characters, lone surrogates) so the file stays valid. */
export function safeText(value: string | null | undefined): string {
  if (!value) return '';
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A merged, centred title row across `columns` columns. Returns the row. */
export function addTitleRow(ws: ExcelJS.Worksheet, text: string, columns: number, size = 16): ExcelJS.Row {
  const row = ws.addRow([safeText(text)]);
  ws.mergeCells(row.number, 1, row.number, columns);
  row.height = size * 2;
  const cell = row.getCell(1);
  cell.font = { name: FONT_HEADING, size, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return row;
}

/** A merged left-aligned note line (e.g. 填报单位：… 填报日期：…). */
export function addNoteRow(ws: ExcelJS.Worksheet, text: string, columns: number): ExcelJS.Row {
  const row = ws.addRow([safeText(text)]);
  ws.mergeCells(row.number, 1, row.number, columns);
  const cell = row.getCell(1);
  cell.font = { name: FONT_BODY, size: 11 };
  cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  row.height = 22;
  return row;
}

/** The bordered, bold, shaded header row; sets column widths. */
export function addHeaderRow(ws: ExcelJS.Worksheet, columns: ColumnSpec[]): ExcelJS.Row {
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const row = ws.addRow(columns.map((c) => c.header));
  row.height = 28;
  row.eachCell((cell) => {
    cell.font = { name: FONT_HEADING, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN_BORDER;
    cell.fill = fill('FFF2F2F2');
  });
  return row;
}

/** A bordered data row in the body font, wrapped; plain strings only, never formulas. */
export function addDataRow(
  ws: ExcelJS.Worksheet,
  values: (string | number | null)[],
  columns: ColumnSpec[],
): ExcelJS.Row {
  const row = ws.addRow(values.map((v) => (typeof v === 'string' ? safeText(v) : v)));
  for (let i = 1; i <= columns.length; i++) {
    const cell = row.getCell(i);
    cell.font = { name: FONT_BODY, size: 11 };
    cell.alignment = { horizontal: columns[i - 1]?.align ?? 'left', vertical: 'middle', wrapText: true };
    cell.border = THIN_BORDER;
  }
  return row;
}

/** A merged, bold section row ("一、…") spanning the table. */
export function addSectionRow(ws: ExcelJS.Worksheet, text: string, columns: number): ExcelJS.Row {
  const row = ws.addRow([safeText(text)]);
  ws.mergeCells(row.number, 1, row.number, columns);
  const cell = row.getCell(1);
  cell.font = { name: FONT_HEADING, size: 11, bold: true };
  cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  for (let i = 1; i <= columns; i++) row.getCell(i).border = THIN_BORDER;
  row.height = 22;
  return row;
}

/** A4, fit to one page wide, header rows repeated, header frozen, "第 N 页 共 M 页" footer. */
export function applyPrintSetup(
  ws: ExcelJS.Worksheet,
  options: { headerRow: number; landscape: boolean; columns: number },
): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: options.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${options.headerRow}`,
  };
  ws.headerFooter = { oddFooter: '&C第 &P 页 共 &N 页' };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: options.headerRow }];
}

/** Lines wrapped Chinese text takes in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width / 2));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** Row height (points) that shows that many lines of 11 pt text. */
export const heightForLines = (lines: number) => lines * 15 + 6;

/** Estimates a row height that shows wrapped Chinese text in full (WPS does not auto-fit merged/wrapped rows). */
export function fitRowHeight(row: ExcelJS.Row, columns: ColumnSpec[], minHeight = 20): void {
  let lines = 1;
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    const text = typeof cell.value === 'string' ? cell.value : String(cell.value ?? '');
    lines = Math.max(lines, wrappedLines(text, columns[col - 1]?.width ?? 10));
  });
  row.height = Math.max(minHeight, heightForLines(lines));
}

/**
 * Merges a range that our layout guarantees does not overlap an earlier merge. exceljs checks every
 * new merge against all earlier ones, which is quadratic over the thousands of merges of a large
 * 汇总表; skipping that check is safe only for ranges laid out disjoint by construction.
 */
export function mergeDisjoint(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  const internal = ws as unknown as { _merges: Record<string, unknown> };
  const earlier = internal._merges;
  internal._merges = {};
  try {
    ws.mergeCells(top, left, bottom, right);
  } finally {
    internal._merges = Object.assign(earlier, internal._merges);
  }
}
