// The plan as the progress features see it: tasks in order with their sections and unit roles,
// indexed for the lookups importing and exporting do per row.
import type { Db } from '../../db/db';
import {
  getPlanBasics,
  listAssignments,
  listSections,
  listTasks,
  type PlanBasics,
  type SectionRow,
  type TaskRow,
} from '../../db/repos/progress';
import { AppError } from '../../shared/result';
import type { Role } from '../../shared/types';

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
  if (!plan) throw new AppError('NOT_FOUND', `找不到编号为 ${planId} 的工作要点，可能已被删除。`);
  return plan;
}

export function loadLedger(db: Db, planId: number): Ledger {
  const plan = requirePlan(db, planId);
  const sections = listSections(db, planId);
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const tasks: LedgerTask[] = listTasks(db, planId).map((t) => ({
    ...t,
    section: t.sectionId === null ? null : (sectionById.get(t.sectionId) ?? null),
    units: [],
  }));
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const units = new Map<number, LedgerUnit>();
  for (const a of listAssignments(db, planId)) {
    const task = taskById.get(a.taskId)!;
    const national = a.role === 'national' || a.level === 'national';
    task.units.push({ unitId: a.unitId, unit: a.unit, role: a.role, national });
    if (national) continue;
    let unit = units.get(a.unitId);
    if (!unit) units.set(a.unitId, (unit = { unitId: a.unitId, unit: a.unit, tasks: [] }));
    if (!unit.tasks.some((t) => t.task.id === task.id)) unit.tasks.push({ task, role: a.role });
  }
  // Assignments come in task order, so each unit's task list is already in plan order.
  const taskBySeq = new Map<string, LedgerTask>();
  for (const t of tasks) if (!taskBySeq.has(t.seq)) taskBySeq.set(t.seq, t);
  return { plan, sections, tasks, taskById, taskBySeq, units };
}

/** The unit's role on the task (lead before joint before cooperating), or null when it has none. */
export function roleOf(task: LedgerTask, unitId: number): Role | null {
  return task.units.find((u) => u.unitId === unitId)?.role ?? null;
}
