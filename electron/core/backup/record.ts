// Each backup's facts live in a small JSON file beside it ("….db.json"), so they travel with the
// copy (to a USB stick, across restores) and listing a folder does not re-check every file.
import fs from 'node:fs';
import type { BackupFacts } from './verify';

export interface BackupRecord extends BackupFacts {
  createdAt: string;
  reason: string;
  /** The database file it was taken from. */
  source: string;
}

export const RECORD_SUFFIX = '.json';

export function readRecord(backupPath: string): BackupRecord | null {
  try {
    const value = JSON.parse(fs.readFileSync(backupPath + RECORD_SUFFIX, 'utf8')) as BackupRecord;
    return typeof value.createdAt === 'string' && typeof value.integrity === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Written to a temporary name and renamed, so a crash never leaves half a record. Best effort on read-only media. */
export function writeRecord(backupPath: string, record: BackupRecord): void {
  const target = backupPath + RECORD_SUFFIX;
  try {
    fs.writeFileSync(`${target}.tmp`, JSON.stringify(record, null, 2));
    fs.renameSync(`${target}.tmp`, target);
  } catch {
    // A read-only folder still lists; the facts are simply checked again next time.
  }
}
