import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/core/backend';
import { openDatabase } from '../../../electron/db/connection';
import { Db } from '../../../electron/db/db';
import { migrate } from '../../../electron/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/db/migrations';
import { AppError } from '../../../electron/shared/result';
import { tempDir } from '../../helpers/backend';

const open: Db[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function rawDb(file = path.join(tempDir(), 'm.db')): Db {
  const db = new Db(new Database(file), file);
  open.push(db);
  return db;
}

const tablesOf = (sql: string) => [...sql.matchAll(/CREATE TABLE (\w+)/g)].map((m) => m[1]!);
const triggersOf = (sql: string) => [...sql.matchAll(/CREATE TRIGGER (\w+)/g)].map((m) => m[1]!);

describe.each(MIGRATIONS.map((m) => [m.name, m] as const))('migration %s', (_name, migration) => {
  it(`takes v${migration.version - 1} to v${migration.version}, every new table STRICT`, async () => {
    const db = rawDb();
    await migrate(db, { backup: null, migrations: MIGRATIONS.filter((m) => m.version < migration.version) });
    expect(db.pragma('user_version')).toBe(migration.version - 1);

    const applied = await migrate(db, { backup: null, migrations: MIGRATIONS.filter((m) => m.version <= migration.version) });
    expect(applied).toEqual([migration.version]);
    expect(db.pragma('user_version')).toBe(migration.version);

    const tables = db.all<{ name: string; strict: number }>("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'");
    for (const table of tablesOf(migration.up)) {
      expect(tables.find((t) => t.name === table), table).toMatchObject({ strict: 1 });
    }
    const triggers = db.all<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'trigger'").map((t) => t.name);
    for (const trigger of triggersOf(migration.up)) expect(triggers).toContain(trigger);
    expect(db.pragma('foreign_key_check')).toBeUndefined();
  });
});

describe('the schema', () => {
  it('creates every table (the later migrations’ too) and the audit log triggers that refuse UPDATE and DELETE', async () => {
    const db = rawDb();
    await migrate(db, { backup: null });
    const names = db.all<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").map((t) => t.name);
    expect(names).toEqual(
      ['audit_log', 'import_changes', 'imports', 'periods', 'plans', 'progress', 'reminders', 'sections', 'settings', 'task_units', 'tasks', 'unit_aliases', 'units'].sort(),
    );
    db.run("INSERT INTO audit_log (at, os_user, action, object_type, summary) VALUES ('2024-01-01T00:00:00.000Z', 'u', 'a', 'plan', 's')");
    expect(() => db.run("UPDATE audit_log SET os_user = 'x'")).toThrow(/操作日志不可修改/);
    expect(() => db.run('DELETE FROM audit_log')).toThrow(/操作日志不可删除/);
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM audit_log')!.n).toBe(1);
  });
});

describe('migrate', () => {
  it('backs up before changing an existing schema, and applies nothing twice', async () => {
    const db = rawDb();
    await migrate(db, { backup: null });
    const calls: number[] = [];
    const extra = [...MIGRATIONS, { version: LATEST_VERSION + 1, name: 'test_extra', up: 'CREATE TABLE extra (x INTEGER) STRICT;' }];
    expect(await migrate(db, { backup: async (from) => calls.push(from), migrations: extra })).toEqual([LATEST_VERSION + 1]);
    expect(calls).toEqual([LATEST_VERSION]);
    expect(await migrate(db, { backup: async (from) => calls.push(from), migrations: extra })).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('rolls back every step of a failing migration', async () => {
    const db = rawDb();
    await migrate(db, { backup: null });
    const broken = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'ok_part', up: 'CREATE TABLE half (x INTEGER) STRICT;' },
      { version: LATEST_VERSION + 2, name: 'bad_part', up: 'CREATE TABLE plans (x INTEGER) STRICT;' },
    ];
    await expect(migrate(db, { backup: null, migrations: broken })).rejects.toThrow(/already exists/);
    expect(db.pragma('user_version')).toBe(LATEST_VERSION);
    expect(db.get("SELECT name FROM sqlite_schema WHERE name = 'half'")).toBeUndefined();
  });
});

describe('opening a database', () => {
  it('sets WAL and foreign keys on every connection', async () => {
    const db = await openDatabase(path.join(tempDir(), 'fresh.db'));
    open.push(db);
    expect(db.pragma('journal_mode')).toBe('wal');
    expect(db.pragma('foreign_keys')).toBe(1);
    expect(db.pragma('user_version')).toBe(LATEST_VERSION);
    expect(() => db.run("INSERT INTO sections (plan_id, ord, numeral, title) VALUES (999, 1, '一', 't')")).toThrow(/FOREIGN KEY/);
  });

  it('refuses a database from a newer version with a Chinese message, leaving its bytes unchanged', async () => {
    const file = path.join(tempDir(), 'newer.db');
    const seed = new Database(file);
    seed.exec('CREATE TABLE future (x INTEGER); INSERT INTO future VALUES (1);');
    seed.pragma('user_version = 999');
    seed.close();
    const digest = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = digest();

    const error = await openBackend({ dbPath: file, transport: 'cli', recoverIfDamaged: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect((error as AppError).message).toContain('由更新版本的“工作要点台账”创建');
    expect((error as AppError).message).toContain('999');
    expect(digest()).toBe(before);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('refuses another program’s SQLite file, naming it, without writing a byte to it or beside it', async () => {
    const dir = tempDir();
    const contacts = path.join(dir, '通讯录.sqlite');
    const seed = new Database(contacts);
    seed.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('张三', '123');");
    seed.close();
    // A program that numbers its own schema too: a version this app knows does not make it a 台账.
    const numbered = path.join(dir, 'other.db');
    const other = new Database(numbered);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.pragma('user_version = 3');
    other.close();

    for (const file of [contacts, numbered]) {
      const digest = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      const before = digest();
      const error = await openBackend({ dbPath: file, transport: 'cli', recoverIfDamaged: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_FILE');
      expect((error as AppError).message).toContain(file);
      expect((error as AppError).message).toContain('不是“工作要点台账”的数据库');
      expect(digest()).toBe(before);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['other.db', '通讯录.sqlite']);
  });

  it('makes an empty SQLite file, with no tables yet, a 台账 database', async () => {
    const file = path.join(tempDir(), 'empty.db');
    const seed = new Database(file);
    seed.pragma('page_size = 8192');
    seed.exec('VACUUM'); // writes the header: a file of one page, no tables
    seed.close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    const db = await openDatabase(file);
    open.push(db);
    expect(db.pragma('user_version')).toBe(LATEST_VERSION);
  });
});
