// SQL for the unit directory: units, their aliases, their roles on tasks, and the moves a merge makes.
import type { Db } from '../db';
import { moveReminders } from './reminders';
import { ROLE_RANK, type Role, type Unit } from '../../shared/types';

interface UnitRow {
  id: number;
  name: string;
  level: Unit['level'];
}

/** Every unit with its aliases, in two queries. */
export function listUnits(db: Db): Unit[] {
  const units = db.all<UnitRow>('SELECT id, name, level FROM units ORDER BY id');
  const aliases = db.all<{ alias: string; unitId: number }>('SELECT alias, unit_id AS unitId FROM unit_aliases ORDER BY alias');
  const byUnit = new Map<number, string[]>();
  for (const a of aliases) {
    const list = byUnit.get(a.unitId);
    if (list) list.push(a.alias);
    else byUnit.set(a.unitId, [a.alias]);
  }
  return units.map((u) => ({ ...u, aliases: byUnit.get(u.id) ?? [] }));
}

export function getUnit(db: Db, id: number): Unit | undefined {
  const row = db.get<UnitRow>('SELECT id, name, level FROM units WHERE id = ?', [id]);
  if (!row) return undefined;
  const aliases = db.all<{ alias: string }>('SELECT alias FROM unit_aliases WHERE unit_id = ? ORDER BY alias', [id]);
  return { ...row, aliases: aliases.map((a) => a.alias) };
}

export function insertUnit(db: Db, name: string, level: Unit['level'], createdAt: string): number {
  return db.run('INSERT INTO units (name, level, created_at) VALUES (?, ?, ?)', [name, level, createdAt]).id;
}

export function renameUnitRow(db: Db, id: number, name: string): void {
  db.run('UPDATE units SET name = ? WHERE id = ?', [name, id]);
}

export function setUnitLevel(db: Db, id: number, level: Unit['level']): void {
  db.run('UPDATE units SET level = ? WHERE id = ?', [level, id]);
}

export function deleteUnitRow(db: Db, id: number): void {
  db.run('DELETE FROM units WHERE id = ?', [id]);
}

/** What still points at a unit: the tasks it has a role on, its reports, the imports of its returns, reminders sent to it. */
export function unitReferences(db: Db, id: number): { tasks: number; progress: number; imports: number; reminders: number } {
  const count = (sql: string, params: unknown[] = [id]) => db.get<{ n: number }>(sql, params)!.n;
  return {
    tasks: count('SELECT COUNT(DISTINCT task_id) AS n FROM task_units WHERE unit_id = ?'),
    progress: count('SELECT COUNT(*) AS n FROM progress WHERE unit_id = ?'),
    imports: count(
      'SELECT COUNT(*) AS n FROM imports WHERE unit_id = ? OR id IN (SELECT import_id FROM import_changes WHERE unit_id = ?)',
      [id, id],
    ),
    reminders: count('SELECT COUNT(*) AS n FROM reminders WHERE unit_id = ?'),
  };
}

export function insertAlias(db: Db, alias: string, unitId: number): void {
  db.run('INSERT INTO unit_aliases (alias, unit_id) VALUES (?, ?) ON CONFLICT(alias) DO UPDATE SET unit_id = excluded.unit_id', [alias, unitId]);
}

export function deleteAlias(db: Db, alias: string): void {
  db.run('DELETE FROM unit_aliases WHERE alias = ?', [alias]);
}

export function aliasOwner(db: Db, alias: string): number | undefined {
  return db.get<{ unitId: number }>('SELECT unit_id AS unitId FROM unit_aliases WHERE alias = ?', [alias])?.unitId;
}

/**
 * A plan's units in the order it first names them: task by task, the most responsible role first,
 * then as the task lists them (the order of the 报送台账). One key per unit, smallest first.
 */
export function unitIdsInPlanOrder(db: Db, planId: number): number[] {
  return db
    .all<{ unitId: number }>(
      `SELECT tu.unit_id AS unitId FROM task_units tu JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = ?
        GROUP BY tu.unit_id
        ORDER BY MIN((t.ord * 4 + CASE tu.role WHEN 'lead' THEN 0 WHEN 'joint' THEN 1 WHEN 'cooperating' THEN 2 ELSE 3 END) * 100000 + tu.ord)`,
      [planId],
    )
    .map((r) => r.unitId);
}

/** Task counts per unit and role, in one plan or across all plans. */
export function unitRoleCounts(db: Db, planId?: number): Map<number, Record<Role, number>> {
  const rows =
    planId === undefined
      ? db.all<{ unitId: number; role: Role; n: number }>('SELECT unit_id AS unitId, role, COUNT(*) AS n FROM task_units GROUP BY unit_id, role')
      : db.all<{ unitId: number; role: Role; n: number }>(
          `SELECT tu.unit_id AS unitId, tu.role, COUNT(*) AS n FROM task_units tu JOIN tasks t ON t.id = tu.task_id
            WHERE t.plan_id = ? GROUP BY tu.unit_id, tu.role`,
          [planId],
        );
  const counts = new Map<number, Record<Role, number>>();
  for (const r of rows) {
    let c = counts.get(r.unitId);
    if (!c) counts.set(r.unitId, (c = { lead: 0, joint: 0, cooperating: 0, national: 0 }));
    c[r.role] = r.n;
  }
  return counts;
}

export interface MergeMoves {
  /** Roles the target already had on the same task (kept once). */
  rolesMerged: number;
  /**
   * Tasks where the two units had different roles: the unit keeps the most responsible one (ROLE_RANK),
   * the others are dropped.
   */
  rolesJoined: { taskId: number; kept: Role; dropped: Role[] }[];
  rolesMoved: number;
  /**
   * Reports where both units had reported the same task and period, each as it was before they
   * became one (the earlier one's texts follow the later one's in the report kept).
   */
  progressJoined: { later: unknown; earlier: unknown }[];
  progressMoved: number;
  aliasesMoved: number;
}

/**
 * Moves everything that points at `sourceId` to `targetId`: task roles (a role the target already has on
 * that task is kept once; of two different roles on one task the more responsible), progress (where both reported the same task and period, one report of both:
 * the later one's status, the earlier one's texts after its own), imports and their change records,
 * and aliases.
 */
export function moveUnitReferences(db: Db, sourceId: number, targetId: number): MergeMoves {
  const rolesMerged = db.run(
    `DELETE FROM task_units WHERE unit_id = ? AND EXISTS (
       SELECT 1 FROM task_units t WHERE t.task_id = task_units.task_id AND t.role = task_units.role AND t.unit_id = ?)`,
    [sourceId, targetId],
  ).changes;
  // One unit, one role on a task: 牵头 and 配合 of the same unit would list it twice and count the task
  // twice in its tasks. Reports need nothing here: they are per task and unit, whatever the role.
  const overlaps = db.all<{ taskId: number; unitId: number; role: Role }>(
    `SELECT task_id AS taskId, unit_id AS unitId, role FROM task_units
      WHERE unit_id IN (?, ?) AND task_id IN (SELECT task_id FROM task_units WHERE unit_id = ?)
        AND task_id IN (SELECT task_id FROM task_units WHERE unit_id = ?)`,
    [sourceId, targetId, sourceId, targetId],
  );
  const rolesJoined: MergeMoves['rolesJoined'] = [];
  for (const taskId of new Set(overlaps.map((o) => o.taskId))) {
    const held = overlaps.filter((o) => o.taskId === taskId);
    const kept = held.map((o) => o.role).reduce((a, b) => (ROLE_RANK[b] < ROLE_RANK[a] ? b : a));
    const dropped = held.filter((o) => o.role !== kept);
    for (const d of dropped) db.run('DELETE FROM task_units WHERE task_id = ? AND unit_id = ? AND role = ?', [taskId, d.unitId, d.role]);
    rolesJoined.push({ taskId, kept, dropped: [...new Set(dropped.map((d) => d.role))] });
  }
  const rolesMoved = db.run('UPDATE task_units SET unit_id = ? WHERE unit_id = ?', [targetId, sourceId]).changes;

  // Two reports on the same task and period become one, so that nothing either unit wrote is lost.
  const clashes = db.all<{ sourceRow: number; targetRow: number; sourceNewer: number }>(
    `SELECT s.id AS sourceRow, t.id AS targetRow, s.updated_at > t.updated_at AS sourceNewer
       FROM progress s JOIN progress t ON t.task_id = s.task_id AND t.period_id = s.period_id AND t.unit_id = ?
      WHERE s.unit_id = ?`,
    [targetId, sourceId],
  );
  const progressJoined: MergeMoves['progressJoined'] = [];
  for (const c of clashes) {
    const [keep, fold] = c.sourceNewer ? [c.sourceRow, c.targetRow] : [c.targetRow, c.sourceRow];
    const later = db.get<StoredReport>('SELECT * FROM progress WHERE id = ?', [keep])!;
    const earlier = db.get<StoredReport>('SELECT * FROM progress WHERE id = ?', [fold])!;
    progressJoined.push({ later, earlier });
    db.run('DELETE FROM progress WHERE id = ?', [fold]);
    const j = joinReports(later, earlier);
    db.run('UPDATE progress SET status = ?, status_text = ?, progress = ?, problems = ?, next_steps = ?, remarks = ? WHERE id = ?', [
      j.status,
      j.status_text,
      j.progress,
      j.problems,
      j.next_steps,
      j.remarks,
      keep,
    ]);
  }
  const progressMoved = db.run('UPDATE progress SET unit_id = ? WHERE unit_id = ?', [targetId, sourceId]).changes;
  db.run('UPDATE imports SET unit_id = ? WHERE unit_id = ?', [targetId, sourceId]);
  db.run('UPDATE import_changes SET unit_id = ? WHERE unit_id = ?', [targetId, sourceId]);
  moveReminders(db, sourceId, targetId);
  const aliasesMoved = db.run('UPDATE unit_aliases SET unit_id = ? WHERE unit_id = ?', [targetId, sourceId]).changes;
  return { rolesMerged, rolesJoined, rolesMoved, progressJoined, progressMoved, aliasesMoved };
}

/** A progress row's report, as stored. */
interface StoredReport {
  status: string | null;
  status_text: string;
  progress: string;
  problems: string;
  next_steps: string;
  remarks: string;
}

/** The later report's status (the earlier one's when it gave none), each text with the earlier one's lines it lacks after it. */
function joinReports(later: StoredReport, earlier: StoredReport): StoredReport {
  const text = (a: string, b: string) => (!b || a.split('\n').includes(b) ? a : a ? `${a}\n${b}` : b);
  const statusFromEarlier = later.status === null && !later.status_text;
  return {
    status: statusFromEarlier ? earlier.status : later.status,
    status_text: statusFromEarlier ? earlier.status_text : later.status_text,
    progress: text(later.progress, earlier.progress),
    problems: text(later.problems, earlier.problems),
    next_steps: text(later.next_steps, earlier.next_steps),
    remarks: text(later.remarks, earlier.remarks),
  };
}
