// The unit directory as the official manages it: list with task counts, a unit's tasks by role,
// rename (the old name stays an alias), merge two units, add and remove aliases. Every change audited.
import type { Db } from '../../db/db';
import { listTasksForUnit } from '../../db/repos/plans';
import {
  aliasOwner,
  deleteAlias,
  deleteUnitRow,
  getUnit,
  insertAlias,
  listUnits,
  moveUnitReferences,
  renameUnitRow,
  unitIdsInPlanOrder,
  unitReferences,
  unitRoleCounts,
} from '../../db/repos/units';
import type { UnitTasks, UnitWithStats } from '../../shared/api/units';
import { AppError } from '../../shared/result';
import { ROLES, type Unit } from '../../shared/types';
import type { Ctx } from '../context';
import { cleanUnitName, isCollectiveUnit } from './names';
import { UnitDirectory } from './resolve';
import { unitGroup } from '../../shared/unitOrder';

const total = (u: UnitWithStats) => ROLES.reduce((n, r) => n + u.taskCounts[r], 0);

/**
 * The units of one plan (those with a task in it), or every unit of the directory, with their task
 * counts per role. For a plan, in the order its unit pickers list them (unitOrder: as the plan first
 * names them, collective names after, national counterparts last); across all plans, the units that
 * report first, busiest first.
 */
export function listUnitsWithStats(db: Db, planId?: number): UnitWithStats[] {
  const counts = unitRoleCounts(db, planId);
  const inPlan = new Map((planId === undefined ? [] : unitIdsInPlanOrder(db, planId)).map((id, i) => [id, i]));
  const place = (u: UnitWithStats) => inPlan.get(u.id) ?? Number.MAX_SAFE_INTEGER;
  const group = (u: UnitWithStats) => unitGroup({ name: u.name, national: u.level === 'national' });
  return listUnits(db)
    .filter((u) => planId === undefined || inPlan.has(u.id))
    .map((u) => ({
      ...u,
      taskCounts: counts.get(u.id) ?? { lead: 0, joint: 0, cooperating: 0, national: 0 },
      collective: isCollectiveUnit(u.name),
    }))
    .sort(
      (a, b) =>
        group(a) - group(b) ||
        place(a) - place(b) ||
        Number(a.level === 'national') - Number(b.level === 'national') ||
        total(b) - total(a) ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
}

export function requireUnit(db: Db, unitId: number): Unit {
  const unit = getUnit(db, unitId);
  if (!unit) throw new AppError('NOT_FOUND', `单位（编号 ${unitId}）不存在，可能已被合并或删除`);
  return unit;
}

export function unitTasks(db: Db, unitId: number, planId?: number): UnitTasks {
  return { unit: requireUnit(db, unitId), tasks: listTasksForUnit(db, unitId, planId) };
}

/**
 * Refuses a name that already means another unit: its name or alias, or a spelling the built-in
 * matching reads as it ("山西省财政厅" for 省财政厅). Given to this unit, such a name would take returns
 * signed that way from the other unit.
 */
function checkNameFree(db: Db, name: string, forUnit: number): void {
  const other = new UnitDirectory(db).find(name);
  if (other === null || other.id === forUnit) return;
  if (other.name === name || other.aliases.includes(name)) {
    throw new AppError('CONFLICT', `“${name}”已是单位“${other.name}”的名称或别名。如果是同一单位，请使用“合并”`);
  }
  throw new AppError('CONFLICT', `“${name}”会被认作单位“${other.name}”（同一单位的另一种写法）。如果是同一单位，请使用“合并”`);
}

export function renameUnit(ctx: Ctx, unitId: number, rawName: string): Unit {
  const before = requireUnit(ctx.db, unitId);
  const name = cleanUnitName(rawName);
  if (!name) throw new AppError('INVALID_INPUT', '单位名称不能为空');
  if (name === before.name) return before;
  checkNameFree(ctx.db, name, unitId);
  deleteAlias(ctx.db, name); // it may have been this unit's alias
  renameUnitRow(ctx.db, unitId, name);
  insertAlias(ctx.db, before.name, unitId);
  const after = requireUnit(ctx.db, unitId);
  ctx.audit({ action: 'unit.rename', objectType: 'unit', objectId: unitId, summary: `单位“${before.name}”改名为“${name}”（原名保留为别名）`, before, after });
  return after;
}

/** The two units of a merge, or its refusal; asked first by units.merge so that a refused merge takes no safety copy. */
export function mergeableUnits(db: Db, sourceId: number, targetId: number): { source: Unit; target: Unit } {
  if (sourceId === targetId) throw new AppError('INVALID_INPUT', '不能把单位合并到它自己');
  return { source: requireUnit(db, sourceId), target: requireUnit(db, targetId) };
}

export function mergeUnits(ctx: Ctx, sourceId: number, targetId: number): Unit {
  const { source, target } = mergeableUnits(ctx.db, sourceId, targetId);
  const moves = moveUnitReferences(ctx.db, sourceId, targetId);
  deleteUnitRow(ctx.db, sourceId);
  insertAlias(ctx.db, source.name, targetId);
  const after = requireUnit(ctx.db, targetId);
  ctx.audit({
    action: 'unit.merge',
    objectType: 'unit',
    objectId: targetId,
    summary:
      `单位“${source.name}”并入“${target.name}”：转移任务分工 ${moves.rolesMoved} 条、进展记录 ${moves.progressMoved} 条、别名 ${moves.aliasesMoved} 个` +
      (moves.progressJoined.length ? `；两个单位在同一任务同一期都有填报的 ${moves.progressJoined.length} 处合为一条（较早一条的文字接在较新一条之后）` : '') +
      (moves.rolesJoined.length ? `；两个单位在同一任务中分工不同的 ${moves.rolesJoined.length} 项只保留较主要的分工（牵头、责任、配合、国家层面依次）` : ''),
    before: { source, target, progressJoined: moves.progressJoined, rolesJoined: moves.rolesJoined },
    after,
  });
  return after;
}

/**
 * The unit to delete, or the refusal: only a unit nothing refers to (no task in any plan, no report,
 * import or reminder) can go, such as one a deleted plan left behind. Asked first by units.delete so
 * that a refused deletion takes no safety copy.
 */
export function deletableUnit(db: Db, unitId: number): Unit {
  const unit = requireUnit(db, unitId);
  const refs = unitReferences(db, unitId);
  const uses = [
    refs.tasks && `任务 ${refs.tasks} 项`,
    refs.progress && `进展记录 ${refs.progress} 条`,
    refs.imports && `报送表导入记录 ${refs.imports} 份`,
    refs.reminders && `催报记录 ${refs.reminders} 条`,
  ].filter(Boolean);
  if (uses.length) throw new AppError('CONFLICT', `单位“${unit.name}”还有${uses.join('、')}，不能删除。如果它与另一单位是同一单位，请使用“合并”`);
  return unit;
}

export function deleteUnit(ctx: Ctx, unitId: number): { deleted: true } {
  const unit = deletableUnit(ctx.db, unitId);
  deleteUnitRow(ctx.db, unitId); // its aliases go with it (ON DELETE CASCADE)
  const aliases = unit.aliases.length ? `（连同别名${unit.aliases.map((a) => `“${a}”`).join('')}）` : '';
  ctx.audit({ action: 'unit.delete', objectType: 'unit', objectId: unitId, summary: `删除单位“${unit.name}”${aliases}`, before: unit });
  return { deleted: true };
}

export function addAlias(ctx: Ctx, unitId: number, rawAlias: string): Unit {
  const unit = requireUnit(ctx.db, unitId);
  const alias = cleanUnitName(rawAlias);
  if (!alias) throw new AppError('INVALID_INPUT', '别名不能为空');
  if (alias === unit.name) throw new AppError('INVALID_INPUT', `“${alias}”就是该单位的名称，无需添加为别名`);
  checkNameFree(ctx.db, alias, unitId);
  if (unit.aliases.includes(alias)) return unit;
  insertAlias(ctx.db, alias, unitId);
  const after = requireUnit(ctx.db, unitId);
  ctx.audit({ action: 'unit.alias.add', objectType: 'unit', objectId: unitId, summary: `为单位“${unit.name}”添加别名“${alias}”`, before: unit, after });
  return after;
}

export function removeAlias(ctx: Ctx, rawAlias: string): Unit {
  const alias = cleanUnitName(rawAlias);
  const unitId = aliasOwner(ctx.db, alias);
  if (unitId === undefined) throw new AppError('NOT_FOUND', `别名“${alias}”不存在`);
  const before = requireUnit(ctx.db, unitId);
  deleteAlias(ctx.db, alias);
  const after = requireUnit(ctx.db, unitId);
  ctx.audit({ action: 'unit.alias.remove', objectType: 'unit', objectId: unitId, summary: `删除单位“${before.name}”的别名“${alias}”`, before, after });
  return after;
}
