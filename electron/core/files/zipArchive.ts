// The zip container of Office files (xlsx, docx): its central directory and inflating one part.
// Shared by the zip guard, which vets every part, and the .xlsx reader, which reads a few.
// Inflating is capped at the part's declared size, so a part that lies about its size stops there
// instead of filling memory. Node's zlib inflates a part in one go, several times faster than a
// JavaScript inflater; a very large part is inflated in steps (fflate) so a watcher can stop early.
import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import { dataView } from './dataView';

export interface ZipEntry {
  name: string;
  flags: number;
  /** 0 stored, 8 deflated; anything else is refused by the guard. */
  method: number;
  compressedSize: number;
  /** Size once inflated, as the archive declares it. */
  size: number;
  localOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;

/** True when the bytes start like a zip archive (xlsx, docx and other OOXML files are zips). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Where the central directory is and how many entries it lists. */
export interface ZipDirectory {
  count: number;
  offset: number;
  size: number;
}

/** Finds the central directory; `damaged()` is thrown for anything malformed. */
export function readDirectory(bytes: Uint8Array, damaged: () => Error): ZipDirectory {
  const view = dataView(bytes);
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

/** The entries the central directory lists, with Zip64 sizes resolved. */
export function readEntries(bytes: Uint8Array, dir: ZipDirectory, damaged: () => Error): ZipEntry[] {
  const view = dataView(bytes);
  const entries: ZipEntry[] = [];
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
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = entryName(nameBytes, flags);
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

/** The entry's bytes as stored (compressed or not), located through its local header. */
export function storedData(bytes: Uint8Array, e: ZipEntry, damaged: () => Error): Uint8Array {
  const view = dataView(bytes);
  const p = e.localOffset;
  if (p + 30 > view.byteLength || view.getUint32(p, true) !== SIG_LOCAL) throw damaged();
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + e.compressedSize > view.byteLength) throw damaged();
  return bytes.subarray(start, start + e.compressedSize);
}

/** Why an inflated part cannot be trusted. */
export type InflateFailure = 'damaged' | 'larger than declared';

/**
 * Watches a part as it is inflated: `content` is what has arrived so far, `done` is true once with the
 * whole part. A watcher may throw to stop inflating (the zip guard past the row limit).
 */
export type InflateWatcher = (content: Buffer, done: boolean) => void;

/** Parts up to this size are inflated in one go; larger ones in steps, so a watcher can stop early. */
const ONE_GO_MAX_BYTES = 16 * 1024 * 1024;
/** Compressed input per step: each step's output stays within about 32 MB even for a bomb. */
const STEP_INPUT_BYTES = 32 * 1024;

/**
 * The part's content: exactly its declared size or a failure. Inflating stops as soon as the output
 * passes the declared size, so a lying part costs no more memory than an honest one.
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, damaged: () => Error, watch?: InflateWatcher): Buffer | InflateFailure {
  const data = storedData(bytes, e, damaged);
  let out: Buffer | InflateFailure;
  if (e.method === 0) out = data.length === e.size ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : 'damaged';
  else if (data.length === 0) out = e.size === 0 ? Buffer.alloc(0) : 'damaged';
  else if (watch && e.size > ONE_GO_MAX_BYTES) out = inflateInSteps(data, e.size, watch);
  else out = inflateInOneGo(data, e.size);
  if (typeof out !== 'string') watch?.(out, true);
  return out;
}

function inflateInOneGo(data: Uint8Array, size: number): Buffer | InflateFailure {
  let out: Buffer;
  try {
    // One output chunk a byte larger than the declared size: the honest part is never copied again.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) });
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'larger than declared' : 'damaged';
  }
  return out.length === size ? out : 'damaged';
}

/** Inflates into a buffer of the declared size, showing the watcher each step's progress. */
function inflateInSteps(data: Uint8Array, size: number, watch: InflateWatcher): Buffer | InflateFailure {
  // Only the pages written are actually used, so stopping early costs only what was inflated.
  const out = Buffer.allocUnsafe(size);
  let produced = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    if (produced + chunk.length > size) {
      tooLarge = true;
      throw new Error('larger than declared');
    }
    out.set(chunk, produced);
    produced += chunk.length;
  });
  for (let i = 0; i < data.length; i += STEP_INPUT_BYTES) {
    try {
      inflater.push(data.subarray(i, i + STEP_INPUT_BYTES), i + STEP_INPUT_BYTES >= data.length);
    } catch {
      return tooLarge ? 'larger than declared' : 'damaged';
    }
    watch(out.subarray(0, produced), false);
  }
  return produced === size ? out : 'damaged';
}

/**
 * The named parts of an archive, inflated, for a reader handed a file without the guard's parts
 * (tests, the benchmark's floor). Unreadable archives throw `damaged()`.
 */
export function readZipParts(bytes: Uint8Array, wanted: (name: string) => boolean, damaged: () => Error): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const e of readEntries(bytes, readDirectory(bytes, damaged), damaged)) {
    if (!wanted(e.name)) continue;
    const out = inflateEntry(bytes, e, damaged);
    if (typeof out === 'string') throw damaged();
    parts.set(e.name, out);
  }
  return parts;
}


function safeNumber(v: bigint, damaged: () => Error): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged();
  return Number(v);
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const GBK = new TextDecoder('gbk');

/**
 * An entry's name. Without the UTF-8 flag a name is ASCII in every office package; a zip of files
 * with Chinese names is UTF-8 from Linux and macOS tools, or GBK from Chinese Windows and WinRAR.
 */
function entryName(bytes: Uint8Array, flags: number): string {
  if (flags & 0x800) return new TextDecoder('utf-8').decode(bytes);
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return GBK.decode(bytes);
  }
}
