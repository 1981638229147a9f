// Where a sheet's printed pages end, worked out from what the writer itself set: the paper, the
// margins, the column widths and every row's height. Excel, WPS and LibreOffice start a new page
// wherever the last one is full, cutting a task's rows (and its merged 序号 and 工作任务 cells)
// in two; with the same layout in hand the writer puts the breaks between tasks instead.
import type { PageSetup } from './sheetWriter';

/** Paper sizes by Excel's code, portrait, in points. */
const PAPER_POINTS: Readonly<Record<number, { width: number; height: number }>> = {
  9: { width: 595.3, height: 841.9 }, // A4
};

/**
 * The most manual page breaks a sheet may hold: Excel keeps 1,026, and its binary workbook (.xlsb) 1,023.
 * Past them the reader breaks pages itself.
 */
export const MAX_ROW_BREAKS = 1023;

/** The width Excel gives a column set none (64 pixels), in its character units. */
const DEFAULT_COLUMN_WIDTH = 64 / 7;

/**
 * A column's printed width in points at 100 %, as narrow as any reader draws it: Excel draws a column
 * `width` units wide as 7 pixels a unit (a digit of the Normal font, Calibri 11), at 96 pixels an inch.
 * A reader without Calibri measures a wider fallback font (LibreOffice with DejaVu Sans: a third wider)
 * and so shrinks the sheet further to fit it, which only leaves its pages a little short of full.
 */
const columnPoints = (width: number) => 7 * width * 0.75;

/** Of the page's height, what is not counted on: room for the readers' rounding of row heights to pixels and of the scale. */
const HEIGHT_SPARE = 0.03;

/**
 * The tallest block, as a share of the page, moved whole onto the next page rather than cut: a taller
 * one that does not fit where it falls starts there, as one taller than a page does. Moving it would
 * leave up to that much of a page blank, and such blocks (a task of many units with long reports) would
 * nearly double the paper.
 */
const KEEP_WHOLE_MAX = 0.5;

interface PrintableArea {
  /** Points, between the margins. */
  width: number;
  height: number;
}

function printableArea(page: PageSetup): PrintableArea | null {
  const paper = PAPER_POINTS[page.paperSize];
  if (!paper) return null;
  const [width, height] = page.landscape ? [paper.height, paper.width] : [paper.width, paper.height];
  const m = page.margins;
  return { width: width - (m.left + m.right) * 72, height: height - (m.top + m.bottom) * 72 };
}

/**
 * The largest scale, in percent, any reader prints the sheet at: 100 unless fit to pages; fit to one page
 * wide, the scale at which the narrowest drawing of the columns fills the width (readers only shrink
 * to fit). Null for another fit or a paper size not known here: the pages' height is then unknown.
 * The reader may print smaller, and its pages then hold more than counted on, never less.
 */
export function largestPrintScale(page: PageSetup, widths: readonly (number | undefined)[], columns: number): number | null {
  const area = printableArea(page);
  if (!area) return null;
  if (!page.fitTo) return 100;
  if (page.fitTo.width !== 1 || page.fitTo.height !== 0) return null;
  let sheetWidth = 0;
  for (let c = 0; c < columns; c++) sheetWidth += columnPoints(widths[c] ?? DEFAULT_COLUMN_WIDTH);
  return Math.min(100, (100 * area.width) / sheetWidth);
}

export interface PrintedRows {
  /** Each row's height in points by row number (index 0 unused). */
  heights: readonly number[];
  /** Row ranges [first, last] to print on one page where they fit; ascending, not overlapping. */
  blocks: readonly (readonly [number, number])[];
  /** The rows printed again at the top of every later page (1-based, inclusive), if any. */
  titleRows?: { first: number; last: number };
}

/**
 * The rows after which a new page starts (what `<brk id>` holds), at `scale` percent: each page filled
 * row by row, and a block that would run past the page's foot moved whole onto the next page. A block
 * taller than half a page (KEEP_WHOLE_MAX) that does not fit where it falls starts there (with at least
 * two of its rows) and breaks where each page is full. At most MAX_ROW_BREAKS.
 */
export function rowBreaks(page: PageSetup, scale: number, rows: PrintedRows): number[] {
  const area = printableArea(page);
  if (!area) return [];
  const { heights, blocks, titleRows } = rows;
  const last = heights.length - 1;
  // The first page holds the rows from the first on; each later one the title rows again, then its own.
  let titleHeight = 0;
  if (titleRows) for (let r = titleRows.first; r <= titleRows.last; r++) titleHeight += heights[r] ?? 0;
  // The page's height in the sheet's own points: the scale shrinks everything printed.
  const room = (area.height * (1 - HEIGHT_SPARE) * 100) / scale;
  const breaks: number[] = [];
  let used = 0;
  const newPage = (after: number) => {
    breaks.push(after);
    used = titleHeight;
  };
  let next = 0; // the first block not yet passed
  let r = 1;
  while (r <= last && breaks.length < MAX_ROW_BREAKS) {
    while (next < blocks.length && blocks[next]![1] < r) next++;
    const block = blocks[next];
    const end = block && block[0] <= r ? Math.min(block[1], last) : r;
    let height = 0;
    for (let i = r; i <= end; i++) height += heights[i]!;
    const pageRoom = room - titleHeight;
    // Whole where it fits; moved whole onto the next page only if that wastes at most KEEP_WHOLE_MAX of it.
    if (used + height <= room || height <= pageRoom * KEEP_WHOLE_MAX) {
      if (used + height > room) newPage(r - 1);
      used += height;
      r = end + 1;
      continue;
    }
    // Taller than half a page and not fitting here: it starts where it falls, unless only its first row
    // (the heading, say) would print there, and breaks where each page is full.
    const start = r;
    for (; r <= end && breaks.length < MAX_ROW_BREAKS; r++) {
      const needed = r === start && r < end ? heights[r]! + heights[r + 1]! : heights[r]!;
      if (used > titleHeight && used + needed > room) newPage(r - 1);
      used += heights[r]!;
    }
  }
  return breaks;
}
