// SQLite failures that say nothing about the data, only that it cannot be reached right now: another
// program holds the write lock, or the file (or its folder) may not be written. They are told to the
// user as such, never as an internal error or as a damaged file (which would send them to a backup).
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/result';

export const BUSY_MESSAGE = '数据库正被其他程序（另一个窗口或命令行）写入，请稍后重试。本次操作未作任何更改。';

export function readOnlyMessage(file: string, during: 'open' | 'write' = 'write'): string {
  const what = during === 'open' ? '无法打开' : '无法保存更改';
  return `数据库文件 ${file} 是只读的（文件本身或所在文件夹不允许写入），${what}。请检查文件属性或权限后再试。`;
}

export function noPermissionMessage(file: string): string {
  return `没有权限读写数据库文件 ${file}（文件或所在文件夹的权限不允许当前用户访问），无法打开。请检查文件属性或权限后再试。`;
}

export function diskFullMessage(file: string, during: 'open' | 'write' = 'write'): string {
  const what = during === 'open' ? '无法打开' : '无法保存更改，本次操作未作任何更改';
  return `数据库文件 ${file} 所在的磁盘空间已满，${what}。数据库没有损坏：请清理该磁盘（删除不用的文件、把旧备份移到别处）后再试。`;
}

/** Free space below which an I/O error is taken for a full disk. */
const NEARLY_FULL_BYTES = 1024 * 1024;

/**
 * Whether the disk holding `file` is full, or nearly: SQLite then fails with SQLITE_FULL, or, where
 * the -shm file cannot be grown (which even reading a WAL database needs), with an I/O error.
 */
function diskFull(file: string): boolean {
  try {
    const { bavail, bsize } = fs.statfsSync(path.dirname(path.resolve(file)));
    return bavail * bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/** Whether the file exists but the current user may not read or write it (SQLite then only says it cannot open it). */
function accessDenied(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
    return false;
  } catch (err) {
    return ['EACCES', 'EPERM'].includes((err as NodeJS.ErrnoException).code ?? '');
  }
}

/** SQLite's extended result code of a better-sqlite3 error (e.g. SQLITE_READONLY_DIRECTORY); null for any other error. */
function sqliteCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/**
 * The error to show for a SQLite failure about access to `file`: DB_BUSY when the write lock stayed
 * taken for the whole busy timeout, DB_DISK_FULL when its disk has no room left, DB_READONLY when
 * SQLite may not write the file or create the -wal/-shm files beside it (which in WAL mode even reading
 * needs), or may not read it at all. null for any other error.
 */
export function accessError(err: unknown, file: string, during: 'open' | 'write' = 'write'): AppError | null {
  const systemCode = (err as NodeJS.ErrnoException | null)?.code;
  if (systemCode === 'EACCES' || systemCode === 'EPERM') return new AppError('DB_READONLY', noPermissionMessage(file));
  const code = sqliteCode(err);
  if (!code) return null;
  if (code === 'SQLITE_CANTOPEN' && accessDenied(file)) return new AppError('DB_READONLY', noPermissionMessage(file));
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_')) return new AppError('DB_BUSY', BUSY_MESSAGE);
  if (code === 'SQLITE_FULL' || ((code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) && diskFull(file))) {
    return new AppError('DB_DISK_FULL', diskFullMessage(file, during));
  }
  // SQLITE_READONLY_DBMOVED is a file renamed or deleted while open: not a matter of permissions.
  if ((code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) && code !== 'SQLITE_READONLY_DBMOVED') {
    return new AppError('DB_READONLY', readOnlyMessage(file, during));
  }
  return null;
}

/** Runs fn; an access failure it throws comes out as the AppError above, anything else unchanged. */
export function withAccessErrors<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw accessError(err, file) ?? err;
  }
}
