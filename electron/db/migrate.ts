import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db';
import { MIGRATIONS, type Migration } from './migrations';

export interface MigrateOptions {
  /** Where to put a copy of the database before changing its schema. */
  backupDir: string | null;
  migrations?: readonly Migration[];
}

/** Applies every migration above PRAGMA user_version, all in one transaction. Returns the versions applied. */
export async function migrate(db: Db, options: MigrateOptions): Promise<number[]> {
  const migrations = options.migrations ?? MIGRATIONS;
  const current = db.pragma<number>('user_version');
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  if (options.backupDir) {
    fs.mkdirSync(options.backupDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    await db.raw.backup(path.join(options.backupDir, `migration-v${current}-${stamp}.db`));
  }
  db.transaction(() => {
    for (const m of pending) {
      db.raw.exec(m.up);
      db.raw.pragma(`user_version = ${m.version}`);
    }
  });
  return pending.map((m) => m.version);
}
