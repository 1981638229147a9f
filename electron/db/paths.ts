import os from 'node:os';
import path from 'node:path';

/** The per-user data folder, the same one the desktop shell uses (Electron's userData for this app). */
export function defaultDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'taizhang');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'taizhang');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'taizhang');
}

export const DB_FILE_NAME = 'taizhang.db';

export function defaultDbPath(): string {
  return process.env.TAIZHANG_DB ?? path.join(defaultDataDir(), DB_FILE_NAME);
}

/** Backups live beside the database unless the user chose another folder. */
export function defaultBackupDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}
