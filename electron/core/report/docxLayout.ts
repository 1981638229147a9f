// The measures of the documents written as .docx, after GB/T 9704 (党政机关公文格式): the fonts and
// sizes of each kind of text, the A4 page and its margins, the fixed 28 pt body line, and the
// landscape tables (the 通报's 附件, the 任务分工表).
import type { ParagraphStyle } from './docxPackage';
import { mm, pageNumberXml, paragraphXml, runXml, type ParagraphFormat, type RunFormat, type TableFormat } from './wordml';
import { tableTitleLines } from './wording';

/** Official document fonts; docxFonts.ts gives each a fallback installed on every Chinese Windows. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小二 18 pt, 小四 12 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28, tableTitle: 36, table: 24 } as const;

/** A4 in twips, portrait. */
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;

/** Fixed 28 pt lines: 22 lines to the page, as the standard asks. */
export const FIXED_LINE: ParagraphFormat['spacing'] = { line: 560, before: 0, after: 0 };
/** Two characters of 3号 type. */
export const INDENT_2: ParagraphFormat['firstLine'] = { twips: 640, chars: 200 };
/** "附件：" two characters in; a name too long for the line goes on under its first character (GB/T 9704 7.3.4). */
export const ATTACHMENT_INDENT: ParagraphFormat['hangingIndent'] = { left: { twips: 1600, chars: 500 }, hanging: { twips: 960, chars: 300 } };

export const BODY: RunFormat = { font: FONTS.body, size: SIZES.body };
export const HEADING: RunFormat = { font: FONTS.heading, size: SIZES.body };
/** "— 1 —" under every page. */
export const PAGE_NUMBER: RunFormat = { font: FONTS.pageNumber, size: SIZES.pageNumber };

// ---- landscape tables (the 通报's 附件, the 任务分工表) ----------------------------------------

export const TABLE_LINE = { line: 300, before: 0, after: 0 };

/**
 * Table text (小四 仿宋) and table headings (小四 黑体): a large table has tens of thousands of cell
 * paragraphs, so they take font, size and line height from these styles instead of every run.
 */
export const TABLE_STYLES: readonly ParagraphStyle[] = [
  { id: 'TableText', name: '表格文字', paragraph: { spacing: TABLE_LINE }, run: { font: FONTS.body, size: SIZES.table } },
  { id: 'TableHeading', name: '表格标题', paragraph: { spacing: TABLE_LINE }, run: { font: FONTS.heading, size: SIZES.table } },
];

export const CELL_TEXT: ParagraphFormat = { style: 'TableText' };
export const CELL_TEXT_CENTRED: ParagraphFormat = { style: 'TableText', align: 'center' };
export const CELL_HEADING_CENTRED: ParagraphFormat = { style: 'TableHeading', align: 'center' };
/** A section row stays on the page of its first task. */
export const CELL_SECTION_ROW: ParagraphFormat = { style: 'TableHeading', keepNext: true };
export const TABLE_HEADER_FILL = 'F2F2F2';

export const LANDSCAPE_MARGINS = { top: mm(26), bottom: mm(24), left: mm(30), right: mm(30), header: mm(15), footer: mm(15) } as const;
const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

/** Column widths (twips) filling a landscape page's text width in the given proportions. */
export function landscapeColumns(shares: readonly number[]): TableFormat {
  const total = shares.reduce((a, b) => a + b, 0);
  return {
    columns: shares.map((share) => Math.floor((LANDSCAPE_TEXT_WIDTH * share) / total)),
    borderSize: 4,
    cellMargins: { top: 40, bottom: 40, left: 80, right: 80 },
  };
}

/** A table's title: 小二 小标宋, centred, a long one in lines broken between words. */
export const tableTitleXml = (title: string) =>
  paragraphXml(
    tableTitleLines(title)
      .map((line, i) => runXml(line, { font: FONTS.title, size: SIZES.tableTitle, bold: true }, i > 0))
      .join(''),
    { spacing: { line: 720 }, align: 'center' },
  );

const PAGE_NUMBER_RUNS = runXml('— ', PAGE_NUMBER) + pageNumberXml(PAGE_NUMBER) + runXml(' —', PAGE_NUMBER);
/** One character of the page number's 4号 (14 pt). */
const ONE_PAGE_NUMBER_CHAR = { twips: 280, chars: 100 };

/** "— 1 —" centred: the footer of every page (a table sent on its own). */
export const PAGE_NUMBER_FOOTER = paragraphXml(PAGE_NUMBER_RUNS, { align: 'center' });

/** A 公文's page numbers (GB/T 9704 7.5): on odd pages right, on even pages left, one character in. */
export const PAGE_NUMBER_FOOTERS = {
  odd: paragraphXml(PAGE_NUMBER_RUNS, { align: 'right', rightIndent: ONE_PAGE_NUMBER_CHAR }),
  even: paragraphXml(PAGE_NUMBER_RUNS, { align: 'left', firstLine: ONE_PAGE_NUMBER_CHAR }),
};
