// Why a file could not be read or written, in words: the system's codes (ENOENT, EBUSY…) mean
// nothing to an office. Shared by the CLI and the desktop shell's save and open dialogs.

const READ_FAILURES: Record<string, string> = {
  ENOENT: '文件不存在，请检查路径和文件名',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有读取该文件的权限',
  EPERM: '没有读取该文件的权限',
  EBUSY: '文件正被其他程序占用，请关闭后重试',
  ENAMETOOLONG: '路径过长',
};

const WRITE_FAILURES: Record<string, string> = {
  EISDIR: '这是一个文件夹，请给出文件名',
  EEXIST: '路径中有同名的文件，无法建立文件夹',
  ENOTDIR: '路径中有一段是文件，不是文件夹',
  ENOENT: '无法在此处建立文件（路径不存在或不可写）',
  EACCES: '没有写入此处的权限',
  EPERM: '没有写入此处的权限',
  EROFS: '此处是只读的',
  ENOSPC: '磁盘已满',
  EBUSY: '文件正被其他程序占用（例如在 Excel 或 WPS 中打开着），请关闭后重试',
  ENAMETOOLONG: '路径过长',
};

function reason(err: unknown, table: Record<string, string>): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return table[code] ?? code;
  return err instanceof Error ? err.message : String(err);
}

/** "无法读取文件 X：文件不存在，请检查路径和文件名" */
export const readFailureMessage = (err: unknown, file: string): string => `无法读取文件 ${file}：${reason(err, READ_FAILURES)}`;

/** "文件正被其他程序占用（例如在 Excel 或 WPS 中打开着），请关闭后重试" */
export const writeFailureReason = (err: unknown): string => reason(err, WRITE_FAILURES);

/** "无法写入 X：文件正被其他程序占用（例如在 Excel 或 WPS 中打开着），请关闭后重试" */
export const writeFailureMessage = (err: unknown, target: string): string => `无法写入 ${target}：${writeFailureReason(err)}`;
