// The start-up check of a large file runs in a worker thread: it must find exactly what the check
// in this thread finds, and still work (here) when no worker can load better-sqlite3.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { integrityProblems, integrityProblemsOffThread } from '../../../electron/db/integrity';
import { tempDir } from '../../helpers/backend';

const PAGE = 4096;

function soundFile(): string {
  const file = path.join(tempDir('taizhang-integrity-'), 'sound.db');
  const db = new Database(file);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); CREATE INDEX notes_text ON notes(text)');
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`第${i}条：${'进展情况'.repeat(20)}`);
  })();
  db.close();
  return file;
}

function damagedFile(): string {
  const file = soundFile();
  const bytes = fs.readFileSync(file);
  for (let p = PAGE; p < bytes.length; p += PAGE) crypto.randomFillSync(bytes, p + 8, 200);
  fs.writeFileSync(file, bytes);
  return file;
}

function checkedHere(file: string): string | null {
  const raw = new Database(file, { readonly: true });
  try {
    return integrityProblems(raw, 'full');
  } finally {
    raw.close();
  }
}

describe('the integrity check in a worker thread', () => {
  it('passes a sound file', async () => {
    expect(await integrityProblemsOffThread(soundFile(), 'full')).toBeNull();
    expect(await integrityProblemsOffThread(soundFile(), 'quick')).toBeNull();
  });

  it('reports the problems of a damaged file as the check here does, and leaves its bytes alone', async () => {
    const file = damagedFile();
    const before = fs.readFileSync(file);
    const problems = await integrityProblemsOffThread(file, 'full');
    expect(problems).not.toBeNull();
    expect(problems).toBe(checkedHere(file));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a file that is not a database', async () => {
    const file = path.join(tempDir('taizhang-integrity-'), 'text.db');
    fs.writeFileSync(file, '这不是数据库文件'.repeat(1000));
    expect(await integrityProblemsOffThread(file, 'quick')).toMatch(/not a database/);
  });

  it('checks in this thread when the worker cannot load better-sqlite3', async () => {
    const missing = path.join(tempDir('taizhang-integrity-'), 'no-such-module.js');
    expect(await integrityProblemsOffThread(soundFile(), 'full', missing)).toBeNull();
    const file = damagedFile();
    expect(await integrityProblemsOffThread(file, 'full', missing)).toBe(checkedHere(file));
  });
});
