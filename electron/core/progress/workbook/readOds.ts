// .ods (OpenDocument spreadsheet: what LibreOffice and 永中 Office save by default on 信创 machines)
// → grids, read in one pass over content.xml. The archive has been vetted by core/files/zipGuard,
// which hands over content.xml inflated (isOdsPart).
import { attributesOf, decodeXmlEntities } from '../../files/xmlScan';
import { readZipParts } from '../../files/zipArchive';
import type { FileInput } from '../../../shared/api/method';
import { AppError } from '../../../shared/result';
import { MAX_ROWS, tooManyRows } from '../../limits';
import { commentText, hiddenParts, MAX_COLUMNS, percentText, valueText, type CellRange, type SheetGrid } from './grid';

const CONTENT = 'content.xml';
const utf8 = new TextDecoder('utf-8');

export const isOdsPart = (entryName: string) => entryName === CONTENT;

/** Every start tag, end tag and run of text, in document order. */
const TOKEN = /<(\/?)([\w.-]+:[\w.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;

interface OpenCell {
  attrs: Record<string, string>;
  text: string;
  paragraphs: number;
  /** Inside a paragraph: only there is text the cell's (not the indentation between elements). */
  inParagraph: number;
}

export function readOds({ name, bytes }: FileInput, parts?: Map<string, Uint8Array>): SheetGrid[] {
  const unreadable = () => new AppError('BAD_FILE', `文件“${name}”的表格内容无法读取（压缩结构不完整）。请用 WPS 或 LibreOffice 打开后另存为 .xlsx 再导入。`);
  const content = (parts ?? readZipParts(bytes, isOdsPart, unreadable)).get(CONTENT);
  if (!content) throw new AppError('BAD_FILE', `文件“${name}”中没有表格内容，无法读取。`);
  const xml = utf8.decode(content);
  const hiddenStyles = hiddenTableStyles(xml);

  const sheets: SheetGrid[] = [];
  let sheet: SheetGrid | null = null;
  let r = 0;
  let c = 0;
  let rowRepeat = 1;
  let row: string[] = [];
  let rowMerges: CellRange[] = [];
  /** Columns of the row being read that hold a date, and its cells' comments. */
  let rowDates: number[] = [];
  let rowComments: { c: number; text: string }[] = [];
  let cell: OpenCell | null = null;
  /** Each sheet's hidden (collapsed or filtered out) rows and columns, 0-based. */
  const hidden = new Map<SheetGrid, { rows: number[]; columns: number[] }>();
  let rowHidden = false;
  let column = 0;
  // Comments (office:annotation) sit inside cells; their paragraphs are not the cell's text but the comment's.
  let annotationDepth = 0;
  let annotation: { text: string; paragraphs: number; inParagraph: number } | null = null;

  const endRow = () => {
    if (!sheet) return;
    const filled = row.some((text) => text !== '');
    // LibreOffice writes identical neighbouring rows once, with a repeat count: a filled row is
    // made that many times, merges and all; an empty one (the sheet's blank tail) not at all.
    const copies = filled ? rowRepeat : 1;
    if (filled && r + rowRepeat > MAX_ROWS) throw tooManyRows(name, sheet.name, null);
    for (let i = 0; i < copies; i++) {
      if (filled) sheet.rows[r + i] = i === 0 ? row : row.slice();
      if (filled && rowHidden) hidden.get(sheet)!.rows.push(r + i);
      if (filled) for (const c of rowDates) (sheet.dates ??= []).push({ r: r + i, c });
      // A comment on a cell of an empty row is still a comment; repeated rows carry it once.
      if (i === 0) for (const { c, text } of rowComments) (sheet.comments ??= []).push({ r, c, text });
      for (const m of rowMerges) sheet.merges.push({ ...m, top: m.top + i, bottom: m.bottom + i });
    }
    r += rowRepeat;
    row = [];
    rowMerges = [];
    rowDates = [];
    rowComments = [];
  };

  const endCell = (attrs: Record<string, string>, text: string) => {
    const repeat = Math.min(Number(attrs['table:number-columns-repeated'] ?? 1) || 1, MAX_COLUMNS - c);
    const across = Number(attrs['table:number-columns-spanned'] ?? 1) || 1;
    const down = Number(attrs['table:number-rows-spanned'] ?? 1) || 1;
    if (across > 1 || down > 1) rowMerges.push({ top: r, left: c, bottom: r + down - 1, right: c + across - 1 });
    const value = cellValue(attrs, text);
    if (value !== '') for (let i = 0; i < repeat; i++) row[c + i] = value;
    if (value !== '' && attrs['office:value-type'] === 'date') for (let i = 0; i < repeat; i++) rowDates.push(c + i);
    c += Math.max(repeat, 0);
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const [, closing, tag, attrSource, selfClosing, text] = m;
    if (text !== undefined) {
      if (cell?.inParagraph && !annotationDepth) cell.text += text;
      if (annotation?.inParagraph) annotation.text += text;
      continue;
    }
    if (tag === 'office:annotation') {
      if (!selfClosing) annotationDepth += closing ? -1 : 1;
      if (cell && !selfClosing && !closing && annotationDepth === 1) annotation = { text: '', paragraphs: 0, inParagraph: 0 };
      continue;
    }
    if (annotationDepth) {
      if (annotation && (tag === 'text:p' || tag === 'text:h')) {
        if (closing) annotation.inParagraph--;
        else {
          if (annotation.paragraphs++ > 0) annotation.text += '\n';
          if (!selfClosing) annotation.inParagraph++;
        }
      }
      continue;
    }
    if (closing) {
      if (tag === 'table:table-cell' || tag === 'table:covered-table-cell') {
        const said = annotation ? commentText(decodeXmlEntities(annotation.text), undefined) : '';
        if (said && sheet) rowComments.push({ c, text: said });
        annotation = null;
        if (cell) endCell(cell.attrs, decodeXmlEntities(cell.text));
        cell = null;
      } else if (tag === 'table:table-row') endRow();
      else if (tag === 'table:table') sheet = null;
      else if ((tag === 'text:p' || tag === 'text:h') && cell) cell.inParagraph--;
      continue;
    }
    switch (tag) {
      case 'table:table': {
        const attrs = attributesOf(attrSource!);
        sheet = { name: attrs['table:name'] ?? '', state: hiddenStyles.has(attrs['table:style-name'] ?? '') ? 'hidden' : 'visible', rows: [], merges: [] };
        sheets.push(sheet);
        hidden.set(sheet, { rows: [], columns: [] });
        r = 0;
        column = 0;
        break;
      }
      case 'table:table-column': {
        if (!sheet) break;
        const attrs = attributesOf(attrSource!);
        const repeat = Math.min(Number(attrs['table:number-columns-repeated'] ?? 1) || 1, MAX_COLUMNS - column);
        if (isCollapsed(attrs)) for (let i = 0; i < repeat; i++) hidden.get(sheet)!.columns.push(column + i);
        column += Math.max(repeat, 0);
        break;
      }
      case 'table:table-row': {
        const attrs = attributesOf(attrSource!);
        rowRepeat = Number(attrs['table:number-rows-repeated'] ?? 1) || 1;
        rowHidden = isCollapsed(attrs);
        row = [];
        c = 0;
        if (selfClosing) endRow();
        break;
      }
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (!sheet) break;
        if (selfClosing) endCell(attributesOf(attrSource!), '');
        else cell = { attrs: attributesOf(attrSource!), text: '', paragraphs: 0, inParagraph: 0 };
        break;
      case 'text:p':
      case 'text:h':
        if (!cell) break;
        if (cell.paragraphs++ > 0) cell.text += '\n';
        if (!selfClosing) cell.inParagraph++;
        break;
      case 'text:s':
        if (cell) cell.text += ' '.repeat(Math.min(Number(attributesOf(attrSource!)['text:c'] ?? 1) || 1, 1000));
        break;
      case 'text:tab':
        if (cell) cell.text += '\t';
        break;
      case 'text:line-break':
        if (cell) cell.text += '\n';
        break;
    }
  }
  for (const s of sheets) {
    for (let i = 0; i < s.rows.length; i++) {
      const cells = (s.rows[i] ??= []);
      for (let j = 0; j < cells.length; j++) cells[j] ??= '';
    }
    const { rows, columns } = hidden.get(s)!;
    Object.assign(s, hiddenParts(s.rows, rows, columns));
  }
  return sheets;
}

/** A row or column hidden by hand (collapse) or by a filter. */
const isCollapsed = (attrs: Record<string, string>) => attrs['table:visibility'] === 'collapse' || attrs['table:visibility'] === 'filter';

/** A cell's value as the importer reads it: numbers and dates by their value, as the xlsx reader gives them. */
function cellValue(attrs: Record<string, string>, text: string): string {
  switch (attrs['office:value-type']) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = Number(attrs['office:value']);
      if (!Number.isFinite(n)) return text;
      return attrs['office:value-type'] === 'percentage' ? percentText(n) : valueText(n);
    }
    case 'date': {
      const value = attrs['office:date-value'] ?? '';
      // A date-time without a zone is a wall-clock time: read it as such, not as this machine's local time.
      const date = new Date(/T/.test(value) && !/(Z|[+-]\d\d:?\d\d)$/.test(value) ? `${value}Z` : value);
      return Number.isNaN(date.getTime()) ? text : valueText(date);
    }
    case 'boolean':
      return attrs['office:boolean-value'] === 'true' ? 'TRUE' : 'FALSE';
    default:
      return text;
  }
}

/** Names of the automatic table styles that hide a sheet (table:display="false"). */
function hiddenTableStyles(xml: string): Set<string> {
  const hidden = new Set<string>();
  const styles = /<style:style\b([^>]*)>([\s\S]*?)<\/style:style>/g;
  const head = xml.slice(0, Math.max(0, xml.indexOf('<office:body')));
  for (let m = styles.exec(head); m; m = styles.exec(head)) {
    const attrs = attributesOf(m[1]!);
    if (attrs['style:family'] === 'table' && /table:display\s*=\s*["']false["']/.test(m[2]!)) hidden.add(attrs['style:name'] ?? '');
  }
  return hidden;
}
