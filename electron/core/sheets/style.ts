// The look of every workbook we write, so they open the same in WPS and Excel: 仿宋 body, 宋体 bold
// headings, thin borders, status colours, A4 print setup with repeated header rows and page numbers.
// The looks are data (CellStyle, PageSetup): the xlsx writer applies them through ./layout, and the
// helpers below apply them to the workbooks still built with exceljs (ledger, templates, audit log).
import type ExcelJS from 'exceljs';
import { largestPrintScale, rowBreaks } from './pagination';
import { MAX_ROW_HEIGHT, type CellValue, type PageSetup } from './sheetWriter';
import type { CellStyle } from './styleTable';
import { safeText } from './xml';

export { safeText, MAX_ROW_HEIGHT };

export const FONT_BODY = '仿宋';
export const FONT_HEADING = '宋体';

const THIN_BORDER: Partial<ExcelJS.Borders> = {
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

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export interface ColumnSpec {
  header: string;
  /** Width in Excel character units (a Chinese character is about 2). */
  width: number;
  /** Horizontal alignment of data cells. */
  align?: 'left' | 'center';
  /** A long-text column may widen up to this when its longest text would not fit in the tallest row (widenForText). */
  maxWidth?: number;
}

const HEADER_FILL = 'FFF2F2F2';

/** Each style made once, so the writer's style table finds it again by identity. */
const made = new Map<string, CellStyle>();
function once(key: string, make: () => CellStyle): CellStyle {
  let style = made.get(key);
  if (!style) made.set(key, (style = Object.freeze(make())));
  return style;
}

/** The house cell styles. */
export const LOOK = {
  title: (size: number) =>
    once(`title${size}`, () => ({ font: { name: FONT_HEADING, size, bold: true }, horizontal: 'center', vertical: 'center', wrap: true })),
  note: once('note', () => ({ font: { name: FONT_BODY, size: 11 }, horizontal: 'left', vertical: 'center', wrap: true })),
  header: once('header', () => ({
    font: { name: FONT_HEADING, size: 11, bold: true },
    horizontal: 'center',
    vertical: 'center',
    wrap: true,
    border: true,
    fill: HEADER_FILL,
  })),
  section: once('section', () => ({ font: { name: FONT_HEADING, size: 11, bold: true }, horizontal: 'left', vertical: 'center', wrap: true, border: true })),
  /** A data cell, optionally filled (status colours); `top` for a text running on over several rows. */
  data: (align: 'left' | 'center' = 'left', fillArgb?: string, vertical: 'center' | 'top' = 'center') =>
    once(`data${align}${fillArgb ?? ''}${vertical}`, () => ({
      font: { name: FONT_BODY, size: 11 },
      horizontal: align,
      vertical,
      wrap: true,
      border: true,
      ...(fillArgb ? { fill: fillArgb } : {}),
    })),
};

/** A4, fit to one page wide, rows 1..headerRow repeated on every page, "第 N 页 共 M 页" footer. */
export function housePage(options: { headerRow: number; landscape: boolean }): PageSetup {
  return {
    paperSize: 9, // A4
    landscape: options.landscape,
    fitTo: { width: 1, height: 0 },
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    footer: '&C第 &P 页 共 &N 页',
    titleRows: { first: 1, last: options.headerRow },
  };
}

/** Applies a house style to an exceljs cell. */
function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const { name, size, bold, color } = style.font;
  cell.font = { name, size, ...(bold ? { bold } : {}), ...(color ? { color: { argb: color } } : {}) };
  cell.alignment = { horizontal: style.horizontal, vertical: style.vertical === 'center' ? 'middle' : 'top', ...(style.wrap ? { wrapText: true } : {}) };
  if (style.border) cell.border = THIN_BORDER;
  if (style.fill) cell.fill = fill(style.fill);
}

/** A merged, centred title row across `columns` columns. Returns the row. */
export function addTitleRow(ws: ExcelJS.Worksheet, text: string, columns: number, size = 16): ExcelJS.Row {
  const row = ws.addRow([safeText(text)]);
  ws.mergeCells(row.number, 1, row.number, columns);
  row.height = size * 2;
  applyStyle(row.getCell(1), LOOK.title(size));
  return row;
}

/** A merged left-aligned note line (e.g. 填报单位：… 填报日期：…). */
export function addNoteRow(ws: ExcelJS.Worksheet, text: string, columns: number): ExcelJS.Row {
  const row = ws.addRow([safeText(text)]);
  ws.mergeCells(row.number, 1, row.number, columns);
  applyStyle(row.getCell(1), LOOK.note);
  row.height = 22;
  return row;
}

/**
 * The bordered, bold, shaded header row; sets column widths. (exceljs leaves a column of width exactly 9,
 * its default, out of the file, and Excel then makes it 8.43 wide: give no column that width.)
 */
export function addHeaderRow(ws: ExcelJS.Worksheet, columns: ColumnSpec[]): ExcelJS.Row {
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const row = ws.addRow(columns.map((c) => c.header));
  row.height = 28;
  row.eachCell((cell) => applyStyle(cell, LOOK.header));
  return row;
}

/** A bordered data row in the body font, wrapped; plain strings only, never formulas. */
export function addDataRow(
  ws: ExcelJS.Worksheet,
  values: (string | number | null)[],
  columns: ColumnSpec[],
): ExcelJS.Row {
  const row = ws.addRow(values.map((v) => (typeof v === 'string' ? safeText(v) : v)));
  for (let i = 1; i <= columns.length; i++) applyStyle(row.getCell(i), LOOK.data(columns[i - 1]?.align));
  return row;
}

/** A merged, bold section row ("一、…") spanning the table. */
export function addSectionRow(ws: ExcelJS.Worksheet, text: string, columns: number): ExcelJS.Row {
  const row = ws.addRow([safeText(text)]);
  ws.mergeCells(row.number, 1, row.number, columns);
  applyStyle(row.getCell(1), LOOK.section);
  for (let i = 2; i <= columns; i++) row.getCell(i).border = THIN_BORDER;
  row.height = 22;
  return row;
}

/** The house page (housePage) and a frozen header. */
export function applyPrintSetup(
  ws: ExcelJS.Worksheet,
  options: { headerRow: number; landscape: boolean; columns: number },
): void {
  const page = housePage(options);
  ws.pageSetup = {
    paperSize: page.paperSize,
    orientation: page.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: page.fitTo!.width,
    fitToHeight: page.fitTo!.height,
    horizontalCentered: page.horizontalCentered,
    margins: page.margins,
    printTitlesRow: `${page.titleRows!.first}:${page.titleRows!.last}`,
  };
  ws.headerFooter = { oddFooter: page.footer };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: options.headerRow }];
}

/** An exceljs sheet's print setup, as the xlsx writer's PageSetup. */
function pageSetupOf(ws: ExcelJS.Worksheet): PageSetup {
  const setup = ws.pageSetup;
  const titles = /^(\d+):(\d+)$/.exec(setup.printTitlesRow ?? '');
  return {
    paperSize: setup.paperSize ?? 9,
    landscape: setup.orientation === 'landscape',
    ...(setup.fitToPage ? { fitTo: { width: setup.fitToWidth ?? 1, height: setup.fitToHeight ?? 1 } } : {}),
    margins: setup.margins!,
    ...(titles ? { titleRows: { first: Number(titles[1]), last: Number(titles[2]) } } : {}),
  };
}

/**
 * Starts a new page before a heading row (a section, a unit) that would otherwise end one, so it prints
 * over the row after it: manual page breaks laid out as the xlsx writer lays out its pages, from the
 * sheet's own print setup, column widths and row heights. Call once the sheet is complete.
 */
export function keepHeadingsWithNext(ws: ExcelJS.Worksheet, headingRows: readonly number[]): void {
  const page = pageSetupOf(ws);
  const widths = ws.columns.map((c) => c.width);
  const scale = largestPrintScale(page, widths, widths.length);
  if (scale === null) return;
  const heights = [0];
  for (let r = 1; r <= ws.rowCount; r++) heights.push(cappedHeight(ws.getRow(r).height ?? 15));
  // Consecutive headings (a part over its first section) go with the row after the last of them.
  const blocks: [number, number][] = [];
  for (const r of headingRows) {
    const previous = blocks[blocks.length - 1];
    if (previous && r <= previous[1]) previous[1] = r + 1;
    else blocks.push([r, r + 1]);
  }
  for (const r of rowBreaks(page, scale, { heights, blocks, titleRows: page.titleRows })) ws.getRow(r).addPageBreak();
}

/** Lines wrapped Chinese text takes in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width / 2));
  // Each paragraph takes at least a line; counted without splitting (this runs for every cell of a large sheet).
  let lines = 0;
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    const length = (end < 0 ? text.length : end) - start;
    lines += Math.max(1, Math.ceil(length / perLine));
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** Row height (points) that shows that many lines of 11 pt text. */
export const heightForLines = (lines: number) => lines * 15 + 6;

/** Lines of 11 pt text the tallest row Excel allows shows. */
export const MAX_ROW_LINES = Math.floor((MAX_ROW_HEIGHT - heightForLines(0)) / 15);

/** A row height no taller than Excel and WPS allow: past it the end of the text shows in neither, on screen or on paper. */
export const cappedHeight = (height: number) => Math.min(height, MAX_ROW_HEIGHT);

/**
 * A row height that shows the values' wrapped Chinese text in full (WPS does not auto-fit merged/wrapped rows),
 * up to the tallest row Excel allows; text longer than that stays whole in its cell.
 */
export function fittedHeight(values: readonly CellValue[], columns: readonly ColumnSpec[], minHeight = 20): number {
  return cappedHeight(textHeight(values, columns, minHeight));
}

/** The height (points) the values' wrapped Chinese text takes, however tall: more than one row may have to hold it. */
export function textHeight(values: readonly CellValue[], columns: readonly ColumnSpec[], minHeight = 20): number {
  let lines = 1;
  values.forEach((value, i) => {
    if (value != null && value !== '') lines = Math.max(lines, wrappedLines(String(value), columns[i]?.width ?? 10));
  });
  return Math.max(minHeight, heightForLines(lines));
}

/** Equally high rows, none over `most` points, that together are `height` high. */
export function rowsForHeight(height: number, most: number): number[] {
  const rows = Math.max(1, Math.ceil(height / most));
  return Array<number>(rows).fill(Math.ceil(height / rows));
}

/** The width, from `width` a character (2 units) at a time up to `maxWidth`, at which `text` fits in the tallest row. */
export function widthToFit(text: string, width: number, maxWidth: number): number {
  let w = width;
  while (w < maxWidth && wrappedLines(text, w) > MAX_ROW_LINES) w = Math.min(maxWidth, w + 2);
  return w;
}

/**
 * The columns with each long-text one (those with a maxWidth) widened just enough for the longest text
 * the rows put in it to fit in the tallest row, so a long report stays readable where the page allows;
 * the others, and every column when all text fits, as they are.
 */
export function widenForText(columns: readonly ColumnSpec[], rows: Iterable<readonly CellValue[]>): ColumnSpec[] {
  const widths = columns.map((c) => c.width);
  // Only the long-text columns are looked at: this runs over every row of a large sheet.
  const widening = columns.flatMap((c, i) => (c.maxWidth ? [i] : []));
  if (!widening.length) return [...columns];
  for (const values of rows) {
    for (const i of widening) {
      const value = values[i];
      if (value != null && value !== '') widths[i] = widthToFit(String(value), widths[i]!, columns[i]!.maxWidth!);
    }
  }
  return columns.map((c, i) => (widths[i] === c.width ? c : { ...c, width: widths[i]! }));
}

/** Sets an exceljs row's height to fittedHeight of its values. */
export function fitRowHeight(row: ExcelJS.Row, columns: ColumnSpec[], minHeight = 20): void {
  const values: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => (values[col - 1] = String(cell.value ?? '')));
  row.height = fittedHeight(values, columns, minHeight);
}
