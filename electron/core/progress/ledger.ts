// The plan as the progress features see it: tasks in order with their sections and unit roles,
// indexed for the lookups importing and exporting do per row.
import type { Db } from '../../db/db';
import {
  byRoleThenOrd,
  getPlanBasics,
  listAssignments,
  listPlanUnits,
  listSections,
  listTasks,
  type AssignmentRow,
  type PlanBasics,
  type SectionRow,
  type TaskRow,
} from '../../db/repos/progress';
import type { Role } from '../../shared/types';
import { planNotFound } from '../plan/notFound';

export interface LedgerTask extends TaskRow {
  section: SectionRow | null;
  /** Units and their roles, lead first. */
  units: { unitId: number; unit: string; role: Role; national: boolean }[];
}

export interface LedgerUnit {
  unitId: number;
  unit: string;
  /** Tasks the unit must report on (any role but national), in plan order, with its role. */
  tasks: { task: LedgerTask; role: Role }[];
}

export interface Ledger {
  plan: PlanBasics;
  sections: SectionRow[];
  tasks: LedgerTask[];
  taskById: Map<number, LedgerTask>;
  taskBySeq: Map<string, LedgerTask>;
  /** Provincial units with tasks to report on, in order of first appearance in the plan. */
  units: Map<number, LedgerUnit>;
}

export function requirePlan(db: Db, planId: number): PlanBasics {
  const plan = getPlanBasics(db, planId);
  if (!plan) throw planNotFound(planId);
  return plan;
}

export function loadLedger(db: Db, planId: number): Ledger {
  const plan = requirePlan(db, planId);
  const sections = listSections(db, planId);
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  // The rows become the ledger's tasks in place: no copy of 20,000 task texts.
  const tasks = listTasks(db, planId) as LedgerTask[];
  for (const t of tasks) {
    t.section = t.sectionId === null ? null : (sectionById.get(t.sectionId) ?? null);
    t.units = [];
  }
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  // Assignments come unordered (no sort in SQL for 20,000-task plans): sorted here in one go, lead
  // first, and grouped per task in that order; each unit's task list is built in plan order.
  const unitRows = new Map(listPlanUnits(db, planId).map((u) => [u.id, u]));
  const byTask = new Map<number, AssignmentRow[]>();
  for (const a of listAssignments(db, planId).sort(byRoleThenOrd)) {
    const list = byTask.get(a.taskId);
    if (list) list.push(a);
    else byTask.set(a.taskId, [a]);
  }
  const units = new Map<number, LedgerUnit>();
  for (const task of tasks) {
    for (const a of byTask.get(task.id) ?? []) {
      const row = unitRows.get(a.unitId)!;
      const national = a.role === 'national' || row.level === 'national';
      task.units.push({ unitId: a.unitId, unit: row.name, role: a.role, national });
      if (national) continue;
      let unit = units.get(a.unitId);
      if (!unit) units.set(a.unitId, (unit = { unitId: a.unitId, unit: row.name, tasks: [] }));
      // A unit with two roles on one task lists it once, under its first (highest) role.
      if (unit.tasks[unit.tasks.length - 1]?.task !== task) unit.tasks.push({ task, role: a.role });
    }
  }
  const taskBySeq = new Map<string, LedgerTask>();
  for (const t of tasks) if (!taskBySeq.has(t.seq)) taskBySeq.set(t.seq, t);
  return { plan, sections, tasks, taskById, taskBySeq, units };
}
