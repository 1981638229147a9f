// Checks a zip-based Office file (xlsx/docx) before any library reads it. Libraries trust the
// archive: a zip bomb exhausts memory, a DOCTYPE expands entities, a lying size header slips past.
// This reads the central directory, then inflates every part once, capped at its declared size and
// the limits, scanning XML for DTDs and sheets for rows. The parts a reader asks for are handed
// back inflated, so they are inflated once per file, not once here and again in the reader.
import { AppError } from '../../shared/result';
import { inflatedTooLarge, MAX_INFLATED_BYTES, MAX_ROWS, MAX_ZIP_ENTRIES, tooManyRows } from '../limits';
import { inflateEntry, readDirectory, readEntries, type InflateWatcher } from './zipArchive';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  size: number;
  /** Rows counted in a worksheet part (xl/worksheets/*.xml); absent for other parts. */
  rows?: number;
}

export interface ZipReport {
  entries: ZipEntryInfo[];
  /** Total size of all parts once inflated. */
  inflatedBytes: number;
  /** The inflated parts the caller asked to keep (`keep`), by entry name. */
  parts: Map<string, Buffer>;
}

export interface ZipGuardLimits {
  maxInflatedBytes: number;
  maxEntries: number;
  maxRows: number;
}

const DEFAULT_LIMITS: ZipGuardLimits = {
  maxInflatedBytes: MAX_INFLATED_BYTES,
  maxEntries: MAX_ZIP_ENTRIES,
  maxRows: MAX_ROWS,
};

/**
 * Throws AppError (BAD_FILE or FILE_TOO_LARGE, with a Chinese message naming the file and the limit)
 * unless the archive is well-formed and within the limits; otherwise returns what it found.
 */
export function checkZip(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ZipGuardLimits> = {},
  keep: (entryName: string) => boolean = () => false,
): ZipReport {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const bad = (why: string) => new AppError('BAD_FILE', `文件“${fileName}”${why}，无法读取。`);
  const damaged = () => bad('已损坏或不是有效的 Office 文件（压缩结构不完整）');

  const dir = readDirectory(bytes, damaged);
  if (dir.count > lim.maxEntries) {
    throw new AppError('FILE_TOO_LARGE', `文件“${fileName}”包含 ${dir.count} 个内部部件，超过上限 ${lim.maxEntries} 个，未导入。`, {
      limit: lim.maxEntries,
    });
  }
  const entries = readEntries(bytes, dir, damaged);
  let declared = 0;
  for (const e of entries) {
    if (e.flags & 1) {
      throw new AppError('BAD_FILE', `文件“${fileName}”已加密（设置了打开密码），无法读取。请在 WPS 或 Excel 中取消密码、另存后再导入。`);
    }
    const unsafe = unsafeName(e.name);
    if (unsafe) throw bad(`内部包含异常的路径“${e.name.slice(0, 80)}”（${unsafe}），疑似恶意构造的文件`);
    if (e.method !== 0 && e.method !== 8) throw bad(`使用了不支持的压缩方式（${e.method}）`);
    declared += e.size;
  }
  if (declared > lim.maxInflatedBytes) throw inflatedTooLarge(fileName);

  // The declared sizes are within the limit and each part must inflate to exactly its declared
  // size, so the total inflated stays within the limit too.
  const report: ZipEntryInfo[] = [];
  const parts = new Map<string, Buffer>();
  let inflated = 0;
  for (const e of entries) {
    const scan = scannerFor(e.name, fileName, lim.maxRows);
    const content = inflateEntry(bytes, e, damaged, scan?.watch);
    if (content === 'damaged') throw damaged();
    if (content === 'larger than declared') {
      throw new AppError('BAD_FILE', `文件“${fileName}”内部部件“${e.name.slice(0, 80)}”的实际大小与声明不符，疑似异常构造的压缩文件，已拒绝。`);
    }
    const rows = scan?.rows() ?? null;
    inflated += content.length;
    report.push({ name: e.name, compressedSize: e.compressedSize, size: content.length, ...(rows === null ? {} : { rows }) });
    if (keep(e.name)) parts.set(e.name, content);
  }
  return { entries: report, inflatedBytes: inflated, parts };
}

/** Why an entry name is unsafe to trust, or null: traversal, absolute paths, drive letters, NUL. */
export function unsafeName(name: string): string | null {
  if (name.includes('\0')) return '含空字符';
  const normal = name.replace(/\\/g, '/');
  if (normal.startsWith('/')) return '绝对路径';
  if (/^[A-Za-z]:/.test(normal)) return '含盘符';
  if (normal.split('/').some((part) => part === '..')) return '指向上级目录';
  return null;
}

const XML_PART = /\.(xml|rels|vml)$/i;
const WORKSHEET_PART = /^xl\/worksheets\/([^/]+)\.xml$/i;

interface PartScanner {
  watch: InflateWatcher;
  /** Rows of a worksheet part, null for other parts. */
  rows(): number | null;
}

/**
 * For an XML part: refuses a DTD once inflated, and counts a worksheet's rows as it inflates,
 * stopping at the limit before inflating the rest. Null for other parts.
 */
function scannerFor(entryName: string, fileName: string, maxRows: number): PartScanner | null {
  if (!XML_PART.test(entryName)) return null;
  const sheet = WORKSHEET_PART.exec(entryName)?.[1];
  let rows = 0;
  let counted = 0;
  return {
    rows: () => (sheet === undefined ? null : rows),
    watch(content, done) {
      if (sheet !== undefined) {
        // Row starts are counted once the byte after "row" has arrived, each exactly once.
        const upTo = done ? content.length : content.length - 3;
        rows += countRowElements(content, counted, upTo);
        counted = Math.max(counted, upTo);
        if (rows > maxRows) throw tooManyRows(fileName, sheet, null, maxRows);
      }
      if (done && declaresEntities(content)) {
        throw new AppError('BAD_FILE', `文件“${fileName}”的内部 XML 含有 DOCTYPE/ENTITY 实体声明，正常的 Office 文件不会有，疑似恶意构造，已拒绝。`);
      }
    },
  };
}

/** Whether the XML has a <!DOCTYPE or <!ENTITY declaration (one pass over the part for "<!"). */
function declaresEntities(xml: Buffer): boolean {
  for (let at = xml.indexOf('<!'); at >= 0; at = xml.indexOf('<!', at + 2)) {
    const word = xml.toString('latin1', at + 2, at + 9);
    if (word === 'DOCTYPE' || word.startsWith('ENTITY')) return true;
  }
  return false;
}

const LT = 0x3c;
const COLON = 0x3a;
/** After "row" in a row start tag: whitespace (as a regular expression's \s sees Latin-1), ">" or "/". */
const ROW_NAME_END = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x3e, 0x2f]);
const isNameChar = (b: number) => (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) || b === 0x5f || b === 0x2e || b === 0x2d;
const isNameStart = (b: number) => ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) || b === 0x5f;

/**
 * Row element starts, with or without a namespace prefix: <row …>, <x:row>; not <rowBreaks> or
 * </row>; those whose "row" begins in [from, to). A byte scan from one "row" to the next: a regular
 * expression over the whole sheet as text would cost more than reading the sheet.
 */
export function countRowElements(xml: Buffer, from = 0, to = xml.length): number {
  let rows = 0;
  for (let at = xml.indexOf('row', from); at >= 0 && at < to; at = xml.indexOf('row', at + 3)) {
    if (!ROW_NAME_END.has(xml[at + 3] ?? -1)) continue;
    let p = at - 1;
    if (xml[p] === COLON) {
      // <prefix:row, the prefix a name: [A-Za-z_][\w.-]*
      let q = p - 1;
      while (q >= 0 && isNameChar(xml[q]!)) q--;
      if (q === p - 1 || !isNameStart(xml[q + 1]!)) continue;
      p = q;
    }
    if (xml[p] === LT) rows++;
  }
  return rows;
}
