// What a backup file holds and whether it is sound, read from the file itself (opened read-only).
import fs from 'node:fs';
import { openDatabaseCopy } from '../../db/connection';
import type { Db } from '../../db/db';
import { integrityProblems, integrityProblemsOfFile } from '../../db/integrity';
import { backupContents } from '../../db/repos/backups';
import type { BackupInfo } from '../../shared/api/data';

/** What a backup file itself tells, read from it (the rest of BackupInfo is where and why it was made). */
export type BackupFacts = Pick<BackupInfo, 'size' | 'plans' | 'periods' | 'schemaVersion' | 'integrity' | 'integrityDetail' | 'checkedAt'>;

/** Runs the full PRAGMA integrity_check on the copy and counts what it holds. Never throws. */
export function verifyBackupFile(file: string, now: Date): BackupFacts {
  return factsOf(file, now, (db) => integrityProblems(db.raw, 'full'));
}

/**
 * verifyBackupFile with the check of a large copy in a worker thread, for the checks that follow a
 * copy already taken (see BackupService.protect): seconds of integrity_check on an 80 MB copy would
 * otherwise hold up the requests that come right after the change. Never throws.
 */
export async function verifyBackupFileOffThread(file: string, now: Date): Promise<BackupFacts> {
  const problems = await integrityProblemsOfFile(file, 'full');
  return factsOf(file, now, () => problems);
}

function factsOf(file: string, now: Date, problemsOf: (db: Db) => string | null): BackupFacts {
  const checkedAt = now.toISOString();
  let size = 0;
  try {
    size = fs.statSync(file).size;
    const db = openDatabaseCopy(file);
    try {
      const problems = problemsOf(db);
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
