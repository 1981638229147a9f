// Reading a returned file is the costly part of an import, and the official's commit follows the
// preview of the very same files. Reading is a pure function of the bytes, the file name and the
// official's choice of sheet or period (which picks the table in a file of several), so results are
// kept by those for the next call on the same database — bounded, and without the bytes themselves.
import type { Db } from '../../../db/db';
import type { ReadChoice, ReturnedTable } from '../returns/readReturn';

export type ReadOutcome = { table: ReturnedTable; error: null } | { table: null; error: string };

/** Enough for a quarter's batch and one very long file, without holding on to much memory. */
const MAX_ENTRIES = 300;
export const MAX_CACHED_ROWS = 60_000;

const cacheKey = (sha256: string, name: string, { period, sheet }: ReadChoice) => `${sha256}\u0000${name}\u0000${period ?? ''}\u0000${sheet ?? ''}`;

export class ParseCache {
  private readonly entries = new Map<string, { outcome: ReadOutcome; rows: number }>();
  private rows = 0;

  get(sha256: string, name: string, choice: ReadChoice): ReadOutcome | null {
    const key = cacheKey(sha256, name, choice);
    const hit = this.entries.get(key);
    if (!hit) return null;
    this.entries.delete(key); // most recently used last
    this.entries.set(key, hit);
    return hit.outcome;
  }

  set(sha256: string, name: string, choice: ReadChoice, outcome: ReadOutcome): void {
    const rows = outcome.table?.rows.length ?? 0;
    if (rows > MAX_CACHED_ROWS) return;
    const key = cacheKey(sha256, name, choice);
    const old = this.entries.get(key);
    if (old) this.rows -= old.rows;
    this.entries.delete(key);
    const stored: ReadOutcome = outcome.table ? { table: { ...outcome.table, file: { name, bytes: new Uint8Array(0) } }, error: null } : outcome;
    this.entries.set(key, { outcome: stored, rows });
    this.rows += rows;
    for (const [k, v] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.rows <= MAX_CACHED_ROWS) break;
      this.entries.delete(k);
      this.rows -= v.rows;
    }
  }
}

const caches = new WeakMap<Db, ParseCache>();

/** The cache of the open database (a new database, e.g. after a restore, starts empty). */
export function parseCacheFor(db: Db): ParseCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new ParseCache()));
  return cache;
}
