// Input limits for every file a user hands us (plans, returned spreadsheets). One module so the
// readers, the zip guard and the error messages agree; each error states the limit it hit.
import { MAX_PLAN_TASKS } from '../shared/api/plans';
import { formatBytes } from '../shared/format';
import { AppError } from '../shared/result';

/** Largest file accepted at all (xlsx/xls/docx/txt as stored on disk). */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;
/** Largest total size of a zip-based file's parts once inflated (zip bombs stop here). */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
/** Most rows read from one worksheet. */
export const MAX_ROWS = 200_000;
/** Longest cell text kept; Excel's own limit, so a genuine workbook never exceeds it. */
export const MAX_CELL_CHARS = 32_767;
/** Largest plain-text plan (pasted or .txt). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
/** Most parts inside one zip-based file (a real workbook has a few dozen). */
export const MAX_ZIP_ENTRIES = 10_000;

const count = (n: number) => n.toLocaleString('en-US');

export function fileTooLarge(fileName: string, size: number): AppError {
  return new AppError(
    'FILE_TOO_LARGE',
    `文件“${fileName}”大小为 ${formatBytes(size)}，超过上限 ${formatBytes(MAX_FILE_BYTES)}，未导入。`,
    { limit: MAX_FILE_BYTES, size },
  );
}

/** Throws FILE_TOO_LARGE when the file is over MAX_FILE_BYTES. */
export function checkFileSize(fileName: string, size: number): void {
  if (size > MAX_FILE_BYTES) throw fileTooLarge(fileName, size);
}

export function inflatedTooLarge(fileName: string): AppError {
  return new AppError(
    'FILE_TOO_LARGE',
    `文件“${fileName}”解压后的内容超过上限 ${formatBytes(MAX_INFLATED_BYTES)}（可能是异常构造的压缩文件），未导入。`,
    { limit: MAX_INFLATED_BYTES },
  );
}

/** `rows` null when counting stopped at the limit (the zip guard does not read on). */
export function tooManyRows(fileName: string, sheet: string, rows: number | null, limit = MAX_ROWS): AppError {
  const found = rows === null ? `超过 ${count(limit)} 行` : `有 ${count(rows)} 行`;
  return new AppError('FILE_TOO_LARGE', `文件“${fileName}”的工作表“${sheet}”${found}，超过上限 ${count(limit)} 行，未导入。`, {
    limit,
    rows,
    sheet,
  });
}

export function cellTooLong(fileName: string, where: string, chars: number): AppError {
  return new AppError(
    'FILE_TOO_LARGE',
    `文件“${fileName}”${where}的单元格有 ${count(chars)} 个字符，超过上限 ${count(MAX_CELL_CHARS)} 个字符，未导入。`,
    { limit: MAX_CELL_CHARS, chars },
  );
}

export function textTooLarge(fileName: string, bytes: number): AppError {
  return new AppError(
    'FILE_TOO_LARGE',
    `文本“${fileName}”大小为 ${formatBytes(bytes)}，超过上限 ${formatBytes(MAX_TEXT_BYTES)}，未导入。`,
    { limit: MAX_TEXT_BYTES, size: bytes },
  );
}

/** A plan of more tasks than one plan may hold: refused before anything is stored. */
export function tooManyTasks(tasks: number): AppError {
  return new AppError('FILE_TOO_LARGE', `计划共有 ${count(tasks)} 项任务，超过上限 ${count(MAX_PLAN_TASKS)} 项，未导入，没有保存任何内容。`, {
    limit: MAX_PLAN_TASKS,
    tasks,
  });
}
