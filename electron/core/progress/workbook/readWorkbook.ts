// Any returned spreadsheet (or Word table) → text grids. The file is identified by content and vetted by
// core/files/inspect (size, zip bombs, encryption) first; failures are AppErrors naming the file.
import { inspectFile } from '../../files/inspect';
import { MAX_CELL_CHARS, MAX_ROWS, cellTooLong, tooManyRows } from '../../limits';
import type { FileInput } from '../../../shared/api/method';
import type { WorkbookGrid } from './grid';
import { decodeText } from '../../plan/decode';
import { readCsv } from './readCsv';
import { readDoc } from './readDoc';
import { isDocxPart, readDocxBody, type WordBody } from './readDocx';
import { isOdsPart, readOds } from './readOds';
import { readXls } from './readXls';
import { isXlsxPart, readXlsx } from './readXlsx';

const TEXT_TABLES = /\.(csv|tsv)$/i;

/** What a returned form may be, as a refusal asks for it. */
export const RETURN_FORMATS = 'Excel 工作簿（.xlsx、.xls）、WPS 表格（.et）、OpenDocument 表格（.ods）、CSV 表格（.csv）或表格在其中的 Word 文档（.docx、.doc）';

/** The zip parts the package readers read, which the zip guard hands over inflated. */
const isWorkbookPart = (entryName: string) => isXlsxPart(entryName) || isOdsPart(entryName) || isDocxPart(entryName);

export function readWorkbook(file: FileInput): WorkbookGrid {
  // Text is a table only as a .csv; any other text is read as paragraphs, as a Word document without a table.
  const { format, zip } = inspectFile(file, ['xlsx', 'xls', 'ods', 'docx', 'doc', 'text'], isWorkbookPart, RETURN_FORMATS);
  const book: WorkbookGrid =
    format === 'text'
      ? TEXT_TABLES.test(file.name)
        ? { format: 'csv', sheets: [readCsv(file)] }
        : { format: 'text', sheets: [], paragraphs: textParagraphs(file) }
      : format === 'xls'
        ? { format: 'xls', sheets: readXls(file) }
        : format === 'ods'
          ? { format: 'ods', sheets: readOds(file, zip!.parts) }
          : format === 'docx'
            ? wordGrid(readDocxBody(file, zip!.parts))
            : format === 'doc'
              ? wordGrid(readDoc(file))
              : { format: 'xlsx', sheets: readXlsx(file, zip!.parts) };
  checkSize(file.name, book);
  return book;
}

/** A text file's lines that hold text, trimmed. */
const textParagraphs = (file: FileInput): string[] =>
  decodeText(file.bytes)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const wordGrid = ({ tables, paragraphs }: WordBody): WorkbookGrid => ({ format: 'docx', sheets: tables, paragraphs });

/** The zip guard counts xlsx rows before inflating; xls and csv are counted here, after reading; cells of all. */
function checkSize(fileName: string, book: WorkbookGrid): void {
  for (const sheet of book.sheets) {
    if (sheet.rows.length > MAX_ROWS) throw tooManyRows(fileName, sheet.name, sheet.rows.length);
    for (let r = 0; r < sheet.rows.length; r++) {
      for (const text of sheet.rows[r]!) {
        if (text.length > MAX_CELL_CHARS) throw cellTooLong(fileName, `工作表“${sheet.name}”第 ${r + 1} 行`, text.length);
      }
    }
  }
}
