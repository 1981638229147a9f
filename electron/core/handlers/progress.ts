// Progress collection: periods, fill-in templates, importing returned forms, records, the ledger of
// submissions. Thin: the work is in core/progress.
import { commandHandler } from '../registry';
import { importedFile, listImportSummaries, undoImport } from '../progress/importHistory';
import { prepareImport, runImport, type PreparedFile } from '../progress/import/importProgress';
import { parseCacheFor } from '../progress/import/parseCache';
import { requirePlan } from '../progress/ledger';
import { progressMatrix } from '../progress/matrix';
import { setLocked } from '../progress/periodLocks';
import { planPeriods } from '../progress/planPeriods';
import { listProgress, saveProgress, taskHistory } from '../progress/records';
import { submissionLedger } from '../progress/submissions';
import { exportTemplates } from '../progress/template/exportTemplates';
import { defineHandlers } from './define';

export const progressHandlers = defineHandlers({
  'periods.list': (ctx, { planId }) => planPeriods(ctx.db, requirePlan(ctx.db, planId), ctx.now().getFullYear()),
  'periods.setLocked': { run: (ctx, { planId, period, locked }) => setLocked(ctx, planId, period, locked) },
  'templates.export': (ctx, input) => exportTemplates(ctx.db, input),
  'progress.import': commandHandler<'progress.import', PreparedFile[]>({
    async prepare(ctx, input) {
      const prepared = await prepareImport(input.files, parseCacheFor(ctx.db));
      if (!input.dryRun) await ctx.backup('导入推进情况前');
      return prepared;
    },
    run: (ctx, input, prepared) => runImport(ctx, input, prepared),
  }),
  'progress.list': (ctx, { planId, period }) => ({ records: listProgress(ctx.db, planId, period) }),
  'progress.history': (ctx, { taskId }) => ({ records: taskHistory(ctx.db, taskId) }),
  'progress.save': { run: (ctx, input) => saveProgress(ctx, input) },
  'progress.matrix': (ctx, { planId }) => progressMatrix(ctx, planId),
  'imports.list': (ctx, { planId }) => listImportSummaries(ctx.db, planId),
  'imports.undo': {
    prepare: async (ctx) => {
      await ctx.backup('撤销导入前');
    },
    run: (ctx, { importId }) => undoImport(ctx, importId),
  },
  'imports.file': (ctx, { importId }) => importedFile(ctx.db, importId),
  'submissions.get': (ctx, { planId, period }) => submissionLedger(ctx, planId, period),
});
