import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** Above this size the start-up check is PRAGMA quick_check (skips index cross-checks), below it the full integrity_check. */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;

/**
 * From this size on, the start-up check runs in a worker thread. Below it the check takes less time
 * (a few tens of ms) than starting a thread with its own copy of better-sqlite3.
 */
export const OFF_THREAD_MIN_BYTES = 16 * 1024 * 1024;

export type CheckMode = 'full' | 'quick';

/** The check a file gets: the full one, or the quick one for a file too large to check fully at start. */
export function checkModeOf(file: string): CheckMode {
  return (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) <= FULL_CHECK_MAX_BYTES ? 'full' : 'quick';
}

const pragmaOf = (mode: CheckMode) => (mode === 'full' ? 'integrity_check(20)' : 'quick_check(20)');

/** null when SQLite reported "ok", else the first problems it reported. */
function problemsIn(rows: Record<string, string>[]): string | null {
  const messages = rows.map((r) => Object.values(r)[0] ?? '');
  return messages.length === 1 && messages[0] === 'ok' ? null : messages.slice(0, 5).join('；');
}

/**
 * Runs SQLite's own consistency check; returns null when the file is sound, else the first problems
 * SQLite reported (a damaged file may also throw SQLITE_CORRUPT, reported the same way).
 */
export function integrityProblems(raw: Database.Database, mode: CheckMode): string | null {
  try {
    return problemsIn(raw.pragma(pragmaOf(mode)) as Record<string, string>[]);
  } catch (err) {
    return (err as Error).message;
  }
}

/** What the worker answers: SQLite's rows or its error, or `unavailable` when the worker could not load better-sqlite3. */
type WorkerAnswer = { rows: Record<string, string>[] } | { error: string } | { unavailable: string };

// Plain JavaScript run with `eval`, so the same code works from the TypeScript sources (tests, tsx)
// and from every bundle, with no separate worker file to build and find.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let Database;
try {
  Database = require(workerData.sqlite);
} catch (err) {
  parentPort.postMessage({ unavailable: err.message });
}
if (Database) {
  let db;
  try {
    db = new Database(workerData.file, { readonly: true, fileMustExist: true });
    parentPort.postMessage({ rows: db.pragma(workerData.pragma) });
  } catch (err) {
    parentPort.postMessage({ error: err.message });
  } finally {
    if (db) db.close();
  }
}`;

/** Where better-sqlite3 lives, for the worker to load it by path; null when it cannot be found from here. */
export function sqliteModulePath(): string | null {
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3');
  } catch {
    return null;
  }
}

/**
 * integrityProblems on a file, run in a worker thread with its own read-only connection, so this
 * thread stays free meanwhile (browser mode serves the page while an 80 MB file is checked). Where no
 * worker can load better-sqlite3 (modules packed in an Electron archive), the check runs here instead.
 */
export async function integrityProblemsOffThread(file: string, mode: CheckMode, sqlitePath = sqliteModulePath()): Promise<string | null> {
  const answer = sqlitePath ? await askWorker({ sqlite: sqlitePath, file, pragma: pragmaOf(mode) }) : null;
  if (answer && 'rows' in answer) return problemsIn(answer.rows);
  if (answer && 'error' in answer) return answer.error;
  return integrityProblemsHere(file, mode);
}

/** The check of a file, in a worker thread from OFF_THREAD_MIN_BYTES on and on this thread below. */
export async function integrityProblemsOfFile(file: string, mode: CheckMode): Promise<string | null> {
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  return size >= OFF_THREAD_MIN_BYTES ? integrityProblemsOffThread(file, mode) : integrityProblemsHere(file, mode);
}

function integrityProblemsHere(file: string, mode: CheckMode): string | null {
  let raw: Database.Database;
  try {
    raw = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    return (err as Error).message;
  }
  try {
    return integrityProblems(raw, mode);
  } finally {
    raw.close();
  }
}

/** Runs the check in a new worker; null when the worker failed without an answer. */
function askWorker(workerData: { sqlite: string; file: string; pragma: string }): Promise<WorkerAnswer | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    } catch {
      return resolve(null);
    }
    worker.once('message', (answer: WorkerAnswer) => resolve('unavailable' in answer ? null : answer));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null)); // no-op once a message resolved it
  });
}
