// Which units report progress: provincial units with a lead, joint or cooperating role in the plan.
import type { UnitWithStats } from '../../../../electron/shared/api/units';
import type { Role, Task } from '../../../../electron/shared/types';

export function reportingUnits(units: UnitWithStats[]): UnitWithStats[] {
  return units.filter(
    (u) => u.level === 'province' && u.taskCounts.lead + u.taskCounts.joint + u.taskCounts.cooperating > 0,
  );
}

export interface TaskUnit {
  unitId: number;
  name: string;
  role: Role;
}

/** The provincial units a task names, resolved to stored units by name or alias, in role order. */
export function taskReportingUnits(task: Task, units: UnitWithStats[]): TaskUnit[] {
  const byName = new Map<string, UnitWithStats>();
  for (const u of units) for (const n of [u.name, ...u.aliases]) byName.set(n, u);
  const out: TaskUnit[] = [];
  for (const role of ['lead', 'joint', 'cooperating'] as const) {
    for (const name of task.units[role]) {
      const unit = byName.get(name);
      if (unit && unit.level === 'province' && !out.some((o) => o.unitId === unit.id)) {
        out.push({ unitId: unit.id, name: unit.name, role });
      }
    }
  }
  return out;
}
