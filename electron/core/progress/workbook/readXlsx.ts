// .xlsx → grids, read straight from the package's XML: the shared strings, each worksheet's cells
// and merges, sheet names and visibility, and which number formats are dates or percentages. A general spreadsheet
// library builds far more than an importer needs; this reads a 20,000-row sheet several times faster
// and in a fraction of the memory. The archive has been vetted by core/files/zipGuard beforehand,
// which hands over the parts it inflated (isXlsxPart) so they are not inflated twice.
import { attributesOf, decodeXmlEntities } from '../../files/xmlScan';
import { readZipParts } from '../../files/zipArchive';
import type { FileInput } from '../../../shared/api/method';
import { AppError } from '../../../shared/result';
import { MAX_ROWS, tooManyRows } from '../../limits';
import { commentText, hiddenParts, isDateFormat, isPercentFormat, MAX_COLUMNS, percentDecimals, percentText, valueText, type CellRange, type SheetGrid, type SheetState } from './grid';

const PARTS = /^(_rels\/\.rels|xl\/_rels\/[^/]+\.rels|xl\/[^/]+\.xml|xl\/worksheets\/[^/]+\.xml|xl\/worksheets\/_rels\/[^/]+\.rels)$/;
const utf8 = new TextDecoder('utf-8');

/** The package parts the reader looks at: relationships, workbook, shared strings, styles, worksheets, comments. */
export const isXlsxPart = (entryName: string) => PARTS.test(entryName);

/**
 * Reads every sheet. `parts`: the inflated parts (isXlsxPart) when the zip guard has them already;
 * each is dropped from the map once decoded, so a large sheet's bytes and text are not both kept.
 */
export function readXlsx({ name, bytes }: FileInput, parts?: Map<string, Uint8Array>): SheetGrid[] {
  const unreadable = () => new AppError('BAD_FILE', `文件“${name}”的工作簿内容无法读取（压缩结构不完整）。请用 WPS 或 Excel 打开后另存为 .xlsx 再导入。`);
  const xml: Map<string, Uint8Array> = parts ?? readZipParts(bytes, isXlsxPart, unreadable);
  const text = (path: string, readAgain = false) => {
    const part = xml.get(path);
    if (!readAgain) xml.delete(path);
    return part ? utf8.decode(part) : null;
  };
  const workbookPath = mainPart(text('_rels/.rels')) ?? 'xl/workbook.xml';
  const workbook = text(workbookPath);
  if (workbook === null) throw new AppError('BAD_FILE', `文件“${name}”中没有工作簿内容，无法读取。`);
  const folder = workbookPath.replace(/[^/]*$/, '');
  const rels = relationships(text(`${folder}_rels/${workbookPath.slice(folder.length)}.rels`), folder);
  const strings = sharedStrings(text(partOfType(rels, 'sharedStrings') ?? `${folder}sharedStrings.xml`));
  const shown = numberStyles(text(partOfType(rels, 'styles') ?? `${folder}styles.xml`));
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);

  const sheets = elements(workbook, 'sheet').map((attrs) => ({ attrs, target: rels.get(relId(attrs) ?? '')?.target }));
  return sheets.map(({ attrs, target }, i) => {
    const xml = target ? text(target, sheets.slice(i + 1).some((later) => later.target === target)) : null;
    const state = (['hidden', 'veryHidden'].includes(attrs.state ?? '') ? attrs.state : 'visible') as SheetState;
    const sheetName = attrs.name ?? '';
    const sheet = xml ? readSheet(xml, strings, shown, date1904, () => tooManyRows(name, sheetName, null)) : { rows: [], merges: [] };
    const comments = target ? commentsOf(target, text) : [];
    return { name: sheetName, state, ...sheet, ...(comments.length ? { comments } : {}) };
  });
}

function readSheet(
  xml: string,
  strings: string[],
  shown: NumberStyles,
  date1904: boolean,
  rowLimitError: () => AppError,
): Pick<SheetGrid, 'rows' | 'merges' | 'uncomputed' | 'hiddenRows' | 'hiddenColumns' | 'dates'> {
  const rows: string[][] = [];
  const uncomputed: { r: number; c: number }[] = [];
  const dates: { r: number; c: number }[] = [];
  let isDate = false;
  const dated = () => {
    isDate = true;
  };
  const hiddenRows: number[] = [];
  // Row starts and cells in document order; a cell's content runs to its own end tag.
  const tag = /<(?:[\w.-]+:)?(row|c)\b([^>]*?)(\/?)>/g;
  let r = -1;
  let c = -1;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const attrs = m[2]!;
    if (m[1] === 'row') {
      const n = R_ATTR.exec(attrs)?.[1];
      r = n ? Number(n) - 1 : r + 1;
      c = -1;
      if (HIDDEN_ATTR.test(attrs)) hiddenRows.push(r);
      continue;
    }
    const ref = R_ATTR.exec(attrs)?.[1];
    if (ref) {
      const at = cellRef(ref);
      r = at.r;
      c = at.c;
    } else c++;
    let inner = '';
    if (!m[3]) {
      CELL_END.lastIndex = tag.lastIndex;
      const end = CELL_END.exec(xml);
      if (!end) break;
      inner = xml.slice(tag.lastIndex, end.index);
      tag.lastIndex = end.index + end[0].length;
    }
    isDate = false;
    const value = cellValue(attrs, inner, strings, shown, date1904, dated);
    if (value === '' && inner && r >= 0 && c >= 0 && F_ELEMENT.test(inner) && !V_ELEMENT.test(inner)) uncomputed.push({ r, c });
    if (value === '' || r < 0 || c < 0 || c >= MAX_COLUMNS) continue;
    // A row number far down would make every row above it: refused before they are made.
    if (r >= MAX_ROWS) throw rowLimitError();
    (rows[r] ??= [])[c] = value;
    if (isDate) dates.push({ r, c });
  }
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ??= []);
    for (let j = 0; j < row.length; j++) row[j] ??= '';
  }
  const merges: CellRange[] = [];
  for (const ref of elements(xml, 'mergeCell').map((a) => a.ref ?? '')) {
    const [from, to = from] = ref.split(':');
    if (!from) continue;
    const a = cellRef(from);
    const b = cellRef(to!);
    merges.push({ top: Math.min(a.r, b.r), left: Math.min(a.c, b.c), bottom: Math.max(a.r, b.r), right: Math.max(a.c, b.c) });
  }
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  return { rows, merges, ...(uncomputed.length ? { uncomputed } : {}), ...(dates.length ? { dates } : {}), ...hiddenParts(rows, hiddenRows, hiddenColumns(xml, width)) };
}

/**
 * 0-based columns a <cols> entry hides (min and max are 1-based), within the sheet's `width`: one
 * entry may hide every column to the last, and a file may hold many entries.
 */
function hiddenColumns(xml: string, width: number): number[] {
  const out: number[] = [];
  const cols = xml.search(/<(?:[\w.-]+:)?sheetData\b/);
  for (const a of elements(cols < 0 ? xml : xml.slice(0, cols), 'col')) {
    if (a.hidden !== '1' && a.hidden !== 'true') continue;
    const last = Math.min(Number(a.max ?? a.min), width);
    for (let c = Number(a.min); c <= last; c++) out.push(c - 1);
  }
  return out;
}

const R_ATTR = /(?:^|\s)r\s*=\s*"([^"]*)"/;
const T_ATTR = /(?:^|\s)t\s*=\s*"([^"]*)"/;
const S_ATTR = /(?:^|\s)s\s*=\s*"([^"]*)"/;
const HIDDEN_ATTR = /(?:^|\s)hidden\s*=\s*"(?:1|true)"/;
const CELL_END = /<\/(?:[\w.-]+:)?c>/g;
const V_ELEMENT = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const F_ELEMENT = /<(?:[\w.-]+:)?f[\s>/]/;

/** `dated` is told when the value is a date. */
function cellValue(attrs: string, inner: string, strings: string[], shown: NumberStyles, date1904: boolean, dated: () => void): string {
  const type = T_ATTR.exec(attrs)?.[1] ?? 'n';
  if (type === 'inlineStr') return textRuns(inner);
  const v = V_ELEMENT.exec(inner)?.[1];
  if (v === undefined) return '';
  switch (type) {
    case 's':
      return strings[Number(v)] ?? '';
    case 'str':
      return decodeXml(v);
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
    case 'd':
      dated();
      return valueText(new Date(v));
    default: {
      const n = Number(v);
      if (!Number.isFinite(n)) return decodeXml(v);
      const kind = shown.get(Number(S_ATTR.exec(attrs)?.[1] ?? 0));
      if (kind === 'date') dated();
      return kind === 'date' ? valueText(serialDate(n, date1904)) : kind !== undefined ? percentText(n, kind.percentDecimals) : valueText(n);
    }
  }
}

/** The comments (批注) of the worksheet at `sheetPath`, from the comments part its relationships name. */
function commentsOf(sheetPath: string, text: (path: string) => string | null): NonNullable<SheetGrid['comments']> {
  const folder = sheetPath.replace(/[^/]*$/, '');
  const rels = relationships(text(`${folder}_rels/${sheetPath.slice(folder.length)}.rels`), folder);
  const part = partOfType(rels, 'comments');
  const xml = part ? text(part) : null;
  if (!xml) return [];
  const authors: string[] = [];
  const author = /<(?:[\w.-]+:)?author\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?author>/g;
  for (let m = author.exec(xml); m; m = author.exec(xml)) authors.push(decodeXml(m[1]!));
  const out: NonNullable<SheetGrid['comments']> = [];
  const comment = /<(?:[\w.-]+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?comment>/g;
  for (let m = comment.exec(xml); m; m = comment.exec(xml)) {
    const attrs = attributesOf(m[1]!);
    const said = commentText(textRuns(m[2]!), authors[Number(attrs.authorId)]);
    if (!attrs.ref || !said) continue;
    const { r, c } = cellRef(attrs.ref);
    if (r >= 0 && c >= 0) out.push({ r, c, text: said });
  }
  return out;
}

/** Excel's day numbers: days since 1899-12-30 (which absorbs Excel's 1900 leap-year bug), or since 1904-01-01. */
function serialDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000));
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const si = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  for (let m = si.exec(xml); m; m = si.exec(xml)) out.push(m[1] ? textRuns(m[1]) : '');
  return out;
}

/** The text of <t> runs, leaving out phonetic guides (<rPh>). */
function textRuns(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '') : xml;
  let out = '';
  const t = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  for (let m = t.exec(body); m; m = t.exec(body)) out += m[1] ?? '';
  return decodeXml(out);
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** 9: "0%", 10: "0.00%". */
const BUILTIN_PERCENT_DECIMALS = new Map([
  [9, 0],
  [10, 2],
]);

/** Cell styles (indexes of cellXfs) whose number format shows a date or a percentage (with its decimals): a number's text depends on it. */
type NumberStyles = Map<number, 'date' | { percentDecimals: number }>;

function numberStyles(xml: string | null): NumberStyles {
  const shown: NumberStyles = new Map();
  if (!xml) return shown;
  const custom = new Map<number, string>();
  for (const a of elements(xml, 'numFmt')) custom.set(Number(a.numFmtId), a.formatCode ?? '');
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? '';
  elements(cellXfs, 'xf').forEach((a, i) => {
    const id = Number(a.numFmtId ?? 0);
    const code = custom.get(id);
    if (code === undefined ? BUILTIN_DATE_FORMATS.has(id) : isDateFormat(code)) shown.set(i, 'date');
    else if (code === undefined ? BUILTIN_PERCENT_DECIMALS.has(id) : isPercentFormat(code)) {
      shown.set(i, { percentDecimals: code === undefined ? BUILTIN_PERCENT_DECIMALS.get(id)! : percentDecimals(code) });
    }
  });
  return shown;
}

interface Rel {
  target: string;
  type: string;
}

function relationships(xml: string | null, folder: string): Map<string, Rel> {
  const rels = new Map<string, Rel>();
  if (!xml) return rels;
  for (const a of elements(xml, 'Relationship')) {
    if (!a.Id || !a.Target || a.TargetMode === 'External') continue;
    const target = a.Target.startsWith('/') ? a.Target.slice(1) : normalizePath(folder + a.Target);
    rels.set(a.Id, { target, type: a.Type ?? '' });
  }
  return rels;
}

function mainPart(xml: string | null): string | null {
  const rel = [...relationships(xml, '').values()].find((r) => r.type.endsWith('/officeDocument'));
  return rel?.target ?? null;
}

const partOfType = (rels: Map<string, Rel>, kind: string) => [...rels.values()].find((r) => r.type.endsWith(`/${kind}`))?.target;

/** The relationship id attribute of a <sheet> (r:id, whatever the prefix). */
const relId = (attrs: Record<string, string>) => Object.entries(attrs).find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1];

function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** Attributes of every <name …> element (any namespace prefix), entity-decoded. */
function elements(xml: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*?)\\/?>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    out.push(attributesOf(m[1]!));
  }
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

function cellRef(ref: string): { r: number; c: number } {
  return { r: Number(ref.replace(/^\$?[A-Z]+\$?/i, '')) - 1, c: columnIndex(ref.replace(/\$/g, '')) };
}

/** XML entities and OOXML's _xHHHH_ escapes (used for control characters) to text. */
function decodeXml(text: string): string {
  const out = decodeXmlEntities(text);
  return out.includes('_x') ? out.replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : out;
}
