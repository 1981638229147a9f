// SQL for imported files (their original bytes) and what each import changed (for undo).
import type { Db } from '../db';
import type { ImportSummary, SubmissionUnit } from '../../shared/api/progress';
import { localDate } from '../../shared/format';
import { fillDateDoubt } from '../../shared/periods';

/** An import as stored, with its unit and period named (the API's ImportSummary counts rows instead). */
export interface ImportRow extends Omit<ImportSummary, 'rows'> {
  unitId: number | null;
  periodId: number | null;
  summary: string;
  /** Progress records this import wrote. */
  changes: number;
}

const SELECT_IMPORT = `SELECT i.id, i.plan_id AS planId, i.kind, i.file_name AS fileName, i.sha256, i.size,
    i.unit_id AS unitId, u.name AS unit, i.period_id AS periodId, pe.code AS period,
    i.imported_at AS importedAt, i.imported_by AS importedBy, i.outcome, i.summary,
    i.received_on AS receivedOn, json_extract(i.summary, '$.filledOn') AS filledOn,
    (SELECT COUNT(*) FROM import_changes c WHERE c.import_id = i.id) AS changes
  FROM imports i LEFT JOIN units u ON u.id = i.unit_id LEFT JOIN periods pe ON pe.id = i.period_id`;

export function listImports(db: Db, planId: number | null): ImportRow[] {
  return planId === null
    ? db.all<ImportRow>(`${SELECT_IMPORT} ORDER BY i.id DESC`)
    : db.all<ImportRow>(`${SELECT_IMPORT} WHERE i.plan_id = ? ORDER BY i.id DESC`, [planId]);
}

export function getImport(db: Db, id: number): ImportRow | undefined {
  return db.get<ImportRow>(`${SELECT_IMPORT} WHERE i.id = ?`, [id]);
}

export function getImportBytes(db: Db, id: number): Uint8Array | undefined {
  const row = db.get<{ bytes: Uint8Array }>('SELECT bytes FROM imports WHERE id = ?', [id]);
  return row ? new Uint8Array(row.bytes) : undefined;
}

export interface EarlierImport {
  id: number;
  importedAt: string;
  /** The sheet (or Word table) it took, as its summary records. */
  sheet: string | null;
  /** The unit it was recorded for. */
  unitId: number | null;
  outcome: 'imported' | 'undone';
  receivedOn: string | null;
}

/** Earlier progress imports of the same bytes into the plan, standing or undone, newest first. */
export function findImportsBySha(db: Db, planId: number, sha256: string): EarlierImport[] {
  return db.all(
    `SELECT id, imported_at AS importedAt, json_extract(summary, '$.sheet') AS sheet, unit_id AS unitId, outcome, received_on AS receivedOn FROM imports
      WHERE plan_id = ? AND sha256 = ? AND kind = 'progress' ORDER BY id DESC`,
    [planId, sha256],
  );
}

/** Standing progress imports per unit of one period, for the submission ledger. */
export function listPeriodImports(
  db: Db,
  periodId: number,
): { id: number; unitId: number; fileName: string; importedAt: string }[] {
  return db.all(
    `SELECT id, unit_id AS unitId, file_name AS fileName, imported_at AS importedAt FROM imports
      WHERE period_id = ? AND kind = 'progress' AND outcome = 'imported' AND unit_id IS NOT NULL ORDER BY id`,
    [periodId],
  );
}

/**
 * Standing imports made for `code` that went into another period of the plan, the one written in the
 * file (a unit that reused last quarter's form): see CommitInput.chosenPeriod.
 */
export function listImportsChosenFor(
  db: Db,
  planId: number,
  code: string,
): { id: number; unitId: number; fileName: string; importedAt: string; period: string }[] {
  return db.all(
    `SELECT i.id, i.unit_id AS unitId, i.file_name AS fileName, i.imported_at AS importedAt, p.code AS period
       FROM imports i JOIN periods p ON p.id = i.period_id
      WHERE i.plan_id = ? AND i.kind = 'progress' AND i.outcome = 'imported' AND i.unit_id IS NOT NULL
        AND json_extract(i.summary, '$.chosenPeriod') = ?
      ORDER BY i.id`,
    [planId, code],
  );
}

/** What a unit's report date rests on: see ReportDay. */
export type ReportDayBasis = Exclude<SubmissionUnit['reportedOnBasis'], null>;

/** The day a unit reported for a period (YYYY-MM-DD, this machine's calendar), and what it rests on. */
export interface ReportDay {
  on: string;
  basis: ReportDayBasis;
}

/**
 * A report's day: the 收到日期 the official stated, else the 填报日期 on the form when it can be the
 * day it was filled in for the period (see fillDateDoubt), else the day it was stored.
 */
function reportDay(row: { at: string; receivedOn: string | null; filledOn: string | null }, periodStart: string): ReportDay {
  if (row.receivedOn) return { on: row.receivedOn, basis: 'received' };
  const stored = localDate(new Date(row.at));
  if (row.filledOn && !fillDateDoubt(row.filledOn, periodStart, stored)) return { on: row.filledOn, basis: 'filled' };
  return { on: stored, basis: 'imported' };
}

/**
 * When each unit first reported for a period: the earliest day among its standing imported files
 * (see reportDay), else — a unit that never sent a file — the day of its earliest stored report
 * with anything in it (typed in by hand).
 */
export function firstReports(db: Db, period: { id: number; startDate: string }): Map<number, ReportDay> {
  const reports = new Map<number, ReportDay>();
  const records = db.all<{ unitId: number; at: string }>(
    `SELECT unit_id AS unitId, MIN(updated_at) AS at FROM progress
      WHERE period_id = ? AND (status IS NOT NULL OR status_text != '' OR progress != '' OR problems != '' OR next_steps != '' OR remarks != '')
      GROUP BY unit_id`,
    [period.id],
  );
  for (const r of records) reports.set(r.unitId, { on: localDate(new Date(r.at)), basis: 'entered' });
  const files = db.all<{ unitId: number; at: string; receivedOn: string | null; filledOn: string | null }>(
    `SELECT unit_id AS unitId, imported_at AS at, received_on AS receivedOn, json_extract(summary, '$.filledOn') AS filledOn FROM imports
      WHERE period_id = ? AND kind = 'progress' AND outcome = 'imported' AND unit_id IS NOT NULL`,
    [period.id],
  );
  const fromFiles = new Map<number, ReportDay>();
  for (const f of files) {
    const day = reportDay(f, period.startDate);
    const earlier = fromFiles.get(f.unitId);
    if (!earlier || day.on < earlier.on) fromFiles.set(f.unitId, day);
  }
  for (const [unitId, day] of fromFiles) reports.set(unitId, day);
  return reports;
}

export interface NewImport {
  planId: number;
  fileName: string;
  sha256: string;
  bytes: Uint8Array;
  unitId: number;
  periodId: number;
  importedAt: string;
  importedBy: string;
  /** The 收到日期 the official stated for the file (YYYY-MM-DD), or null. */
  receivedOn: string | null;
  summary: unknown;
}

export function insertProgressImport(db: Db, i: NewImport): number {
  return db.run(
    `INSERT INTO imports (plan_id, kind, file_name, sha256, size, bytes, unit_id, period_id, imported_at, imported_by, outcome, received_on, summary)
     VALUES (?, 'progress', ?, ?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?)`,
    [
      i.planId,
      i.fileName,
      i.sha256,
      i.bytes.length,
      Buffer.from(i.bytes.buffer, i.bytes.byteOffset, i.bytes.byteLength),
      i.unitId,
      i.periodId,
      i.importedAt,
      i.importedBy,
      i.receivedOn,
      JSON.stringify(i.summary),
    ],
  ).id;
}

export function setImportReceivedOn(db: Db, id: number, receivedOn: string | null): void {
  db.run('UPDATE imports SET received_on = ? WHERE id = ?', [receivedOn, id]);
}

export function markImportUndone(db: Db, id: number): void {
  db.run("UPDATE imports SET outcome = 'undone' WHERE id = ?", [id]);
}

export interface ChangeRow {
  id: number;
  importId: number;
  taskId: number;
  unitId: number;
  periodId: number;
  /** JSON of the record before, or null when the import created it. */
  before: string | null;
}

export function insertChange(db: Db, c: Omit<ChangeRow, 'id'>): void {
  db.run(
    'INSERT INTO import_changes (import_id, task_id, unit_id, period_id, before) VALUES (?, ?, ?, ?, ?)',
    [c.importId, c.taskId, c.unitId, c.periodId, c.before],
  );
}

export function listChanges(db: Db, importId: number): ChangeRow[] {
  return db.all<ChangeRow>(
    `SELECT id, import_id AS importId, task_id AS taskId, unit_id AS unitId, period_id AS periodId, before
       FROM import_changes WHERE import_id = ? ORDER BY id`,
    [importId],
  );
}
