// 逾期和滞后任务: the tasks that need attention, with the problems their units stated.
import { Card, Empty } from 'antd';
import type { TaskStatusRow } from '../../../../electron/shared/api/reports';
import { TaskTable } from './TaskTable';

export function ProblemTasks({ tasks }: { tasks: TaskStatusRow[] }) {
  const flagged = tasks.filter((t) => t.overdue || t.status === 'delayed');
  return (
    <Card
      size="small"
      title={`逾期和滞后任务（${flagged.length}项）`}
      className="summary-panel"
      data-testid="summary-problems"
    >
      {flagged.length ? (
        <TaskTable tasks={flagged} problems pageSize={20} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本期没有逾期或滞后的任务" />
      )}
    </Card>
  );
}
