// Spreadsheets as plain rows of cell text, merged cells repeating their value, for the table reader:
// .xlsx through exceljs, legacy .xls (and .et, .ods, .csv) through SheetJS.
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { isoDateInWords } from '../../shared/format';
import { MAX_ROWS } from '../limits';

export interface SheetRows {
  name: string;
  rows: string[][];
}

/** A task table has a dozen columns at most; formatting stretched across a whole sheet is not read. */
const MAX_COLUMNS = 60;

/** A date cell (exceljs gives it at UTC midnight) in words. */
const dateText = (d: Date) => isoDateInWords(d.toISOString().slice(0, 10));

function excelCellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v instanceof Date) return dateText(v);
  if (v && typeof v === 'object' && 'result' in v) {
    const r = (v as ExcelJS.CellFormulaValue).result;
    if (r instanceof Date) return dateText(r);
    return r == null || typeof r === 'object' ? '' : String(r);
  }
  return cell.text ?? '';
}

export async function xlsxSheets(bytes: Uint8Array): Promise<SheetRows[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets
    .filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden')
    .map((ws) => {
      const rows: string[][] = [];
      const columns = Math.min(ws.columnCount, MAX_COLUMNS);
      for (let r = 1; r <= Math.min(ws.rowCount, MAX_ROWS); r++) {
        const row = ws.getRow(r);
        const cells: string[] = [];
        for (let c = 1; c <= columns; c++) cells.push(excelCellText(row.getCell(c)).trim());
        rows.push(cells);
      }
      return { name: ws.name, rows };
    });
}

/** Legacy .xls / WPS .et binaries, OpenDocument .ods, and CSV text. */
export function legacySheets(data: Uint8Array | string): SheetRows[] {
  const wb = typeof data === 'string' ? XLSX.read(data, { type: 'string' }) : XLSX.read(data, { type: 'array', cellDates: true });
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name]!;
    const rows = XLSX.utils
      .sheet_to_json<unknown[]>(ws, { header: 1, raw: false, defval: '', blankrows: true })
      .slice(0, MAX_ROWS)
      .map((row) => row.slice(0, MAX_COLUMNS).map((v) => String(v ?? '').trim()));
    // SheetJS keeps a merged value in its top-left cell only.
    for (const m of ws['!merges'] ?? []) {
      const value = rows[m.s.r]?.[m.s.c] ?? '';
      for (let r = m.s.r; r <= Math.min(m.e.r, rows.length - 1); r++) {
        for (let c = m.s.c; c <= Math.min(m.e.c, MAX_COLUMNS - 1); c++) {
          const row = rows[r]!;
          while (row.length <= c) row.push('');
          row[c] = value;
        }
      }
    }
    return { name, rows };
  });
}
