// A database that passed the integrity check at the app's clean close, and that nothing touched since,
// opens without the check; any change to the file since brings the check back.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeNoteOf, unchangedSinceCleanClose } from '../../../electron/db/cleanClose';
import { openDatabase } from '../../../electron/db/connection';
import { AppError } from '../../../electron/shared/result';
import { tempDir } from '../../helpers/backend';

const PAGE = 4096;

/** A database with some pages of content, opened and closed by the app. */
async function closedDatabase(): Promise<string> {
  const file = path.join(tempDir(), 'taizhang.db');
  const db = await openDatabase(file);
  db.raw.exec('CREATE TABLE filler (text TEXT)');
  for (let i = 0; i < 50; i++) db.run('INSERT INTO filler VALUES (?)', ['重点任务'.repeat(300)]);
  db.close();
  return file;
}

/** Scribbles over every page but the header page, keeping the size: the file still opens, its tables do not. */
function damage(file: string): Buffer {
  const bytes = fs.readFileSync(file);
  for (let p = PAGE; p < bytes.length; p += PAGE) crypto.randomFillSync(bytes, p + 8, 200);
  fs.writeFileSync(file, bytes);
  return bytes;
}

/** The note's text and when it was last written (to the nanosecond). */
function noteState(file: string): { text: string; changedAt: bigint } {
  return { text: fs.readFileSync(closeNoteOf(file), 'utf8'), changedAt: fs.statSync(closeNoteOf(file), { bigint: true }).mtimeNs };
}

const openError = (file: string) => openDatabase(file).then(
  (db) => {
    db.close();
    return null;
  },
  (err: unknown) => err,
);

describe('a clean close', () => {
  it('notes the file, and the file as it was left is trusted at the next open', async () => {
    const file = await closedDatabase();
    expect(fs.existsSync(closeNoteOf(file))).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(await unchangedSinceCleanClose(file)).toBe(true);
    expect(await openError(file)).toBeNull();
  });

  it('skips the check only for those very bytes: a note that matches a damaged file lets it open', async () => {
    // What the skip trusts, shown the other way round: the note, not the check, decided.
    const file = await closedDatabase();
    const bytes = damage(file);
    fs.writeFileSync(closeNoteOf(file), JSON.stringify({ size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') }));
    expect(await unchangedSinceCleanClose(file)).toBe(true);
    expect(await openError(file)).not.toBeInstanceOf(AppError);
  });

  it('is not trusted once the file changed after it: the check runs and refuses a damaged file', async () => {
    const file = await closedDatabase();
    damage(file);
    expect(await unchangedSinceCleanClose(file)).toBe(false);
    const error = await openError(file);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_CORRUPT');
  });

  it('is not written for a file that fails the check at close', async () => {
    const file = await closedDatabase();
    const db = await openDatabase(file);
    db.run('INSERT INTO filler VALUES (?)', ['关闭前']);
    damage(file); // the pages on disk, under the open connection
    db.close();
    expect(fs.existsSync(closeNoteOf(file))).toBe(false);
    expect(((await openError(file)) as AppError).code).toBe('DB_CORRUPT');
  });

  it('is checked against a file of several read chunks (4 MB each) as it is, chunk for chunk in order', async () => {
    const file = path.join(tempDir(), 'taizhang.db');
    const db = await openDatabase(file);
    db.raw.exec('CREATE TABLE filler (text TEXT)');
    db.transaction(() => {
      for (let i = 0; i < 2500; i++) db.run('INSERT INTO filler VALUES (?)', [`${i}`.padEnd(4000, '任')]);
    });
    db.close();
    expect(fs.statSync(file).size).toBeGreaterThan(2 * 4 * 1024 * 1024);
    expect(await unchangedSinceCleanClose(file)).toBe(true);
    // One byte changed in the last chunk is seen.
    const bytes = fs.readFileSync(file);
    const at = bytes.length - 100;
    bytes[at] = bytes[at]! ^ 1;
    fs.writeFileSync(file, bytes);
    expect(await unchangedSinceCleanClose(file)).toBe(false);
  });

  it('is left as it is by a session that only read, which closes without the check', async () => {
    const file = await closedDatabase();
    const before = noteState(file);
    const db = await openDatabase(file);
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM filler')?.n).toBe(50);
    db.close();
    // Not removed and written again: the very same note, still naming the file's bytes.
    expect(noteState(file)).toEqual(before);
    expect(await unchangedSinceCleanClose(file)).toBe(true);
  });

  it('is written anew after a session that wrote, for the bytes it left', async () => {
    const file = await closedDatabase();
    const before = noteState(file);
    const db = await openDatabase(file);
    db.run('INSERT INTO filler VALUES (?)', ['又一条']);
    db.close();
    const after = noteState(file);
    expect(after.changedAt).not.toBe(before.changedAt);
    expect(after.text).not.toBe(before.text);
    expect(await unchangedSinceCleanClose(file)).toBe(true);
  });

  it('is written at close after a session that opened without one, even if it only read', async () => {
    const file = await closedDatabase();
    fs.rmSync(closeNoteOf(file));
    const db = await openDatabase(file);
    db.get('SELECT count(*) FROM filler');
    db.close();
    expect(await unchangedSinceCleanClose(file)).toBe(true);
  });

  it('is not trusted when a write-ahead log was left beside the file (a crash, another program)', async () => {
    const file = await closedDatabase();
    const other = new Database(file);
    other.pragma('wal_autocheckpoint = 0');
    other.exec("INSERT INTO filler VALUES ('写入未合并')");
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(await unchangedSinceCleanClose(file)).toBe(false);
    other.close();
  });

  it('is not trusted without a note, or with a note that cannot be read', async () => {
    const file = await closedDatabase();
    fs.writeFileSync(closeNoteOf(file), '{"size":');
    expect(await unchangedSinceCleanClose(file)).toBe(false);
    fs.rmSync(closeNoteOf(file));
    expect(await unchangedSinceCleanClose(file)).toBe(false);
  });
});
