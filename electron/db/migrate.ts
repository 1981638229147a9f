import type { Db } from './db';
import { MIGRATIONS, type Migration } from './migrations';

export interface MigrateOptions {
  /** Takes a safety copy of the database before its schema changes; skipped when null. */
  backup: ((fromVersion: number) => Promise<unknown>) | null;
  migrations?: readonly Migration[];
}

/** Applies every migration above PRAGMA user_version, all in one transaction. Returns the versions applied. */
export async function migrate(db: Db, options: MigrateOptions): Promise<number[]> {
  const migrations = options.migrations ?? MIGRATIONS;
  const current = db.pragma<number>('user_version');
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  if (options.backup) await options.backup(current);
  db.transaction(() => {
    for (const m of pending) {
      db.raw.exec(m.up);
      db.raw.pragma(`user_version = ${m.version}`);
    }
  });
  return pending.map((m) => m.version);
}
