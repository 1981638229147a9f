// Reading spreadsheets and nothing else: the floor an importer cannot go below, for the importer's
// own reader and for each library the app could read with. Every reader visits every cell's value.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import type { FileInput } from '../../electron/shared/contract';
import { readXls } from '../../electron/core/progress/workbook/readXls';
import { readXlsx } from '../../electron/core/progress/workbook/readXlsx';

export type ReaderName = 'importer' | 'exceljs_full' | 'exceljs_stream' | 'sheetjs';

/**
 * What the progress importer reads with (electron/core/progress/workbook): its own reader of the
 * .xlsx package XML, and SheetJS for legacy .xls. The raw_parse cases measure it alone, without the
 * zip guard, matching or database.
 */
export const IMPORTER_READER: ReaderName = 'importer';

/** The alternatives, measured on the same files for comparison. */
export const OTHER_READERS: ReaderName[] = ['exceljs_full', 'exceljs_stream', 'sheetjs'];

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

function importer(file: FileInput): number {
  const sheets = isXls(file.name) ? readXls(file) : readXlsx(file);
  let cells = 0;
  for (const sheet of sheets) for (const row of sheet.rows) for (const text of row) if (hasText(text)) cells++;
  return cells;
}

/** Reads one file with the named reader (legacy .xls with SheetJS but for the importer's); returns the non-empty cells seen. */
export async function readSpreadsheet(reader: ReaderName, file: FileInput): Promise<number> {
  const { name, bytes } = file;
  if (reader === 'importer') return importer(file);
  if (isXls(name) || reader === 'sheetjs') return sheetjs(bytes);
  return reader === 'exceljs_full' ? exceljsFull(bytes) : exceljsStream(bytes);
}
