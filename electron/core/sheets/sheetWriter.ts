// One worksheet, written row by row: each row becomes XML when it is added and the XML is encoded to
// bytes every 64 K characters, so a sheet of 17,000 rows holds a few megabytes outside the JS heap
// rather than hundreds of thousands of string pieces the garbage collector would copy again and again.
// Also column widths, merges, a frozen header, the print setup and page breaks that keep blocks of
// rows together. Cells hold text or numbers only, never formulas: text starting with "=" stays text.
import { largestPrintScale, rowBreaks } from './pagination';
import type { SharedStrings } from './sharedStrings';
import type { CellStyle, StyleTable } from './styleTable';
import { columnName, escapeXml, safeText, XML_HEADER } from './xml';

export type CellValue = string | number | null | undefined;

export interface PageSetup {
  /** Excel's paper code: 9 is A4. */
  paperSize: number;
  landscape: boolean;
  /**
   * Pages wide and tall to shrink the sheet to; 0 leaves that direction free. Omitted: print at 100 %.
   * Rows kept together (keepTogether) need no fit, or one page wide and free in height.
   */
  fitTo?: { width: number; height: number };
  horizontalCentered?: boolean;
  /** Inches, as Excel stores them. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** In Excel's header/footer codes, e.g. "&C第 &P 页 共 &N 页". */
  footer?: string;
  /** Rows printed again at the top of every page (1-based, inclusive). */
  titleRows?: { first: number; last: number };
}

/** A row the writer gives no height to, as sheetFormatPr says (the reader may grow it for its text). */
const DEFAULT_ROW_HEIGHT = 15;

/** The tallest row Excel and WPS keep, in points: a taller one is cut back to it on opening, hiding the end of its text. */
export const MAX_ROW_HEIGHT = 409;

const CHUNK_CHARS = 65_536;
const encoder = new TextEncoder();

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const MAX_NAME = 31;
const BAD_NAME = /[[\]:*?/\\]|^'|'$/;

export class SheetWriter {
  /** sheetData so far: encoded chunks, and the rows not encoded yet. */
  private readonly rowChunks: Uint8Array[] = [];
  private pendingRows = '';
  private readonly merges: string[] = [];
  private readonly widths: number[] = [];
  /** Every row's height by row number, for working out where the printed pages end. */
  private readonly heights: number[] = [0];
  private readonly blocks: [number, number][] = [];
  private lastRow = 0;
  private lastColumn = 0;
  private frozenRows = 0;
  private page: PageSetup | null = null;

  constructor(
    readonly name: string,
    private readonly styles: StyleTable,
    private readonly strings: SharedStrings,
  ) {
    if (!name || name.length > MAX_NAME || BAD_NAME.test(name)) throw new Error(`工作表名称不可用：${name}`);
  }

  /** Row number the next addRow will write. */
  get nextRow(): number {
    return this.lastRow + 1;
  }

  /** Widths (in Excel character units) of the columns from `first` on. */
  setColumnWidths(widths: readonly number[], first = 1): void {
    widths.forEach((w, i) => (this.widths[first - 1 + i] = w));
  }

  /**
   * Appends a row and returns its number. `style` is one style for every value, or one per column:
   * columns past the values get an empty cell in their style (the rest of a merged range, say), and
   * values past the styles get the Normal style.
   * `height` is in points, at most MAX_ROW_HEIGHT; omitted, the reader sizes the row.
   */
  addRow(values: readonly CellValue[], style: CellStyle | readonly CellStyle[], height?: number): number {
    const r = ++this.lastRow;
    this.heights[r] = height === undefined ? DEFAULT_ROW_HEIGHT : Math.min(height, MAX_ROW_HEIGHT);
    const perColumn = Array.isArray(style) ? (style as readonly CellStyle[]) : null;
    const count = Math.max(values.length, perColumn?.length ?? 0);
    if (!count) return r; // an empty spacer row needs no XML
    let xml = height === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${Math.min(height, MAX_ROW_HEIGHT)}" customHeight="1">`;
    for (let c = 0; c < count; c++) {
      const cellStyle = perColumn ? perColumn[c] : (style as CellStyle);
      const s = cellStyle ? this.styles.id(cellStyle) : 0;
      xml += this.cell(`${columnName(c + 1)}${r}`, values[c], s);
    }
    this.pendingRows += `${xml}</row>`;
    if (this.pendingRows.length > CHUNK_CHARS) this.encodePending();
    this.lastColumn = Math.max(this.lastColumn, count);
    return r;
  }

  private encodePending(): void {
    this.rowChunks.push(encoder.encode(this.pendingRows));
    this.pendingRows = '';
  }

  private cell(ref: string, value: CellValue, s: number): string {
    if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}" s="${s}"><v>${value}</v></c>`;
    const text = value == null ? '' : String(value);
    if (!text) return `<c r="${ref}" s="${s}"/>`;
    return `<c r="${ref}" s="${s}" t="s"><v>${this.strings.id(text)}</v></c>`;
  }

  /** Merges a range. The caller lays merges out so they never overlap (Excel refuses the file if they do). */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push(`<mergeCell ref="${columnName(left)}${top}:${columnName(right)}${bottom}"/>`);
  }

  /**
   * Prints rows `first`..`last` on one page where they fit (a task's rows under its merged cells, with
   * the section heading over them): a page break the page would put among them goes before `first`.
   * Ranges come in order; one overlapping the last joins it.
   */
  keepTogether(first: number, last: number): void {
    if (last <= first) return;
    const previous = this.blocks[this.blocks.length - 1];
    if (previous && first <= previous[1]) previous[1] = Math.max(previous[1], last);
    else this.blocks.push([first, last]);
  }

  /** Keeps the first `rows` rows in view while scrolling. */
  freezeRows(rows: number): void {
    this.frozenRows = rows;
  }

  setPageSetup(page: PageSetup): void {
    this.page = page;
  }

  /** The defined name that repeats the title rows on every page, or null. */
  printTitles(): string | null {
    const t = this.page?.titleRows;
    return t ? `'${this.name.replace(/'/g, "''")}'!$${t.first}:$${t.last}` : null;
  }

  /** xl/worksheets/sheetN.xml */
  toBytes(): Uint8Array {
    this.encodePending();
    const page = this.page;
    const parts = [
      `${XML_HEADER}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`,
    ];
    if (page?.fitTo) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    const lastRef = `${columnName(Math.max(1, this.lastColumn))}${Math.max(1, this.lastRow)}`;
    parts.push(`<dimension ref="A1:${lastRef}"/>`, this.viewXml(), '<sheetFormatPr defaultRowHeight="15"/>');
    const cols = this.widths.map((w, i) => (w === undefined ? '' : `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)).join('');
    if (cols) parts.push(`<cols>${cols}</cols>`);
    parts.push('<sheetData>');
    const tail = [
      '</sheetData>',
      this.merges.length ? `<mergeCells count="${this.merges.length}">${this.merges.join('')}</mergeCells>` : '',
      page ? pageXml(page) : '',
      page ? this.breaksXml(page) : '',
      '</worksheet>',
    ];
    return Buffer.concat([encoder.encode(parts.join('')), ...this.rowChunks, encoder.encode(tail.join(''))]);
  }

  /**
   * Manual page breaks keeping the blocks together: every page's, laid out at the largest scale the
   * sheet may print at, so no reader's page ends before the one counted here.
   */
  private breaksXml(page: PageSetup): string {
    const scale = this.blocks.length ? largestPrintScale(page, this.widths, this.lastColumn) : null;
    if (scale === null) return '';
    const rows = rowBreaks(page, scale, { heights: this.heights, blocks: this.blocks, titleRows: page.titleRows });
    if (!rows.length) return '';
    const breaks = rows.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('');
    return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
  }

  private viewXml(): string {
    if (!this.frozenRows) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
    const topLeft = `A${this.frozenRows + 1}`;
    return (
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${this.frozenRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
    );
  }
}

function pageXml(page: PageSetup): string {
  const m = page.margins;
  const fit = page.fitTo ? ` fitToWidth="${page.fitTo.width}" fitToHeight="${page.fitTo.height}"` : '';
  return (
    (page.horizontalCentered ? '<printOptions horizontalCentered="1"/>' : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${page.paperSize}" orientation="${page.landscape ? 'landscape' : 'portrait'}"${fit}/>` +
    (page.footer ? `<headerFooter><oddFooter>${escapeXml(safeText(page.footer))}</oddFooter></headerFooter>` : '')
  );
}
