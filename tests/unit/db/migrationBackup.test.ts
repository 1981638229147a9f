// Opening a database that a newer schema must migrate takes a verified backup first, named and
// kept like every other backup. A test-only migration stands in for the next real one.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { openBackend } from '../../../electron/core/backend';
import { Db } from '../../../electron/db/db';
import { migrate } from '../../../electron/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/db/migrations';
import { tempDir } from '../../helpers/backend';

vi.mock('../../../electron/db/migrations', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/db/migrations')>();
  const next = { version: real.LATEST_VERSION + 1, name: 'test_next', up: "ALTER TABLE plans ADD COLUMN note TEXT NOT NULL DEFAULT '';" };
  return { ...real, MIGRATIONS: [...real.MIGRATIONS, next], LATEST_VERSION: next.version };
});

describe('a migration on open', () => {
  it('is preceded by a backup of the old schema, through the backup service', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'taizhang.db');
    // A database at the previous version, holding a plan.
    const old = new Db(new Database(dbPath), dbPath);
    await migrate(old, { backup: null, migrations: MIGRATIONS.slice(0, -1) });
    old.run("INSERT INTO plans (title, fingerprint, created_at, updated_at) VALUES ('旧版计划', 'fp', 'now', 'now')");
    old.close();

    const backend = await openBackend({ dbPath, transport: 'cli', backupDir: path.join(dir, 'backups') });
    try {
      expect(backend.db.pragma('user_version')).toBe(LATEST_VERSION);
      const backups = backend.store.backups.list(path.join(dir, 'backups'), dbPath);
      const migration = backups.find((b) => b.reason === `migration.v${LATEST_VERSION - 1}`);
      expect(migration).toMatchObject({ integrity: 'ok', plans: 1, schemaVersion: LATEST_VERSION - 1 });
      expect(fs.existsSync(`${migration!.path}.json`)).toBe(true);
    } finally {
      backend.close();
    }
  });
});
