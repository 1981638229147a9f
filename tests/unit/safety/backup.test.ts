import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/core/backend';
import { parsePlanText } from '../../../electron/core/plan/parseText';
import { verifyBackupFileOffThread } from '../../../electron/core/backup/verify';
import { OFF_THREAD_MIN_BYTES } from '../../../electron/db/integrity';
import { openDatabaseCopy } from '../../../electron/db/connection';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { testBackend, tempDir, type TestBackend } from '../../helpers/backend';
import { planTitles, seedPlan } from './seed';

let backend: TestBackend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

describe('backups', () => {
  it('takes a verified copy through the online backup API and lists what it holds', async () => {
    backend = await testBackend();
    seedPlan(backend.ctx.db, '2022-2023年工作要点', 8);
    const made = await backend.call('data.backup', {});
    expect(made.file).toMatch(/^taizhang-\d{8}-\d{6}-manual\.db$/);
    expect(made).toMatchObject({ reason: 'manual', plans: 1, periods: 8, integrity: 'ok', integrityDetail: null, schemaVersion: LATEST_VERSION });
    expect(fs.statSync(made.path).size).toBe(made.size);

    // A self-contained single file (rollback journal, not WAL), readable without its live database.
    const copy = openDatabaseCopy(made.path);
    expect(copy.pragma('journal_mode')).toBe('delete');
    expect(planTitles(copy)).toEqual(['2022-2023年工作要点']);
    copy.close();

    const overview = await backend.call('data.backups', {});
    expect(overview.dir).toBe(path.join(backend.dir, 'backups'));
    expect(overview.backups.map((b) => b.file)).toEqual([made.file]);
    // The facts travel beside the file.
    expect(JSON.parse(fs.readFileSync(`${made.path}.json`, 'utf8'))).toMatchObject({ reason: 'manual', integrity: 'ok', plans: 1 });
  });

  it('ctx.backup names the copy after its reason and resolves to its path', async () => {
    backend = await testBackend();
    const file = await backend.ctx.backup('progress.import');
    expect(file).toMatch(/taizhang-\d{8}-\d{6}-progress\.import\.db$/);
    expect(fs.existsSync(file!)).toBe(true);
    // Same second, same reason: a second name, never an overwrite.
    const again = await backend.ctx.backup('progress.import');
    expect(again).not.toBe(file);
    expect(fs.existsSync(again!)).toBe(true);
  });

  it('ctx.backup resolves once the copy is whole; the check follows, and a listing meanwhile checks it itself', async () => {
    backend = await testBackend();
    seedPlan(backend.ctx.db, '计划', 4);
    const file = (await backend.ctx.backup('progress.import'))!;
    // Whole and self-contained already: the caller may change the database now.
    const copy = openDatabaseCopy(file);
    expect(copy.pragma('journal_mode')).toBe('delete');
    expect(planTitles(copy)).toEqual(['计划']);
    copy.close();
    seedPlan(backend.ctx.db, '之后导入的计划');

    await backend.store.backups.settled();
    expect(JSON.parse(fs.readFileSync(`${file}.json`, 'utf8'))).toMatchObject({ reason: 'progress.import', integrity: 'ok', plans: 1, periods: 4 });

    // A copy listed before its check is checked on the spot, never shown unchecked, and keeps its
    // reason as given (a Chinese one is only “auto” in the file name).
    const second = (await backend.ctx.backup('撤销导入前'))!;
    const listed = (await backend.call('data.backups', {})).backups.find((b) => b.path === second);
    expect(listed).toMatchObject({ reason: '撤销导入前', integrity: 'ok', plans: 2 });
    await backend.store.backups.settled();
    expect(JSON.parse(fs.readFileSync(`${second}.json`, 'utf8'))).toMatchObject({ reason: '撤销导入前', integrity: 'ok', plans: 2 });
  });

  it('checks a large copy in a worker thread, and finds damage there too', async () => {
    const file = path.join(tempDir(), 'large.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE files (bytes BLOB)');
    raw.prepare('INSERT INTO files VALUES (?)').run(Buffer.alloc(OFF_THREAD_MIN_BYTES + 1024 * 1024, 7));
    raw.close();
    expect(await verifyBackupFileOffThread(file, new Date())).toMatchObject({ integrity: 'ok', integrityDetail: null });

    // Scribble over pages in the middle of the blob's overflow chain.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(64 * 1024, 0xff), 0, 64 * 1024, 8 * 1024 * 1024);
    fs.closeSync(fd);
    const facts = await verifyBackupFileOffThread(file, new Date());
    expect(facts.integrity).toBe('damaged');
    expect(facts.integrityDetail).toBeTruthy();
  });

  it('records a copy that fails its later check as damaged, and never offers it for recovery', async () => {
    backend = await testBackend();
    seedPlan(backend.ctx.db, '计划');
    const good = await backend.call('data.backup', {});
    const file = (await backend.ctx.backup('progress.import'))!;
    // Damaged between the copy and its check (a failing disk): the check must see it.
    fs.writeFileSync(file, Buffer.alloc(fs.statSync(file).size, 0x41));
    await backend.store.backups.settled();
    const listed = (await backend.call('data.backups', {})).backups;
    expect(listed.find((b) => b.path === file)).toMatchObject({ integrity: 'damaged' });
    expect(backend.store.newestGood()?.file).toBe(good.file);
  });

  it('restores a backup: the current data is backed up first, the change is reverted, the restore is logged', async () => {
    backend = await testBackend();
    const db = () => backend!.ctx.db;
    seedPlan(db(), '原计划');
    const before = await backend.call('data.backup', {});
    seedPlan(db(), '后来导入的计划');
    expect(planTitles(db())).toEqual(['原计划', '后来导入的计划']);

    const result = await backend.call('data.restore', { file: before.file });
    expect(result.restored.file).toBe(before.file);
    expect(result.safetyCopy).toMatchObject({ reason: 'restore', plans: 2, integrity: 'ok' });
    expect(result).toMatchObject({ keptAside: null, fromRecovery: false });
    // ctx.db now reads the restored file, for every caller.
    expect(planTitles(db())).toEqual(['原计划']);
    expect(backend.db).toBe(db());
    const log = await backend.call('audit.list', { action: 'data.restore' });
    expect(log.entries[0]!.summary).toContain(before.file);
    expect(log.entries[0]!.summary).toContain(result.safetyCopy!.file);

    // And the safety copy brings the later state back.
    await backend.call('data.restore', { file: result.safetyCopy!.file });
    expect(planTitles(db())).toEqual(['原计划', '后来导入的计划']);
  });

  it('keeps the operation log through a restore: what was done after the backup stays on record, once', async () => {
    backend = await testBackend();
    await backend.call('plans.importSample', {});
    const before = await backend.call('data.backup', {});
    const { planId } = await backend.call('plans.import', { plan: parsePlanText('2024年工作要点\n1. 开展甲工作。（省甲厅牵头，2024年6月底前）') });
    await backend.call('plans.update', { planId: planId!, title: '2024年重点工作' });
    const entries = async () => (await backend!.call('audit.list', {})).entries.map((e) => `${e.action}:${e.summary}`).reverse();
    const beforeRestore = await entries();

    const result = await backend.call('data.restore', { file: before.file });
    expect(planTitles(backend.ctx.db)).toEqual(['2022-2023年工作要点']);
    const afterRestore = await entries();
    expect(afterRestore.slice(0, beforeRestore.length)).toEqual(beforeRestore);
    expect(afterRestore.slice(beforeRestore.length).map((e) => e.split(':')[0])).toEqual(['data.restore']);

    // Back to the later state: nothing is listed twice.
    await backend.call('data.restore', { file: result.safetyCopy!.file });
    const again = await entries();
    expect(again.slice(0, afterRestore.length)).toEqual(afterRestore);
    expect(again.slice(afterRestore.length).map((e) => e.split(':')[0])).toEqual(['data.restore']);
  });

  it('keeps the backup folder and the 经办人 through a restore: they belong to this computer, not to the data', async () => {
    backend = await testBackend();
    const defaultDir = path.join(backend.dir, 'backups');
    await backend.call('app.setOperator', { name: '张三' });
    seedPlan(backend.ctx.db, '原计划');
    const before = await backend.call('data.backup', {});
    const usb = path.join(tempDir(), 'U盘');
    await backend.call('data.setBackupDir', { dir: usb });
    await backend.call('app.setOperator', { name: '李四' });
    seedPlan(backend.ctx.db, '后来导入的计划');

    const result = await backend.call('data.restore', { file: before.file, dir: defaultDir });
    expect(planTitles(backend.ctx.db)).toEqual(['原计划']);
    // The safety copy went to the chosen folder, and that folder is still the one listed.
    expect(path.dirname(result.safetyCopy!.path)).toBe(usb);
    const overview = await backend.call('data.backups', {});
    expect(overview).toMatchObject({ dir: usb, custom: true });
    expect(overview.backups.map((b) => b.file)).toContain(result.safetyCopy!.file);
    expect((await backend.call('app.info', {})).operator).toBe('李四');
    expect((await backend.call('audit.list', { action: 'data.restore' })).entries[0]!.user).toBe('李四');

    // Settings cleared since the backup stay cleared: the safety copy names the folder and 李四.
    await backend.call('data.setBackupDir', { dir: null });
    await backend.call('app.setOperator', { name: '' });
    await backend.call('data.restore', { file: result.safetyCopy!.file, dir: usb });
    expect(planTitles(backend.ctx.db)).toEqual(['原计划', '后来导入的计划']);
    expect(await backend.call('data.backups', {})).toMatchObject({ dir: defaultDir, custom: false });
    expect((await backend.call('app.info', {})).operator).toBeNull();
  });

  it('with backups switched off, restores from a chosen folder and keeps the replaced file renamed aside', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'taizhang.db');
    const off = await openBackend({ dbPath, transport: 'cli', backupDir: null });
    try {
      seedPlan(off.ctx.db, '旧计划');
      const copy = await off.registry.invoke('data.exportDatabase', {}, off.ctx);
      const usb = path.join(dir, 'usb');
      fs.mkdirSync(usb);
      fs.writeFileSync(path.join(usb, 'taizhang-20240501-090000-manual.db'), (copy as { value: { bytes: Uint8Array } }).value.bytes);
      seedPlan(off.ctx.db, '新计划');
      expect(await off.registry.invoke('data.backup', {}, off.ctx)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

      const env = await off.registry.invoke('data.restore', { file: 'taizhang-20240501-090000-manual.db', dir: usb }, off.ctx);
      expect(env).toMatchObject({ ok: true, value: { safetyCopy: null, fromRecovery: false } });
      const aside = (env as { value: { keptAside: string } }).value.keptAside;
      expect(path.basename(aside)).toMatch(/^taizhang\.before-restore-\d{8}-\d{6}\.db$/);
      expect(planTitles(off.ctx.db)).toEqual(['旧计划']);
      const kept = openDatabaseCopy(aside);
      expect(planTitles(kept)).toEqual(['旧计划', '新计划']);
      kept.close();
    } finally {
      off.close();
    }
  });

  it('refuses to restore a backup that fails its integrity check', async () => {
    backend = await testBackend();
    seedPlan(backend.ctx.db, '计划');
    const made = await backend.call('data.backup', {});
    fs.writeFileSync(made.path, Buffer.alloc(made.size, 0x41)); // same size: the stale record is not re-read
    const env = await backend.invoke('data.restore', { file: made.file });
    expect(env).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    expect(!env.ok && env.error.message).toContain('未通过完整性检查');
    expect(planTitles(backend.ctx.db)).toEqual(['计划']);
  });

  it('takes the daily backup at start once a day, only for a database that already existed', async () => {
    backend = await testBackend();
    expect((await backend.call('data.backups', {})).backups).toHaveLength(0);
    seedPlan(backend.ctx.db, '计划');
    const { dbPath } = backend;
    backend.close();
    backend = await testBackend({ dbPath });
    await backend.store.backups.settled(); // taken just after start-up
    const first = (await backend.call('data.backups', {})).backups;
    expect(first.map((b) => b.reason)).toEqual(['daily']);
    backend.close();
    backend = await testBackend({ dbPath });
    await backend.store.backups.settled();
    expect((await backend.call('data.backups', {})).backups).toHaveLength(1);
  });

  it('starts when the daily backup cannot be taken (its folder is gone)', async () => {
    backend = await testBackend();
    seedPlan(backend.ctx.db, '计划');
    const { dbPath, dir } = backend;
    backend.close();
    backend = null;
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    const started = await openBackend({ dbPath, transport: 'cli', backupDir: path.join(blocker, 'backups') });
    try {
      await started.store.backups.settled();
      expect(planTitles(started.ctx.db)).toEqual(['计划']);
    } finally {
      started.close();
    }
  });

  it('uses the chosen backup folder, and refuses one it cannot write to', async () => {
    backend = await testBackend();
    const usb = path.join(tempDir(), 'U盘', '台账备份');
    const overview = await backend.call('data.setBackupDir', { dir: usb });
    expect(overview).toMatchObject({ dir: usb, custom: true });
    const made = await backend.call('data.backup', {});
    expect(path.dirname(made.path)).toBe(usb);

    const blocker = path.join(backend.dir, 'a-file');
    fs.writeFileSync(blocker, 'x');
    const env = await backend.invoke('data.setBackupDir', { dir: path.join(blocker, 'sub') });
    expect(env).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await backend.call('data.backups', {})).dir).toBe(usb);

    const reset = await backend.call('data.setBackupDir', { dir: null });
    expect(reset).toMatchObject({ dir: path.join(backend.dir, 'backups'), custom: false });
    const log = await backend.call('audit.list', { action: 'data.setBackupDir' });
    expect(log.total).toBe(2);
  });

  it('exports the whole database as a consistent copy', async () => {
    backend = await testBackend();
    seedPlan(backend.ctx.db, '导出用计划');
    const out = await backend.call('data.exportDatabase', {});
    expect(out.fileName).toMatch(/^taizhang-完整导出-\d{8}-\d{6}\.db$/);
    const file = path.join(tempDir(), out.fileName);
    fs.writeFileSync(file, out.bytes);
    const copy = openDatabaseCopy(file);
    expect(copy.pragma('integrity_check')).toBe('ok');
    expect(planTitles(copy)).toEqual(['导出用计划']);
    copy.close();
  });

  it('opens another database file, and back', async () => {
    backend = await testBackend();
    seedPlan(backend.ctx.db, '甲库计划');
    const other = path.join(tempDir(), '乙库.db');
    const missing = await backend.invoke('data.openDatabase', { path: other });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const relative = await backend.invoke('data.openDatabase', { path: 'x.db', create: true });
    expect(relative).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const status = await backend.call('data.openDatabase', { path: other, create: true });
    expect(status).toMatchObject({ mode: 'normal', dbPath: other });
    expect(planTitles(backend.ctx.db)).toEqual([]);
    expect((await backend.call('app.info', {})).dbPath).toBe(other);

    await backend.call('data.openDatabase', { path: backend.dbPath });
    expect(planTitles(backend.ctx.db)).toEqual(['甲库计划']);
  });

  it('says in Chinese that a file chosen by mistake is not a database, and leaves it and the open database as they were', async () => {
    backend = await testBackend();
    seedPlan(backend.ctx.db, '甲库计划');
    const wrong = path.join(tempDir(), '2024年工作要点.docx');
    fs.writeFileSync(wrong, 'PK\u0003\u0004 这是一份 Word 文件，不是数据库。'.repeat(200));
    const bytes = fs.readFileSync(wrong);

    const opened = await backend.invoke('data.openDatabase', { path: wrong });
    expect(opened).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    const message = opened.ok ? '' : opened.error.message;
    expect(message).toContain(wrong);
    expect(message).toContain('不是 SQLite 数据库文件');
    // SQLite's own words (“file is not a database”) are not shown: apart from the path and the name SQLite, all Chinese.
    expect(message.replace(wrong, '').replace('SQLite', '')).not.toMatch(/[A-Za-z]{2,}/);
    expect(backend.store.path).toBe(backend.dbPath);
    expect(planTitles(backend.ctx.db)).toEqual(['甲库计划']);
    expect(fs.readFileSync(wrong).equals(bytes)).toBe(true);
  });

  it('neither opens nor restores another program’s SQLite file, and leaves it as it was', async () => {
    backend = await testBackend();
    seedPlan(backend.ctx.db, '甲库计划');
    const usb = path.join(tempDir(), 'U盘');
    fs.mkdirSync(usb);
    const foreign = path.join(usb, 'taizhang-20240501-090000-manual.db'); // named as a backup, too
    const seed = new Database(foreign);
    seed.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('张三', '123');");
    seed.close();
    const bytes = fs.readFileSync(foreign);

    const opened = await backend.invoke('data.openDatabase', { path: foreign });
    expect(opened).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringContaining(foreign) } });
    expect(backend.store.path).toBe(backend.dbPath);

    const restored = await backend.invoke('data.restore', { file: path.basename(foreign), dir: usb });
    expect(restored).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringContaining('不是“工作要点台账”的数据库') } });
    expect(planTitles(backend.ctx.db)).toEqual(['甲库计划']);
    expect((await backend.call('data.backups', {})).backups).toEqual([]); // refused before the safety copy
    expect(fs.readFileSync(foreign).equals(bytes)).toBe(true);
    expect(fs.readdirSync(usb).filter((f) => !f.endsWith('.json'))).toEqual([path.basename(foreign)]);
  });
});

describe('audit export', () => {
  it('writes the filtered log as xlsx with every value as text, never a formula', async () => {
    backend = await testBackend();
    backend.ctx.audit({ action: 'tasks.update', objectType: 'task', objectId: 7, summary: '=HYPERLINK("http://x","点我")', before: { content: '+1' }, after: { content: '@SUM(A1)' } });
    backend.ctx.audit({ action: 'units.rename', objectType: 'unit', objectId: 3, summary: '-省知识产权局 改名' });
    const out = await backend.call('audit.export', {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('操作日志')!;
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    const texts = cells.map((c) => c.value);
    expect(texts).toContain('=HYPERLINK("http://x","点我")');
    expect(texts).toContain('-省知识产权局 改名');
    expect(texts).toContain('修改任务');
    expect(texts).toContain('单位改名');
  });
});
