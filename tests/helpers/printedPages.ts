// A written sheet's printed pages, worked out from the .xlsx itself as a reader lays them out: the
// paper between the margins, shrunk to the page width when fit to it (Excel draws a column 7 pixels a
// unit of width, Calibri 11 being the Normal font, at 96 pixels an inch), the print title rows again
// on every later page, each row as high as the file says (15 points when it says nothing).
import { strFromU8, unzipSync } from 'fflate';

/** A4 in points, portrait. */
const A4 = { width: 595.3, height: 841.9 };
const DEFAULT_ROW_HEIGHT = 15;

export interface Merge {
  top: number;
  left: string;
  bottom: number;
  right: string;
}

export interface PrintedSheet {
  /** Row heights by row number, 1 to the last row. */
  heights: number[];
  /** Rows after which the file starts a new page (manual breaks). */
  breaks: number[];
  merges: Merge[];
  /** The rows printed again at the top of every later page, if any. */
  titleRows: [number, number] | null;
  /** The sheet's own points a page holds, the title rows included. */
  room: number;
}

const attributes = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
const firstTag = (xml: string, name: string) => attributes(xml.match(new RegExp(`<${name}\\b[^>]*>`))?.[0] ?? '');

/** Sheet `n` (1-based, in the workbook's order) of a written .xlsx, on A4. */
export function printedSheet(bytes: Uint8Array, n = 1): PrintedSheet {
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts[`xl/worksheets/sheet${n}.xml`]!);
  const workbook = strFromU8(parts['xl/workbook.xml']!);
  const heights: number[] = [];
  for (const m of xml.matchAll(/<row\b[^>]*>/g)) {
    const row = attributes(m[0]);
    heights[Number(row.r)] = row.ht ? Number(row.ht) : DEFAULT_ROW_HEIGHT;
  }
  for (let r = 1; r < heights.length; r++) heights[r] ??= DEFAULT_ROW_HEIGHT;
  const titles = workbook.match(new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${n - 1}">[^<]*!\\$(\\d+):\\$(\\d+)</definedName>`));
  const setup = firstTag(xml, 'pageSetup');
  const margins = firstTag(xml, 'pageMargins');
  if (setup.paperSize !== '9') throw new Error(`sheet ${n} is not set to print on A4`);
  const [pageWidth, pageHeight] = setup.orientation === 'landscape' ? [A4.height, A4.width] : [A4.width, A4.height];
  const printableWidth = pageWidth - (Number(margins.left) + Number(margins.right)) * 72;
  const sheetWidth = [...xml.matchAll(/<col\b[^>]*>/g)].reduce((sum, m) => {
    const col = attributes(m[0]);
    return sum + (Number(col.max) - Number(col.min) + 1) * 7 * Number(col.width) * 0.75;
  }, 0);
  const fitToWidth = firstTag(xml, 'pageSetUpPr').fitToPage === '1' && setup.fitToWidth === '1';
  const scale = fitToWidth ? Math.min(1, printableWidth / sheetWidth) : 1;
  return {
    heights,
    breaks: [...xml.matchAll(/<brk\b[^>]*>/g)].map((m) => attributes(m[0])).filter((b) => b.man === '1').map((b) => Number(b.id)),
    merges: [...xml.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/g)].map((m) => ({ left: m[1]!, top: Number(m[2]), right: m[3]!, bottom: Number(m[4]) })),
    titleRows: titles ? [Number(titles[1]), Number(titles[2])] : null,
    room: (pageHeight - (Number(margins.top) + Number(margins.bottom)) * 72) / scale,
  };
}

const sum = (heights: number[], first: number, last: number) => heights.slice(first, last + 1).reduce((a, b) => a + b, 0);

/** The height of rows `first`..`last`. */
export const rowsHeight = (sheet: PrintedSheet, first: number, last: number) => sum(sheet.heights, first, last);

const titleHeight = (sheet: PrintedSheet) => (sheet.titleRows ? rowsHeight(sheet, ...sheet.titleRows) : 0);

/** Each page's rows [first, last] as the breaks divide them, from row 1. */
export function pagesOf(sheet: PrintedSheet, breaks = sheet.breaks): [number, number][] {
  const lastRow = sheet.heights.length - 1;
  const starts = [1, ...breaks.map((b) => b + 1)];
  return starts.map((first, i) => [first, (starts[i + 1] ?? lastRow + 1) - 1]);
}

/** The pages holding more than fits on one, described ("rows 5–40: 612 of 590 points"). */
export function overfullPages(sheet: PrintedSheet): string[] {
  return pagesOf(sheet).flatMap(([first, last], i) => {
    const height = rowsHeight(sheet, first, last) + (i > 0 ? titleHeight(sheet) : 0);
    return height > sheet.room ? [`rows ${first}–${last}: ${height} of ${Math.floor(sheet.room)} points`] : [];
  });
}

/** Where a reader breaks the pages on its own: each page filled row by row. */
export function filledPageBreaks(sheet: PrintedSheet): number[] {
  const breaks: number[] = [];
  let used = 0;
  for (let r = 1; r < sheet.heights.length; r++) {
    if (used > titleHeight(sheet) && used + sheet.heights[r]! > sheet.room) {
      breaks.push(r - 1);
      used = titleHeight(sheet);
    }
    used += sheet.heights[r]!;
  }
  return breaks;
}

/** Rows merged across the table on their own (section and unit headings), below the print title rows. */
export const headingRows = (sheet: PrintedSheet): number[] =>
  sheet.merges.filter((m) => m.top === m.bottom && m.left === 'A' && m.right !== 'A' && m.top > (sheet.titleRows?.[1] ?? 0)).map((m) => m.top);
