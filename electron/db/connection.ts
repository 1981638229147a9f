import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { writeFailureReason } from '../shared/fileErrors';
import { AppError } from '../shared/result';
import { engineError } from './engineErrors';
import { accessError } from './accessErrors';
import { unreadableReason } from './unreadableReason';
import { backgroundCheckpoints, type BackgroundCheckpoints } from './checkpointer';
import { closeAndNote, unchangedSinceCleanClose } from './cleanClose';
import { Db } from './db';
import { checkModeOf, integrityProblemsOfFile } from './integrity';
import { migrate } from './migrate';
import { LATEST_VERSION } from './migrations';

export interface OpenOptions {
  /** Takes the safety copy before migrations change an existing database's schema; none when absent. */
  backupBeforeMigrate?: ((db: Db, fromVersion: number) => Promise<unknown>) | null;
}

/**
 * Opens (creating if needed) an app database. An existing file is first examined read-only, so a
 * damaged or too-new file, or another program's database, is refused (DB_CORRUPT / DB_TOO_NEW /
 * BAD_FILE) without a byte of it changing; then WAL and foreign keys are set and pending migrations applied.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Db> {
  makeFolderFor(file);
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  const { version, noted } = existed ? await examine(file) : { version: 0, noted: false };
  let raw: Database.Database;
  try {
    raw = new Database(file);
  } catch (err) {
    throw openFailure(err, file);
  }
  let checkpoints: BackgroundCheckpoints | undefined;
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    const folding = backgroundCheckpoints(raw, file);
    checkpoints = folding; // stopped by the catch below should the migrations fail
    const close = (connection: Database.Database) => {
      folding.stop();
      closeAndNote(connection, file, noted);
    };
    const db = new Db(raw, file, close, folding.afterCommit);
    const backup = existed && version > 0 && options.backupBeforeMigrate;
    await migrate(db, { backup: backup ? (from) => backup(db, from) : null });
    return db;
  } catch (err) {
    checkpoints?.stop();
    raw.close();
    throw accessError(err, file) ?? err;
  }
}

/** The database's folder, made if missing; a path through a file ("--db D:\\台账.xlsx\\x.db") is told in words. */
function makeFolderFor(file: string): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  } catch (err) {
    throw accessError(err, file, 'open') ?? new AppError('DB_OPEN_FAILED', `无法建立数据库文件 ${file}：${writeFailureReason(err)}。请换一个文件夹或文件名。`);
  }
}

/** Opens a backup or exported copy (no migrations, no WAL): read-only unless `writable`. */
export function openDatabaseCopy(file: string, options: { writable?: boolean } = {}): Db {
  const raw = new Database(file, { readonly: !options.writable, fileMustExist: true });
  return new Db(raw, file);
}

/**
 * Reads the schema version and checks integrity through read-only connections (unless the file is as
 * it was when it passed the same check at this app's last clean close: see cleanClose); returns the
 * version, and whether the note of that close vouched for the file.
 * A large file is checked in a worker thread (see integrityProblemsOfFile): the caller's thread
 * stays free, and nothing opens the file for writing before the check has passed.
 */
async function examine(file: string): Promise<{ version: number; noted: boolean }> {
  let raw: Database.Database;
  try {
    raw = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw openFailure(err, file);
  }
  let version: number;
  try {
    version = readUserVersion(raw, file);
    if (version > LATEST_VERSION) {
      throw new AppError(
        'DB_TOO_NEW',
        `数据库文件 ${file} 由更新版本的“工作要点台账”创建（数据结构版本 ${version}，本程序支持到 ${LATEST_VERSION}），` +
          '为避免损坏数据，本程序不会打开或修改它。请升级程序后再打开。',
        { version, supported: LATEST_VERSION },
      );
    }
    const foreign = foreignSchemaOf(raw, version);
    if (foreign) {
      throw new AppError(
        'BAD_FILE',
        `文件 ${file} 不是“工作要点台账”的数据库（${foreign}），本程序不会打开，也不会改动它。` +
          '请选择台账的数据库文件；要新建数据库，请填写一个尚不存在的文件名。',
      );
    }
  } finally {
    raw.close();
  }
  const noted = await unchangedSinceCleanClose(file);
  const problems = noted ? null : await integrityProblemsOfFile(file, checkModeOf(file));
  if (problems) {
    throw new AppError('DB_CORRUPT', `数据库文件 ${file} 已损坏，未通过完整性检查（${problems}）。`, { problems });
  }
  return { version, noted };
}

function readUserVersion(raw: Database.Database, file: string): number {
  try {
    return raw.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    // In a read-only folder a WAL file cannot even be read (SQLITE_READONLY_DIRECTORY): the file is not damaged.
    throw accessError(err, file, 'open') ?? new AppError('DB_CORRUPT', `数据库文件 ${file} 已损坏或不是本程序的数据库：${unreadableReason(err)}。`);
  }
}

/** Tables every 台账 database has had since its first version. */
const OWN_TABLES = ['plans', 'tasks', 'units', 'periods', 'audit_log', 'settings'];

/** Names of the tables, views, indexes and triggers in the file, SQLite's own left out. */
export function schemaNames(raw: Database.Database): string[] {
  return raw.prepare("SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid").pluck().all() as string[];
}

/** foreignSchema of the open file; null when its schema cannot be read, a damage the integrity check reports. */
function foreignSchemaOf(raw: Database.Database, version: number): string | null {
  let names: string[];
  try {
    names = schemaNames(raw);
  } catch {
    return null;
  }
  return foreignSchema(names, version);
}

/**
 * Why a file with this schema and user_version is another program's database, or null when it is a
 * 台账 database or has nothing in it yet (a new file, which the migrations fill). Migrating another
 * program's file would write this app's tables into it.
 */
export function foreignSchema(names: readonly string[], version: number): string | null {
  if (version === 0 && names.length === 0) return null;
  if (version > 0 && OWN_TABLES.every((t) => names.includes(t))) return null;
  if (names.length === 0) return `数据结构版本为 ${version}，却没有台账的数据表`;
  return `其中已有其他程序的数据：${names.slice(0, 3).join('、')}${names.length > 3 ? ` 等 ${names.length} 项` : ''}`;
}

/** Why `new Database(file)` failed: the engine not loading, no access, or else a file SQLite cannot open. */
function openFailure(err: unknown, file: string): AppError {
  return engineError(err) ?? accessError(err, file, 'open') ?? new AppError('DB_CORRUPT', `无法打开数据库文件 ${file}：${unreadableReason(err)}。`);
}
