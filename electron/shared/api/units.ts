import * as z from 'zod';
import type { Role, Task, Unit } from '../types';
import { command, id, query } from './method';

export interface UnitWithStats extends Unit {
  /** Task counts per role, in the given plan (or all plans). */
  taskCounts: Record<Role, number>;
  /** A collective name (各有关市县政府, …各成员单位): many units named as one, which no single unit reports for. */
  collective: boolean;
}

export interface UnitTasks {
  unit: Unit;
  tasks: { role: Role; task: Task }[];
}

export const unitsApi = {
  'units.list': query<UnitWithStats[]>()(z.object({ planId: id.optional() })),
  'units.tasks': query<UnitTasks>()(z.object({ unitId: id, planId: id.optional() })),
  /** Finds the unit a name (or alias) means, or null. */
  'units.resolve': query<Unit | null>()(z.object({ name: z.string().min(1) })),
  /** Renames; the old name stays as an alias. */
  'units.rename': command<Unit>()(z.object({ unitId: id, name: z.string().min(1).max(200) })),
  /** Moves every task role, progress record and alias of `sourceId` to `targetId`; the source name becomes an alias. */
  'units.merge': command<Unit>()(z.object({ sourceId: id, targetId: id })),
  /** Deletes a unit nothing refers to any more (no task, report, import or reminder), with its aliases. */
  'units.delete': command<{ deleted: true }>()(z.object({ unitId: id })),
  'units.addAlias': command<Unit>()(z.object({ unitId: id, alias: z.string().min(1).max(200) })),
  'units.removeAlias': command<Unit>()(z.object({ alias: z.string().min(1) })),
};
