// SQL for plans and their ledger: sections, tasks, the units on each task, and the plan's source files.
// Tasks are read with their units in two set-based queries, never one query per task.
import type { Db } from '../db';
import type { PeriodKind, PlanDetail, PlanSummary, Role, Section, Task, TaskUnits } from '../../shared/types';
import { ROLE_RANK, ROLES } from '../../shared/types';

const SELECT_PLAN = `SELECT p.id, p.title, p.description, p.start_year AS startYear, p.end_year AS endYear,
    p.period_kind AS periodKind, p.is_current AS isCurrent, p.report_due_days AS reportDueDays,
    p.report_due_day AS reportDueDay,
    p.report_contact AS reportContact, p.fingerprint,
    (SELECT COUNT(*) FROM tasks t WHERE t.plan_id = p.id) AS taskCount,
    p.created_at AS createdAt, p.updated_at AS updatedAt
  FROM plans p`;

type PlanRow = Omit<PlanSummary, 'isCurrent'> & { isCurrent: number; fingerprint: string };

const toSummary = ({ fingerprint: _f, ...row }: PlanRow): PlanSummary => ({ ...row, isCurrent: row.isCurrent === 1 });

/** Newest first by start year, then by creation. */
export function listPlans(db: Db): PlanSummary[] {
  return db.all<PlanRow>(`${SELECT_PLAN} ORDER BY p.start_year IS NULL, p.start_year DESC, p.id DESC`).map(toSummary);
}

export function getPlan(db: Db, id: number): PlanSummary | undefined {
  const row = db.get<PlanRow>(`${SELECT_PLAN} WHERE p.id = ?`, [id]);
  return row && toSummary(row);
}

/** The plan with its sections and tasks (with units), or undefined. */
export function getPlanDetail(db: Db, id: number): PlanDetail | undefined {
  const plan = getPlan(db, id);
  return plan && { ...plan, sections: listSections(db, id), tasks: listTasks(db, id) };
}

export function getPlanFingerprint(db: Db, id: number): string | undefined {
  return db.get<{ fingerprint: string }>('SELECT fingerprint FROM plans WHERE id = ?', [id])?.fingerprint;
}

/** The most recent plan with this title (a re-import candidate). */
export function findPlanIdByTitle(db: Db, title: string): number | null {
  return db.get<{ id: number }>('SELECT id FROM plans WHERE title = ? ORDER BY id DESC LIMIT 1', [title])?.id ?? null;
}

export function currentPlanId(db: Db): number | null {
  return db.get<{ id: number }>('SELECT id FROM plans WHERE is_current = 1')?.id ?? null;
}

export interface PlanFields {
  title: string;
  description: string;
  startYear: number | null;
  endYear: number | null;
  fingerprint: string;
}

export function insertPlan(db: Db, p: PlanFields & { isCurrent: boolean }, now: string): number {
  return db.run(
    `INSERT INTO plans (title, description, start_year, end_year, is_current, fingerprint, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [p.title, p.description, p.startYear, p.endYear, p.isCurrent ? 1 : 0, p.fingerprint, now, now],
  ).id;
}

export function updatePlanRow(
  db: Db,
  id: number,
  p: Partial<PlanFields> & { periodKind?: PeriodKind; reportDueDays?: number | null; reportDueDay?: number | null; reportContact?: string },
  now: string,
): void {
  db.run(
    `UPDATE plans SET title = COALESCE(?, title), description = COALESCE(?, description),
       start_year = CASE WHEN ? THEN ? ELSE start_year END, end_year = CASE WHEN ? THEN ? ELSE end_year END,
       fingerprint = COALESCE(?, fingerprint), period_kind = COALESCE(?, period_kind),
       report_due_days = CASE WHEN ? THEN ? ELSE report_due_days END,
       report_due_day = CASE WHEN ? THEN ? ELSE report_due_day END, report_contact = COALESCE(?, report_contact),
       updated_at = ?
     WHERE id = ?`,
    [
      p.title ?? null,
      p.description ?? null,
      p.startYear !== undefined ? 1 : 0,
      p.startYear ?? null,
      p.endYear !== undefined ? 1 : 0,
      p.endYear ?? null,
      p.fingerprint ?? null,
      p.periodKind ?? null,
      p.reportDueDays !== undefined ? 1 : 0,
      p.reportDueDays ?? null,
      p.reportDueDay !== undefined ? 1 : 0,
      p.reportDueDay ?? null,
      p.reportContact ?? null,
      now,
      id,
    ],
  );
}

/** Makes one plan the current one (at most one is). */
export function setCurrentPlan(db: Db, id: number): void {
  db.run('UPDATE plans SET is_current = CASE WHEN id = ? THEN 1 ELSE 0 END WHERE is_current = 1 OR id = ?', [id, id]);
}

/** Deletes a plan; its sections, tasks, roles, periods, progress and source files go with it. */
export function deletePlanRow(db: Db, id: number): void {
  db.run('DELETE FROM plans WHERE id = ?', [id]);
}

export function listSections(db: Db, planId: number): Section[] {
  return db.all<Section>('SELECT id, ord, numeral, title FROM sections WHERE plan_id = ? ORDER BY ord', [planId]);
}

/** Replaces the plan's sections; returns the new ids in order. Tasks keep pointing nowhere until reassigned. */
export function replaceSections(db: Db, planId: number, sections: readonly { numeral: string; title: string }[]): number[] {
  db.run('DELETE FROM sections WHERE plan_id = ?', [planId]);
  return sections.map((s, ord) => db.run('INSERT INTO sections (plan_id, ord, numeral, title) VALUES (?, ?, ?, ?)', [planId, ord, s.numeral, s.title]).id);
}

/** A task as SQLite returns it: the flag as 0/1, the warnings as JSON, the units read separately. */
type TaskRow = Omit<Task, 'units' | 'continuous' | 'warnings'> & { continuous: number; warnings: string };

const SELECT_TASK = `SELECT t.id, t.plan_id AS planId, t.section_id AS sectionId, t.ord, t.seq, t.content,
    t.responsibility_text AS responsibilityText, t.deadline, t.deadline_text AS deadlineText, t.continuous, t.warnings
  FROM tasks t`;

const SELECT_TASK_UNITS = `SELECT tu.task_id, tu.role, u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id`;

/** One unit's role on a task, read as a tuple: a plan's ledger has tens of thousands, and arrays are much faster to read. */
type UnitRole = [taskId: number, role: Role, name: string];

const emptyUnits = (): TaskUnits => ({ lead: [], joint: [], cooperating: [], national: [] });

function withUnits(rows: TaskRow[], unitRoles: UnitRole[]): Task[] {
  const units = new Map<number, TaskUnits>();
  for (const [taskId, role, name] of unitRoles) {
    let u = units.get(taskId);
    if (!u) units.set(taskId, (u = emptyUnits()));
    u[role].push(name);
  }
  return rows.map((r) => ({
    ...r,
    continuous: r.continuous === 1,
    warnings: r.warnings === '[]' ? [] : (JSON.parse(r.warnings) as string[]),
    units: units.get(r.id) ?? emptyUnits(),
  }));
}

/**
 * The plan's tasks in ledger order, each with its units per role. A ledger holds tens of thousands of
 * unit roles but only dozens of units: the roles are read as ids, as one JSON array (Db.jsonTuples:
 * half the time of reading them row by row), and named from the list of units. The tasks, whose
 * long texts JSON does not read faster, come as tuples.
 */
export function listTasks(db: Db, planId: number): Task[] {
  const names = new Map(db.tuples<[id: number, name: string]>('SELECT id, name FROM units'));
  const roles = db.jsonTuples<[taskId: number, role: Role, unitId: number]>(
    `SELECT json_group_array(json_array(tu.task_id, tu.role, tu.unit_id) ORDER BY t.ord, tu.role, tu.ord)
       FROM tasks t JOIN task_units tu ON tu.task_id = t.id WHERE t.plan_id = ?`,
    [planId],
  );
  const tasks = db.tuples<[number, number, number | null, number, string, string, string, string | null, string, number, string]>(
    `SELECT id, plan_id, section_id, ord, seq, content, responsibility_text, deadline, deadline_text, continuous, warnings
       FROM tasks WHERE plan_id = ? ORDER BY ord`,
    [planId],
  );
  return withUnits(
    tasks.map(([id, planId, sectionId, ord, seq, content, responsibilityText, deadline, deadlineText, continuous, warnings]) => ({
      id,
      planId,
      sectionId,
      ord,
      seq,
      content,
      responsibilityText,
      deadline,
      deadlineText,
      continuous,
      warnings,
    })),
    roles.map(([taskId, role, unitId]): UnitRole => [taskId, role, names.get(unitId)!]),
  );
}

export function getTask(db: Db, taskId: number): Task | undefined {
  const rows = db.all<TaskRow>(`${SELECT_TASK} WHERE t.id = ?`, [taskId]);
  if (!rows.length) return undefined;
  return withUnits(rows, db.tuples<UnitRole>(`${SELECT_TASK_UNITS} WHERE tu.task_id = ? ORDER BY tu.role, tu.ord`, [taskId]))[0];
}

/** The tasks a unit has a role on (in one plan or all), each with that role; a unit may hold two roles on a task. */
export function listTasksForUnit(db: Db, unitId: number, planId?: number): { role: Role; task: Task }[] {
  const planFilter = planId === undefined ? '' : ' AND t.plan_id = ?';
  const params = planId === undefined ? [unitId] : [unitId, planId];
  const roles = db.all<{ taskId: number; role: Role }>(
    `SELECT tu.task_id AS taskId, tu.role FROM task_units tu JOIN tasks t ON t.id = tu.task_id
      WHERE tu.unit_id = ?${planFilter} ORDER BY t.plan_id, t.ord`,
    params,
  );
  const inUnitTasks = `IN (SELECT tu2.task_id FROM task_units tu2 JOIN tasks t ON t.id = tu2.task_id WHERE tu2.unit_id = ?${planFilter})`;
  const tasks = withUnits(
    db.all<TaskRow>(`${SELECT_TASK} WHERE t.id ${inUnitTasks}`, params),
    db.tuples<UnitRole>(`${SELECT_TASK_UNITS} WHERE tu.task_id ${inUnitTasks} ORDER BY tu.task_id, tu.role, tu.ord`, params),
  );
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return roles
    .map((r) => ({ role: r.role, task: byId.get(r.taskId)! }))
    .sort((a, b) => a.task.planId - b.task.planId || a.task.ord - b.task.ord || ROLE_RANK[a.role] - ROLE_RANK[b.role]);
}

/** What the tasks table stores of a task itself (its units live in task_units). */
export type TaskFields = Omit<Task, 'id' | 'planId' | 'units'>;

export function insertTask(db: Db, planId: number, t: TaskFields, now: string): number {
  return db.run(
    `INSERT INTO tasks (plan_id, section_id, ord, seq, content, responsibility_text, deadline, deadline_text, continuous, warnings, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [planId, t.sectionId, t.ord, t.seq, t.content, t.responsibilityText, t.deadline, t.deadlineText, t.continuous ? 1 : 0, JSON.stringify(t.warnings), now, now],
  ).id;
}

export function updateTaskRow(db: Db, taskId: number, t: TaskFields, now: string): void {
  db.run(
    `UPDATE tasks SET section_id = ?, ord = ?, seq = ?, content = ?, responsibility_text = ?, deadline = ?, deadline_text = ?,
       continuous = ?, warnings = ?, updated_at = ? WHERE id = ?`,
    [t.sectionId, t.ord, t.seq, t.content, t.responsibilityText, t.deadline, t.deadlineText, t.continuous ? 1 : 0, JSON.stringify(t.warnings), now, taskId],
  );
}

/** Moves the plan's tasks out of the way (negative ords) before they are renumbered, so UNIQUE(plan_id, ord) holds. */
export function parkTaskOrds(db: Db, planId: number): void {
  db.run('UPDATE tasks SET ord = -id WHERE plan_id = ?', [planId]);
}

/** Puts a task at a new place in the ledger without touching its content. */
export function placeTask(db: Db, taskId: number, sectionId: number | null, ord: number): void {
  db.run('UPDATE tasks SET section_id = ?, ord = ? WHERE id = ?', [sectionId, ord, taskId]);
}

/** Progress records per task of the given ones (tasks without any are left out). */
export function progressRecordCounts(db: Db, taskIds: readonly number[]): Map<number, number> {
  if (!taskIds.length) return new Map();
  const rows = db.all<{ taskId: number; n: number }>(
    'SELECT task_id AS taskId, COUNT(*) AS n FROM progress WHERE task_id IN (SELECT value FROM json_each(?)) GROUP BY task_id',
    [JSON.stringify(taskIds)],
  );
  return new Map(rows.map((r) => [r.taskId, r.n]));
}

export function deleteTask(db: Db, taskId: number): void {
  db.run('DELETE FROM tasks WHERE id = ?', [taskId]);
}

/** The task's units per role, replacing what it had. */
export function setTaskUnits(db: Db, taskId: number, unitIds: Record<Role, number[]>): void {
  db.run('DELETE FROM task_units WHERE task_id = ?', [taskId]);
  for (const role of ROLES) {
    unitIds[role].forEach((unitId, ord) => {
      db.run('INSERT OR IGNORE INTO task_units (task_id, unit_id, role, ord) VALUES (?, ?, ?, ?)', [taskId, unitId, role, ord]);
    });
  }
}

export function seqTakenBy(db: Db, planId: number, seq: string, exceptTaskId: number): number | undefined {
  return db.get<{ id: number }>('SELECT id FROM tasks WHERE plan_id = ? AND seq = ? AND id <> ?', [planId, seq, exceptTaskId])?.id;
}

export interface NewPlanImport {
  planId: number;
  fileName: string;
  sha256: string;
  bytes: Uint8Array;
  importedAt: string;
  importedBy: string;
  summary: unknown;
}

/** Keeps the plan's source document, byte for byte, among the imports. */
export function insertPlanImport(db: Db, i: NewPlanImport): number {
  return db.run(
    `INSERT INTO imports (plan_id, kind, file_name, sha256, size, bytes, imported_at, imported_by, outcome, summary)
     VALUES (?, 'plan', ?, ?, ?, ?, ?, ?, 'imported', ?)`,
    [i.planId, i.fileName, i.sha256, i.bytes.length, Buffer.from(i.bytes.buffer, i.bytes.byteOffset, i.bytes.byteLength), i.importedAt, i.importedBy, JSON.stringify(i.summary)],
  ).id;
}

/** The plan most recently imported from a file with these bytes (a deleted plan takes its files with it). */
export function findPlanBySourceSha(db: Db, sha256: string): { planId: number; title: string } | undefined {
  return db.get<{ planId: number; title: string }>(
    `SELECT p.id AS planId, p.title FROM imports i JOIN plans p ON p.id = i.plan_id
      WHERE i.kind = 'plan' AND i.sha256 = ? AND i.outcome = 'imported' ORDER BY i.id DESC LIMIT 1`,
    [sha256],
  );
}
