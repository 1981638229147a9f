// A commit does not fold the write-ahead log into the database file: once the log has grown, a worker
// thread does it, or this thread where no worker can load SQLite. Closing leaves no log behind.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backgroundCheckpoints, CHECKPOINT_WAL_BYTES } from '../../../electron/db/checkpointer';
import { closeNoteOf } from '../../../electron/db/cleanClose';
import { openDatabase } from '../../../electron/db/connection';
import { tempDir } from '../../helpers/backend';

const sizeOf = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;

/** Rows of text adding up to about `bytes`, in one transaction. */
function writeText(run: (sql: string, params: unknown[]) => void, bytes: number): void {
  const row = '各单位按职责分工推进重点任务落实'.repeat(40); // about 1.9 KB in UTF-8
  for (let written = 0; written < bytes; written += Buffer.byteLength(row)) run('INSERT INTO filler VALUES (?)', [row]);
}

/** Waits until `done()` holds, checking every 20 ms; fails after 10 s. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > 10_000) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('checkpoints', () => {
  it('folds a grown log into the file after the commit, not in it', async () => {
    const file = path.join(tempDir(), 'taizhang.db');
    const db = await openDatabase(file);
    expect(db.pragma('wal_autocheckpoint')).toBe(0); // SQLite's own, at commit, is off
    db.raw.exec('CREATE TABLE filler (text TEXT)');
    db.transaction(() => writeText((sql, params) => db.run(sql, params), 2 * CHECKPOINT_WAL_BYTES));
    expect(sizeOf(`${file}-wal`)).toBeGreaterThan(2 * CHECKPOINT_WAL_BYTES);
    await until(() => sizeOf(file) > 2 * CHECKPOINT_WAL_BYTES); // folded meanwhile, file still open
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM filler')!.n).toBeGreaterThan(4000);

    db.close();
    expect(sizeOf(`${file}-wal`)).toBe(0);
    expect(fs.existsSync(closeNoteOf(file))).toBe(true); // checked and noted as at any clean close
  });

  it('leaves a small log alone until it has grown', async () => {
    const file = path.join(tempDir(), 'taizhang.db');
    const db = await openDatabase(file);
    db.raw.exec('CREATE TABLE filler (text TEXT)');
    const before = sizeOf(file);
    db.transaction(() => writeText((sql, params) => db.run(sql, params), CHECKPOINT_WAL_BYTES / 4));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sizeOf(file)).toBe(before);
    db.close();
    expect(sizeOf(file)).toBeGreaterThan(CHECKPOINT_WAL_BYTES / 4);
  });

  it('checkpoints on its own thread where no worker can load SQLite', async () => {
    const file = path.join(tempDir(), 'taizhang.db');
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    const checkpoints = backgroundCheckpoints(raw, file, path.join(tempDir(), 'no-such-module.js'));
    raw.exec('CREATE TABLE filler (text TEXT)');
    const insert = raw.prepare('INSERT INTO filler VALUES (?)');
    raw.transaction(() => writeText((_sql, params) => insert.run(params), 2 * CHECKPOINT_WAL_BYTES))();
    checkpoints.afterCommit();
    await until(() => sizeOf(file) > 2 * CHECKPOINT_WAL_BYTES); // once the worker has said it cannot
    raw.transaction(() => writeText((_sql, params) => insert.run(params), 2 * CHECKPOINT_WAL_BYTES))();
    checkpoints.afterCommit(); // no worker any more: here, at once
    expect(sizeOf(file)).toBeGreaterThan(4 * CHECKPOINT_WAL_BYTES);
    checkpoints.stop();
    raw.close();
  });
});
