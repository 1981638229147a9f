// The database floor under the import cases' commit: the same import rows, records and change log
// written with the app's own statements (db/repos) in one transaction, and nothing else — no reading,
// matching, checking or backup. What to write is worked out from a preview before the clock starts.
import type { NewImport } from '../../../electron/db/repos/imports';
import { insertChange, insertProgressImport } from '../../../electron/db/repos/imports';
import { upsertRecord, type RecordRow } from '../../../electron/db/repos/progress';
import { progressFieldsOf } from '../../../electron/core/progress/import/buildRows';
import { ensurePeriod } from '../../../electron/core/progress/planPeriods';
import { timeRuns, timingFigures, type BenchBackend } from '../measure';
import { IMPORT_PERIOD } from '../sizes';
import { backendOnCopy, closeAndRemove, importJob } from './progressImport';
import type { CaseRun } from './index';

/** One file's writes: its import row, then its records (whose importId the import row's id fills in). */
interface FileWrites {
  period: string;
  file: Omit<NewImport, 'periodId'>;
  records: RecordRow[];
}

interface Prepared {
  backend: BenchBackend;
  writes: FileWrites[];
}

export const rawWrite =
  (input: 'returned' | 'big'): CaseRun =>
  async ({ manifest, counts, scratch }) => {
    const job = importJob(manifest, input);
    const bytesOf = new Map(job.files.map((f) => [f.name, f.bytes]));
    let runNo = 0;
    let records = 0;
    const timings = await timeRuns<Prepared>({
      ...counts,
      before: async () => {
        const backend = await backendOnCopy(scratch, runNo++, job.db);
        const { files } = await backend.must('progress.import', {
          planId: job.planId,
          files: job.files,
          period: IMPORT_PERIOD,
          dryRun: true,
          ...(job.unit ? { unit: job.unit } : {}),
        });
        const at = new Date().toISOString();
        const writes = files
          .filter((f) => f.status === 'dry-run')
          .map((f) => ({
            period: f.period!,
            file: { planId: job.planId, fileName: f.file, sha256: f.sha256, bytes: bytesOf.get(f.file)!, unitId: f.unitId!, importedAt: at, importedBy: 'bench', receivedOn: null, summary: {} },
            records: f.rows
              .filter((r) => r.taskId !== null)
              .map((r) => ({ taskId: r.taskId!, unitId: f.unitId!, periodId: 0, ...progressFieldsOf(r), importId: null, updatedAt: at, updatedBy: 'bench' })),
          }));
        return { backend, writes };
      },
      run: ({ backend, writes }) => {
        const db = backend.ctx.db;
        records = 0;
        db.transaction(() => {
          for (const w of writes) {
            const periodId = ensurePeriod(db, job.planId, w.period).id;
            const importId = insertProgressImport(db, { ...w.file, periodId });
            for (const record of w.records) {
              upsertRecord(db, { ...record, periodId, importId });
              insertChange(db, { importId, taskId: record.taskId, unitId: record.unitId, periodId, before: null });
            }
            records += w.records.length;
          }
        });
      },
      after: ({ backend }) => closeAndRemove(backend),
    });
    return { samples: timings.samples, extra: { ...timingFigures(timings), records, files: job.files.length } };
  };
