// A task row of the period figures joined with what its units wrote, loaded apart from the figures
// (reports.taskReports): by unit, in the row's order (lead first).
import type { TaskStatusRow, TaskSummaryRow, UnitReportTexts } from '../../../../electron/shared/api/reports';

export function withReportTexts(task: TaskStatusRow, texts: readonly UnitReportTexts[]): TaskSummaryRow {
  const byUnit = new Map(texts.map((t) => [t.unit, t]));
  return {
    ...task,
    reports: task.reports.map((r) => {
      const t = byUnit.get(r.unit);
      return { ...r, progress: t?.progress ?? '', problems: t?.problems ?? '', nextSteps: t?.nextSteps ?? '' };
    }),
  };
}
