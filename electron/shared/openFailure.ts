// When the database could not be opened: whether an error says so, and the heading above its message
// (the browser page and the desktop app's dialog say the same), chosen by the error's code.
import type { ErrorCode } from './result';

/** The codes with which the database status call fails: only when the database could not be opened at all. */
export function isOpeningFailure(code: ErrorCode): boolean {
  return code.startsWith('DB_') || code === 'BAD_FILE';
}

export function openFailureHeading(code: ErrorCode): string {
  switch (code) {
    // Another program's SQLite file (its message names the file and its tables).
    case 'BAD_FILE':
      return '这不是工作要点台账的数据库';
    case 'DB_TOO_NEW':
      return '数据库由更新版本的程序创建，无法打开';
    case 'DB_READONLY':
      return '没有权限打开数据库文件';
    case 'DB_DISK_FULL':
      return '磁盘空间已满，无法打开数据库';
    default:
      return '无法打开数据库';
  }
}
