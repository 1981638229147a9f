// A database at an older schema version, for the tests of the migrations that come after it.
import path from 'node:path';
import Database from 'better-sqlite3';
import { Db } from '../../electron/db/db';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { tempDir } from './backend';

/** Runs `use` on a new database file migrated up to `version` only (no backup), then closes it. */
export async function withDbAt(version: number, use: (db: Db) => Promise<void>): Promise<void> {
  const file = path.join(tempDir(), `v${version}.db`);
  const db = new Db(new Database(file), file);
  try {
    await migrate(db, { backup: null, migrations: MIGRATIONS.filter((m) => m.version <= version) });
    await use(db);
  } finally {
    db.close();
  }
}
