// The 通报's measures after GB/T 9704 (党政机关公文格式), shared by its two sections: the fonts and
// sizes of each kind of text, the A4 page and its margins, the fixed 28 pt body line.
import { mm, type ParagraphFormat, type RunFormat } from './wordml';

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

export const BODY: RunFormat = { font: FONTS.body, size: SIZES.body };
export const HEADING: RunFormat = { font: FONTS.heading, size: SIZES.body };
/** "— 1 —" under every page. */
export const PAGE_NUMBER: RunFormat = { font: FONTS.pageNumber, size: SIZES.pageNumber };
