// Taking, listing and pruning backups of the open database. A copy is written under a temporary
// name, verified (integrity_check, contents) and only then renamed into place, so the folder
// never lists a half-written or unchecked file.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/db';
import type { BackupInfo } from '../../shared/api/data';
import { AppError } from '../../shared/result';
import { backupBase, backupFileName, localDay, parseBackupFileName } from './naming';
import { readRecord, RECORD_SUFFIX, writeRecord, type BackupRecord } from './record';
import { backupsToPrune, KEEP_LAST } from './retention';
import { snapshot } from './snapshot';
import { verifyBackupFile, verifyBackupFileOffThread, type BackupFacts } from './verify';

/** Suffix of a copy still being written; such files are never listed and are cleaned up later. */
const PARTIAL_SUFFIX = '.partial';
/** A partial file this old belongs to a process that died mid-copy. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export interface BackupServiceOptions {
  /** The live database. */
  db: () => Db;
  /** The folder for a database's backups, or null when backups are off. */
  dir: (db: Db) => string | null;
  now?: () => Date;
  keepLast?: number;
}

export class BackupService {
  private queue: Promise<unknown> = Promise.resolve();
  private daily: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  /**
   * Copies taken by protect whose record is not written yet, by path: a listing meanwhile checks them
   * itself, and takes their time and reason ("导入推进情况前") from here, not from the file name's slug.
   */
  private readonly unrecorded = new Map<string, TakenCopy>();

  constructor(private readonly options: BackupServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Takes a verified copy of `db` (the live database by default); null when backups are off. */
  create(reason: string, db: Db = this.options.db()): Promise<BackupInfo | null> {
    return this.enqueue(() => this.createNow(reason, db));
  }

  /**
   * The automatic copy before a change (an import, an undo): resolves to its path as soon as the copy
   * is taken, so the change waits only for the copy; its integrity check runs after, off the caller's
   * path. Until that check is recorded, listing the folder checks the copy itself, so an unchecked
   * copy is never shown as sound. Null when backups are off.
   */
  async protect(reason: string, db: Db = this.options.db()): Promise<string | null> {
    const copied = this.enqueue(async () => {
      const copy = await this.copyNow(reason, db, false);
      if (copy) this.unrecorded.set(copy.path, copy);
      return copy;
    });
    void this.enqueue(async () => {
      const copy = await copied.catch(() => null);
      if (copy) await this.verifyLater(copy);
    });
    return (await copied)?.path ?? null;
  }

  /** The once-a-day copy at start: taken unless one of any kind exists from today; checked after start. */
  async dailyIfDue(): Promise<string | null> {
    const db = this.options.db();
    const dir = this.options.dir(db);
    if (!dir) return null;
    const today = localDay(this.now());
    if (this.list(dir, db.path).some((b) => localDay(new Date(b.createdAt)) === today)) return null;
    return this.protect('daily', db);
  }

  /**
   * Takes the daily copy (dailyIfDue) once the current turn of work is done: at start-up, after the
   * requests already waiting have been answered. A failure (a backup folder on a USB stick that is
   * not plugged in) is no reason not to start; it shows as the missing copy in the list.
   */
  dailySoon(): void {
    this.daily = new Promise((resolve) => setImmediate(resolve)).then(() => this.dailyIfDue()).catch(() => null);
  }

  /** Resolves once every backup asked for so far (the daily one included) is taken and checked. */
  async settled(): Promise<void> {
    await this.daily;
    await this.queue;
  }

  /** Backups of the database at `dbPath` in `dir`, newest first. */
  list(dir: string, dbPath: string): BackupInfo[] {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return [];
    }
    const base = backupBase(dbPath);
    const out: BackupInfo[] = [];
    for (const name of names) {
      if (name.endsWith(PARTIAL_SUFFIX)) {
        this.removeIfStale(path.join(dir, name));
        continue;
      }
      const parsed = parseBackupFileName(name);
      if (!parsed || parsed.base !== base) continue;
      const file = path.join(dir, name);
      out.push(toInfo(file, this.recordOf(file, parsed.at, parsed.reason, dbPath)));
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
  }

  /** A backup by file name in `dir`, or NOT_FOUND. */
  find(dir: string, dbPath: string, file: string): BackupInfo {
    const found = this.list(dir, dbPath).find((b) => b.file === file);
    if (!found) throw new AppError('NOT_FOUND', `在备份文件夹 ${dir} 中找不到备份“${file}”。`);
    return found;
  }

  /** Backups run one at a time, so two never race for a name or a prune. */
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async createNow(reason: string, db: Db): Promise<BackupInfo | null> {
    const copy = await this.copyNow(reason, db, true);
    return copy && this.record(copy, copy.facts!);
  }

  /**
   * Copies `db` under a free name in its backup folder. With `checkFirst` the copy gets that name
   * only after passing its check (failing is an error); without, it is named at once and unchecked.
   */
  private async copyNow(reason: string, db: Db, checkFirst: boolean): Promise<TakenCopy | null> {
    const dir = this.options.dir(db);
    if (!dir) return null;
    const at = this.now();
    let target = '';
    try {
      fs.mkdirSync(dir, { recursive: true });
      target = freeName(dir, db.path, at, reason);
      await snapshot(db, target + PARTIAL_SUFFIX);
      const facts = checkFirst ? await verifyBackupFileOffThread(target + PARTIAL_SUFFIX, this.now()) : null;
      if (facts && facts.integrity !== 'ok') throw new Error(`备份副本未通过完整性检查：${facts.integrityDetail}`);
      fs.renameSync(target + PARTIAL_SUFFIX, target);
      return { path: target, dir, createdAt: at.toISOString(), reason, source: db.path, facts };
    } catch (err) {
      if (target) fs.rmSync(target + PARTIAL_SUFFIX, { force: true });
      if (isDiskFull(err)) {
        throw new AppError('BACKUP_FAILED', `备份文件夹 ${dir} 所在的磁盘空间已满，无法创建备份。请清理该磁盘（或把旧备份移到别处），或在“数据与备份”中另选备份文件夹。`);
      }
      throw new AppError('BACKUP_FAILED', `无法在文件夹 ${dir} 中创建备份：${(err as Error).message}。请检查备份文件夹是否可用（U 盘或网络共享是否已连接）。`);
    }
  }

  /** Checks a copy taken by protect and records the facts (unless a listing did meanwhile). */
  private async verifyLater(copy: TakenCopy): Promise<void> {
    // After the change that asked for the copy (its run is synchronous, so one turn suffices).
    await new Promise((resolve) => setImmediate(resolve));
    try {
      if (!fs.existsSync(copy.path) || readRecord(copy.path)) return;
      this.record(copy, await verifyBackupFileOffThread(copy.path, this.now()));
    } catch {
      // The folder went away (a USB stick pulled out): the copy is checked when next listed.
    }
  }

  /** Writes a copy's facts beside it, then prunes the folder. */
  private record(copy: TakenCopy, facts: BackupFacts): BackupInfo {
    const record: BackupRecord = { ...facts, createdAt: copy.createdAt, reason: copy.reason, source: copy.source };
    writeRecord(copy.path, record);
    this.unrecorded.delete(copy.path);
    this.prune(copy.dir, copy.source);
    return toInfo(copy.path, record);
  }

  /** The recorded facts, re-checked when there is no record or the file has changed since. */
  private recordOf(file: string, at: Date, reason: string, dbPath: string): BackupRecord {
    const record = readRecord(file);
    const taken = record ?? this.unrecorded.get(file);
    let size = -1;
    try {
      size = fs.statSync(file).size;
    } catch {
      // Unreadable: verification below reports it.
    }
    if (record && record.size === size) return record;
    const fresh: BackupRecord = {
      ...verifyBackupFile(file, this.now()),
      createdAt: taken?.createdAt ?? at.toISOString(),
      reason: taken?.reason ?? reason,
      source: taken?.source ?? dbPath,
    };
    writeRecord(file, fresh);
    this.unrecorded.delete(file);
    return fresh;
  }

  private prune(dir: string, dbPath: string): void {
    const all = this.list(dir, dbPath).map((b) => ({ ...b, at: new Date(b.createdAt) }));
    for (const old of backupsToPrune(all, this.options.keepLast ?? KEEP_LAST)) {
      fs.rmSync(old.path, { force: true });
      fs.rmSync(old.path + RECORD_SUFFIX, { force: true });
    }
  }

  private removeIfStale(file: string): void {
    try {
      if (this.now().getTime() - fs.statSync(file).mtimeMs > STALE_PARTIAL_MS) fs.rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

interface TakenCopy {
  path: string;
  dir: string;
  createdAt: string;
  reason: string;
  source: string;
  /** Its check, when it was checked before being named. */
  facts: BackupFacts | null;
}

/**
 * A name no other copy has, claimed by creating its partial file: another program on the same
 * database (the app and the command line, importing in the same second) may be taking a copy into
 * the same folder, and two copies written into one file fail both.
 */
function freeName(dir: string, dbPath: string, at: Date, reason: string): string {
  for (let attempt = 1; ; attempt++) {
    const file = path.join(dir, backupFileName(dbPath, at, reason, attempt));
    if (fs.existsSync(file)) continue;
    try {
      fs.closeSync(fs.openSync(file + PARTIAL_SUFFIX, 'wx'));
      return file;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

function toInfo(file: string, r: BackupRecord): BackupInfo {
  return {
    file: path.basename(file),
    path: file,
    createdAt: r.createdAt,
    reason: r.reason,
    size: r.size,
    plans: r.plans,
    periods: r.periods,
    schemaVersion: r.schemaVersion,
    integrity: r.integrity,
    integrityDetail: r.integrityDetail,
    checkedAt: r.checkedAt,
  };
}

/** A copy that failed for want of room: the file system's ENOSPC, or SQLite's SQLITE_FULL. */
function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'SQLITE_FULL';
}
