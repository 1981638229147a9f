// 任务清单: the period's tasks under the filter a figure set (or the official chose).
import type { PeriodFigures } from '../../../../electron/shared/api/reports';
import { applyFilter, type TaskFilter } from './taskFilter';
import { TaskFilterBar } from './TaskFilterBar';
import { TaskTable } from './TaskTable';

interface Props {
  summary: PeriodFigures;
  filter: TaskFilter;
  onChange(filter: TaskFilter): void;
}

export function TaskListPanel({ summary, filter, onChange }: Props) {
  const tasks = applyFilter(summary.tasks, filter);
  return (
    <div data-testid="summary-task-list">
      <TaskFilterBar summary={summary} filter={filter} count={tasks.length} onChange={onChange} />
      <TaskTable tasks={tasks} problems testId="summary-task-table" />
    </div>
  );
}
