import os from 'node:os';
import type { Db } from '../db/db';

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
  user: string;
  transport: Transport;
  appVersion: string;
  now(): Date;
  /** Takes a safety copy of the database before a risky change; resolves to its path, or null when backups are off. */
  backup(reason: string): Promise<string | null>;
  audit(entry: AuditEntry): void;
}

export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '未知用户';
  }
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

export interface CtxOptions {
  db: Db;
  transport: Transport;
  appVersion?: string;
  user?: string;
  now?: () => Date;
  backup?: (reason: string) => Promise<string | null>;
}

export function createCtx(options: CtxOptions): Ctx {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const user = options.user ?? osUserName();
  return {
    db,
    user,
    transport: options.transport,
    appVersion: options.appVersion ?? '0.0.0',
    now,
    backup: options.backup ?? (async () => null),
    audit(entry) {
      db.run(
        `INSERT INTO audit_log (at, os_user, action, object_type, object_id, summary, before, after)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          now().toISOString(),
          user,
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
