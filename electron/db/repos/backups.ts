// What a backup holds, as its list shows it: read from the backup file itself.
import type { Db } from '../db';

export interface BackupContents {
  plans: number | null;
  periods: number | null;
  schemaVersion: number;
}

/** Counts of the main objects; null where the table does not exist (a backup of an empty, unmigrated file). */
export function backupContents(db: Db): BackupContents {
  const hasTable = (name: string) =>
    db.get<{ n: number }>("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = ?", [name])!.n > 0;
  const count = (table: 'plans' | 'periods') =>
    hasTable(table) ? db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)!.n : null;
  return { plans: count('plans'), periods: count('periods'), schemaVersion: db.pragma<number>('user_version') };
}
