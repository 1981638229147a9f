// The start-up integrity check reads and checks every page of the database: for an 80 MB file a
// quarter of a second of SQLite plus a worker thread, while the official waits for the first screen.
// So the app runs the same check when it closes the database instead and, once the file is closed,
// notes its size and sha256 beside it. At the next start a file that still hashes the same, with no
// write-ahead log left over, has passed that check as it is and opens without it. Any change in
// between — a crash mid-write, another program, a restored copy, the disk itself — changes the hash,
// and the check runs at start as before.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { checkModeOf, integrityProblems } from './integrity';

interface CloseNote {
  size: number;
  sha256: string;
}

/** The note beside the file, named like SQLite's own companions (-wal, -shm). */
export const closeNoteOf = (file: string): string => `${file}-closed`;

const CHUNK_BYTES = 4 * 1024 * 1024;

/** A write-ahead log with content: the file alone is not the whole database. */
function walInUse(file: string): boolean {
  return (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0;
}

function hashFileSync(file: string): string {
  const hash = crypto.createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = fs.openSync(file, 'r');
  try {
    for (let n; (n = fs.readSync(fd, buffer, 0, CHUNK_BYTES, null)) > 0; ) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Chunk by chunk, so a process serving pages meanwhile (browser mode) keeps answering and an 80 MB
 * file leaves no 80 MB of chunks for the garbage collector. Two buffers: the next chunk is read
 * while this one is hashed, which about halves the wait at start.
 */
async function hashFile(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
  const handle = await fs.promises.open(file, 'r');
  try {
    let position = 0;
    let current = 0;
    let reading = handle.read(buffers[current]!, 0, CHUNK_BYTES, position);
    for (let n; (n = (await reading).bytesRead) > 0; ) {
      position += n;
      const chunk = buffers[current]!.subarray(0, n);
      current ^= 1;
      reading = handle.read(buffers[current]!, 0, CHUNK_BYTES, position);
      hash.update(chunk);
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/**
 * Closes the app's connection to `file`. When the note beside it was found true at open
 * (`notedAtOpen`) and nothing has been written since — the write-ahead log is still empty, so the
 * file's bytes are those the note names — the note still holds and the file closes as it is: a
 * session that only read (most CLI commands, a look at the ledger) costs no check. Should a change
 * ever slip past that test, no harm follows: the next start hashes the file against the note.
 * Otherwise the file is checked first, then — when it passed, and closing folded the write-ahead
 * log into the file — noted for the next start.
 */
export function closeAndNote(raw: Database.Database, file: string, notedAtOpen = false): void {
  if (notedAtOpen && !walInUse(file) && fs.existsSync(closeNoteOf(file))) {
    raw.close();
    return;
  }
  let passed = false;
  try {
    fs.rmSync(closeNoteOf(file), { force: true });
    passed = integrityProblems(raw, checkModeOf(file)) === null;
  } finally {
    raw.close();
  }
  if (!passed) return;
  try {
    if (walInUse(file)) return; // another connection still has it open
    const note: CloseNote = { size: fs.statSync(file).size, sha256: hashFileSync(file) };
    fs.writeFileSync(closeNoteOf(file), JSON.stringify(note));
  } catch {
    // Without a note the next start checks the file, as it would anyway.
  }
}

/** True when the file is byte for byte what passed the check at this app's last clean close. */
export async function unchangedSinceCleanClose(file: string): Promise<boolean> {
  let note: CloseNote;
  try {
    note = JSON.parse(fs.readFileSync(closeNoteOf(file), 'utf8')) as CloseNote;
    if (walInUse(file) || fs.statSync(file).size !== note.size) return false;
    return (await hashFile(file)) === note.sha256;
  } catch {
    return false;
  }
}
