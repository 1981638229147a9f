// A Word table cut in two — by a page break, an empty paragraph typed between its rows, a paste
// page by page — is two tables in the document, the second without a header (or with the first's
// header again). Read apart, the second's rows would belong to no table; they are read as rows of
// the first. .docx and .doc tables alike (both become grids in workbook/readDocx's wordBody).
import { cleanCellText } from '../text';
import type { SheetGrid } from '../workbook/grid';
import { findHeader, headerRowsOf } from './headers';

/** A Word table read as the rows of the one before it. */
export interface Continuation {
  /** The table's own name (“表格2”). */
  table: string;
  /** The table it continues, as the rows are now named (“表格1”). */
  into: string;
  /** Its rows in the joined table, 1-based, first and last. */
  rows: [number, number];
  /** It began with the header of the table it continues, which is not read again. */
  repeatedHeader: boolean;
}

const widthOf = (sheet: SheetGrid) => sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);

/**
 * The grids with each continuation joined to the table before it: a table that directly follows
 * another (only empty paragraphs between), has as many columns, and has no header of its own or
 * begins with the same header rows. Other grids are returned as they are.
 */
export function joinSplitTables(sheets: readonly SheetGrid[]): { sheets: SheetGrid[]; continuations: Continuation[] } {
  const out: SheetGrid[] = [];
  const continuations: Continuation[] = [];
  for (const sheet of sheets) {
    const previous = out[out.length - 1];
    const skip = previous && sheet.followsTable && widthOf(previous) === widthOf(sheet) ? headerToSkip(previous, sheet) : null;
    if (previous === undefined || skip === null || skip >= sheet.rows.length) {
      out.push(sheet);
      continue;
    }
    const joined = appendRows(previous, sheet, skip);
    out[out.length - 1] = joined;
    continuations.push({ table: sheet.name, into: previous.name, rows: [previous.rows.length + 1, joined.rows.length], repeatedHeader: skip > 0 });
  }
  return { sheets: out, continuations };
}

/**
 * How many rows of `next` to leave out when it continues `previous`: 0 when it has no header of
 * its own, the header's rows when it repeats `previous`'s; null when it is a table of its own (or
 * `previous` is no return table, so there is nothing to continue).
 */
function headerToSkip(previous: SheetGrid, next: SheetGrid): number | null {
  const layout = findHeader(previous);
  if (!layout) return null;
  const header = headerRowsOf(previous, layout).map(rowKey);
  if (header.every((key, i) => next.rows[i] !== undefined && rowKey(next.rows[i]!) === key)) return header.length;
  return findHeader(next) ? null : 0;
}

const rowKey = (row: readonly string[]) => row.map((t) => cleanCellText(t).replace(/\s+/g, '')).join('\u0000');

/** `previous` with `next`'s rows from `skip` on below its own; merges, comments and hidden rows moved with them. */
function appendRows(previous: SheetGrid, next: SheetGrid, skip: number): SheetGrid {
  const offset = previous.rows.length - skip;
  const merges = next.merges
    .filter((m) => m.bottom >= skip)
    .map((m) => ({ ...m, top: Math.max(m.top, skip) + offset, bottom: m.bottom + offset }))
    .filter((m) => m.bottom > m.top || m.right > m.left);
  const comments = [...(previous.comments ?? []), ...(next.comments ?? []).filter((c) => c.r >= skip).map((c) => ({ ...c, r: c.r + offset }))];
  const hiddenRows = [...(previous.hiddenRows ?? []), ...(next.hiddenRows ?? []).filter((r) => r >= skip).map((r) => r + offset)];
  return {
    ...previous,
    rows: [...previous.rows, ...next.rows.slice(skip)],
    merges: [...previous.merges, ...merges],
    around: { above: previous.around?.above ?? [], below: next.around?.below ?? [] },
    ...(comments.length ? { comments } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
  };
}
