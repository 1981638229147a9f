import fs from 'node:fs';
import { benchBackend, timeRuns, timingFigures } from '../measure';
import type { CaseRun } from './index';

/** plans.parse of the pasted plan text, on an empty database (parsing stores nothing). */
export const planParse: CaseRun = async ({ manifest, counts }) => {
  const text = fs.readFileSync(manifest.ledger.planText, 'utf8');
  const backend = await benchBackend();
  try {
    let found = 0;
    const timings = await timeRuns({
      ...counts,
      run: async () => {
        const result = await backend.must('plans.parse', { source: { kind: 'text', text } });
        found = result.plan.tasks.length;
      },
    });
    if (found !== manifest.ledger.tasks) throw new Error(`plans.parse found ${found} of ${manifest.ledger.tasks} tasks`);
    return { samples: timings.samples, extra: { ...timingFigures(timings), tasks: found } };
  } finally {
    backend.close();
  }
};
