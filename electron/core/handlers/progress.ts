// Progress collection: periods, fill-in templates, importing returned forms, records, the ledger of
// submissions. Thin: the work is in core/progress.
import { commandHandler } from '../registry';
import { importedFile, listImportSummaries, setReceivedOn, undoableImport, undoImport } from '../progress/importHistory';
import type { PreparedFile } from '../progress/import/importProgress';
import { parseCacheFor } from '../progress/import/parseCache';
import { requirePlan } from '../progress/ledger';
import { progressMatrix } from '../progress/matrix';
import { setLocked } from '../progress/periodLocks';
import { planPeriods } from '../progress/planPeriods';
import { listProgress, saveProgress, taskHistory } from '../progress/records';
import { recordReminders, submissionLedger, withdrawReminders } from '../progress/submissions';
import { defineHandlers } from './define';

// Reading returned workbooks and writing templates need the spreadsheet libraries, which take longer
// to load than the rest of the backend: they load on first use, not when the app starts.
const importer = () => import('../progress/import/importProgress');
const templateExport = () => import('../progress/template/exportTemplates');
const matrixExport = () => import('../progress/matrixExport');

/** What progress.import's prepare hands to run: the files read, and the importer module that read them. */
interface PreparedImport {
  importer: Awaited<ReturnType<typeof importer>>;
  files: PreparedFile[];
}

export const progressHandlers = defineHandlers({
  'periods.list': (ctx, { planId }) => planPeriods(ctx.db, requirePlan(ctx.db, planId), ctx.now().getFullYear()),
  'periods.setLocked': { run: (ctx, { planId, period, locked }) => setLocked(ctx, planId, period, locked) },
  'templates.export': async (ctx, input) => (await templateExport()).exportTemplates(ctx.db, input),
  'progress.import': commandHandler<'progress.import', PreparedImport>({
    async prepare(ctx, input) {
      const loaded = await importer();
      const files = await loaded.prepareImport(input.files, parseCacheFor(ctx.db), input);
      // Only a call that will write something takes a safety copy: not one whose files are all refused or skipped.
      if (!input.dryRun && loaded.importWillWrite(ctx, input, files)) await ctx.backup('导入推进情况前');
      return { importer: loaded, files };
    },
    // run is synchronous (inside the transaction), so it uses the module prepare loaded.
    run: (ctx, input, { importer: loaded, files }) => loaded.runImport(ctx, input, files),
  }),
  'progress.list': (ctx, { planId, period }) => ({ records: listProgress(ctx.db, planId, period) }),
  'progress.history': (ctx, { taskId }) => ({ records: taskHistory(ctx.db, taskId) }),
  'progress.save': { run: (ctx, input) => saveProgress(ctx, input) },
  'progress.matrix': (ctx, { planId }) => progressMatrix(ctx, planId),
  'progress.exportMatrix': async (ctx, input) => (await matrixExport()).exportMatrix(ctx, input),
  'imports.list': (ctx, { planId }) => listImportSummaries(ctx.db, planId),
  'imports.undo': {
    // A refused undo changes nothing: no safety copy for it.
    prepare: async (ctx, { importId }) => {
      undoableImport(ctx.db, importId);
      await ctx.backup('撤销导入前');
    },
    run: (ctx, { importId }) => undoImport(ctx, importId),
  },
  'imports.setReceivedOn': { run: (ctx, { importId, receivedOn }) => setReceivedOn(ctx, importId, receivedOn) },
  'imports.file': (ctx, { importId }) => importedFile(ctx.db, importId),
  'submissions.get': (ctx, { planId, period }) => submissionLedger(ctx, planId, period),
  'submissions.remind': { run: (ctx, { planId, period }) => recordReminders(ctx, planId, period) },
  'submissions.withdrawReminders': { run: (ctx, { planId, period, remindedOn }) => withdrawReminders(ctx, planId, period, remindedOn) },
});
