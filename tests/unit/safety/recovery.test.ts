import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/core/backend';
import { OFF_THREAD_MIN_BYTES } from '../../../electron/db/integrity';
import { AppError } from '../../../electron/shared/result';
import { testBackend, type TestBackend } from '../../helpers/backend';
import { planTitles, seedPlan } from './seed';

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const PAGE = 4096;

/**
 * A database with a few pages of plans and one backup of it, closed; returns its paths. `padBytes`
 * of filler make it a large file, which is checked in a worker thread at open.
 */
async function damagedDatabase(padBytes = 0): Promise<{ dbPath: string; backupDir: string; backupFile: string; damagedSha: string }> {
  const b: TestBackend = await testBackend();
  for (let i = 0; i < 40; i++) seedPlan(b.ctx.db, `计划${i}：${'重点任务'.repeat(200)}`);
  if (padBytes) {
    b.ctx.db.run('CREATE TABLE filler (bytes BLOB)');
    for (let done = 0; done < padBytes; done += 1 << 20) b.ctx.db.run('INSERT INTO filler VALUES (randomblob(1048576))');
  }
  const backup = await b.call('data.backup', {});
  b.close();
  // Scribble over every page but the header page: the file still opens, its tables do not.
  const bytes = fs.readFileSync(b.dbPath);
  expect(bytes.length).toBeGreaterThan(PAGE * 4);
  for (let p = PAGE; p < bytes.length; p += PAGE) crypto.randomFillSync(bytes, p + 8, 200);
  fs.writeFileSync(b.dbPath, bytes);
  return { dbPath: b.dbPath, backupDir: path.dirname(backup.path), backupFile: backup.file, damagedSha: sha256(b.dbPath) };
}

let backend: Backend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

describe('a damaged database', () => {
  it('is refused at open with DB_CORRUPT, its bytes untouched', async () => {
    const { dbPath, backupDir, damagedSha } = await damagedDatabase();
    const error = await openBackend({ dbPath, transport: 'cli', backupDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_CORRUPT');
    expect((error as AppError).message).toMatch(/已损坏/);
    expect(sha256(dbPath)).toBe(damagedSha);
  });

  it('opens in recovery mode, offers the newest good backup, restores it and keeps the damaged file', async () => {
    const { dbPath, backupDir, backupFile, damagedSha } = await damagedDatabase();
    backend = await openBackend({ dbPath, transport: 'http', backupDir, recoverIfDamaged: true });
    const call = (name: string, input: unknown) => backend!.registry.invoke(name, input, backend!.ctx);

    const status = await call('data.status', {});
    expect(status).toMatchObject({ ok: true, value: { mode: 'recovery', dbPath, newestGood: { file: backupFile, integrity: 'ok', plans: 40 } } });
    expect(status.ok && (status.value as { problem: string }).problem).toMatch(/已损坏/);
    // Everything else explains itself instead of failing deep inside.
    expect(await call('app.info', {})).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    expect(await call('audit.list', {})).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT', message: expect.stringMatching(/恢复模式/) } });
    expect(sha256(dbPath)).toBe(damagedSha);

    const restored = await call('data.restore', { file: backupFile });
    expect(restored).toMatchObject({ ok: true, value: { restored: { file: backupFile }, safetyCopy: null } });
    expect(restored).toMatchObject({ value: { fromRecovery: true } });
    const keptAt = (restored as { value: { keptAside: string } }).value.keptAside;
    expect(path.basename(keptAt)).toMatch(/^taizhang\.damaged-\d{8}-\d{6}\.db$/);
    expect(sha256(keptAt)).toBe(damagedSha);

    expect(backend.store.inRecovery).toBe(false);
    expect(planTitles(backend.ctx.db)).toHaveLength(40);
    expect(await call('data.status', {})).toMatchObject({ ok: true, value: { mode: 'normal', problem: null } });
    const log = await call('audit.list', { action: 'data.restore' });
    expect(log.ok && (log.value as { entries: { summary: string }[] }).entries[0]!.summary).toContain('损坏的数据库文件已改名保留为');
  });

  it('is found damaged by the worker-thread check of a large file, and opens in recovery mode untouched', async () => {
    const { dbPath, backupDir, backupFile, damagedSha } = await damagedDatabase(OFF_THREAD_MIN_BYTES);
    expect(fs.statSync(dbPath).size).toBeGreaterThanOrEqual(OFF_THREAD_MIN_BYTES);
    backend = await openBackend({ dbPath, transport: 'http', backupDir, recoverIfDamaged: true });
    expect(backend.store.inRecovery).toBe(true);
    expect(backend.store.status()).toMatchObject({ problem: expect.stringMatching(/已损坏/), newestGood: { file: backupFile } });
    expect(sha256(dbPath)).toBe(damagedSha);
  });

  it('treats a file that is not a database at all the same way', async () => {
    const { dbPath, backupDir } = await damagedDatabase();
    fs.writeFileSync(dbPath, '这不是数据库文件'.repeat(1000));
    backend = await openBackend({ dbPath, transport: 'http', backupDir, recoverIfDamaged: true });
    expect(backend.store.inRecovery).toBe(true);
    expect(backend.store.status().newestGood).not.toBeNull();
  });

  it('keeps the backup folder and the 经办人 the damaged file still names through a restore', async () => {
    const b: TestBackend = await testBackend();
    await b.call('app.setOperator', { name: '张三' });
    for (let i = 0; i < 40; i++) seedPlan(b.ctx.db, `计划${i}：${'重点任务'.repeat(200)}`);
    const backup = await b.call('data.backup', {});
    const usb = path.join(b.dir, 'U盘');
    await b.call('data.setBackupDir', { dir: usb });
    await b.call('app.setOperator', { name: '李四' });
    const plansPages = b.ctx.db.all<{ pageno: number }>("SELECT pageno FROM dbstat WHERE name = 'plans'").map((r) => r.pageno);
    b.close();
    // Only the plans are damaged: the settings can still be read.
    const bytes = fs.readFileSync(b.dbPath);
    for (const page of plansPages.filter((p) => p > 1)) crypto.randomFillSync(bytes, (page - 1) * PAGE + 8, 200);
    fs.writeFileSync(b.dbPath, bytes);

    backend = await openBackend({ dbPath: b.dbPath, transport: 'http', backupDir: path.dirname(backup.path), recoverIfDamaged: true });
    expect(backend.store.inRecovery).toBe(true);
    expect(backend.store.backupDir()).toBe(usb);
    const call = (name: string, input: unknown) => backend!.registry.invoke(name, input, backend!.ctx);
    expect(await call('data.restore', { file: backup.file, dir: path.dirname(backup.path) })).toMatchObject({ ok: true, value: { fromRecovery: true } });
    expect(planTitles(backend.ctx.db)).toHaveLength(40);
    expect(await call('data.backups', {})).toMatchObject({ ok: true, value: { dir: usb, custom: true } });
    expect(await call('app.info', {})).toMatchObject({ ok: true, value: { operator: '李四' } });
    expect(await call('audit.list', { action: 'data.restore' })).toMatchObject({ ok: true, value: { entries: [{ user: '李四' }] } });
  });
});
