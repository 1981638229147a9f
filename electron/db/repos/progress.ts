// SQL for progress records (one unit's report on one task in one period) and the plan data the
// progress features read: the plan header, its sections, tasks and unit assignments.
import { ROLE_RANK, type ProgressRecord, type ProgressStatus, type Role, type Section, type Task } from '../../shared/types';
import type { Db } from '../db';

export interface PlanBasics {
  id: number;
  title: string;
  fingerprint: string;
  periodKind: 'quarter' | 'month' | 'half';
  startYear: number | null;
  endYear: number | null;
}

export function getPlanBasics(db: Db, planId: number): PlanBasics | undefined {
  return db.get<PlanBasics>(
    `SELECT id, title, fingerprint, period_kind AS periodKind, start_year AS startYear, end_year AS endYear
       FROM plans WHERE id = ?`,
    [planId],
  );
}

export type SectionRow = Pick<Section, 'id' | 'numeral' | 'title'>;

/** What progress features read of a task (the text a returned row is matched against, its deadline). */
export type TaskRow = Pick<Task, 'id' | 'sectionId' | 'ord' | 'seq' | 'content' | 'deadline' | 'deadlineText'>;

/** A unit's role on a task. */
export interface AssignmentRow {
  taskId: number;
  unitId: number;
  role: Role;
  /** Position among the task's units of the same role. */
  ord: number;
}

export function listSections(db: Db, planId: number): SectionRow[] {
  return db.all<SectionRow>('SELECT id, numeral, title FROM sections WHERE plan_id = ? ORDER BY ord', [planId]);
}

// Read as tuples: for a 20,000-task plan, better-sqlite3 builds arrays much faster than objects.
export function listTasks(db: Db, planId: number): TaskRow[] {
  return db
    .tuples<[number, number | null, number, string, string, string | null, string]>(
      'SELECT id, section_id, ord, seq, content, deadline, deadline_text FROM tasks WHERE plan_id = ? ORDER BY ord',
      [planId],
    )
    .map(([id, sectionId, ord, seq, content, deadline, deadlineText]) => ({ id, sectionId, ord, seq, content, deadline, deadlineText }));
}

/**
 * Every task–unit role of the plan, unordered: callers order them (byRoleThenOrd) as they need,
 * the whole list or each task's. Tens of thousands in a large plan: one JSON array, read from
 * task_units_task_order (migration 002), which holds every column read.
 */
export const PLAN_ASSIGNMENTS_SQL = `
  SELECT json_group_array(json_array(tu.task_id, tu.unit_id, tu.role, tu.ord))
    FROM tasks t
    JOIN task_units tu ON tu.task_id = t.id
   WHERE t.plan_id = ?`;

export function listAssignments(db: Db, planId: number): AssignmentRow[] {
  return db.jsonTuples<[number, number, Role, number]>(PLAN_ASSIGNMENTS_SQL, [planId]).map(([taskId, unitId, role, ord]) => ({ taskId, unitId, role, ord }));
}

/** The order units are listed in: the most responsible role first, then as the plan lists them. */
export const byRoleThenOrd = (a: AssignmentRow, b: AssignmentRow): number => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.ord - b.ord;

export interface UnitRow {
  id: number;
  name: string;
  level: 'province' | 'national';
}

/** The units with a role in the plan. */
export function listPlanUnits(db: Db, planId: number): UnitRow[] {
  return db.all<UnitRow>(
    `SELECT id, name, level FROM units
      WHERE id IN (SELECT tu.unit_id FROM task_units tu JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = ?)`,
    [planId],
  );
}

/** A stored progress record, as the repository reads and writes it. */
export type RecordRow = ProgressRecord;

const RECORD = `p.task_id AS taskId, p.unit_id AS unitId, p.period_id AS periodId, p.status, p.status_text AS statusText,
  p.progress, p.problems, p.next_steps AS nextSteps, p.remarks, p.import_id AS importId,
  p.updated_at AS updatedAt, p.updated_by AS updatedBy`;

export function listRecordsOfPeriod(db: Db, periodId: number): RecordRow[] {
  return db.all<RecordRow>(`SELECT ${RECORD} FROM progress p WHERE p.period_id = ?`, [periodId]);
}

export function listRecordsOfUnit(db: Db, periodId: number, unitId: number): RecordRow[] {
  return db.all<RecordRow>(`SELECT ${RECORD} FROM progress p WHERE p.period_id = ? AND p.unit_id = ?`, [periodId, unitId]);
}

export function getRecord(db: Db, periodId: number, taskId: number, unitId: number): RecordRow | undefined {
  return db.get<RecordRow>(`SELECT ${RECORD} FROM progress p WHERE p.period_id = ? AND p.task_id = ? AND p.unit_id = ?`, [
    periodId,
    taskId,
    unitId,
  ]);
}

export function upsertRecord(db: Db, r: RecordRow): void {
  db.run(
    `INSERT INTO progress (task_id, unit_id, period_id, status, status_text, progress, problems, next_steps, remarks,
                           import_id, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (period_id, task_id, unit_id) DO UPDATE SET
       status = excluded.status, status_text = excluded.status_text, progress = excluded.progress,
       problems = excluded.problems, next_steps = excluded.next_steps, remarks = excluded.remarks,
       import_id = excluded.import_id, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [r.taskId, r.unitId, r.periodId, r.status, r.statusText, r.progress, r.problems, r.nextSteps, r.remarks, r.importId, r.updatedAt, r.updatedBy],
  );
}

export function deleteRecord(db: Db, periodId: number, taskId: number, unitId: number): void {
  db.run('DELETE FROM progress WHERE period_id = ? AND task_id = ? AND unit_id = ?', [periodId, taskId, unitId]);
}

export interface ListedRecordRow extends RecordRow {
  seq: string;
  unit: string;
  period: string;
  /** The same unit's progress text on the task in the previous period, when there is one. */
  previousProgress: string | null;
}

/** A period's records with task, unit and the previous period's text, in task order, lead first. */
export function listRecordRows(db: Db, periodId: number, previousPeriodId: number | null): ListedRecordRow[] {
  return db.all<ListedRecordRow>(
    `SELECT ${RECORD}, t.seq, u.name AS unit, pe.code AS period, prev.progress AS previousProgress
       FROM progress p
       JOIN tasks t ON t.id = p.task_id
       JOIN units u ON u.id = p.unit_id
       JOIN periods pe ON pe.id = p.period_id
       LEFT JOIN task_units tu ON tu.task_id = p.task_id AND tu.unit_id = p.unit_id AND tu.role <> 'national'
       LEFT JOIN progress prev ON prev.period_id = ? AND prev.task_id = p.task_id AND prev.unit_id = p.unit_id
      WHERE p.period_id = ?
      GROUP BY p.id
      ORDER BY t.ord, MIN(CASE tu.role WHEN 'lead' THEN 0 WHEN 'joint' THEN 1 WHEN 'cooperating' THEN 2 ELSE 3 END), u.name`,
    [previousPeriodId, periodId],
  );
}

/** A task's records in every period, oldest period first, each with the unit's previous-period text. */
export function listTaskHistory(db: Db, taskId: number): ListedRecordRow[] {
  return db.all<ListedRecordRow>(
    `SELECT ${RECORD}, t.seq, u.name AS unit, pe.code AS period,
            (SELECT pp.progress FROM progress pp
              WHERE pp.task_id = p.task_id AND pp.unit_id = p.unit_id
                AND pp.period_id = (SELECT pq.id FROM periods pq
                                     WHERE pq.plan_id = pe.plan_id AND substr(pq.code, 5, 1) = substr(pe.code, 5, 1)
                                       AND pq.start_date < pe.start_date
                                     ORDER BY pq.start_date DESC LIMIT 1)) AS previousProgress
       FROM progress p
       JOIN tasks t ON t.id = p.task_id
       JOIN units u ON u.id = p.unit_id
       JOIN periods pe ON pe.id = p.period_id
      WHERE p.task_id = ?
      ORDER BY pe.start_date, pe.code, u.name`,
    [taskId],
  );
}

/** Status of every record of the plan, for the matrix: one query for all periods. */
/**
 * Every report of the plan as [periodId, taskId, unitId, status], in no particular order: for the
 * status of every task in every period (matrix, trend). From progress_period_status (migration
 * 002), which holds every column read; 200,000 rows come back as one JSON array.
 */
export const PLAN_REPORT_STATUSES_SQL = `
  SELECT json_group_array(json_array(period_id, task_id, unit_id, status))
    FROM progress
   WHERE period_id IN (SELECT id FROM periods WHERE plan_id = ?)`;

export function listPlanReportStatuses(db: Db, planId: number): [periodId: number, taskId: number, unitId: number, status: ProgressStatus | null][] {
  return db.jsonTuples(PLAN_REPORT_STATUSES_SQL, [planId]);
}

/**
 * The reports on the given tasks (continuous ones left out) in the plan's periods that ended before
 * `before` (a start date), with each period's code, start and end: where a task last stood before a
 * period. Ended, not begun: a quarter's report counts from April, not in February of a plan switched
 * to months.
 */
export function listEarlierReportStatuses(
  db: Db,
  planId: number,
  before: string,
  taskIds: readonly number[],
): [taskId: number, unitId: number, status: ProgressStatus | null, period: string, start: string, end: string][] {
  return db.jsonTuples(
    `SELECT json_group_array(json_array(p.task_id, p.unit_id, p.status, pe.code, pe.start_date, pe.end_date))
       FROM progress p
       JOIN periods pe ON pe.id = p.period_id
       JOIN tasks t ON t.id = p.task_id
      WHERE pe.plan_id = ? AND pe.end_date < ? AND t.continuous = 0 AND p.task_id IN (SELECT value FROM json_each(?))`,
    [planId, before, JSON.stringify(taskIds)],
  );
}

/**
 * Of the given tasks (continuous ones left out), each unit (by name) whose last report on one in the
 * periods that ended before `before` (a start date) said 已完成. Grouped in SQL: a long plan's lagging
 * tasks have tens of thousands of earlier reports, and the answer is a handful.
 */
export function listCompletedBefore(db: Db, planId: number, before: string, taskIds: readonly number[]): [taskId: number, unit: string][] {
  // SQLite takes a bare column of a MAX() aggregate from the row holding the maximum. The last by
  // end, then start: the order of byStanding (core/progress/completedEarlier.ts), so that in a plan
  // whose cycle changed a quarter's word comes after that of a month inside it.
  return db.jsonTuples(
    `SELECT json_group_array(json_array(last.task_id, u.name)) FROM (
       SELECT p.task_id, p.unit_id, p.status, MAX(pe.end_date || pe.start_date)
         FROM progress p
         JOIN periods pe ON pe.id = p.period_id
         JOIN tasks t ON t.id = p.task_id
        WHERE pe.plan_id = ? AND pe.end_date < ? AND t.continuous = 0 AND p.task_id IN (SELECT value FROM json_each(?))
        GROUP BY p.task_id, p.unit_id
     ) AS last JOIN units u ON u.id = last.unit_id
     WHERE last.status = 'completed'`,
    [planId, before, JSON.stringify(taskIds)],
  );
}

/** The tasks anyone reported on in the period. */
export function listReportedTaskIds(db: Db, periodId: number): Set<number> {
  return new Set(db.all<{ taskId: number }>('SELECT DISTINCT task_id AS taskId FROM progress WHERE period_id = ?', [periodId]).map((r) => r.taskId));
}

/** The plan's continuous tasks (持续推进): no period's report closes them. */
export function listContinuousTaskIds(db: Db, planId: number): Set<number> {
  return new Set(db.all<{ id: number }>('SELECT id FROM tasks WHERE plan_id = ? AND continuous = 1', [planId]).map((r) => r.id));
}

export function listTaskSeqs(db: Db, planId: number): { id: number; seq: string }[] {
  return db.all('SELECT id, seq FROM tasks WHERE plan_id = ?', [planId]);
}

export function getTaskPlan(db: Db, taskId: number): { planId: number; seq: string } | undefined {
  return db.get('SELECT plan_id AS planId, seq FROM tasks WHERE id = ?', [taskId]);
}

/** One unit's text on a task in a period, or null (for the 未更新 check of a single record). */
export function getProgressText(db: Db, periodId: number, taskId: number, unitId: number): string | null {
  return db.get<{ progress: string }>('SELECT progress FROM progress WHERE period_id = ? AND task_id = ? AND unit_id = ?', [
    periodId,
    taskId,
    unitId,
  ])?.progress ?? null;
}

/**
 * Changes whenever the database may have changed since the last call: rows changed through this
 * connection (total_changes) or a commit by another connection (data_version). For caches.
 */
export function changeStamp(db: Db): string {
  const { changes } = db.get<{ changes: number }>('SELECT total_changes() AS changes')!;
  return `${changes}:${db.pragma<number>('data_version')}`;
}
