import type Database from 'better-sqlite3';

/** Above this size the start-up check is PRAGMA quick_check (skips index cross-checks), below it the full integrity_check. */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Runs SQLite's own consistency check; returns null when the file is sound, else the first problems
 * SQLite reported (a damaged file may also throw SQLITE_CORRUPT, reported the same way).
 */
export function integrityProblems(raw: Database.Database, mode: 'full' | 'quick'): string | null {
  try {
    const rows = raw.pragma(mode === 'full' ? 'integrity_check(20)' : 'quick_check(20)') as Record<string, string>[];
    const messages = rows.map((r) => Object.values(r)[0] ?? '');
    return messages.length === 1 && messages[0] === 'ok' ? null : messages.slice(0, 5).join('；');
  } catch (err) {
    return (err as Error).message;
  }
}
