// A consistent copy of a live database through SQLite's online backup API (never a file copy,
// which could catch a WAL database between a write and its checkpoint).
import { openDatabaseCopy } from '../../db/connection';
import type { Db } from '../../db/db';

/**
 * Copies the database to `target` and turns the copy into a self-contained single file
 * (rollback journal rather than WAL), so it can be opened read-only, moved and mailed as is.
 */
export async function snapshot(db: Db, target: string): Promise<void> {
  await db.raw.backup(target);
  const copy = openDatabaseCopy(target, { writable: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
