// File names for what we export: the user's words (plan titles, unit names) made safe for
// Windows and Linux file systems.

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Replaces characters Windows forbids, trims dots and spaces at the ends, and keeps it short. */
export function safeFileName(name: string, maxChars = 120): string {
  const cleaned = name.replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim().replace(/^[. ]+|[. ]+$/g, '');
  return (cleaned || '导出文件').slice(0, maxChars);
}
