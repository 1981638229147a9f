// A full disk says nothing about the data: the database is not called damaged (which would send the
// official to restore an older backup over it), a change is refused whole, and once there is room
// again everything goes on as before. The disk is a real small file system (tmpfs), where the
// machine allows mounting one; the write path also meets SQLite's own SQLITE_FULL everywhere.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DatabaseStore } from '../../../electron/core/backup/store';
import { tempDir, testBackend, type TestBackend } from '../../helpers/backend';

const open: { close(): void }[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

/** A 2 MB tmpfs, or null where this machine does not let the tests mount one. */
function smallDisk(): string | null {
  const dir = tempDir('taizhang-small-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    return null;
  }
}
const disk = process.platform === 'linux' ? smallDisk() : null;
afterAll(() => {
  if (disk) execFileSync('umount', [disk]);
});

/** Fills the disk but for `leaveBytes`; returns the filler file. */
function fill(dir: string, leaveBytes: number): string {
  const filler = path.join(dir, 'filler');
  const { bavail, bsize } = fs.statfsSync(dir);
  fs.writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leaveBytes)));
  return filler;
}

describe('a full disk', () => {
  it('refuses a change whole with a message about the disk, not an internal error', async () => {
    const backend: TestBackend = await testBackend();
    open.push(backend);
    await backend.call('plans.importSample', {});
    // SQLite's limit on the file's size fails a write exactly as a full disk does (SQLITE_FULL).
    backend.db.pragma(`max_page_count = ${backend.db.pragma<number>('page_count')}`);
    const refused = await backend.invoke('plans.update', { planId: 1, description: '很长的说明'.repeat(3_900) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'DB_DISK_FULL', message: expect.stringContaining('所在的磁盘空间已满，无法保存更改，本次操作未作任何更改') } });
    expect((await backend.call('plans.list', {}))[0]!.description).not.toContain('很长的说明');
  });

  it.skipIf(!disk)('is told at opening as such, never as a damaged database to restore; with room again it opens unchanged', async () => {
    const dbPath = path.join(disk!, 'taizhang.db');
    const made = await testBackend({ dbPath });
    await made.call('plans.importSample', {});
    made.close();
    const bytes = fs.readFileSync(dbPath);
    const filler = fill(disk!, 4096);
    try {
      const opening = DatabaseStore.open({ path: dbPath, backupDir: null }, true);
      await expect(opening).rejects.toMatchObject({ code: 'DB_DISK_FULL', message: expect.stringContaining('磁盘空间已满，无法打开。数据库没有损坏') });
      expect(fs.readFileSync(dbPath).equals(bytes)).toBe(true);
      expect(fs.readdirSync(disk!).filter((f) => f.includes('damaged'))).toEqual([]);
    } finally {
      fs.rmSync(filler);
    }
    const store = await DatabaseStore.open({ path: dbPath, backupDir: null }, true);
    open.push(store);
    expect(store.inRecovery).toBe(false);
    expect(store.db.all<{ title: string }>('SELECT title FROM plans').map((p) => p.title)).toEqual(['2022-2023年工作要点']);
  });

  it.skipIf(!disk)('says the backup folder’s disk is full, and the change that asked for the backup is not made', async () => {
    const backend = await testBackend();
    open.push(backend);
    await backend.call('plans.importSample', {});
    await backend.call('data.setBackupDir', { dir: disk! });
    await backend.store.backups.settled();
    const filler = fill(disk!, 4096);
    try {
      const refused = await backend.invoke('plans.delete', { planId: 1 });
      expect(refused).toMatchObject({ ok: false, error: { code: 'BACKUP_FAILED', message: `备份文件夹 ${disk} 所在的磁盘空间已满，无法创建备份。请清理该磁盘（或把旧备份移到别处），或在“数据与备份”中另选备份文件夹。` } });
      expect(await backend.call('plans.list', {})).toHaveLength(1);
      expect(fs.readdirSync(disk!).filter((f) => f.endsWith('.partial'))).toEqual([]);
    } finally {
      fs.rmSync(filler);
    }
  });
});
