// Two programs on one database: the desktop app (or a browser-mode server) stays open while a
// colleague restores a backup or imports from the command line, and the other way round. Real
// connections (and processes) on a real file: what one writes, the other reads; neither's work fails.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabaseCopy } from '../../../electron/db/connection';
import { migrate } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations';
import type { RestoreResult } from '../../../electron/shared/api/data';
import { testBackend, type TestBackend } from '../../helpers/backend';
import { runCli } from '../../helpers/cli';
import { planTitles, seedPlan } from './seed';

let open: TestBackend[] = [];
afterEach(() => {
  for (const b of open) b.close();
  open = [];
});

async function backendOn(dbPath?: string): Promise<TestBackend> {
  const backend = await testBackend(dbPath ? { dbPath } : {});
  open.push(backend);
  return backend;
}

const listedTitles = async (db: string) => ((await runCli(db, 'plan', 'list', '--json')).json as { title: string }[]).map((p) => p.title);

describe('restoring while another program has the database open', { timeout: 120_000 }, () => {
  it('a restore from the command line reaches the open app, and what the app writes afterwards is kept', async () => {
    const app = await backendOn();
    seedPlan(app.ctx.db, '原计划');
    const before = await app.call('data.backup', {});
    seedPlan(app.ctx.db, '备份后导入的计划');

    const restored = await runCli(app.dbPath, 'restore', before.file, '--json');
    expect(restored.code).toBe(0);
    expect((restored.json as RestoreResult).safetyCopy).toMatchObject({ plans: 2 });

    // The open app reads the restored data at once…
    expect(planTitles(app.ctx.db)).toEqual(['原计划']);
    // …and what it writes now is in the file the next program opens, not in a removed one.
    await app.call('plans.update', { planId: 1, title: '恢复后改的名称' });
    expect(await listedTitles(app.dbPath)).toEqual(['恢复后改的名称']);
    const check = openDatabaseCopy(app.dbPath);
    try {
      expect(planTitles(check)).toEqual(['恢复后改的名称']);
    } finally {
      check.close();
    }
  });

  it('a restore in one window reaches another open on the same file, both ways', async () => {
    const first = await backendOn();
    const second = await backendOn(first.dbPath);
    seedPlan(first.ctx.db, '原计划');
    const before = await first.call('data.backup', {});
    seedPlan(second.ctx.db, '另一窗口导入的计划');
    expect(planTitles(first.ctx.db)).toEqual(['原计划', '另一窗口导入的计划']);

    await first.call('data.restore', { file: before.file });
    expect(planTitles(second.ctx.db)).toEqual(['原计划']);
    seedPlan(second.ctx.db, '恢复后另一窗口导入');
    expect(planTitles(first.ctx.db)).toEqual(['原计划', '恢复后另一窗口导入']);
    // The restore is on record for both.
    expect((await second.call('audit.list', { action: 'data.restore' })).total).toBe(1);
  });

  it('restores a backup made before a migration, bringing it to the current schema; the backup itself stays as it was', async () => {
    const app = await backendOn();
    const other = await backendOn(app.dbPath);
    const dir = path.join(app.dir, 'backups');
    fs.mkdirSync(dir, { recursive: true });
    // A backup taken by an earlier version of the program, one schema version behind.
    const old = path.join(dir, 'taizhang-20240101-090000-manual.db');
    fs.writeFileSync(old, '');
    const oldDb = openDatabaseCopy(old, { writable: true });
    await migrate(oldDb, { backup: null, migrations: MIGRATIONS.slice(0, -1) });
    seedPlan(oldDb, '旧版本时的计划');
    oldDb.close();
    const oldBytes = fs.readFileSync(old);
    seedPlan(app.ctx.db, '现在的计划');

    await app.call('data.restore', { file: path.basename(old) });
    expect(planTitles(other.ctx.db)).toEqual(['旧版本时的计划']);
    expect(other.ctx.db.pragma<number>('user_version')).toBe(MIGRATIONS.at(-1)!.version);
    // Columns the last migration added are there and writable, in both connections.
    await other.call('plans.update', { planId: 1, title: '旧计划（改）', reportDueDay: 25 });
    expect((await app.call('plans.list', {}))[0]).toMatchObject({ title: '旧计划（改）', reportDueDay: 25 });
    expect(fs.readFileSync(old).equals(oldBytes)).toBe(true);
  });
});

describe('backing up while another program backs up the same database', () => {
  it('both copies are taken, under names of their own, when both programs import in the same second', async () => {
    const first = await backendOn();
    const second = await backendOn(first.dbPath);
    seedPlan(first.ctx.db, '原计划');
    await Promise.all([first.store.backups.settled(), second.store.backups.settled()]);
    const copies = await Promise.all([first.invoke('data.backup', {}), second.invoke('data.backup', {})]);
    expect(copies.map((c) => c.ok && c.value.integrity)).toEqual(['ok', 'ok']);
    const [a, b] = copies.map((c) => (c.ok ? c.value.path : ''));
    expect(a).not.toBe(b);
    for (const copy of [a!, b!]) {
      const db = openDatabaseCopy(copy);
      expect(planTitles(db)).toEqual(['原计划']);
      db.close();
    }
  });
});
