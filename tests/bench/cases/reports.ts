import { requireDb } from '../fixtures';
import { benchBackend, timeRuns, timingFigures } from '../measure';
import { REPORT_PERIOD } from '../sizes';
import type { CaseRun } from './index';

/** The period summary (dashboard, 汇总表 and 通报 all start from it) over the seeded history. */
export const summary: CaseRun = async ({ manifest, counts }) => {
  const { db, planId } = requireDb(manifest, 'history');
  const backend = await benchBackend(db);
  try {
    let tasks = 0;
    let reports = 0;
    const timings = await timeRuns({
      ...counts,
      runs: counts.runs * 2, // cheap: more runs for a steadier median
      run: async () => {
        const s = await backend.must('reports.summary', { planId, period: REPORT_PERIOD });
        tasks = s.tasks.length;
        reports = s.tasks.reduce((n, t) => n + t.reports.length, 0);
      },
    });
    if (tasks !== manifest.history.tasks) throw new Error(`reports.summary listed ${tasks} of ${manifest.history.tasks} tasks`);
    return { samples: timings.samples, extra: { ...timingFigures(timings), tasks, reports, history_records: manifest.history.records } };
  } finally {
    backend.close();
  }
};

export const exportReport =
  (format: 'xlsx' | 'docx'): CaseRun =>
  async ({ manifest, counts }) => {
    const { db, planId } = requireDb(manifest, 'history');
    const backend = await benchBackend(db);
    try {
      let size = 0;
      const timings = await timeRuns({
        ...counts,
        run: async () => {
          const file = await backend.must('reports.export', { planId, period: REPORT_PERIOD, format });
          size = file.bytes.byteLength;
        },
      });
      if (size === 0) throw new Error(`reports.export ${format} returned an empty file`);
      return { samples: timings.samples, extra: { ...timingFigures(timings), size_kb: Math.round(size / 1024) } };
    } finally {
      backend.close();
    }
  };
