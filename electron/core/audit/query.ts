// The 操作日志 as the page and the export read it: filters normalised, JSON values parsed back.
import type { Db } from '../../db/db';
import { auditFacets, countAudit, listAudit, type AuditQuery, type AuditRow } from '../../db/repos/audit';
import type { AuditFilter, AuditPage, AuditRecord } from '../../shared/api/data';

/** Times arrive with any offset; the log stores UTC ("…Z"), which compares as text only in the same form. */
export function toAuditQuery(filter: AuditFilter): AuditQuery {
  const utc = (t: string | undefined) => (t ? new Date(t).toISOString() : undefined);
  const text = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
  return {
    from: utc(filter.from),
    to: utc(filter.to),
    action: text(filter.action),
    objectType: text(filter.objectType),
    objectId: text(filter.objectId),
    user: text(filter.user),
    text: text(filter.text),
  };
}

export function auditPage(db: Db, filter: AuditFilter, offset: number, limit: number): AuditPage {
  const q = toAuditQuery(filter);
  return { total: countAudit(db, q), entries: listAudit(db, q, offset, limit).map(toRecord), facets: auditFacets(db) };
}

export function toRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    user: row.os_user,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    summary: row.summary,
    before: parseJson(row.before),
    after: parseJson(row.after),
  };
}

/** A stored JSON value back as data; text that is not JSON as it is. */
export function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
