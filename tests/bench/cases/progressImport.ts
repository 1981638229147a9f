// Importing returned workbooks as the official does: the preview (dryRun), then the commit, each a
// progress.import call on a fresh copy of the prepared database.
import fs from 'node:fs';
import path from 'node:path';
import type { ProgressImportResult } from '../../../electron/shared/api/progress';
import type { FileInput } from '../../../electron/shared/contract';
import { readFiles, requireDb } from '../fixtures';
import { benchBackend, timeRuns, timingFigures, type BenchBackend } from '../measure';
import { IMPORT_PERIOD } from '../sizes';
import type { CaseEnv, CaseOutcome, CaseRun } from './index';

interface ImportJob {
  db: string;
  planId: number;
  files: FileInput[];
  /** The unit, when the official names it in the import dialog. */
  unit?: string;
  /** Answered task rows in the files: what a complete import matches. */
  expectedRows: number;
}

function outcomeFigures(result: ProgressImportResult, expectedRows: number): Record<string, number> {
  const rows = result.files.flatMap((f) => f.rows);
  return {
    files_imported: result.files.filter((f) => f.status === 'imported').length,
    files_rejected: result.files.filter((f) => f.status === 'rejected').length,
    rows_expected: expectedRows,
    rows_matched: rows.filter((r) => r.taskId !== null).length,
    rows_low_confidence: rows.filter((r) => r.lowConfidence).length,
    rows_unmatched: result.files.reduce((n, f) => n + f.unmatched.length, 0),
  };
}

async function runImport({ counts, scratch }: CaseEnv, job: ImportJob): Promise<CaseOutcome> {
  const rssBefore = process.memoryUsage().rss / 2 ** 20;
  let runNo = 0;
  let last: ProgressImportResult | null = null;
  const input = { planId: job.planId, files: job.files, period: IMPORT_PERIOD, ...(job.unit ? { unit: job.unit } : {}) };
  const timings = await timeRuns<BenchBackend>({
    ...counts,
    before: () => {
      const dir = path.join(scratch, `run-${runNo++}`);
      fs.mkdirSync(dir, { recursive: true });
      const db = path.join(dir, 'taizhang.db');
      fs.copyFileSync(job.db, db);
      return benchBackend(db);
    },
    run: async (backend, lap) => {
      await backend.must('progress.import', { ...input, dryRun: true });
      lap('preview');
      last = await backend.must('progress.import', { ...input, dryRun: false });
      lap('commit');
    },
    after: (backend) => {
      backend.close();
      fs.rmSync(backend.dir, { recursive: true, force: true });
    },
  });
  return {
    samples: timings.samples,
    extra: { ...timingFigures(timings), ...outcomeFigures(last!, job.expectedRows), rss_before_mb: Math.round(rssBefore) },
  };
}

/** The quarter's batch: 100 returned workbooks of ~30 rows in mixed layouts, one call each for preview and commit. */
export const importReturnedBatch: CaseRun = (env) => {
  const { db, planId } = requireDb(env.manifest, 'ledger');
  const { returned, returnedRows } = env.manifest.ledger;
  return runImport(env, { db, planId, files: readFiles(returned.map((f) => f.path)), expectedRows: returnedRows });
};

/** One unit's 20,000-row workbook, with the unit named by the official. */
export const importBigFile: CaseRun = (env) => {
  const { db, planId } = requireDb(env.manifest, 'big');
  const { file, unit, rows } = env.manifest.big;
  return runImport(env, { db, planId, files: readFiles([file]), unit, expectedRows: rows });
};
