// A database another program is writing, or one that may not be written, is reported as such (DB_BUSY,
// DB_READONLY, in Chinese) and leaves the data as it was — not as an internal error or a damaged file;
// nor is a path where no database can be made (DB_OPEN_FAILED).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { accessError } from '../../../electron/db/accessErrors';
import { openDatabase } from '../../../electron/db/connection';
import { Db } from '../../../electron/db/db';
import { AppError } from '../../../electron/shared/result';
import { tempDir, testBackend, type TestBackend } from '../../helpers/backend';

const toClose: { close(): void }[] = [];
afterEach(() => {
  for (const c of toClose.splice(0)) c.close();
});

/** What fn threw (it must throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

describe('another connection holding the write lock', () => {
  const TIMEOUT_MS = 200;

  /** A backend (connection A, with a short busy timeout) and a second connection B on the same file. */
  async function twoConnections(): Promise<{ a: TestBackend; b: Database.Database }> {
    const a = await testBackend();
    toClose.push(a);
    a.db.pragma(`busy_timeout = ${TIMEOUT_MS}`);
    const b = new Database(a.dbPath);
    toClose.push(b);
    return { a, b };
  }

  it('makes a write wait out the busy timeout, then fail with DB_BUSY, changing nothing; once the lock is free it goes through', async () => {
    const { a, b } = await twoConnections();
    const names = () => a.db.all<{ name: string }>('SELECT name FROM units ORDER BY id').map((u) => u.name);
    const before = names();
    // Reads first, then writes: begun DEFERRED, the upgrade to a write lock would fail at once.
    const write = () =>
      a.db.transaction(() => {
        names();
        a.db.run("INSERT INTO units (name, created_at) VALUES ('甲局', 'now')");
      });
    b.exec('BEGIN IMMEDIATE');
    b.exec("INSERT INTO units (name, created_at) VALUES ('乙局', 'now')");
    const started = Date.now();
    const err = thrown(write);
    // A lower bound only: SQLite's busy handler never sleeps less than the timeout.
    expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS / 2);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'DB_BUSY', message: expect.stringContaining('正被其他程序') });
    b.exec('COMMIT');
    expect(names()).toEqual([...before, '乙局']);
    write();
    expect(names()).toEqual([...before, '乙局', '甲局']);
  });

  it('reaches the caller of a command as DB_BUSY, not INTERNAL', async () => {
    const { a, b } = await twoConnections();
    b.exec('BEGIN IMMEDIATE');
    const env = await a.invoke('plans.importSample', {});
    b.exec('ROLLBACK');
    expect(env).toMatchObject({ ok: false, error: { code: 'DB_BUSY' } });
    expect(a.db.get<{ n: number }>('SELECT count(*) AS n FROM plans')!.n).toBe(0);
  });
});

describe('a database that may not be written', () => {
  /** A database file with one table, opened again through a read-only connection. */
  function readOnlyDb(): Db {
    const file = path.join(tempDir(), 'ro.db');
    const setup = new Database(file);
    setup.pragma('journal_mode = WAL');
    setup.exec('CREATE TABLE t (x)');
    setup.close();
    const db = new Db(new Database(file, { readonly: true }), file);
    toClose.push(db);
    return db;
  }

  it('refuses a write with DB_READONLY in Chinese, in a transaction or not', () => {
    const db = readOnlyDb();
    for (const write of [() => db.transaction(() => db.run('INSERT INTO t VALUES (1)')), () => db.run('INSERT INTO t VALUES (1)')]) {
      const err = thrown(write);
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'DB_READONLY', message: expect.stringContaining('只读') });
    }
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM t')!.n).toBe(0);
  });

  it('tells read-only apart from damage in the codes SQLite gives', () => {
    const db = readOnlyDb();
    const write = thrown(() => db.raw.exec('INSERT INTO t VALUES (1)'));
    expect(write).toMatchObject({ code: 'SQLITE_READONLY' });
    expect(accessError(write, db.path)?.code).toBe('DB_READONLY');
    // What SQLite answers when even reading a WAL database needs a -shm file its folder will not take.
    const folder = new Database.SqliteError('attempt to write a readonly database', 'SQLITE_READONLY_DIRECTORY');
    expect(accessError(folder, db.path)?.code).toBe('DB_READONLY');
    // Damage stays damage (reported by the callers as DB_CORRUPT), and a moved file is no permission matter.
    expect(accessError(new Database.SqliteError('database disk image is malformed', 'SQLITE_CORRUPT'), db.path)).toBeNull();
    expect(accessError(new Database.SqliteError('attempt to write a readonly database', 'SQLITE_READONLY_DBMOVED'), db.path)).toBeNull();
  });
});

describe('a database path through a file', () => {
  it('is refused with DB_OPEN_FAILED, saying in words why, and creates nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, '台账.xlsx');
    fs.writeFileSync(file, 'not a folder');
    for (const dbPath of [path.join(file, 'taizhang.db'), path.join(file, '子文件夹', 'taizhang.db')]) {
      const err = await openDatabase(dbPath).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'DB_OPEN_FAILED', message: expect.stringContaining(`无法建立数据库文件 ${dbPath}：路径中有`) });
      expect((err as Error).message).toMatch(/路径中有(同名的文件|一段是文件)/);
    }
    expect(fs.readdirSync(dir)).toEqual(['台账.xlsx']);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');
  });
});
