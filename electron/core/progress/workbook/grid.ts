// A spreadsheet reduced to text: what every reader (xlsx, xls, ods, csv, and docx for Word tables) produces and the importer reads.
import { isoDateInWords } from '../../../shared/format';

/** The last column (XFD) Excel, WPS and LibreOffice have: a cell beyond it is none they could have written. */
export const MAX_COLUMNS = 16_384;

export interface CellRange {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetGrid {
  name: string;
  state: SheetState;
  /** rows[r][c], 0-based; '' for empty cells. In a merged range only the top-left cell holds the text. */
  rows: string[][];
  merges: CellRange[];
  /** A Word table's paragraphs: above it (title, 填报单位 line) and below (signature). Sheets have none. */
  around?: { above: string[]; below: string[] };
  /**
   * A Word table right after the one before it, nothing but empty paragraphs (a page break) between:
   * perhaps one table cut in two by a page break or a paste (see returns/splitTables). Sheets never are.
   */
  followsTable?: boolean;
  /**
   * A table stacked below another unit's on the same sheet (see returns/stackedTables): the sheet's
   * rows, of which those above this 0-based row are the other table's. Absent for a sheet's first table.
   */
  firstRow?: number;
  /**
   * Formula cells saved without their result (by a tool that writes formulas but never calculates
   * them): their text is unknown, so they read as empty. 0-based; absent when there are none.
   */
  uncomputed?: { r: number; c: number }[];
  /**
   * Rows and columns hidden in the sheet, 0-based, within its filled rows and width: read all the
   * same (a bureau may hide what it means to keep), so the official is told. Absent when there are none.
   */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /**
   * Cells holding a date (Excel's day number in a date format, an .ods date), read as valueText
   * writes dates ("2023-06-30"): shown in words where the unit's text is read (dateCellInWords). 0-based;
   * absent when there are none.
   */
  dates?: { r: number; c: number }[];
  /** Cell comments (批注), 0-based, their text without the author's name Excel puts first; absent when there are none. */
  comments?: { r: number; c: number; text: string }[];
}

export interface WorkbookGrid {
  /** 'text': a plain text file not named .csv, read as paragraphs only (a report in words, or a plan dropped by mistake). */
  format: 'xlsx' | 'xls' | 'ods' | 'csv' | 'docx' | 'text';
  sheets: SheetGrid[];
  /** A Word document's (or text file's) paragraphs outside its tables that hold text, in order (see readDocx's WordBody); absent for workbooks. */
  paragraphs?: string[];
}

/** Text of a cell value as a reader gets it (numbers without float noise, dates as YYYY-MM-DD). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  return '';
}

/**
 * A date cell's text (valueText's "2023-06-30", "2023-06-30 14:30") as a unit in China sees the date
 * in its sheet: "2023年6月30日", "2023年6月30日 14:30"; a time of day alone (Excel's day 0) as "14:30".
 */
export function dateCellInWords(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?$/.exec(text);
  if (!m) return text;
  const [, date, time] = m;
  if (time && Number(date!.slice(0, 4)) < 1900) return time;
  return `${isoDateInWords(date!)}${time ? ` ${time}` : ''}`;
}

/**
 * A number shown as a percentage, as the unit saw it: 0.255 → "25.5%"; with the format's decimals
 * when known (0.123456 in "0.0%" → "12.3%").
 */
export const percentText = (n: number, decimals: number | null = null): string =>
  decimals === null ? `${valueText(Number((n * 100).toPrecision(15)))}%` : `${(n * 100).toFixed(decimals)}%`;

/** The decimals a percentage format shows: "0.0%" → 1, "0%" → 0. */
export const percentDecimals = (code: string): number => /\.([0#?]*)/.exec(formatSymbols(code).split(';')[0]!)?.[1]!.length ?? 0;

/** A number format code without its literals: quoted text, [colour] brackets, escapes, padding and fill. */
const formatSymbols = (code: string): string => code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');

/** A format code shows a date (or time) when, outside its literals, it has y m d h or s. */
export const isDateFormat = (code: string): boolean => /[ymdhs]/i.test(formatSymbols(code));

/** A format code shows a percentage when, outside its literals, it has a % ("0.0%"). */
export const isPercentFormat = (code: string): boolean => formatSymbols(code).includes('%');

/**
 * The hidden rows and columns a reader found, kept within the sheet's filled rows and width (a
 * "hide every column from F on" covers thousands), as SheetGrid fields, or none.
 */
export function hiddenParts(rows: readonly string[][], hiddenRows: Iterable<number>, hiddenColumns: Iterable<number>): Pick<SheetGrid, 'hiddenRows' | 'hiddenColumns'> {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const inRows = [...new Set(hiddenRows)].filter((r) => r < rows.length).sort((a, b) => a - b);
  const inWidth = [...new Set(hiddenColumns)].filter((c) => c < width).sort((a, b) => a - b);
  return { ...(inRows.length ? { hiddenRows: inRows } : {}), ...(inWidth.length ? { hiddenColumns: inWidth } : {}) };
}

/** A comment's text without the "作者:" line Excel and WPS open it with. */
export function commentText(text: string, author: string | undefined): string {
  const trimmed = text.trim();
  const name = author?.trim();
  if (name && (trimmed.startsWith(`${name}:`) || trimmed.startsWith(`${name}：`))) return trimmed.slice(name.length + 1).trim();
  return trimmed;
}

/** A line naming the reporting unit: “填报单位：省财政厅”, “报送单位（盖章）：…”. */
export const isUnitLine = (line: string): boolean => /(填报|报送)单位/u.test(line);
