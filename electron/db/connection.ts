import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../shared/result';
import { Db } from './db';
import { migrate } from './migrate';
import { LATEST_VERSION } from './migrations';

export interface OpenOptions {
  /** Folder for the safety copy taken before migrations; none when null. */
  backupDir?: string | null;
  readonly?: boolean;
}

/**
 * Opens (creating if needed) an app database: refuses one written by a newer version of the app
 * before touching it, then sets WAL and foreign keys and applies pending migrations.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Db> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  let raw: Database.Database;
  try {
    raw = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (err) {
    throw new AppError('DB_CORRUPT', `无法打开数据库文件 ${file}：${(err as Error).message}`);
  }
  try {
    const version = readUserVersion(raw, file);
    if (version > LATEST_VERSION) {
      throw new AppError(
        'DB_TOO_NEW',
        `数据库文件 ${file} 由更新版本的“工作要点台账”创建（数据结构版本 ${version}，本程序支持到 ${LATEST_VERSION}），` +
          '为避免损坏数据，本程序不会打开或修改它。请升级程序后再打开。',
        { version, supported: LATEST_VERSION },
      );
    }
    if (!options.readonly) {
      raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = NORMAL');
    }
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    const db = new Db(raw, file);
    if (!options.readonly) await migrate(db, { backupDir: existed && version > 0 ? (options.backupDir ?? null) : null });
    return db;
  } catch (err) {
    raw.close();
    throw err;
  }
}

function readUserVersion(raw: Database.Database, file: string): number {
  try {
    return raw.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    throw new AppError('DB_CORRUPT', `数据库文件 ${file} 已损坏或不是本程序的数据库：${(err as Error).message}`);
  }
}
