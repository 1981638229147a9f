// A .docx return (a bureau that pasted the form into Word, or wrote its report around a table) →
// one grid per table, as if each were a sheet: merged cells as merges, automatic numbering (a 序号
// column numbered by Word) written out, and the paragraphs around the table — the title, the
// 填报单位 line above, the signature below — beside it, where the importer looks for unit and
// period. Rows are the table's own, so row numbers are counted as the official sees them in Word.
// The archive has been vetted by core/files/zipGuard, which hands over the parts.
import { bodyEvents, commentTexts, DOCX_BODY_PARTS, paragraphLabeller, type BodyEvent, type Paragraph } from '../../files/docxBody';
import { readZipParts } from '../../files/zipArchive';
import type { FileInput } from '../../../shared/api/method';
import { AppError } from '../../../shared/result';
import { MAX_ROWS, tooManyRows } from '../../limits';
import { isUnitLine, MAX_COLUMNS, type CellRange, type SheetGrid } from './grid';

export const isDocxPart = (entryName: string) => DOCX_BODY_PARTS.has(entryName);

/** Paragraphs kept around a table: the last ones above it (and what stood above the first table), the first ones below. */
const LINES_ABOVE = 8;
const LINES_BELOW = 8;

interface Table {
  rows: string[][];
  merges: CellRange[];
  /** Comments (批注) anchored in its cells, 0-based as the grid's. */
  comments: { r: number; c: number; text: string }[];
  /** Rows with text formatted hidden in Word (read all the same, and said), 0-based. */
  hiddenRows: Set<number>;
  above: string[];
  below: string[];
  /** A 填报单位 line stands among its own lines above (not only above the first table). */
  ownUnitLine?: boolean;
  /** Only empty paragraphs (a page break) stand between it and the table before. */
  followsTable?: boolean;
}

interface OpenCell {
  lines: string[];
  span: number;
  vMerge: 'restart' | 'continue' | null;
}

export function readDocx(file: FileInput, parts?: Map<string, Uint8Array>): SheetGrid[] {
  return readDocxBody(file, parts).tables;
}

/**
 * A Word document's tables as grids, and its paragraphs outside any table that hold text, in order:
 * the paragraphs are what a report written without a progress table is read from (see
 * returns/reportOutline), numbered as the official counts them (第1段 the first).
 */
export interface WordBody {
  tables: SheetGrid[];
  paragraphs: string[];
}

export function readDocxBody({ name, bytes }: FileInput, parts?: Map<string, Uint8Array>): WordBody {
  const unreadable = () => new AppError('BAD_FILE', `文件“${name}”的文档内容无法读取（压缩结构不完整）。请用 WPS 或 Word 打开后另存为 .docx 再导入。`);
  const read = parts ?? readZipParts(bytes, isDocxPart, unreadable);
  const text = (part: string) => {
    const data = read.get(part);
    return data ? new TextDecoder('utf-8').decode(data) : null;
  };
  const document = text('word/document.xml');
  if (document === null) throw new AppError('BAD_FILE', `文件“${name}”中没有文档内容，无法读取。`);
  const labelOf = paragraphLabeller({ document, numbering: text('word/numbering.xml'), styles: text('word/styles.xml') });
  return wordBody(name, bodyEvents(document), labelOf, commentTexts(text('word/comments.xml')));
}

/**
 * A Word document's body (a .docx's, or a .doc's as the same events) → one grid per outermost table,
 * with the paragraphs around it, and the body's paragraphs. `labelOf` gives a paragraph's automatic
 * number ("1." of a list).
 */
export function wordBody(
  name: string,
  events: Iterable<BodyEvent>,
  labelOf: (p: Paragraph) => string,
  comments: ReadonlyMap<string, string> = new Map(),
): WordBody {
  const tables: Table[] = [];
  const paragraphs: string[] = [];
  const outside: string[] = []; // paragraphs since the last table
  let title: string | null = null;
  let depth = 0; // tables nest: only the outermost make grids, inner ones' text stays in the cell
  let table: Table | null = null;
  let row: string[] = [];
  let cell: OpenCell | null = null;
  /** Per column: the vertical merge a "continue" cell below extends. */
  let vertical: (CellRange | undefined)[] = [];
  const placedComments = new Set<string>();

  const endTable = (t: Table) => {
    t.merges = t.merges.filter((m) => m.bottom > m.top || m.right > m.left);
    vertical = [];
    // A later table keeps what stood above the first (title, 填报单位 line) before its own lines,
    // but for a 填报单位 line when it has its own: a compilation names each unit above its table.
    const lead = tables[0]?.above ?? (title === null ? [] : [title]);
    const own = outside.filter(Boolean).slice(-LINES_ABOVE);
    const namesItsUnit = own.some(isUnitLine);
    t.ownUnitLine = namesItsUnit;
    t.above = [...lead.filter((line) => !own.includes(line) && !(namesItsUnit && isUnitLine(line))), ...own];
    const previous = tables[tables.length - 1];
    if (previous && !outside.some(Boolean)) t.followsTable = true;
    if (previous) previous.below = outside.filter(Boolean).slice(0, LINES_BELOW);
    outside.length = 0;
    tables.push(t);
  };

  for (const event of events) {
    switch (event.kind) {
      case 'paragraph': {
        const line = (labelOf(event.paragraph) + event.paragraph.text).trim();
        if (cell && table && event.paragraph.hiddenText) table.hiddenRows.add(table.rows.length);
        if (cell) cell.lines.push(line);
        else if (depth === 0) {
          outside.push(line);
          if (line) paragraphs.push(line);
          if (title === null && line) title = line;
        }
        break;
      }
      case 'table':
        if (event.open && ++depth === 1) table = { rows: [], merges: [], comments: [], hiddenRows: new Set(), above: [], below: [] };
        else if (!event.open && --depth === 0 && table) {
          endTable(table);
          table = null;
        }
        break;
      case 'row':
        if (depth !== 1 || !table) break;
        if (event.open) row = [];
        else {
          if (table.rows.length >= MAX_ROWS) throw tooManyRows(name, `表格${tables.length + 1}`, null);
          table.rows.push(row);
        }
        break;
      case 'cell':
        if (depth !== 1 || !table) break;
        if (event.open) cell = { lines: [], span: 1, vMerge: null };
        else if (cell) {
          placeCell(table, row, cell, vertical);
          cell = null;
        }
        break;
      case 'gridSpan':
        if (depth === 1 && cell) cell.span = Math.min(event.span, MAX_COLUMNS);
        break;
      case 'vMerge':
        if (depth === 1 && cell) cell.vMerge = event.restart ? 'restart' : 'continue';
        break;
      case 'commentStart':
      case 'comment': {
        // A comment on a cell of the table (not on the paragraphs around it) goes with that cell's row:
        // where its text begins, or else where its mark sits. A selection from a cell to below the
        // table has its mark outside the table.
        const text = comments.get(event.id);
        if (!text || placedComments.has(event.id) || !(table && cell && depth >= 1)) break;
        table.comments.push({ r: table.rows.length, c: row.length, text });
        placedComments.add(event.id);
        break;
      }
      case 'gridBefore':
        // A row that starts further right (a form's indented line): its cells stay under their columns.
        if (depth === 1 && table && !cell) for (let i = Math.min(event.columns, MAX_COLUMNS); i > 0; i--) row.push('');
        break;
    }
  }
  const last = tables[tables.length - 1];
  if (last) last.below = outside.filter(Boolean).slice(0, LINES_BELOW);
  // A compilation (a later table names its own unit): the 填报单位 line over the first table is that
  // table's, not the document's, so a table without one of its own takes none from it…
  // Nor does it take the next table's, which stands below it.
  if (tables.slice(1).some((t) => t.ownUnitLine)) {
    tables.forEach((t, i) => {
      if (i > 0 && !t.ownUnitLine) t.above = t.above.filter((line) => !isUnitLine(line));
      if (tables[i + 1]?.ownUnitLine) t.below = t.below.filter((line) => !isUnitLine(line));
    });
  }
  return { tables: tables.map((t, i) => sheetOf(t, `表格${i + 1}`)), paragraphs };
}

/** Puts a finished cell at the row's next column: its text, and the merge it starts, extends or makes. */
function placeCell(table: Table, row: string[], cell: OpenCell, vertical: (CellRange | undefined)[]): void {
  const r = table.rows.length;
  const c = row.length;
  if (c + cell.span > MAX_COLUMNS) return;
  const text = cell.lines.join('\n').trim();
  row.push(text);
  for (let i = 1; i < cell.span; i++) row.push('');
  const range = { top: r, left: c, bottom: r, right: c + cell.span - 1 };
  const above = vertical[c];
  if (cell.vMerge === 'continue' && above && above.bottom === r - 1) {
    // Word leaves a continued cell empty; should it hold text, the text stays where it is.
    above.bottom = r;
    return;
  }
  for (let col = c; col <= range.right; col++) vertical[col] = undefined;
  // A merge is recorded when it starts; continued cells below stretch it (one-cell ones are dropped at the table's end).
  if (cell.vMerge === 'restart') vertical[c] = range;
  if (cell.vMerge === 'restart' || cell.span > 1) table.merges.push(range);
}

/** A table as a sheet, with the lines around it. */
function sheetOf(t: Table, name: string): SheetGrid {
  return {
    name,
    state: 'visible',
    rows: t.rows,
    merges: t.merges,
    around: { above: t.above, below: t.below },
    ...(t.comments.length ? { comments: t.comments } : {}),
    ...(t.hiddenRows.size ? { hiddenRows: [...t.hiddenRows] } : {}),
    ...(t.followsTable ? { followsTable: true } : {}),
  };
}
