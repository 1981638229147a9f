// The backup commands, run as an administrator runs them: separate node processes on a temp
// database, which is then damaged and restored from the command line.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupInfo, BackupOverview, RestoreResult } from '../../../electron/shared/api/data';
import { tempDir } from '../../helpers/backend';
import { runCli as cli } from '../../helpers/cli';

describe('backup commands', { timeout: 240_000 }, () => {
  it('backs up, lists, and restores a damaged database from the command line', async () => {
    const dir = tempDir('taizhang-cli-data-');
    const db = path.join(dir, 'taizhang.db');
    expect((await cli(db, 'plan', 'sample')).code).toBe(0);

    const made = await cli(db, 'backup', '--json');
    expect(made.code).toBe(0);
    const backup = made.json as BackupInfo;
    expect(backup).toMatchObject({ reason: 'manual', plans: 1, integrity: 'ok' });
    expect(fs.existsSync(backup.path)).toBe(true);

    const listed = await cli(db, 'backups');
    expect(listed.stdout).toContain(backup.file);
    expect(listed.stdout).toContain('手动备份');

    // Damaged: ordinary commands refuse, the backup commands still work.
    const bytes = fs.readFileSync(db);
    for (let p = 4096; p < bytes.length; p += 4096) crypto.randomFillSync(bytes, p + 8, 256);
    fs.writeFileSync(db, bytes);
    const refused = await cli(db, 'plan', 'list', '--json');
    expect(refused.code).toBe(1);
    expect(refused.json).toMatchObject({ error: { code: 'DB_CORRUPT' } });
    expect(((await cli(db, 'backups', '--json')).json as BackupOverview).backups.map((b) => b.file)).toContain(backup.file);

    const restored = await cli(db, 'restore', backup.file, '--json');
    expect(restored.code).toBe(0);
    const result = restored.json as RestoreResult;
    expect(result).toMatchObject({ fromRecovery: true, safetyCopy: null, restored: { file: backup.file } });
    expect(fs.readFileSync(result.keptAside!).equals(bytes)).toBe(true); // the damaged file, kept untouched
    expect(((await cli(db, 'plan', 'list', '--json')).json as unknown[]).length).toBe(1);
  });

  it('refuses another program’s SQLite file given as --db, leaving it as it was', async () => {
    const dir = tempDir('taizhang-cli-data-');
    const file = path.join(dir, 'contacts.db');
    const seed = new Database(file);
    seed.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('张三', '123');");
    seed.close();
    const bytes = fs.readFileSync(file);

    const run = await cli(file, 'plan', 'list', '--json');
    expect(run.code).toBe(1);
    expect(run.json).toMatchObject({ error: { code: 'BAD_FILE', message: expect.stringContaining(file) } });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['contacts.db']);
  });

  it('says so when the folder given with --dir does not exist, instead of listing nothing', async () => {
    const dir = tempDir('taizhang-cli-data-');
    const db = path.join(dir, 'taizhang.db');
    const missing = path.join(dir, 'U盘');
    const listed = await cli(db, 'backups', '--dir', missing, '--json');
    expect(listed).toMatchObject({ code: 1, json: { error: { code: 'NOT_FOUND', message: expect.stringContaining(`找不到文件夹 ${missing}`) } } });
    const restored = await cli(db, 'restore', 'taizhang-20240501-090000-manual.db', '--dir', missing, '--json');
    expect(restored).toMatchObject({ code: 1, json: { error: { code: 'NOT_FOUND', message: expect.stringContaining(`找不到文件夹 ${missing}`) } } });
    expect(fs.existsSync(missing)).toBe(false);
  });
});
