// SQLite folds the write-ahead log back into the database file (a checkpoint) at the end of the
// commit that pushes the log past 1,000 pages, on the thread that committed. For an import of
// 20,000 records that is 20 MB written again and synced to disk, while the official waits for the
// result. Here a worker thread with its own connection does it instead, after each commit that
// leaves the log that large, while the app's thread answers. The log is durable either way (it is
// what the commit wrote); only the folding moves.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { sqliteModulePath } from './integrity';

/** The log size from which a commit is followed by a checkpoint: SQLite's own (1,000 pages of 4 KB). */
export const CHECKPOINT_WAL_BYTES = 4 * 1024 * 1024;

export interface BackgroundCheckpoints {
  /** Called after each commit: once the log has grown past CHECKPOINT_WAL_BYTES, asks for a checkpoint. */
  afterCommit(): void;
  /** Closes the worker's connection, if one was started, and waits for it. Call before closing the database. */
  stop(): void;
}

/**
 * Turns SQLite's checkpoint at commit off for `raw` (a connection to `file`, in WAL mode) and does
 * it on a worker thread instead, started when first needed: sessions that write little (most CLI
 * commands, the tests) never start one. Where no worker can load better-sqlite3 (modules packed in
 * an Electron archive), or it fails, the checkpoint runs on this thread, as SQLite's own would.
 */
export function backgroundCheckpoints(
  raw: Database.Database,
  file: string,
  sqlitePath = sqliteModulePath(),
): BackgroundCheckpoints {
  raw.pragma('wal_autocheckpoint = 0');
  let worker: CheckpointWorker | null | undefined; // undefined until first needed; null when unavailable
  const walBytes = () => fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  const checkpointHere = () => {
    if (raw.open) raw.pragma('wal_checkpoint(PASSIVE)');
  };
  const lost = () => {
    worker = null;
    checkpointHere(); // the request it may have dropped
  };
  return {
    afterCommit: () => {
      if (walBytes() < CHECKPOINT_WAL_BYTES) return;
      if (worker === undefined) worker = startWorker(file, sqlitePath, lost);
      if (worker) worker.request();
      else checkpointHere();
    },
    stop: () => worker?.stop(),
  };
}

interface CheckpointWorker {
  /** Asks for a checkpoint soon; requests made while one runs are folded into the next. */
  request(): void;
  /** Closes the worker's connection and waits for it (a checkpoint under way finishes first). */
  stop(): void;
}

/** How long stop() waits for the worker to close its connection before giving up on it. */
const STOP_WAIT_MS = 10_000;

// Plain JavaScript run with `eval`, as the integrity check's worker (see integrity.ts).
// `closed` is shared memory: stop() waits on it without an event loop turn, so closing the
// database stays synchronous.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const closed = new Int32Array(workerData.closed);
let db = null;
let pending = false;
function finish() {
  if (db) { try { db.close(); } catch {} db = null; }
  Atomics.store(closed, 0, 1);
  Atomics.notify(closed, 0);
  parentPort.close();
}
try {
  const Database = require(workerData.sqlite);
  db = new Database(workerData.file, { fileMustExist: true });
} catch (err) {
  parentPort.postMessage({ unavailable: err.message });
  finish();
}
parentPort.on('message', (message) => {
  if (message === 'stop') return finish();
  if (pending || !db) return;
  pending = true;
  setImmediate(() => {
    pending = false;
    try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  });
});`;

/** The worker for `file`; null when none can start. `onLost` is called when it turns out unable to work. */
function startWorker(file: string, sqlitePath: string | null, onLost: () => void): CheckpointWorker | null {
  if (!sqlitePath) return null;
  const closed = new SharedArrayBuffer(4);
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { sqlite: sqlitePath, file, closed } });
  } catch {
    return null;
  }
  worker.unref(); // never what keeps a process (the CLI) alive
  let working = true;
  const lose = () => {
    if (!working) return;
    working = false;
    onLost();
  };
  worker.on('message', lose); // it only ever speaks to say it cannot work
  worker.once('error', lose);
  worker.once('exit', lose);
  return {
    request: () => {
      if (working) worker.postMessage('check');
    },
    stop: () => {
      if (!working) return; // unable, or already gone
      working = false;
      worker.postMessage('stop');
      Atomics.wait(new Int32Array(closed), 0, 0, STOP_WAIT_MS);
    },
  };
}
