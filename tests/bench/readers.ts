// Reading spreadsheets and nothing else: the floor an importer cannot go below, for each library
// the app could read with. Every reader visits every cell's value, as any importer must.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';

export type ReaderName = 'exceljs_full' | 'exceljs_stream' | 'sheetjs';
export const READERS: ReaderName[] = ['exceljs_full', 'exceljs_stream', 'sheetjs'];

/**
 * The library the progress importer reads with (electron/core/progress/workbook/readSheets.ts):
 * SheetJS for .xlsx and legacy .xls alike, with the same read options as below.
 */
export const IMPORTER_READER: ReaderName = 'sheetjs';

const isXls = (name: string) => /\.xls$/i.test(name);
/** Readers differ on whether an empty string is a value; count only cells with text. */
const hasText = (v: unknown) => v !== null && v !== undefined && v !== '';

async function exceljsFull(bytes: Uint8Array): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  let cells = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (hasText(cell.value)) cells++;
      });
    });
  }
  return cells;
}

async function exceljsStream(bytes: Uint8Array): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (hasText(cell.value)) cells++;
      });
    }
  }
  return cells;
}

function sheetjs(bytes: Uint8Array): number {
  const wb = XLSX.read(bytes, { type: 'array', cellDates: true, cellFormula: false, cellHTML: false, cellStyles: false, dense: true });
  let cells = 0;
  for (const name of wb.SheetNames) {
    const data = (wb.Sheets[name] as XLSX.WorkSheet & { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
    for (const row of data) for (const cell of row ?? []) if (hasText(cell?.v)) cells++;
  }
  return cells;
}

/** Reads one file with the named reader (legacy .xls always with SheetJS); returns the non-empty cells seen. */
export async function readSpreadsheet(reader: ReaderName, name: string, bytes: Uint8Array): Promise<number> {
  if (isXls(name) || reader === 'sheetjs') return sheetjs(bytes);
  return reader === 'exceljs_full' ? exceljsFull(bytes) : exceljsStream(bytes);
}
