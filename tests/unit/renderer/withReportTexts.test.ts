// The texts loaded for a task (reports.taskReports) joined to its row of the figures.
import { describe, expect, it } from 'vitest';
import type { TaskStatusRow } from '../../../electron/shared/api/reports';
import { withReportTexts } from '../../../renderer/src/components/summary/withReportTexts';

describe('withReportTexts', () => {
  it('joins texts to a row by unit, in the row’s order, leaving texts not loaded blank', () => {
    const row = { reports: [{ unit: '甲局', role: 'lead', status: 'on_track' }, { unit: '乙厅', role: 'joint', status: 'delayed' }] } as TaskStatusRow;
    const joined = withReportTexts(row, [{ unit: '乙厅', progress: '起草中。', problems: '缺人。', nextSteps: '' }]);
    expect(joined.reports).toEqual([
      { unit: '甲局', role: 'lead', status: 'on_track', progress: '', problems: '', nextSteps: '' },
      { unit: '乙厅', role: 'joint', status: 'delayed', progress: '起草中。', problems: '缺人。', nextSteps: '' },
    ]);
  });
});
