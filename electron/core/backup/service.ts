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
import { verifyBackupFile } from './verify';

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
  /** Backups run one at a time, so two never race for a name or a prune. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(private readonly options: BackupServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Takes a verified copy of `db` (the live database by default); null when backups are off. */
  create(reason: string, db: Db = this.options.db()): Promise<BackupInfo | null> {
    const run = this.queue.then(() => this.createNow(reason, db));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The once-a-day copy at start: taken unless one of any kind exists from today. */
  async dailyIfDue(): Promise<BackupInfo | null> {
    const db = this.options.db();
    const dir = this.options.dir(db);
    if (!dir) return null;
    const today = localDay(this.now());
    if (this.list(dir, db.path).some((b) => localDay(new Date(b.createdAt)) === today)) return null;
    return this.create('daily', db);
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

  private async createNow(reason: string, db: Db): Promise<BackupInfo | null> {
    const dir = this.options.dir(db);
    if (!dir) return null;
    const at = this.now();
    let target = '';
    try {
      fs.mkdirSync(dir, { recursive: true });
      target = freeName(dir, db.path, at, reason);
      await snapshot(db, target + PARTIAL_SUFFIX);
      const facts = verifyBackupFile(target + PARTIAL_SUFFIX, this.now());
      if (facts.integrity !== 'ok') throw new Error(`备份副本未通过完整性检查：${facts.integrityDetail}`);
      fs.renameSync(target + PARTIAL_SUFFIX, target);
      const record: BackupRecord = { ...facts, createdAt: at.toISOString(), reason, source: db.path };
      writeRecord(target, record);
      this.prune(dir, db.path);
      return toInfo(target, record);
    } catch (err) {
      if (target) fs.rmSync(target + PARTIAL_SUFFIX, { force: true });
      throw new AppError('BACKUP_FAILED', `无法在文件夹 ${dir} 中创建备份：${(err as Error).message}。请检查备份文件夹是否可用（U 盘或网络共享是否已连接）。`);
    }
  }

  /** The recorded facts, re-checked when there is no record or the file has changed since. */
  private recordOf(file: string, at: Date, reason: string, dbPath: string): BackupRecord {
    const record = readRecord(file);
    let size = -1;
    try {
      size = fs.statSync(file).size;
    } catch {
      // Unreadable: verification below reports it.
    }
    if (record && record.size === size) return record;
    const fresh: BackupRecord = {
      ...verifyBackupFile(file, this.now()),
      createdAt: record?.createdAt ?? at.toISOString(),
      reason: record?.reason ?? reason,
      source: record?.source ?? dbPath,
    };
    writeRecord(file, fresh);
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

function freeName(dir: string, dbPath: string, at: Date, reason: string): string {
  for (let attempt = 1; ; attempt++) {
    const file = path.join(dir, backupFileName(dbPath, at, reason, attempt));
    if (!fs.existsSync(file) && !fs.existsSync(file + PARTIAL_SUFFIX)) return file;
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
