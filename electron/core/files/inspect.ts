// Identifies a user's file by its content (never by its extension) and refuses, with a Chinese
// message, what no reader should be handed: empty, oversized, encrypted, executables, PDFs, corrupt
// or hostile archives. Readers call inspectFile first and pick their parser from the format.
import type { FileInput } from '../../shared/api/method';
import { AppError } from '../../shared/result';
import { checkFileSize, MAX_TEXT_BYTES, textTooLarge } from '../limits';
import { OFFICE_FILE } from './archive';
import { readCfb } from './cfb';
import { isZip } from './zipArchive';
import { checkZip, type ZipReport } from './zipGuard';

export type InputFormat = 'xlsx' | 'xls' | 'ods' | 'docx' | 'doc' | 'text';

export interface InspectedFile {
  format: InputFormat;
  /** What the zip guard found, for the zip packages (xlsx, ods, docx). */
  zip: ZipReport | null;
}

const FORMAT_NAMES: Record<InputFormat, string> = {
  xlsx: 'Excel 工作簿（.xlsx）',
  xls: 'Excel 97-2003 工作簿（.xls）',
  ods: 'OpenDocument 表格（.ods）',
  docx: 'Word 文档（.docx）',
  doc: 'Word 97-2003 文档（.doc）',
  text: '纯文本（.txt）',
};

const BIFF_FILEPASS = 0x002f;

/** Scans and photos sent instead of a table: named, so the official knows what was sent. */
const IMAGES: [string, string][] = [
  ['\x89PNG', 'PNG'],
  ['\xff\xd8\xff', 'JPEG'],
  ['GIF8', 'GIF'],
  ['II*\0', 'TIFF'],
  ['MM\0*', 'TIFF'],
];

/**
 * Throws AppError (BAD_FILE / FILE_TOO_LARGE) unless the file is one of `accept` and passes the guards.
 * `keepParts` names the zip parts the caller will read: the guard hands them back inflated (zip.parts).
 * `askFor` words what to provide instead, where the formats' names alone would not say it (.csv, .et).
 */
export function inspectFile(
  file: FileInput,
  accept: readonly InputFormat[],
  keepParts?: (entryName: string) => boolean,
  askFor?: string,
): InspectedFile {
  const { name, bytes } = file;
  const bad = (why: string) => new AppError('BAD_FILE', `文件“${name}”${why}`);
  if (bytes.length === 0) throw bad('是空文件，没有可读取的内容。');
  checkFileSize(name, bytes.length);
  const wanted = () => askFor ?? accept.map((f) => FORMAT_NAMES[f]).join('、');
  // A space between Chinese and a Latin word ("是 PDF 文件"), as Chinese typesetting does.
  const refuse = (what: string) => bad(`是${/^[A-Za-z]/.test(what) ? ' ' : ''}${what}，不是可导入的文件。请提供：${wanted()}。`);

  let found: InspectedFile;
  if (isZip(bytes)) {
    // The media type of an OpenDocument package is kept too: it tells a spreadsheet from a text.
    const zip = checkZip(bytes, name, {}, (part) => part === ODF_MEDIA_TYPE_PART || (keepParts?.(part) ?? false));
    const names = new Set(zip.entries.map((e) => e.name));
    if (names.has('xl/workbook.xml')) found = { format: 'xlsx', zip };
    else if (names.has('word/document.xml')) found = { format: 'docx', zip };
    else if (names.has('content.xml') && odfKind(zip) === 'spreadsheet') found = { format: 'ods', zip };
    else {
      const foreign = foreignPackage(zip, names);
      if (foreign) throw bad(foreign);
      const inside = zip.entries.map((e) => e.name.split('/').pop()!).filter((n) => OFFICE_FILE.test(n));
      if (inside.length) {
        const named = inside.slice(0, 3).join('、') + (inside.length > 3 ? '等' : '');
        throw bad(`是压缩包，里面有 ${inside.length} 个表格或文档文件（${named}），压缩包本身不能导入。请先解压，再把其中的文件拖入（可一次选多个）。`);
      }
      throw refuse('普通压缩包（本身不是工作簿或文档，里面也没有）');
    }
  } else if (bytes[0] === 0xd0 && bytes[1] === 0xcf) {
    found = { format: inspectCfb(name, bytes, bad, refuse), zip: null };
  } else if (startsWith(bytes, 'MZ') || startsWith(bytes, '\x7fELF')) {
    throw refuse('可执行程序');
  } else if (startsWith(bytes, '%PDF')) {
    throw refuse('PDF 文件');
  } else if (IMAGES.some(([magic]) => startsWith(bytes, magic))) {
    throw refuse(`图片（${IMAGES.find(([magic]) => startsWith(bytes, magic))![1]}）`);
  } else if (looksLikeText(bytes)) {
    if (bytes.length > MAX_TEXT_BYTES) throw textTooLarge(name, bytes.length);
    found = { format: 'text', zip: null };
  } else {
    throw bad(`的格式无法识别（可能已损坏）。请提供：${wanted()}。`);
  }
  if (!accept.includes(found.format)) {
    throw bad(`的内容是${FORMAT_NAMES[found.format]}，此处需要：${wanted()}。`);
  }
  return found;
}

/** An OpenDocument package names its media type in this part (ODF 1.2 part 3, 3.3). */
const ODF_MEDIA_TYPE_PART = 'mimetype';
const ODF_MEDIA_TYPE = /^application\/vnd\.oasis\.opendocument\.([a-z-]+)/;

/** "spreadsheet", "text", … for an OpenDocument package; null for any other zip. */
function odfKind(zip: ZipReport): string | null {
  const part = zip.parts.get(ODF_MEDIA_TYPE_PART);
  return part ? (ODF_MEDIA_TYPE.exec(new TextDecoder().decode(part.subarray(0, 100)))?.[1] ?? null) : null;
}

/**
 * Why a zip that holds an office file of another family cannot be read, and what to save it as:
 * an OpenDocument text (.odt), or an OFD (版式文件, like a PDF).
 */
function foreignPackage(zip: ZipReport, names: ReadonlySet<string>): string | null {
  if (odfKind(zip) === 'text') return '是 OpenDocument 文档（.odt），无法直接读取。请在 WPS、Word 或 LibreOffice 中另存为 .docx 后再导入。';
  if (names.has('OFD.xml')) return '是 OFD 版式文件（与 PDF 一样只供阅读），读不出其中的表格或文字。请向对方要 WPS、Word 或 Excel 的原文件。';
  return null;
}

function inspectCfb(name: string, bytes: Uint8Array, bad: (why: string) => AppError, refuse: (what: string) => AppError): InputFormat {
  const cfb = readCfb(bytes);
  if (!cfb) throw bad('已损坏（Office 97-2003 文件结构不完整），无法读取。');
  const names = new Set(cfb.entries.map((e) => e.name));
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) {
    throw bad('已加密（设置了打开密码），无法读取。请在 WPS 或 Excel 中取消密码、另存后再导入。');
  }
  const book = cfb.entries.find((e) => e.name === 'Workbook' || e.name === 'Book');
  if (book) {
    if (biffEncrypted(cfb.readHead(book, 4096))) {
      throw bad('已加密（设置了打开密码），无法读取。请在 WPS 或 Excel 中取消密码、另存后再导入。');
    }
    return 'xls';
  }
  // Its encryption, and anything else amiss, the reader tells (core/files/wordBinary). WPS 文字 saves
  // its .wps in the same form: read by its content, whatever its name.
  if (names.has('WordDocument')) return 'doc';
  if (/\.(wps|wpt)$/i.test(name)) throw bad('是 WPS 文字（.wps）的旧格式，无法直接读取。请用 WPS 打开它，“另存为” .docx 后再导入。');
  throw refuse('无法识别的 Office 97-2003 文件');
}

/** An encrypted .xls has a FILEPASS record among the first records of its workbook stream. */
function biffEncrypted(head: Uint8Array | null): boolean {
  if (!head) return false;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  for (let p = 0, n = 0; p + 4 <= head.length && n < 32; n++) {
    const type = view.getUint16(p, true);
    if (type === BIFF_FILEPASS) return true;
    p += 4 + view.getUint16(p + 2, true);
  }
  return false;
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return bytes.length >= ascii.length;
}

/**
 * Text in UTF-8, GBK or UTF-16 (with BOM): no NUL bytes at the start unless it is UTF-16, and only
 * a sprinkling of control characters (text pasted from other programs carries a few).
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control <= Math.max(8, head.length / 100);
}
