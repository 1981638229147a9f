// Restoring a backup into the open database by SQL, in one transaction on the live connection,
// never by putting another file in the database's place. Another program may have the file open
// (the desktop app while a colleague runs the command line, a second browser-mode server): its
// connection stays on the file it opened, so after a file swap it went on showing the old data and
// wrote into the removed file, its changes lost without a word. A transaction is seen by every
// connection, waits for another program's write like any change (DB_BUSY), and commits whole or not at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabaseCopy } from '../../db/connection';
import type { Db } from '../../db/db';
import { migrate } from '../../db/migrate';
import { appendMissingAudit, type AuditRow } from '../../db/repos/audit';
import { setInstallationSettings, type InstallationSettings } from '../../db/repos/settings';

/** The log is not rolled back with the data (and its triggers refuse deletes): see copyContents. */
const AUDIT_TABLE = 'audit_log';

/**
 * A copy of `backup` brought to this program's schema (an older backup runs the migrations the
 * database itself went through), in a temporary folder; the backup itself is left as it was.
 * `use` gets its path; the copy is removed afterwards.
 */
export async function withMigratedCopy<T>(backup: string, use: (staged: string) => T): Promise<T> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-restore-'));
  try {
    const staged = path.join(folder, 'restoring.db');
    fs.copyFileSync(backup, staged);
    const copy = openDatabaseCopy(staged, { writable: true });
    try {
      await migrate(copy, { backup: null });
    } finally {
      copy.close();
    }
    return use(staged);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Replaces every table's rows in `db` with those of `staged` (same schema), in one transaction:
 * the operation log keeps its entries and gains the backup's it lacks; the installation settings
 * (backup folder, 经办人) stay `kept`.
 */
export function copyContents(db: Db, staged: string, kept: InstallationSettings): void {
  db.raw.prepare("ATTACH DATABASE ? AS 'restored'").run(staged);
  try {
    db.transaction(() => {
      // Rows go in table by table; the references hold again once all are in.
      db.pragma('defer_foreign_keys = ON');
      const tables = tableNames(db).filter((t) => t !== AUDIT_TABLE);
      for (const table of tables) db.raw.prepare(`DELETE FROM main.${quoted(table)}`).run();
      for (const table of tables) {
        const columns = sharedColumns(db, table).map(quoted).join(', ');
        db.raw.prepare(`INSERT INTO main.${quoted(table)} (${columns}) SELECT ${columns} FROM restored.${quoted(table)}`).run();
      }
      appendMissingAudit(db, db.raw.prepare(`SELECT * FROM restored.${AUDIT_TABLE} ORDER BY id`).all() as AuditRow[]);
      setInstallationSettings(db, kept);
    });
  } finally {
    db.raw.exec('DETACH DATABASE restored');
  }
}

/** The database's own tables, SQLite's left out. */
function tableNames(db: Db): string[] {
  return db.raw
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")
    .pluck()
    .all() as string[];
}

/** The table's columns present in both copies (the same, once the copy is migrated). */
function sharedColumns(db: Db, table: string): string[] {
  const columnsOf = (schema: string) =>
    (db.raw.prepare(`SELECT name FROM pragma_table_info(?, ?)`).pluck().all(table, schema) as string[]);
  const restored = new Set(columnsOf('restored'));
  return columnsOf('main').filter((c) => restored.has(c));
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
