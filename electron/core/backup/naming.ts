// Backup file names: "<database name>-YYYYMMDD-HHMMSS-<reason>[-N].db", local time, so a folder of
// them sorts by time and a person can tell them apart. Several databases may share one folder.
import path from 'node:path';

export const BACKUP_EXTENSION = '.db';

export interface ParsedBackupName {
  base: string;
  at: Date;
  reason: string;
}

/** The database file's name without its extension: the prefix of its backups. */
export function backupBase(dbPath: string): string {
  return path.basename(dbPath, path.extname(dbPath));
}

/** Lower-case letters, digits and dots only ("progress.import"), so names stay portable and parseable; "auto" for a Chinese reason. */
export function reasonSlug(reason: string): string {
  const slug = reason.toLowerCase().replace(/[^a-z0-9.]+/g, '.').replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
  return slug.slice(0, 40) || 'auto';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function timeStamp(at: Date): string {
  return `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/** The name for a backup taken at `at`; `attempt` > 1 adds a suffix when that name is taken. */
export function backupFileName(dbPath: string, at: Date, reason: string, attempt = 1): string {
  return `${backupBase(dbPath)}-${timeStamp(at)}-${reasonSlug(reason)}${attempt > 1 ? `-${attempt}` : ''}${BACKUP_EXTENSION}`;
}

const NAME = /^(.+)-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z0-9.]+?)(?:-(\d+))?\.db$/;

/** Reads a backup name back; null for any other file. */
export function parseBackupFileName(name: string): ParsedBackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, base, y, mo, d, h, mi, s, reason] = m;
  const at = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(at.getTime())) return null;
  return { base: base!, at, reason: reason! };
}

/** "YYYY-MM-DD" in local time: the calendar day of the daily backup. */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
