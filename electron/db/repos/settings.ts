// The settings table: small named values that belong to this database (e.g. its backup folder).
import type { Db } from '../db';

export function getSetting(db: Db, key: string): string | null {
  return db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key])?.value ?? null;
}

export function setSetting(db: Db, key: string, value: string | null): void {
  if (value === null) db.run('DELETE FROM settings WHERE key = ?', [key]);
  else db.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}

/** The 经办人 whom this database's records and 操作日志 are attributed to (see Ctx.user). */
export const OPERATOR_SETTING = 'operator_name';
