// WordprocessingML written as strings: runs, paragraphs, tables and section properties, each
// element's children in the order the schema requires (Word refuses a file that breaks it).
// The 通报 is written this way rather than through an object model because its 附件 holds every
// unit's report of the period: tens of thousands of paragraphs, which plain strings write in a
// fraction of the time. Every text and attribute value goes through xmlText.
import { escapeXml, safeText } from '../sheets/xml';

/** What escapeXml or safeText would change (safeText's characters mirrored); most text has none and skips both passes. */
// eslint-disable-next-line no-control-regex
const NEEDS_CARE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Any text as element content or a double-quoted attribute value. */
export const xmlText = (text: string) => (NEEDS_CARE.test(text) ? escapeXml(safeText(text)) : text);

/** Lengths are in twips (1/20 pt); font sizes in half-points, as Word stores them. */
export const mm = (value: number) => Math.round((value * 1440) / 25.4);

export interface RunFormat {
  font?: string;
  /** Half-points. */
  size?: number;
  bold?: boolean;
}

export interface ParagraphFormat {
  /** A paragraph style of styles.xml (its id). */
  style?: string;
  /** Keeps the paragraph on the page of the next one (a table's section row with its first task). */
  keepNext?: boolean;
  /** Exact line height and the space before and after, in twips. */
  spacing?: { line: number; before?: number; after?: number };
  /** First-line indent in twips and in hundredths of a character (Word prefers the latter). */
  firstLine?: { twips: number; chars: number };
  /** Right indent in twips and in hundredths of a character (a 落款's “右空二字”). */
  rightIndent?: { twips: number; chars: number };
  /**
   * Left indent with the first line hanging out of it, both in twips and hundredths of a character: the
   * 附件说明's lines after the first align under the attachment's name. Not with firstLine.
   */
  hangingIndent?: { left: { twips: number; chars: number }; hanging: { twips: number; chars: number } };
  align?: 'left' | 'center' | 'right' | 'both';
  /** Section properties (sectionXml) ending the section with this paragraph. */
  section?: string;
}

const attr = (name: string, value: string | number) => ` ${name}="${typeof value === 'number' ? value : xmlText(value)}"`;

/** The w:rPr children for the format (styles.xml wraps them itself). */
export function runProperties(f: RunFormat): string {
  let xml = '';
  if (f.font) {
    const name = xmlText(f.font);
    xml += `<w:rFonts w:ascii="${name}" w:cs="${name}" w:eastAsia="${name}" w:hAnsi="${name}"/>`;
  }
  if (f.bold) xml += '<w:b/><w:bCs/>';
  if (f.size) xml += `<w:sz w:val="${f.size}"/><w:szCs w:val="${f.size}"/>`;
  return xml;
}

const wrap = (tag: string, children: string) => (children ? `<${tag}>${children}</${tag}>` : '');

/** One run of text; `lineBreak` starts it on a new line of the same paragraph. */
export function runXml(text: string, format: RunFormat = {}, lineBreak = false): string {
  return `<w:r>${wrap('w:rPr', runProperties(format))}${lineBreak ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** The w:pPr children for the format. */
export function paragraphProperties(f: ParagraphFormat): string {
  let xml = f.style ? `<w:pStyle${attr('w:val', f.style)}/>` : '';
  if (f.keepNext) xml += '<w:keepNext/>';
  if (f.spacing) {
    const { line, before, after } = f.spacing;
    xml += `<w:spacing${after === undefined ? '' : attr('w:after', after)}${before === undefined ? '' : attr('w:before', before)} w:line="${line}" w:lineRule="exact"/>`;
  }
  if (f.firstLine || f.rightIndent || f.hangingIndent) {
    const hanging = f.hangingIndent;
    const left = hanging ? ` w:left="${hanging.left.twips}" w:leftChars="${hanging.left.chars}"` : '';
    const right = f.rightIndent ? ` w:right="${f.rightIndent.twips}" w:rightChars="${f.rightIndent.chars}"` : '';
    const first = hanging
      ? ` w:hanging="${hanging.hanging.twips}" w:hangingChars="${hanging.hanging.chars}"`
      : f.firstLine
        ? ` w:firstLine="${f.firstLine.twips}" w:firstLineChars="${f.firstLine.chars}"`
        : '';
    xml += `<w:ind${left}${right}${first}/>`;
  }
  if (f.align) xml += `<w:jc w:val="${f.align}"/>`;
  if (f.section) xml += f.section;
  return xml;
}

/** A paragraph of runs (runXml strings); none gives an empty line. */
export function paragraphXml(runs: string, format: ParagraphFormat = {}): string {
  return `<w:p>${wrap('w:pPr', paragraphProperties(format))}${runs}</w:p>`;
}

/** One paragraph per line of the text (a table cell's multi-line text), all in the same format. */
export function linesXml(text: string, paragraph: ParagraphFormat, run: RunFormat = {}): string {
  const open = `<w:p>${wrap('w:pPr', paragraphProperties(paragraph))}`;
  return text
    .split(/\r?\n/)
    .map((line) => `${open}${line ? runXml(line, run) : ''}</w:p>`)
    .join('');
}

// ---- tables ----------------------------------------------------------------------------------

export interface TableFormat {
  /** Column widths in twips; the table is as wide as their sum, laid out fixed. */
  columns: readonly number[];
  /** Single-line borders around and between all cells, in eighths of a point. */
  borderSize: number;
  /** Cell padding in twips. */
  cellMargins: { top: number; right: number; bottom: number; left: number };
}

export function tableXml(t: TableFormat, rows: string): string {
  const width = t.columns.reduce((a, b) => a + b, 0);
  const line = `w:val="single" w:sz="${t.borderSize}" w:space="0" w:color="000000"`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${line}/>`).join('');
  const m = t.cellMargins;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="${m.top}" w:type="dxa"/><w:left w:w="${m.left}" w:type="dxa"/>` +
    `<w:bottom w:w="${m.bottom}" w:type="dxa"/><w:right w:w="${m.right}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>' +
    `<w:tblGrid>${t.columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`
  );
}

export interface RowFormat {
  /** Repeated at the top of every page the table runs onto. */
  header?: boolean;
  /** Kept whole on one page. */
  cantSplit?: boolean;
}

/** A table row of cells (cellXml strings). */
export function rowXml(cells: string, f: RowFormat = {}): string {
  const props = `${f.cantSplit ? '<w:cantSplit/>' : ''}${f.header ? '<w:tblHeader/>' : ''}`;
  return `<w:tr>${props && `<w:trPr>${props}</w:trPr>`}${cells}</w:tr>`;
}

export interface CellFormat {
  /** Twips. */
  width: number;
  /** Columns the cell spans. */
  span?: number;
  /** Background, RRGGBB. */
  fill?: string;
}

/** A vertically centred cell; `paragraphs` must hold at least one paragraph (Word requires it). */
export function cellXml(paragraphs: string, f: CellFormat): string {
  const span = f.span && f.span > 1 ? `<w:gridSpan w:val="${f.span}"/>` : '';
  const fill = f.fill ? `<w:shd w:val="clear" w:color="auto"${attr('w:fill', f.fill)}/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${f.width}" w:type="dxa"/>${span}${fill}<w:vAlign w:val="center"/></w:tcPr>${paragraphs}</w:tc>`;
}

// ---- sections --------------------------------------------------------------------------------

export interface SectionFormat {
  /** Relationship id of the footer part shown on every page of the section (on odd pages, when evenFooter is set). */
  footer: string;
  /** Relationship id of the even pages' footer (the document's settings must ask for odd and even footers). */
  evenFooter?: string;
  /** Starts on a new page (every section after the first). */
  newPage?: boolean;
  landscape?: boolean;
  /** Page size in twips, portrait (landscape swaps it). */
  page: { width: number; height: number };
  margins: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
}

/** Section properties: the last child of the body, or of the paragraph ending an earlier section. */
export function sectionXml(s: SectionFormat): string {
  const [w, h] = s.landscape ? [s.page.height, s.page.width] : [s.page.width, s.page.height];
  const m = s.margins;
  return (
    `<w:sectPr><w:footerReference w:type="default" r:id="${s.footer}"/>` +
    (s.evenFooter ? `<w:footerReference w:type="even" r:id="${s.evenFooter}"/>` : '') +
    (s.newPage ? '<w:type w:val="nextPage"/>' : '') +
    `<w:pgSz w:w="${w}" w:h="${h}" w:orient="${s.landscape ? 'landscape' : 'portrait'}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>` +
    '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

/** The current page number (a PAGE field, which Word and WPS update on every page). */
export function pageNumberXml(format: RunFormat): string {
  const rPr = wrap('w:rPr', runProperties(format));
  const r = (content: string) => `<w:r>${rPr}${content}</w:r>`;
  return (
    r('<w:fldChar w:fldCharType="begin"/>') +
    r('<w:instrText xml:space="preserve"> PAGE </w:instrText>') +
    r('<w:fldChar w:fldCharType="separate"/>') +
    r('<w:fldChar w:fldCharType="end"/>')
  );
}
