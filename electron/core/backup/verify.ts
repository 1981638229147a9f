// What a backup file holds and whether it is sound, read from the file itself (opened read-only).
import fs from 'node:fs';
import { openDatabaseCopy } from '../../db/connection';
import { integrityProblems } from '../../db/integrity';
import { backupContents } from '../../db/repos/backups';

export interface BackupFacts {
  size: number;
  plans: number | null;
  periods: number | null;
  schemaVersion: number | null;
  integrity: 'ok' | 'damaged';
  integrityDetail: string | null;
  checkedAt: string;
}

/** Runs the full PRAGMA integrity_check on the copy and counts what it holds. Never throws. */
export function verifyBackupFile(file: string, now: Date): BackupFacts {
  const checkedAt = now.toISOString();
  let size = 0;
  try {
    size = fs.statSync(file).size;
    const db = openDatabaseCopy(file);
    try {
      const problems = integrityProblems(db.raw, 'full');
      if (problems) return damaged(size, checkedAt, problems);
      return { size, ...backupContents(db), integrity: 'ok', integrityDetail: null, checkedAt };
    } finally {
      db.close();
    }
  } catch (err) {
    return damaged(size, checkedAt, (err as Error).message);
  }
}

function damaged(size: number, checkedAt: string, detail: string): BackupFacts {
  return { size, plans: null, periods: null, schemaVersion: null, integrity: 'damaged', integrityDetail: detail, checkedAt };
}
