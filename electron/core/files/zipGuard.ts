// Checks a zip-based Office file (xlsx/docx) before any library inflates it. Libraries trust the
// archive: a zip bomb exhausts memory, a DOCTYPE expands entities, a lying size header slips past.
// This reads the central directory, then inflates every part once as a stream (never holding it),
// counting bytes against the declared sizes and the limits, scanning XML for DTDs and sheets for rows.
import { Inflate } from 'fflate';
import { AppError } from '../../shared/result';
import { inflatedTooLarge, MAX_INFLATED_BYTES, MAX_ROWS, MAX_ZIP_ENTRIES, tooManyRows } from '../limits';

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

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
/** Input is fed to the inflater in slices this size, so each step's output stays small (≤ ~1 000×). */
const INFLATE_SLICE = 8 * 1024;

/** True when the bytes start like a zip archive (xlsx, docx and other OOXML files are zips). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/**
 * Throws AppError (BAD_FILE or FILE_TOO_LARGE, with a Chinese message naming the file and the limit)
 * unless the archive is well-formed and within the limits; otherwise returns what it found.
 */
export function checkZip(bytes: Uint8Array, fileName: string, limits: Partial<ZipGuardLimits> = {}): ZipReport {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (why: string) => new AppError('BAD_FILE', `文件“${fileName}”${why}，无法读取。`);
  const damaged = () => bad('已损坏或不是有效的 Office 文件（压缩结构不完整）');

  const dir = readDirectory(view, damaged);
  if (dir.count > lim.maxEntries) {
    throw new AppError('FILE_TOO_LARGE', `文件“${fileName}”包含 ${dir.count} 个内部部件，超过上限 ${lim.maxEntries} 个，未导入。`, {
      limit: lim.maxEntries,
    });
  }
  const entries = readEntries(view, dir, damaged);
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

  const report: ZipEntryInfo[] = [];
  let inflated = 0;
  for (const e of entries) {
    const data = localData(view, bytes, e, damaged);
    const scan = scannerFor(e.name, fileName, lim.maxRows);
    const size = inflateCounted(data, e, scan, fileName, damaged);
    inflated += size;
    if (inflated > lim.maxInflatedBytes) throw inflatedTooLarge(fileName);
    report.push({ name: e.name, compressedSize: e.compressedSize, size, ...(scan.rows === null ? {} : { rows: scan.rows }) });
  }
  return { entries: report, inflatedBytes: inflated };
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readDirectory(view: DataView, damaged: () => AppError): Directory {
  const len = view.byteLength;
  if (len < 22) throw damaged();
  let end = -1;
  for (let p = len - 22; p >= Math.max(0, len - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === SIG_END) {
      end = p;
      break;
    }
  }
  if (end < 0) throw damaged();
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) throw damaged(); // split archives
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== SIG_END64_LOCATOR) throw damaged();
    const end64 = safeNumber(view.getBigUint64(locator + 8, true), damaged);
    if (end64 + 56 > len || view.getUint32(end64, true) !== SIG_END64) throw damaged();
    count = safeNumber(view.getBigUint64(end64 + 32, true), damaged);
    size = safeNumber(view.getBigUint64(end64 + 40, true), damaged);
    offset = safeNumber(view.getBigUint64(end64 + 48, true), damaged);
  }
  if (offset + size > len) throw damaged();
  return { count, offset, size };
}

function readEntries(view: DataView, dir: Directory, damaged: () => AppError): CentralEntry[] {
  const entries: CentralEntry[] = [];
  const limit = dir.offset + dir.size;
  let p = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (p + 46 > limit || view.getUint32(p, true) !== SIG_CENTRAL) throw damaged();
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > limit) throw damaged();
    const nameBytes = new Uint8Array(view.buffer, view.byteOffset + p + 46, nameLen);
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    // Zip64: the sizes that overflowed 32 bits are in extra field 0x0001, in this order.
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      let q = p + 46 + nameLen;
      const extraEnd = q + extraLen;
      while (q + 4 <= extraEnd) {
        const id = view.getUint16(q, true);
        const len = view.getUint16(q + 2, true);
        if (id === 1) {
          let r = q + 4;
          const take = () => {
            if (r + 8 > q + 4 + len) throw damaged();
            const v = safeNumber(view.getBigUint64(r, true), damaged);
            r += 8;
            return v;
          };
          if (size === 0xffffffff) size = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localOffset === 0xffffffff) localOffset = take();
        }
        q += 4 + len;
      }
    }
    entries.push({ name, flags, method, compressedSize, size, localOffset });
    p = next;
  }
  return entries;
}

function localData(view: DataView, bytes: Uint8Array, e: CentralEntry, damaged: () => AppError): Uint8Array {
  const p = e.localOffset;
  if (p + 30 > view.byteLength || view.getUint32(p, true) !== SIG_LOCAL) throw damaged();
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + e.compressedSize > view.byteLength) throw damaged();
  return bytes.subarray(start, start + e.compressedSize);
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

function safeNumber(v: bigint, damaged: () => AppError): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged();
  return Number(v);
}

interface Scanner {
  /** Rows counted so far, or null when this part is not a worksheet. */
  rows: number | null;
  feed(chunk: Uint8Array): void;
}

const XML_PART = /\.(xml|rels|vml)$/i;
const WORKSHEET_PART = /^xl\/worksheets\/([^/]+)\.xml$/i;
// A row element start, with or without a namespace prefix: <row …>, <x:row>; not <rowBreaks>.
const ROW_START = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
const DTD = /<!(?:DOCTYPE|ENTITY)/;
/** Enough of the previous chunk to catch a match split across chunks. */
const CARRY = 64;

function scannerFor(entryName: string, fileName: string, maxRows: number): Scanner {
  if (!XML_PART.test(entryName)) return { rows: null, feed: () => {} };
  const sheet = WORKSHEET_PART.exec(entryName)?.[1] ?? null;
  let carry = '';
  const scanner: Scanner = {
    rows: sheet === null ? null : 0,
    feed(chunk) {
      const text = carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
      if (DTD.test(text)) {
        throw new AppError(
          'BAD_FILE',
          `文件“${fileName}”的内部 XML 含有 DOCTYPE/ENTITY 实体声明，正常的 Office 文件不会有，疑似恶意构造，已拒绝。`,
        );
      }
      if (scanner.rows !== null) {
        // Count only matches that start in this chunk's new part, so none is counted twice.
        ROW_START.lastIndex = 0;
        for (let m = ROW_START.exec(text); m; m = ROW_START.exec(text)) {
          if (m.index + m[0].length > carry.length) scanner.rows++;
        }
        if (scanner.rows > maxRows) throw tooManyRows(fileName, sheet!, null, maxRows);
      }
      carry = text.slice(-CARRY);
    },
  };
  return scanner;
}

/** Inflates one part without keeping it, feeding the scanner; the output must match the declared size. */
function inflateCounted(
  data: Uint8Array,
  e: CentralEntry,
  scan: Scanner,
  fileName: string,
  damaged: () => AppError,
): number {
  if (e.method === 0) {
    if (data.length !== e.size) throw damaged();
    for (let i = 0; i < data.length; i += 1024 * 1024) scan.feed(data.subarray(i, i + 1024 * 1024));
    return data.length;
  }
  let produced = 0;
  const lying = () =>
    new AppError('BAD_FILE', `文件“${fileName}”内部部件“${e.name.slice(0, 80)}”的实际大小与声明不符，疑似异常构造的压缩文件，已拒绝。`);
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > e.size) throw lying();
    scan.feed(chunk);
  });
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += INFLATE_SLICE) {
      inflater.push(data.subarray(i, i + INFLATE_SLICE), i + INFLATE_SLICE >= data.length);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw damaged();
  }
  if (produced !== e.size) throw damaged();
  return produced;
}
