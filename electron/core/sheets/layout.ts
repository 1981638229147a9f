// The house rows (title, note, header, data, section) and page on a SheetWriter: the same looks as
// the exceljs helpers in ./style, for workbooks written with ./workbookWriter. A merged row gives
// every cell of its range the style, so borders and fills cover the whole range in every reader.
import type { CellValue, SheetWriter } from './sheetWriter';
import { fittedHeight, housePage, LOOK, type ColumnSpec } from './style';
import type { CellStyle } from './styleTable';

function mergedRow(sheet: SheetWriter, text: string, columns: number, style: CellStyle, height: number): number {
  const r = sheet.addRow([text], Array<CellStyle>(columns).fill(style), height);
  sheet.merge(r, 1, r, columns);
  return r;
}

/** A merged, centred title row across `columns` columns. Returns its row number. */
export const titleRow = (sheet: SheetWriter, text: string, columns: number, size = 16): number =>
  mergedRow(sheet, text, columns, LOOK.title(size), size * 2);

/** A merged left-aligned note line (e.g. the period and its figures). */
export const noteRow = (sheet: SheetWriter, text: string, columns: number): number => mergedRow(sheet, text, columns, LOOK.note, 22);

/** A merged, bold section row ("一、…") spanning the table. */
export const sectionRow = (sheet: SheetWriter, text: string, columns: number): number => mergedRow(sheet, text, columns, LOOK.section, 22);

/** The bordered, bold, shaded header row; sets the columns' widths. */
export function headerRow(sheet: SheetWriter, columns: readonly ColumnSpec[]): number {
  sheet.setColumnWidths(columns.map((c) => c.width));
  return sheet.addRow(
    columns.map((c) => c.header),
    LOOK.header,
    28,
  );
}

/** The data style of each column (its alignment), for addRow. */
export const dataStyles = (columns: readonly ColumnSpec[]): CellStyle[] => columns.map((c) => LOOK.data(c.align));

/** A bordered data row in the body font, high enough for its wrapped text. */
export function dataRow(sheet: SheetWriter, values: readonly CellValue[], columns: readonly ColumnSpec[], styles = dataStyles(columns)): number {
  return sheet.addRow(values, styles, fittedHeight(values, columns));
}

/** The house page (A4, fit to width, rows 1..headerRow on every page, page numbers) and a frozen header. */
export function housePrintSetup(sheet: SheetWriter, options: { headerRow: number; landscape: boolean }): void {
  sheet.setPageSetup(housePage(options));
  sheet.freezeRows(options.headerRow);
}
