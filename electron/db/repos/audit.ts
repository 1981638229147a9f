// The audit_log table, read side (writes go through ctx.audit). The table refuses UPDATE and DELETE.
import type { Db } from '../db';

export interface AuditRow {
  id: number;
  at: string;
  os_user: string;
  action: string;
  object_type: string;
  object_id: string | null;
  summary: string;
  before: string | null;
  after: string | null;
}

export interface AuditQuery {
  /** Inclusive bounds, ISO UTC ("…Z") as stored. */
  from?: string;
  to?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  user?: string;
  /** Substring of summary, object id, action or the before/after JSON. */
  text?: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function where(q: AuditQuery): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (q.from) add('at >= ?', q.from);
  if (q.to) add('at <= ?', q.to);
  if (q.action) add('action = ?', q.action);
  if (q.objectType) add('object_type = ?', q.objectType);
  if (q.objectId) add('object_id = ?', q.objectId);
  if (q.user) add('os_user = ?', q.user);
  if (q.text) {
    const like = `%${escapeLike(q.text)}%`;
    const columns = ['summary', 'object_id', 'action', 'before', 'after'];
    add(`(${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`, ...columns.map(() => like));
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Newest first; `limit` null for all. */
export function listAudit(db: Db, q: AuditQuery, offset: number, limit: number | null): AuditRow[] {
  const w = where(q);
  return db.all<AuditRow>(`SELECT * FROM audit_log ${w.sql} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`, [
    ...w.params,
    limit ?? -1,
    offset,
  ]);
}

export function countAudit(db: Db, q: AuditQuery): number {
  const w = where(q);
  return db.get<{ n: number }>(`SELECT count(*) AS n FROM audit_log ${w.sql}`, w.params)!.n;
}

/** The distinct actions, object types and users in the whole log, for filter choices. */
export function auditFacets(db: Db): { actions: string[]; objectTypes: string[]; users: string[] } {
  const distinct = (col: 'action' | 'object_type' | 'os_user') =>
    db.all<{ v: string }>(`SELECT DISTINCT ${col} AS v FROM audit_log ORDER BY v`).map((r) => r.v);
  return { actions: distinct('action'), objectTypes: distinct('object_type'), users: distinct('os_user') };
}

/** Every entry, oldest first. */
export const allAudit = (db: Db): AuditRow[] => db.all<AuditRow>('SELECT * FROM audit_log ORDER BY id');

/** What tells one entry from another across two copies of a database (ids differ once they part). */
const entryKey = (r: AuditRow) => JSON.stringify([r.at, r.os_user, r.action, r.object_type, r.object_id, r.summary]);

/**
 * Appends, as they were (time, user and all, under new ids), the entries of `log` the database does
 * not have: a restored backup keeps the record of what was done after it was taken. In one transaction.
 */
export function appendMissingAudit(db: Db, log: readonly AuditRow[]): number {
  const known = new Set(allAudit(db).map(entryKey));
  const missing = log.filter((r) => !known.has(entryKey(r)));
  db.transaction(() => {
    for (const r of missing) {
      db.run(
        'INSERT INTO audit_log (at, os_user, action, object_type, object_id, summary, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [r.at, r.os_user, r.action, r.object_type, r.object_id, r.summary, r.before, r.after],
      );
    }
  });
  return missing.length;
}
