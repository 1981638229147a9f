// Why SQLite could not read a file as a database, in Chinese: its own messages (“file is not a
// database”, “database disk image is malformed”) are English, and are what a wrong choice of file
// in 打开其他数据库 or a damaged file at startup would otherwise show.

const REASONS: [test: (code: string) => boolean, reason: string][] = [
  [(code) => code === 'SQLITE_NOTADB', '不是 SQLite 数据库文件（可能选错了文件，或文件开头已损坏）'],
  [(code) => code.startsWith('SQLITE_CORRUPT'), '文件内容已损坏'],
];

export function unreadableReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? REASONS.find(([test]) => test(code)) : undefined;
  if (known) return known[1];
  // Anything rarer keeps SQLite's words, named as such, for whoever helps the user.
  return `SQLite 报告“${(err as Error).message}”`;
}
