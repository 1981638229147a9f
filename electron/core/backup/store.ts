// The database file the app has open: restoring a backup into it, opening another database,
// recovering from a damaged one. ctx.db reads the current connection from here, so a switch
// reaches every transport at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foreignSchema, openDatabase, openDatabaseCopy, schemaNames } from '../../db/connection';
import type { Db } from '../../db/db';
import { LATEST_VERSION } from '../../db/migrations';
import { defaultBackupDir } from '../../db/paths';
import {
  BACKUP_DIR_SETTING,
  getInstallationSettings,
  getSetting,
  setInstallationSettings,
  type InstallationSettings,
} from '../../db/repos/settings';
import type { BackupInfo, BackupOverview, DataStatus, RestoreResult } from '../../shared/api/data';
import type { FileOutput } from '../../shared/api/method';
import { AppError } from '../../shared/result';
import { MIME } from '../files/mime';
import { asideName, replaceDatabaseFile, setAside } from './files';
import { backupBase, timeStamp } from './naming';
import { copyContents, withMigratedCopy } from './restoreContents';
import { BackupService } from './service';
import { snapshot } from './snapshot';
import { verifyBackupFile } from './verify';

export interface StoreOptions {
  path: string;
  /** Backup folder when the database names none: undefined for "backups" beside it, null for no backups. */
  backupDir?: string | null;
  now?: () => Date;
  /** Told when the store has switched to another file. */
  onSwitch?: (path: string) => void;
}

export class DatabaseStore {
  readonly backups: BackupService;
  private current: Db | null = null;
  private filePath: string;
  /** Why the file could not be opened; set only in recovery mode. */
  private problem: string | null = null;
  /** The backup folder and 经办人 a damaged database had set, if they could still be read; else null. */
  private recoveryKept: InstallationSettings | null = null;
  private readonly now: () => Date;

  private constructor(private readonly options: StoreOptions) {
    this.filePath = path.resolve(options.path);
    this.now = options.now ?? (() => new Date());
    this.backups = new BackupService({ db: () => this.db, dir: (db) => this.backupDirOf(db), now: this.now });
  }

  /**
   * Opens the file. A damaged or unreadable one (DB_CORRUPT) either throws or, with `recover`,
   * leaves the store in recovery mode: no database, only listing backups and restoring.
   */
  static async open(options: StoreOptions, recover: boolean): Promise<DatabaseStore> {
    const store = new DatabaseStore(options);
    try {
      store.current = await store.openFile(store.filePath);
    } catch (err) {
      if (!recover || !(err instanceof AppError) || err.code !== 'DB_CORRUPT') throw err;
      store.enterRecovery(err.message);
    }
    return store;
  }

  get path(): string {
    return this.filePath;
  }

  get inRecovery(): boolean {
    return this.current === null;
  }

  /** The open connection; in recovery mode every use fails with the reason. */
  get db(): Db {
    if (this.current) return this.current;
    throw new AppError('DB_CORRUPT', `${this.problem ?? '数据库未打开。'}请在“数据与备份”中从备份恢复。`);
  }

  defaultBackupDir(): string {
    return this.options.backupDir ?? defaultBackupDir(this.filePath);
  }

  /** The backup folder in use: the chosen one, else the default; null when backups are off. */
  backupDir(): string | null {
    if (this.current) return this.backupDirOf(this.current);
    if (this.options.backupDir === null) return null;
    return this.recoveryDir() ?? this.defaultBackupDir();
  }

  overview(dir?: string): BackupOverview {
    const folder = dir ? existingFolder(dir) : this.backupDir();
    return {
      dir: folder,
      defaultDir: this.defaultBackupDir(),
      custom: this.current ? readSetting(this.current) !== null : this.recoveryDir() !== null,
      backups: folder ? this.backups.list(folder, this.filePath) : [],
    };
  }

  status(): DataStatus {
    // The WAL holds recent writes until a checkpoint: it is part of the database's size.
    const dbSize = [this.filePath, `${this.filePath}-wal`].reduce((n, f) => n + (fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
    return {
      mode: this.current ? 'normal' : 'recovery',
      dbPath: this.filePath,
      dbSize,
      problem: this.problem,
      newestGood: this.current ? null : this.newestGood(),
      backupDir: this.backupDir(),
    };
  }

  /** The newest backup that passed its check and that this version of the program can open. */
  newestGood(): BackupInfo | null {
    const dir = this.backupDir();
    if (!dir) return null;
    return this.backups.list(dir, this.filePath).find((b) => b.integrity === 'ok' && (b.schemaVersion ?? 0) <= LATEST_VERSION) ?? null;
  }

  /**
   * Brings the data back to a backup. The current data is first backed up (or, in recovery mode, the
   * damaged file moved aside untouched); the backup is checked again just before, and brought to this
   * program's schema. The installation settings (backup folder, 经办人) stay as they were, like the operation log.
   */
  async restore(file: string, dir?: string): Promise<RestoreResult> {
    const folder = dir ? existingFolder(dir) : this.backupDir();
    if (!folder) throw new AppError('CONFLICT', '备份功能已关闭，没有可恢复的备份。');
    const chosen = this.backups.find(folder, this.filePath, file);
    const facts = verifyBackupFile(chosen.path, this.now());
    if (facts.integrity !== 'ok') {
      throw new AppError('BAD_FILE', `备份“${file}”未通过完整性检查（${facts.integrityDetail}），不能用于恢复，请选择其他备份。`);
    }
    if ((facts.schemaVersion ?? 0) > LATEST_VERSION) {
      throw new AppError('DB_TOO_NEW', `备份“${file}”由更新版本的程序创建（数据结构版本 ${facts.schemaVersion}），本程序无法使用，请升级程序。`);
    }
    // A file in a chosen folder may merely be named like a backup; its rows would replace ours.
    const foreign = foreignSchema(readSchemaOf(chosen.path), facts.schemaVersion ?? 0);
    if (foreign) {
      throw new AppError('BAD_FILE', `备份“${file}”不是“工作要点台账”的数据库（${foreign}），不能用于恢复，请选择其他备份。`);
    }
    const restored: BackupInfo = { ...chosen, ...facts };
    if (!this.current) return this.restoreInRecovery(chosen.path, restored);
    const db = this.current;
    // Those are this computer's choices, not data: the backup's own would send later copies to a
    // folder no longer listed, and record the restore under a former 经办人.
    const kept = getInstallationSettings(db);
    const safetyCopy = await this.backups.create('restore');
    // Backups switched off: a copy of the data as it was is kept beside the file instead.
    let keptAside: string | null = null;
    if (!safetyCopy) {
      keptAside = asideName(this.filePath, this.now(), 'before-restore');
      await snapshot(db, keptAside);
    }
    try {
      await withMigratedCopy(chosen.path, (staged) => copyContents(db, staged, kept));
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('INTERNAL', `恢复失败，数据库保持恢复前的状态：${(err as Error).message}`);
    }
    return { restored, safetyCopy, keptAside, fromRecovery: false };
  }

  /**
   * Recovery mode: no connection is open and the damaged file cannot take rows, so the backup is put
   * in its place (the damaged file moved aside untouched) and opened; migrations run on opening.
   */
  private async restoreInRecovery(backup: string, restored: BackupInfo): Promise<RestoreResult> {
    const kept = this.recoveryKept;
    const keptAside = setAside(this.filePath, this.now());
    replaceDatabaseFile(backup, this.filePath);
    try {
      this.current = await this.openFile(this.filePath);
    } catch (err) {
      fs.rmSync(this.filePath, { force: true });
      throw new AppError('DB_CORRUPT', `恢复失败，数据库保持恢复前的状态：${(err as Error).message}`);
    }
    if (kept) setInstallationSettings(this.current, kept);
    this.problem = null;
    this.recoveryKept = null;
    return { restored, safetyCopy: null, keptAside, fromRecovery: true };
  }

  /** Switches to another database file (created when missing and `create`); the current one stays as it is. */
  async switchTo(target: string, create: boolean): Promise<void> {
    if (!path.isAbsolute(target)) throw new AppError('INVALID_INPUT', `请填写数据库文件的完整路径（例如 D:\\台账\\taizhang.db），而不是“${target}”。`);
    const resolved = path.resolve(target);
    if (resolved === this.filePath && this.current) return;
    const stat = fs.statSync(resolved, { throwIfNoEntry: false });
    if (stat?.isDirectory()) throw new AppError('INVALID_INPUT', `“${resolved}”是文件夹，请选择数据库文件。`);
    if (!stat && !create) throw new AppError('NOT_FOUND', `找不到数据库文件 ${resolved}。`);
    const db = await this.openFile(resolved);
    this.current?.close();
    this.current = db;
    this.filePath = resolved;
    this.problem = null;
    this.recoveryKept = null;
    this.options.onSwitch?.(resolved);
  }

  /** 导出整个数据库: a verified online-backup copy, as bytes to save. */
  async exportCopy(): Promise<FileOutput> {
    const db = this.db;
    const temp = path.join(os.tmpdir(), `taizhang-export-${process.pid}-${Date.now()}.db`);
    try {
      await snapshot(db, temp);
      const facts = verifyBackupFile(temp, this.now());
      if (facts.integrity !== 'ok') throw new AppError('INTERNAL', `导出的副本未通过完整性检查：${facts.integrityDetail}`);
      return {
        fileName: `${backupBase(this.filePath)}-完整导出-${timeStamp(this.now())}.db`,
        mime: MIME.sqlite,
        bytes: new Uint8Array(fs.readFileSync(temp)),
      };
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }

  private openFile(file: string): Promise<Db> {
    return openDatabase(file, { backupBeforeMigrate: (db, from) => this.backups.create(`migration.v${from}`, db) });
  }

  private backupDirOf(db: Db): string | null {
    if (this.options.backupDir === null) return null;
    return readSetting(db) ?? this.options.backupDir ?? defaultBackupDir(db.path);
  }

  private enterRecovery(problem: string): void {
    this.current = null;
    this.problem = problem;
    // The damaged file may still say where its backups are and who works here; read-only, and only if it can.
    try {
      const copy = openDatabaseCopy(this.filePath);
      try {
        this.recoveryKept = getInstallationSettings(copy);
      } finally {
        copy.close();
      }
    } catch {
      this.recoveryKept = null;
    }
  }

  private recoveryDir(): string | null {
    return this.recoveryKept?.[BACKUP_DIR_SETTING] ?? null;
  }
}

function readSetting(db: Db): string | null {
  try {
    return getSetting(db, BACKUP_DIR_SETTING);
  } catch {
    return null;
  }
}

/** The schema of a file that has just passed its integrity check, read-only. */
function readSchemaOf(file: string): string[] {
  const copy = openDatabaseCopy(file);
  try {
    return schemaNames(copy.raw);
  } finally {
    copy.close();
  }
}

function absoluteFolder(dir: string): string {
  if (!path.isAbsolute(dir)) throw new AppError('INVALID_INPUT', `请填写文件夹的完整路径，而不是“${dir}”。`);
  return path.resolve(dir);
}

/**
 * A folder the user named to look for backups in. Missing, it is an error, not an empty list: a
 * mistyped path or a USB stick not plugged in. (The backup folder in use may not exist yet: no backups.)
 */
function existingFolder(dir: string): string {
  const folder = absoluteFolder(dir);
  const stat = fs.statSync(folder, { throwIfNoEntry: false });
  if (!stat) throw new AppError('NOT_FOUND', `找不到文件夹 ${folder}。请检查路径是否正确，U 盘或网络共享是否已连接。`);
  if (!stat.isDirectory()) throw new AppError('INVALID_INPUT', `“${folder}”是文件，请选择存放备份的文件夹。`);
  return folder;
}

/** Creates the folder if needed and proves it writable; throws INVALID_INPUT with the reason. */
export function checkBackupFolder(dir: string): string {
  const folder = absoluteFolder(dir);
  try {
    fs.mkdirSync(folder, { recursive: true });
    const probe = path.join(folder, `.taizhang-probe-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
  } catch (err) {
    throw new AppError('INVALID_INPUT', `备份文件夹 ${folder} 无法写入：${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return folder;
}
