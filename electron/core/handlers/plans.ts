import { findPlanIdByTitle, getPlanFingerprint, listPlans } from '../../db/repos/plans';
import { commandHandler } from '../registry';
import { updateTask } from '../plan/editTask';
import { deletePlan, requirePlan, updatePlan } from '../plan/managePlan';
import { planNotFound } from '../plan/notFound';
import { planDetail, selectedPlanDetail } from '../plan/planDetail';
import { parsePlanText } from '../plan/parseText';
import { SAMPLE_PLAN_FILE_NAME, SAMPLE_PLAN_TEXT } from '../plan/samplePlan';
import { planFingerprint } from '../plan/fingerprint';
import { checkPlanInput, planFromSameFile, refuseUnrelated, storePlan } from '../plan/store';
import { defineHandlers } from './define';

// Reading .docx/.xlsx plans (mammoth, SheetJS) and writing the ledger (exceljs) load on first use,
// not when the app starts: those libraries take longer to load than the rest of the backend.
const planSources = () => import('../plan/sources');
const ledgerExport = () => import('../plan/ledgerExport');

export const plansHandlers = defineHandlers({
  'plans.list': (ctx) => listPlans(ctx.db),
  'plans.getSelected': (ctx, { remembered }) => selectedPlanDetail(ctx.db, remembered),
  'plans.get': (ctx, { planId }) => {
    const plan = planDetail(ctx.db, planId);
    if (!plan) throw planNotFound(planId);
    return plan;
  },
  'plans.parse': async (ctx, { source }) => {
    const { plan, sourceName } = await (await planSources()).readPlanSource(source);
    // The bytes the import keeps as the original: the file, or the pasted text as UTF-8 (as the app sends it).
    const original = source.kind === 'file' ? source.file : { name: sourceName, bytes: new TextEncoder().encode(source.text) };
    const sameFilePlan = planFromSameFile(ctx.db, original) ?? null;
    return { plan, sourceName, similarPlanId: sameFilePlan?.planId ?? findPlanIdByTitle(ctx.db, plan.title), sameFilePlan };
  },
  'plans.import': commandHandler<'plans.import', void>({
    // Re-importing over a plan rewrites its ledger: take a safety copy first, unless it is refused.
    prepare: async (ctx, input) => {
      if (input.replacePlanId === undefined || input.dryRun) return;
      checkPlanInput(ctx.db, input);
      refuseUnrelated(input.replacePlanId, storePlan(ctx, { ...input, dryRun: true }).unrelated, input);
      await ctx.backup('重新导入计划前');
    },
    run: (ctx, input) => storePlan(ctx, input),
  }),
  'plans.importSample': {
    run: (ctx) => {
      const plan = parsePlanText(SAMPLE_PLAN_TEXT);
      // Loading the sample twice gives the one sample plan, not two copies.
      const existing = findPlanIdByTitle(ctx.db, plan.title);
      if (existing !== null && getPlanFingerprint(ctx.db, existing) === planFingerprint(plan.tasks)) {
        return { planId: existing, created: false, tasksAdded: 0, tasksUpdated: 0, tasksUnchanged: plan.tasks.length, tasksRemoved: 0, removedTasks: [], warnings: [], unrelated: null };
      }
      const original = { name: SAMPLE_PLAN_FILE_NAME, bytes: new TextEncoder().encode(SAMPLE_PLAN_TEXT) };
      // Its own rule above decides when loading it again is a copy; its bytes may match an imported file.
      return storePlan(ctx, { plan, original, dryRun: false, allowDuplicate: true });
    },
  },
  'plans.update': { run: (ctx, input) => updatePlan(ctx, input) },
  'plans.delete': commandHandler<'plans.delete', void>({
    // A plan that is gone already is refused without a safety copy.
    prepare: async (ctx, { planId }) => {
      requirePlan(ctx, planId);
      await ctx.backup('删除计划前');
    },
    run: (ctx, { planId }) => deletePlan(ctx, planId),
  }),
  'tasks.update': { run: (ctx, input) => updateTask(ctx, input) },
  'plans.exportLedger': async (ctx, { planId, format }) => (await ledgerExport()).exportLedger(ctx.db, planId, format),
});
