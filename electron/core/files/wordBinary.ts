// The text of a Word 97–2003 document (.doc; WPS saves them too): its paragraphs and its tables'
// cells, in order, as the .docx readers see a document. Only what that needs is read: the FIB, the
// piece table (CLX) that maps text positions to bytes, and each paragraph's table properties (PAPX
// in the FKP pages, or in the Data stream when long) that tell a cell's end from a row's end and, at
// a row's end, where its cells stand and which are merged; and the comments (批注) with where their
// marks stand. Every offset is bounds-checked: a damaged file gives a Chinese message naming it,
// never a crash or a hang.
import * as XLSX from '@e965/xlsx';
import { dataView } from './dataView';
import { AppError } from '../../shared/result';
import { ListCounter } from './listNumbering';
import { annotationsOf } from './wordComments';
import { wordLists } from './wordLists';
import { tableDef, tableRows, verticalMerge, type CellDef, type CellRead, type RowRead, type VerticalMerge, type WordRow } from './wordTables';

/**
 * A paragraph, its automatic number (自动编号) written in front as Word shows it; `listed` when Word
 * numbers it automatically but the number cannot be worked out (its list is missing or unreadable).
 */
export type WordBlock = { kind: 'paragraph'; text: string; listed: boolean } | { kind: 'table'; rows: WordRow[] };
export type { WordCell, WordRow } from './wordTables';

const FIB_IDENT = 0xa5ec;
/** The FIB version of Word 97; older files lay the FIB out otherwise. */
const WORD_97_NFIB = 0x00c1;
const FLAG_ENCRYPTED = 0x0100;
const FLAG_TABLE_1 = 0x0200;
/** FibRgFcLcb97 pair numbers: PlcBtePapx (paragraph properties) and the CLX (piece table). */
const PAIR_BTE_PAPX = 13;
const PAIR_CLX = 33;
/** … and PlcBteChpx (character properties: what text is formatted hidden). */
const PAIR_BTE_CHPX = 12;
/** … and the comments (annotations): where their marks stand in the text, where their own texts begin. */
const PAIR_ANNOTATION_REFS = 4;
const PAIR_ANNOTATION_TEXTS = 5;
/** … and the automatic numbering: the list definitions and the list instances paragraphs name. */
const PAIR_LISTS = 73;
const PAIR_LIST_INSTANCES = 74;
const FKP_SIZE = 512;

/** Paragraph properties of a table: in a table (sprmPFInTable), the row's end mark (sprmPFTtp), nesting depth (sprmPItap). */
const SPRM_IN_TABLE = 0x2416;
const SPRM_TTP = 0x2417;
const SPRM_INNER_TTP = 0x244c;
const SPRM_ITAP = 0x6649;
/** The paragraph's list (LFO) number, non-zero for an automatically numbered paragraph, and its level. */
const SPRM_ILFO = 0x460b;
const SPRM_ILVL = 0x260a;
/** Text formatted hidden (隐藏文字): Word does not show or print it. */
const SPRM_VANISH = 0x083c;
/** Operands of variable size whose length is not the first byte. */
const SPRM_DEF_TABLE = 0xd608;
const SPRM_CHANGE_TABS = 0xc615;
/** Properties kept in the Data stream (a paragraph with more than an FKP page holds): their offset there. */
const SPRM_HUGE_PAPX = 0x6646;
/** A row's cell, merged vertically (overriding its TC's flags): its index and 1 (continue) or 3 (restart). */
const SPRM_VERT_MERGE = 0xd62b;

/** The 8-bit characters of a compressed piece that differ from Latin-1 (the rest are). */
const CP1252: Record<number, number> = {
  0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160,
  0x8b: 0x2039, 0x8c: 0x0152, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9f: 0x0178,
};

interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
}

interface ParagraphProps {
  inTable: boolean;
  rowEnd: boolean;
  depth: number;
  /** The list instance numbering the paragraph (1-based; 0 for none) and its level. */
  ilfo: number;
  ilvl: number;
  /** At a row's end: its cells' edges and merges (sprmTDefTable), when stored there. */
  cells?: CellDef[];
}

const PLAIN: ParagraphProps = { inTable: false, rowEnd: false, depth: 0, ilfo: 0, ilvl: 0 };

/** A Word 97–2003 document's paragraphs and tables, in order. */
export function readWordBinary(name: string, bytes: Uint8Array): WordBlock[] {
  const damaged = () => new AppError('BAD_FILE', `文件“${name}”是 Word 97-2003 文档（.doc），但文件已损坏，无法读取。请用 WPS 或 Word 打开后另存为 .docx 再导入。`);
  // SheetJS's CFB reader (it reads .xls the same way) opens the container; its types are `any`.
  const cfb = XLSX.CFB as { read(data: Buffer, o: { type: 'buffer' }): unknown; find(c: unknown, path: string): { content?: ArrayLike<number> } | null };
  let container: unknown;
  try {
    container = cfb.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  } catch {
    throw damaged();
  }
  const stream = (path: string) => {
    const entry = cfb.find(container, path);
    return entry?.content ? Uint8Array.from(entry.content) : null;
  };
  const word = stream('WordDocument');
  if (!word || word.length < 0x200) throw damaged();
  const wv = dataView(word);
  if (wv.getUint16(0, true) !== FIB_IDENT) throw damaged();
  if (wv.getUint16(2, true) < WORD_97_NFIB) {
    throw new AppError('BAD_FILE', `文件“${name}”是 Word 6.0/95 或更早版本的文档，无法直接读取。请用 WPS 或 Word 打开后另存为 .docx 再导入。`);
  }
  const flags = wv.getUint16(0x0a, true);
  if (flags & FLAG_ENCRYPTED) {
    throw new AppError('BAD_FILE', `文件“${name}”已加密（设置了打开密码），无法读取。请在 WPS 或 Word 中取消密码、另存后再导入。`);
  }
  const table = stream(flags & FLAG_TABLE_1 ? '1Table' : '0Table');
  if (!table) throw damaged();

  const fib = fibPointers(wv);
  if (!fib) throw damaged();
  const pieces = readPieces(table, fib.clx);
  if (!pieces) throw damaged();
  const text = pieceText(word, pieces, fib.ccpText);
  if (text === null) throw damaged();
  // The comments' texts follow the main text, its footnotes and headers; unreadable, they are left out.
  const annotationsAt = fib.ccpText + fib.ccpFootnotes + fib.ccpHeaders;
  const withAnnotations = fib.ccpAnnotations > 0 ? pieceText(word, pieces, annotationsAt + fib.ccpAnnotations) : null;
  const comments = withAnnotations ? annotationsOf(table, fib.annotationRefs, fib.annotationTexts, withAnnotations.slice(annotationsAt)) : new Map<number, string>();
  const props = paragraphProps(word, table, fib.bteParagraphs, stream('Data'));
  const hidden = hiddenCharacters(word, table, fib.bteCharacters);
  return blocksOf(text, { propsAt: (cp) => props(fcOf(pieces, cp)), hiddenAt: (cp) => hidden(fcOf(pieces, cp)), comments, numberOf: numberer(table, fib) });
}

/**
 * Each numbered paragraph's number as Word shows it ("1．", "（一）"), asked in document order; null
 * for a numbered paragraph whose list cannot be read.
 */
function numberer(table: Uint8Array, fib: FibPointers): (props: ParagraphProps) => string | null {
  const lists = wordLists(table, fib.lists, fib.listInstances);
  const counter = lists && new ListCounter(lists);
  return ({ ilfo, ilvl }) => {
    if (ilfo === 0) return '';
    return counter && lists.lists.has(String(ilfo)) ? counter.next(String(ilfo), ilvl) : null;
  };
}

interface FibPointers {
  /** The lengths of the main text, its footnotes, headers and comments (annotations), in characters. */
  ccpText: number;
  ccpFootnotes: number;
  ccpHeaders: number;
  ccpAnnotations: number;
  clx: [number, number];
  bteParagraphs: [number, number];
  bteCharacters: [number, number] | null;
  annotationRefs: [number, number] | null;
  annotationTexts: [number, number] | null;
  lists: [number, number] | null;
  listInstances: [number, number] | null;
}

/** Where the FIB points: the texts' lengths, the CLX, the paragraph-property bin table and the comments. */
function fibPointers(wv: DataView): FibPointers | null {
  let at = 32;
  const csw = wv.getUint16(at, true);
  at += 2 + csw * 2;
  if (at + 2 > wv.byteLength) return null;
  const cslw = wv.getUint16(at, true);
  const rgLw = at + 2;
  at = rgLw + cslw * 4;
  if (cslw < 4 || at + 2 > wv.byteLength) return null;
  const ccpText = wv.getInt32(rgLw + 12, true);
  const [ccpFootnotes, ccpHeaders, ccpAnnotations] = cslw >= 8 ? [16, 20, 28].map((o) => Math.max(0, wv.getInt32(rgLw + o, true))) : [0, 0, 0];
  const cbRgFcLcb = wv.getUint16(at, true);
  const rgFcLcb = at + 2;
  const pair = (n: number): [number, number] | null =>
    n < cbRgFcLcb && rgFcLcb + n * 8 + 8 <= wv.byteLength ? [wv.getUint32(rgFcLcb + n * 8, true), wv.getUint32(rgFcLcb + n * 8 + 4, true)] : null;
  const clx = pair(PAIR_CLX);
  const bte = pair(PAIR_BTE_PAPX);
  if (!clx || !bte || ccpText < 0) return null;
  return {
    ccpText,
    ccpFootnotes: ccpFootnotes!,
    ccpHeaders: ccpHeaders!,
    ccpAnnotations: ccpAnnotations!,
    clx,
    bteParagraphs: bte,
    bteCharacters: pair(PAIR_BTE_CHPX),
    annotationRefs: pair(PAIR_ANNOTATION_REFS),
    annotationTexts: pair(PAIR_ANNOTATION_TEXTS),
    lists: pair(PAIR_LISTS),
    listInstances: pair(PAIR_LIST_INSTANCES),
  };
}

/** The piece table: which bytes of the WordDocument stream hold each run of text positions. */
function readPieces(table: Uint8Array, [fc, lcb]: [number, number]): Piece[] | null {
  if (fc + lcb > table.length) return null;
  const tv = dataView(table);
  let at = fc;
  const end = fc + lcb;
  // Prc entries (formatting of the pieces) come first; the Pcdt follows.
  while (at < end && table[at] === 0x01) {
    if (at + 3 > end) return null;
    at += 3 + tv.getUint16(at + 1, true);
  }
  if (at + 5 > end || table[at] !== 0x02) return null;
  const size = tv.getUint32(at + 1, true);
  const plc = at + 5;
  if (plc + size > end || size < 16 || (size - 4) % 12 !== 0) return null;
  const n = (size - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = tv.getUint32(plc + i * 4, true);
    const cpEnd = tv.getUint32(plc + (i + 1) * 4, true);
    const raw = tv.getUint32(plc + (n + 1) * 4 + i * 8 + 2, true);
    const compressed = (raw & 0x40000000) !== 0;
    const fcValue = raw & 0x3fffffff;
    if (cpEnd < cpStart) return null;
    pieces.push({ cpStart, cpEnd, fc: compressed ? fcValue / 2 : fcValue, compressed });
  }
  return pieces;
}

/** The document's text from position 0 to `limit`, piece by piece; null when a piece lies outside the stream. */
function pieceText(word: Uint8Array, pieces: Piece[], limit: number): string | null {
  const out: string[] = [];
  for (const p of pieces) {
    if (p.cpStart >= limit) break;
    const count = Math.min(p.cpEnd, limit) - p.cpStart;
    const bytes = count * (p.compressed ? 1 : 2);
    if (p.fc + bytes > word.length) return null;
    if (p.compressed) {
      let s = '';
      for (let i = 0; i < count; i++) {
        const b = word[p.fc + i]!;
        s += String.fromCharCode(CP1252[b] ?? b);
      }
      out.push(s);
    } else {
      out.push(new TextDecoder('utf-16le').decode(word.subarray(p.fc, p.fc + bytes)));
    }
  }
  return out.join('');
}

/** The byte position (FC) of a text position's character: what the paragraph properties are keyed by. */
function fcOf(pieces: Piece[], cp: number): number {
  for (const p of pieces) if (cp >= p.cpStart && cp < p.cpEnd) return p.fc + (cp - p.cpStart) * (p.compressed ? 1 : 2);
  return -1;
}

/** A run of bytes in the WordDocument stream sharing properties, as an FKP page lists them. */
interface Run<T> {
  start: number;
  end: number;
  props: T;
}

/**
 * The FKP pages a bin table (PlcBtePapx, PlcBteChpx) lists, each read into runs by `runsOf`, sorted;
 * a lookup by byte position gives the properties of the run holding it, else `none`.
 */
function propertyRuns<T>(word: Uint8Array, table: Uint8Array, [fc, lcb]: [number, number], runsOf: (page: Uint8Array) => Run<T>[], none: T): (at: number) => T {
  if (fc + lcb > table.length || lcb < 8 || (lcb - 4) % 8 !== 0) return () => none;
  const tv = dataView(table);
  const n = (lcb - 4) / 8;
  const runs: Run<T>[] = [];
  for (let i = 0; i < n; i++) {
    const page = (tv.getUint32(fc + (n + 1) * 4 + i * 4, true) & 0x3fffff) * FKP_SIZE;
    if (page + FKP_SIZE > word.length) continue;
    runs.push(...runsOf(word.subarray(page, page + FKP_SIZE)));
  }
  runs.sort((a, b) => a.start - b.start);
  return (at) => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = runs[mid]!;
      if (at < run.start) hi = mid - 1;
      else if (at >= run.end) lo = mid + 1;
      else return run.props;
    }
    return none;
  };
}

/** An FKP page's runs: their byte ranges (crun + 1 positions), then an entry of `entrySize` bytes each whose first byte, doubled, is the offset of its properties. */
function fkpRuns<T>(page: Uint8Array, entrySize: number, propsAt: (offset: number) => T, none: T): Run<T>[] {
  const pv = dataView(page);
  const crun = page[FKP_SIZE - 1]!;
  const runs: Run<T>[] = [];
  if ((crun + 1) * 4 + crun * entrySize > FKP_SIZE - 1) return runs;
  for (let i = 0; i < crun; i++) {
    const offset = page[(crun + 1) * 4 + i * entrySize]! * 2;
    runs.push({ start: pv.getUint32(i * 4, true), end: pv.getUint32((i + 1) * 4, true), props: offset ? propsAt(offset) : none });
  }
  return runs;
}

/** The table properties of the paragraph whose mark is at a byte position (PAPX entries are 13 bytes: an offset and a PHE). */
function paragraphProps(word: Uint8Array, table: Uint8Array, bte: [number, number], data: Uint8Array | null): (markFc: number) => ParagraphProps {
  return propertyRuns(word, table, bte, (page) => fkpRuns(page, 13, (offset) => papxProps(page, offset, data), PLAIN), PLAIN);
}

/** Whether the character at a byte position is formatted hidden (sprmCFVanish; CHPX entries are one byte). */
function hiddenCharacters(word: Uint8Array, table: Uint8Array, bte: [number, number] | null): (fc: number) => boolean {
  if (!bte) return () => false;
  let anyHidden = false;
  const chpxHidden = (page: Uint8Array, offset: number) => {
    const end = Math.min(offset + 1 + page[offset]!, FKP_SIZE - 1);
    const pv = dataView(page);
    for (let at = offset + 1; at + 2 <= end; ) {
      const sprm = pv.getUint16(at, true);
      const length = operandLength(sprm, page, at + 2, end);
      if (length === null) break;
      // 1 hidden; 0x81 the opposite of the style's, which is not hidden in a form.
      if (sprm === SPRM_VANISH) {
        const hidden = page[at + 2] === 0x01 || page[at + 2] === 0x81;
        anyHidden ||= hidden;
        return hidden;
      }
      at += 2 + length;
    }
    return false;
  };
  const hiddenAt = propertyRuns(word, table, bte, (page) => fkpRuns(page, 1, (offset) => chpxHidden(page, offset), false), false);
  // Most documents hide nothing: their characters need no lookup.
  return anyHidden ? hiddenAt : () => false;
}

/** The table properties among a PapxInFkp's sprms (and those it keeps in the Data stream). */
function papxProps(page: Uint8Array, offset: number, data: Uint8Array | null): ParagraphProps {
  const props: ParagraphProps = { ...PLAIN };
  if (offset >= FKP_SIZE - 1) return props;
  let size = page[offset]! * 2 - 1;
  let at = offset + 1;
  if (page[offset] === 0) {
    size = page[offset + 1]! * 2;
    at = offset + 2;
  }
  const vertMerges: [cell: number, merge: VerticalMerge][] = [];
  // istd (2 bytes), then the sprms.
  readSprms(page, at + 2, Math.min(at + size, FKP_SIZE - 1), props, vertMerges, data);
  for (const [cell, merge] of vertMerges) if (props.cells?.[cell]) props.cells[cell].vMerge = merge;
  if (props.depth === 0 && props.inTable) props.depth = 1;
  return props;
}

/**
 * Reads the sprms of bytes[at, end) into props. A paragraph with more properties than an FKP page
 * holds (a table row of many cells: its sprmTDefTable) keeps them in the Data stream, pointed to by
 * sprmPHugePapx; they are read from there (`data` is then null, so that such a pointer is followed once).
 */
function readSprms(bytes: Uint8Array, at: number, end: number, props: ParagraphProps, vertMerges: [number, VerticalMerge][], data: Uint8Array | null): void {
  const bv = dataView(bytes);
  while (at + 2 <= end) {
    const sprm = bv.getUint16(at, true);
    at += 2;
    const length = operandLength(sprm, bytes, at, end);
    if (length === null || at + length > end) break;
    if (sprm === SPRM_IN_TABLE) props.inTable = bytes[at] === 1;
    else if (sprm === SPRM_TTP || sprm === SPRM_INNER_TTP) props.rowEnd ||= bytes[at] === 1;
    else if (sprm === SPRM_ITAP) props.depth = bv.getInt32(at, true);
    else if (sprm === SPRM_ILFO) props.ilfo = Math.max(0, bv.getInt16(at, true));
    else if (sprm === SPRM_ILVL) props.ilvl = Math.min(bytes[at]!, 8);
    else if (sprm === SPRM_DEF_TABLE) props.cells = tableDef(bytes.subarray(at, at + length)) ?? undefined;
    else if (sprm === SPRM_VERT_MERGE && length === 3) vertMerges.push([bytes[at + 1]!, verticalMerge(bytes[at + 2]!)]);
    else if (sprm === SPRM_HUGE_PAPX && data) {
      // PrcData: the size of its sprms (2 bytes), then the sprms.
      const prc = bv.getUint32(at, true);
      if (prc + 2 <= data.length) readSprms(data, prc + 2, Math.min(data.length, prc + 2 + dataView(data).getUint16(prc, true)), props, vertMerges, null);
    }
    at += length;
  }
}

/** A sprm's operand size, from its spra bits (and its first byte, for the variable ones). */
function operandLength(sprm: number, page: Uint8Array, at: number, end: number): number | null {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default: {
      if (at >= end) return null;
      if (sprm === SPRM_DEF_TABLE) return at + 1 < end ? dataView(page).getUint16(at, true) + 1 : null;
      if (sprm === SPRM_CHANGE_TABS && page[at] === 255) return null; // rare; the rest of the page is not needed
      return page[at]! + 1;
    }
  }
}

/** What the text's characters and paragraph marks carry, by text position. */
interface TextProps {
  propsAt(cp: number): ParagraphProps;
  hiddenAt(cp: number): boolean;
  /** Comments by the position of their marks. */
  comments: ReadonlyMap<number, string>;
  numberOf(props: ParagraphProps): string | null;
}

/**
 * The text as paragraphs and tables. \r ends a paragraph and \x07 a table cell (or, with the row-end
 * property, a row); fields keep their shown result, not their code; line and page breaks become line
 * breaks; other control characters (pictures, footnote marks) go.
 */
function blocksOf(text: string, { propsAt, hiddenAt, comments, numberOf }: TextProps): WordBlock[] {
  const blocks: WordBlock[] = [];
  let line = '';
  let cellLines: string[] = [];
  let cellComments: string[] = [];
  let cellHidden = false;
  let row: CellRead[] = [];
  let rows: RowRead[] | null = null;
  // Fields nest: inside a field's code (before its separator) the text is not shown.
  const fields: boolean[] = [];
  const endTable = () => {
    if (rows?.length) blocks.push({ kind: 'table', rows: tableRows(rows) });
    rows = null;
  };
  for (let cp = 0; cp < text.length; cp++) {
    const ch = text.charCodeAt(cp);
    if (ch === 0x13) fields.push(true);
    else if (ch === 0x14) {
      if (fields.length) fields[fields.length - 1] = false;
    } else if (ch === 0x15) fields.pop();
    else if (fields.includes(true)) continue;
    else if (ch === 0x0d || ch === 0x07) {
      const props = propsAt(cp);
      if (ch === 0x07 && props.rowEnd && props.depth <= 1) {
        // The row's end mark: the row holds the cells ended before it.
        rows ??= [];
        rows.push({ cells: row, defs: props.cells });
        row = [];
        cellLines = [];
        cellComments = [];
        cellHidden = false;
        line = '';
        continue;
      }
      // A paragraph's end: its automatic number goes in front, counted in document order.
      const number = numberOf(props);
      line = (number ?? '') + line;
      if (ch === 0x07 || (props.depth > 1 && ch === 0x0d)) {
        // A cell's end (a nested table's marks stay text of the outer cell).
        cellLines.push(line);
        if (ch === 0x07 && props.depth <= 1) {
          row.push({ text: cellLines.join('\n').trim(), comments: cellComments, hiddenText: cellHidden });
          cellLines = [];
          cellComments = [];
          cellHidden = false;
        }
        line = '';
      } else if (props.inTable) {
        cellLines.push(line);
        line = '';
      } else {
        endTable();
        blocks.push({ kind: 'paragraph', text: line.trim(), listed: number === null });
        line = '';
        cellComments = [];
        cellHidden = false;
      }
    } else if (ch === 0x05) {
      // A comment's mark: in a table it goes with its cell; on a paragraph outside one it is not read.
      const comment = comments.get(cp);
      if (comment) cellComments.push(comment);
    } else if (ch === 0x0b || ch === 0x0c) line += '\n';
    else if (ch === 0x09) line += '\t';
    else if (ch === 0x1e) line += '-';
    else if (ch === 0xa0) line += ' ';
    else if (ch >= 0x20 && ch !== 0x1f) {
      line += text[cp];
      if (ch !== 0x20 && ch !== 0x3000 && !cellHidden && hiddenAt(cp)) cellHidden = true;
    }
  }
  endTable();
  if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim(), listed: false });
  return blocks;
}
