// Reads behind the period summary, the trend and the 通报: a handful of set-based queries per plan
// and period (never one per task), plus the saved 通报 text of a period (periods themselves: repos/periods.ts).
import type { Db } from '../db';
import type { PeriodKind, ProgressStatus, Role } from '../../shared/types';

export interface PlanHeader {
  id: number;
  title: string;
  periodKind: PeriodKind;
}

export interface SectionRow {
  id: number;
  numeral: string;
  title: string;
}

export interface TaskRow {
  id: number;
  sectionId: number | null;
  seq: string;
  content: string;
  deadline: string | null;
  deadlineText: string;
  continuous: number;
}

export interface TaskUnitRow {
  taskId: number;
  unitId: number;
  role: Role;
  /** Position among the task's units of the same role. */
  ord: number;
}

export interface ReportRow {
  taskId: number;
  unitId: number;
  status: ProgressStatus | null;
  progress: string;
  problems: string;
  nextSteps: string;
}

export interface UnitEntry {
  name: string;
  national: boolean;
}

/** The reports of one task in one period, reduced to what the status rule looks at. */
export interface StatusSetRow {
  periodId: number;
  taskId: number;
  /** The distinct reports as role and status: role 'lead', 'national' or null (any other unit), status or null. */
  reports: { role: 'lead' | 'national' | null; status: ProgressStatus | null }[];
}

/** The summary's queries, exported so a test can pin their query plans (index use, no full scans). */
export const SQL = {
  // Read as tuples (column order matters). Unit names are joined in memory from the small unit
  // directory: cheaper than a join per row.
  taskUnits: `
    SELECT tu.task_id AS taskId, tu.unit_id AS unitId, tu.role, tu.ord
      FROM tasks t
      JOIN task_units tu ON tu.task_id = t.id
     WHERE t.plan_id = ?`,
  // One JSON array of all the period's reports: JSON.parse builds the rows in about half the time
  // better-sqlite3 takes to return them one by one (the texts dominate).
  reports: `
    SELECT json_group_array(json_array(task_id, unit_id, status, progress, problems, next_steps))
      FROM progress
     WHERE period_id = ?`,
  // One row per task and period: its distinct "role:status" pairs (role '' = any other unit).
  statusSets: `
    SELECT pr.period_id AS periodId, pr.task_id AS taskId,
           group_concat(DISTINCT
             CASE WHEN pr.unit_id IN (SELECT id FROM units WHERE level = 'national') THEN 'national'
                  WHEN lead.unit_id IS NOT NULL THEN 'lead' ELSE '' END || ':' || ifnull(pr.status, '')) AS pairs
      FROM periods pe
      JOIN progress pr ON pr.period_id = pe.id
      LEFT JOIN task_units lead ON lead.task_id = pr.task_id AND lead.role = 'lead' AND lead.unit_id = pr.unit_id
     WHERE pe.plan_id = ?
     GROUP BY pr.period_id, pr.task_id`,
} as const;

export function getPlanHeader(db: Db, planId: number): PlanHeader | undefined {
  return db.get<PlanHeader>('SELECT id, title, period_kind AS periodKind FROM plans WHERE id = ?', [planId]);
}

/** The saved 通报 text of a period (JSON), null when none was saved. */
export function getReportText(db: Db, periodId: number): string | null {
  return db.get<{ text: string | null }>('SELECT report_text AS text FROM periods WHERE id = ?', [periodId])?.text ?? null;
}

export function setReportText(db: Db, periodId: number, text: string | null): void {
  db.run('UPDATE periods SET report_text = ? WHERE id = ?', [text, periodId]);
}

export function listSections(db: Db, planId: number): SectionRow[] {
  return db.all<SectionRow>('SELECT id, numeral, title FROM sections WHERE plan_id = ? ORDER BY ord', [planId]);
}

export function listTasks(db: Db, planId: number): TaskRow[] {
  return db
    .tuples<[number, number | null, string, string, string | null, string, number]>(
      'SELECT id, section_id, seq, content, deadline, deadline_text, continuous FROM tasks WHERE plan_id = ? ORDER BY ord',
      [planId],
    )
    .map(([id, sectionId, seq, content, deadline, deadlineText, continuous]) => ({ id, sectionId, seq, content, deadline, deadlineText, continuous }));
}

/** Every unit, by id: name and whether it is a national counterpart. */
export function unitDirectory(db: Db): Map<number, UnitEntry> {
  const rows = db.all<{ id: number; name: string; level: string }>('SELECT id, name, level FROM units');
  return new Map(rows.map((u) => [u.id, { name: u.name, national: u.level === 'national' }]));
}

/** Every unit assignment of the plan's tasks (callers order them: by role, then `ord`). */
export function listTaskUnits(db: Db, planId: number): TaskUnitRow[] {
  return db
    .tuples<[number, number, Role, number]>(SQL.taskUnits, [planId])
    .map(([taskId, unitId, role, ord]) => ({ taskId, unitId, role, ord }));
}

/** Every unit's report in the period (the period belongs to one plan). */
export function listReports(db: Db, periodId: number): ReportRow[] {
  const json = db.tuples<[string]>(SQL.reports, [periodId])[0]?.[0] ?? '[]';
  return (JSON.parse(json) as [number, number, ProgressStatus | null, string, string, string][]).map(
    ([taskId, unitId, status, progress, problems, nextSteps]) => ({ taskId, unitId, status, progress, problems, nextSteps }),
  );
}

/**
 * Every task's reports in every period of the plan, reduced in SQL to the distinct (role, status)
 * pairs: enough for the status rule, which looks only at which statuses occur, and one row per
 * task and period instead of one per report.
 */
export function listStatusSets(db: Db, planId: number): StatusSetRow[] {
  return db.tuples<[number, number, string]>(SQL.statusSets, [planId]).map(([periodId, taskId, pairs]) => ({
    periodId,
    taskId,
    reports: pairs.split(',').map((pair) => {
      const [role, status] = pair.split(':');
      return { role: (role || null) as 'lead' | 'national' | null, status: (status || null) as ProgressStatus | null };
    }),
  }));
}
