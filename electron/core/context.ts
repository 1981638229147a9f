import os from 'node:os';
import type { Db } from '../db/db';
import { getSetting, OPERATOR_SETTING } from '../db/repos/settings';
import type { DatabaseStore } from './backup/store';

export type Transport = 'ipc' | 'http' | 'cli';

export interface AuditEntry {
  action: string; // e.g. 'plan.import'
  objectType: string; // 'plan' | 'task' | 'unit' | 'progress' | 'period' | 'import' | 'database'
  objectId?: string | number | null;
  summary: string; // Chinese, one line
  before?: unknown;
  after?: unknown;
}

/** What every handler gets besides its input. */
export interface Ctx {
  db: Db;
  /** Whom what this call writes is recorded under: the database's 经办人 when set, else the login name. */
  readonly user: string;
  transport: Transport;
  appVersion: string;
  now(): Date;
  /** Takes a safety copy of the database before a risky change; resolves to its path once copied (its check follows), or null when backups are off. */
  backup(reason: string): Promise<string | null>;
  audit(entry: AuditEntry): void;
  /** The open database file (restore, switch, export); null where the transport has none. */
  store: DatabaseStore | null;
}

export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '未知用户';
  }
}

/** The database's 经办人, or null: none set, or a database that cannot be read (recovery). */
function operatorOf(db: Db): string | null {
  try {
    return getSetting(db, OPERATOR_SETTING);
  } catch {
    return null;
  }
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

export interface CtxOptions {
  /** The connection, or a getter for it when the open file can change (restore, 打开其他数据库). */
  db: Db | (() => Db);
  transport: Transport;
  appVersion?: string;
  user?: string;
  now?: () => Date;
  backup?: (reason: string) => Promise<string | null>;
  store?: DatabaseStore | null;
}

export function createCtx(options: CtxOptions): Ctx {
  const { db } = options;
  const currentDb = typeof db === 'function' ? db : () => db;
  const now = options.now ?? (() => new Date());
  const loginName = osUserName();
  // Read when asked: the 经办人 may be set, or another database opened, while the app runs.
  const userNow = () => options.user ?? operatorOf(currentDb()) ?? loginName;
  return {
    get db() {
      return currentDb();
    },
    get user() {
      return userNow();
    },
    store: options.store ?? null,
    transport: options.transport,
    appVersion: options.appVersion ?? '0.0.0',
    now,
    backup: options.backup ?? (async () => null),
    audit(entry) {
      currentDb().run(
        `INSERT INTO audit_log (at, os_user, action, object_type, object_id, summary, before, after)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          now().toISOString(),
          userNow(),
          entry.action,
          entry.objectType,
          entry.objectId == null ? null : String(entry.objectId),
          entry.summary,
          json(entry.before),
          json(entry.after),
        ],
      );
    },
  };
}
