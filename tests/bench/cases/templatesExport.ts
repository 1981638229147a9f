import { requireDb } from '../fixtures';
import { benchBackend, timeRuns, timingFigures } from '../measure';
import { IMPORT_PERIOD } from '../sizes';
import type { CaseRun } from './index';

/** 下发填报表: one fill-in workbook per unit, for every unit of the ledger plan. */
export const templatesExport: CaseRun = async ({ manifest, counts }) => {
  const { db, planId } = requireDb(manifest, 'ledger');
  const backend = await benchBackend(db);
  try {
    let files = 0;
    let bytes = 0;
    const timings = await timeRuns({
      ...counts,
      run: async () => {
        const result = await backend.must('templates.export', {
          planId,
          period: IMPORT_PERIOD,
          unitIds: manifest.ledger.unitIds,
          layout: 'perUnit',
        });
        files = result.files.length;
        bytes = result.files.reduce((n, f) => n + f.bytes.byteLength, 0);
      },
    });
    if (files !== manifest.ledger.unitIds.length) throw new Error(`templates.export wrote ${files} files for ${manifest.ledger.unitIds.length} units`);
    return { samples: timings.samples, extra: { ...timingFigures(timings), files, total_kb: Math.round(bytes / 1024) } };
  } finally {
    backend.close();
  }
};
