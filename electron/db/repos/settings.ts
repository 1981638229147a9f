// The settings table: small named values kept in the database file (e.g. its backup folder).
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

/** A backup folder the user chose (a USB stick, a network share). */
export const BACKUP_DIR_SETTING = 'backup.dir';

/**
 * The settings that are choices of whoever works at this computer, not part of the data: restoring a
 * backup puts the data back but leaves these as they were just before.
 */
export const INSTALLATION_SETTINGS = [BACKUP_DIR_SETTING, OPERATOR_SETTING] as const;

export type InstallationSettings = Record<(typeof INSTALLATION_SETTINGS)[number], string | null>;

export function getInstallationSettings(db: Db): InstallationSettings {
  return Object.fromEntries(INSTALLATION_SETTINGS.map((key) => [key, getSetting(db, key)])) as InstallationSettings;
}

/** Writes every installation setting as given (null removes it), in one transaction. */
export function setInstallationSettings(db: Db, values: InstallationSettings): void {
  db.transaction(() => {
    for (const key of INSTALLATION_SETTINGS) setSetting(db, key, values[key]);
  });
}
