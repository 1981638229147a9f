// A zip of returns as a bureau sends it (“三季度报送.zip” holding each unit's workbook): taken apart
// into its files, each then read, matched and stored as if it had been dropped on its own. A zip that
// is itself a package (xlsx, docx, ods, OFD) is a single file, left to inspectFile.
import type { FileInput } from '../../shared/api/method';
import { AppError } from '../../shared/result';
import { isZip, readDirectory, readEntries, type ZipEntry } from './zipArchive';
import { checkZip } from './zipGuard';

/** Files a bureau may send zipped together (a zip holding none of them is not taken apart). */
export const OFFICE_FILE = /\.(xlsx|xlsm|xls|et|ods|csv|docx|doc|wps)$/i;

/** Parts that make a zip a package rather than an archive of files: OOXML, OpenDocument, OFD. */
const PACKAGE_PARTS = new Set(['[Content_Types].xml', 'mimetype', 'content.xml', 'OFD.xml']);

/**
 * What archivers and desktops add and nobody sent: folders, macOS resource forks, hidden files,
 * Office's lock files (~$…), Windows thumbnails.
 */
const NOT_SENT = /(^|\/)(__MACOSX\/|\.|~\$)|(^|\/)(Thumbs\.db|desktop\.ini)$|\/$/i;

/**
 * The files of a zip of returns, each named “包名.zip/内部路径” (so an import says where it came
 * from); null when `file` is not such a zip. Every part passes the zip guard (size, count, paths).
 * Throws AppError naming the zip when it is encrypted, or when the guard refuses it.
 */
export function archiveFiles(file: FileInput): FileInput[] | null {
  if (!isZip(file.bytes)) return null;
  // A zip without a readable directory is left to inspectFile, which says it is damaged.
  const unreadable = new Error('unreadable zip');
  let entries: ZipEntry[];
  try {
    entries = readEntries(file.bytes, readDirectory(file.bytes, () => unreadable), () => unreadable);
  } catch (err) {
    if (err === unreadable) return null;
    throw err;
  }
  if (entries.some((e) => PACKAGE_PARTS.has(e.name))) return null;
  const sent = entries.filter((e) => !NOT_SENT.test(e.name));
  if (!sent.some((e) => OFFICE_FILE.test(e.name))) return null;
  if (entries.some((e) => e.flags & 1)) {
    throw new AppError('BAD_FILE', `压缩包“${file.name}”设置了密码，无法解压。请用解压软件输入密码解压后，再把其中的文件拖入。`);
  }
  const wanted = new Set(sent.map((e) => e.name));
  const { parts } = checkZip(file.bytes, file.name, {}, (name) => wanted.has(name));
  return sent.map((e) => ({ name: `${file.name}/${e.name}`, bytes: new Uint8Array(parts.get(e.name)!) }));
}
