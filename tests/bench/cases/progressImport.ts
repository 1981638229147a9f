// Importing returned workbooks as the official does: the preview (dryRun), then the commit, each a
// progress.import call on a fresh copy of the prepared database.
import fs from 'node:fs';
import path from 'node:path';
import type { ProgressImportResult } from '../../../electron/shared/api/progress';
import type { FileInput } from '../../../electron/shared/contract';
import { readFiles, requireDb, type Manifest } from '../fixtures';
import { benchBackend, timeRuns, timingFigures, type BenchBackend } from '../measure';
import { IMPORT_PERIOD } from '../sizes';
import type { CaseEnv, CaseOutcome, CaseRun } from './index';

export interface ImportJob {
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

/**
 * The app's backend on a fresh copy of the prepared database, so every run starts from the same
 * state — once its start-up work (the day's first backup) is done, which is not the import's.
 */
export async function backendOnCopy(scratch: string, runNo: number, preparedDb: string): Promise<BenchBackend> {
  const dir = path.join(scratch, `run-${runNo}`);
  fs.mkdirSync(dir, { recursive: true });
  const db = path.join(dir, 'taizhang.db');
  fs.copyFileSync(preparedDb, db);
  const backend = await benchBackend(db);
  await backend.store.backups.settled();
  return backend;
}

export function closeAndRemove(backend: BenchBackend): void {
  backend.close();
  fs.rmSync(backend.dir, { recursive: true, force: true });
}

async function runImport({ counts, scratch }: CaseEnv, job: ImportJob): Promise<CaseOutcome> {
  const rssBefore = process.memoryUsage().rss / 2 ** 20;
  let runNo = 0;
  // A run's result is counted and let go before the next run: holding it (20,000 rows) would add
  // to that run's peak memory.
  let committed: ProgressImportResult | null = null;
  let outcome: Record<string, number> = {};
  const input = { planId: job.planId, files: job.files, period: IMPORT_PERIOD, ...(job.unit ? { unit: job.unit } : {}) };
  const timings = await timeRuns<BenchBackend>({
    ...counts,
    before: () => backendOnCopy(scratch, runNo++, job.db),
    run: async (backend, lap) => {
      await backend.must('progress.import', { ...input, dryRun: true });
      lap('preview');
      committed = await backend.must('progress.import', { ...input, dryRun: false });
      lap('commit');
    },
    after: (backend) => {
      outcome = outcomeFigures(committed!, job.expectedRows);
      committed = null;
      closeAndRemove(backend);
    },
  });
  return {
    samples: timings.samples,
    extra: { ...timingFigures(timings), ...outcome, rss_before_mb: Math.round(rssBefore) },
  };
}

/** The import cases' inputs: the quarter's batch of returned workbooks, or one unit's big workbook. */
export function importJob(manifest: Manifest, input: 'returned' | 'big'): ImportJob {
  if (input === 'returned') {
    const { db, planId } = requireDb(manifest, 'ledger');
    const { returned, returnedRows } = manifest.ledger;
    return { db, planId, files: readFiles(returned.map((f) => f.path)), expectedRows: returnedRows };
  }
  const { db, planId } = requireDb(manifest, 'big');
  const { file, unit, rows } = manifest.big;
  return { db, planId, files: readFiles([file]), unit, expectedRows: rows };
}

/** The quarter's batch: 100 returned workbooks of ~30 rows in mixed layouts, one call each for preview and commit. */
export const importReturnedBatch: CaseRun = (env) => runImport(env, importJob(env.manifest, 'returned'));

/** One unit's 20,000-row workbook, with the unit named by the official. */
export const importBigFile: CaseRun = (env) => runImport(env, importJob(env.manifest, 'big'));
