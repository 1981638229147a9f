import { addAlias, deletableUnit, deleteUnit, listUnitsWithStats, mergeableUnits, mergeUnits, removeAlias, renameUnit, unitTasks } from '../units/edit';
import { resolveUnit } from '../units/resolve';
import { defineHandlers } from './define';

export const unitsHandlers = defineHandlers({
  'units.list': (ctx, { planId }) => listUnitsWithStats(ctx.db, planId),
  'units.tasks': (ctx, { unitId, planId }) => unitTasks(ctx.db, unitId, planId),
  'units.resolve': (ctx, { name }) => resolveUnit(ctx.db, name),
  'units.rename': { run: (ctx, { unitId, name }) => renameUnit(ctx, unitId, name) },
  'units.merge': {
    // Two units' reports become one: a safety copy first, as before any change that cannot be undone
    // (none for a refused merge).
    prepare: async (ctx, { sourceId, targetId }) => {
      mergeableUnits(ctx.db, sourceId, targetId);
      await ctx.backup('合并单位前');
    },
    run: (ctx, { sourceId, targetId }) => mergeUnits(ctx, sourceId, targetId),
  },
  'units.delete': {
    // Like a merge, a safety copy first (none for a refused deletion).
    prepare: async (ctx, { unitId }) => {
      deletableUnit(ctx.db, unitId);
      await ctx.backup('删除单位前');
    },
    run: (ctx, { unitId }) => deleteUnit(ctx, unitId),
  },
  'units.addAlias': { run: (ctx, { unitId, alias }) => addAlias(ctx, unitId, alias) },
  'units.removeAlias': { run: (ctx, { alias }) => removeAlias(ctx, alias) },
});
