// File moves around the live database: putting a backup in its place, and moving a damaged file
// aside. SQLite keeps a WAL database in three files; all three move together or not at all.
import fs from 'node:fs';
import path from 'node:path';
import { timeStamp } from './naming';

export const JOURNAL_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

/**
 * Puts a copy of `source` where the (closed) database lives: copied to a temporary name, flushed,
 * stale -wal/-shm removed (a leftover WAL would be replayed onto the new file), then renamed over.
 */
export function replaceDatabaseFile(source: string, dbPath: string): void {
  const temp = `${dbPath}.restoring`;
  fs.copyFileSync(source, temp);
  const fd = fs.openSync(temp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  for (const suffix of JOURNAL_SUFFIXES) fs.rmSync(dbPath + suffix, { force: true });
  fs.renameSync(temp, dbPath);
}

/** "<name>.<tag>-YYYYMMDD-HHMMSS<ext>" beside the database, numbered when taken. */
export function asideName(dbPath: string, at: Date, tag: string): string {
  const ext = path.extname(dbPath);
  const stem = dbPath.slice(0, dbPath.length - ext.length);
  let target = `${stem}.${tag}-${timeStamp(at)}${ext}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${stem}.${tag}-${timeStamp(at)}-${n}${ext}`;
  return target;
}

/**
 * Renames a database and its journal files to "<name>.<tag>-YYYYMMDD-HHMMSS<ext>" (tag "damaged" for a
 * file that failed its check), so it is kept exactly as it was; returns the new path.
 */
export function setAside(dbPath: string, at: Date, tag = 'damaged'): string {
  const target = asideName(dbPath, at, tag);
  if (fs.existsSync(dbPath)) fs.renameSync(dbPath, target);
  for (const suffix of JOURNAL_SUFFIXES) {
    if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, target + suffix);
  }
  return target;
}
