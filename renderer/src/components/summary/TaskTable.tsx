// The tasks of the period: light, number, content, lead units, deadline and status; a row expands
// to what each unit reported. With `problems` the units' stated problems get their own column.
// The units' texts are loaded for the page of tasks on screen (useReportTexts).
import { Alert, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import type { TaskStatusRow, UnitReportTexts } from '../../../../electron/shared/api/reports';
import { withoutTableHeading } from '../../../../electron/shared/sections';
import { deadlineLabel, joinUnits } from '../ledger/labels';
import { StatusTag } from '../progress/status';
import { TaskReports, TextsLoading } from './TaskReports';
import { TrafficLight } from './TrafficLight';
import { useReportTexts } from './useReportTexts';
import { withReportTexts } from './withReportTexts';

interface Props {
  tasks: TaskStatusRow[];
  problems?: boolean;
  testId?: string;
  pageSize?: number;
}

/** The lead units, or the jointly responsible units of a task without a lead. */
const responsibleUnits = (t: TaskStatusRow) => (t.leadUnits.length ? t.leadUnits : t.units.joint);

/** Each unit's problems as "单位：问题", one per line, in the order of the task's reports. */
const problemLines = (t: TaskStatusRow, texts: readonly UnitReportTexts[]) =>
  withReportTexts(t, texts)
    .reports.filter((r) => r.problems.trim())
    .map((r) => `${r.unit}：${r.problems.trim()}`);

function Problems({ task, texts }: { task: TaskStatusRow; texts: UnitReportTexts[] | undefined }) {
  // Completed in an earlier period (销号): nobody owed a report on it, so nothing was left unfilled.
  if (task.completedIn) return <span className="summary-muted">（前期已完成）</span>;
  if (!texts) return <TextsLoading />;
  const lines = problemLines(task, texts);
  return lines.length ? <div className="summary-prewrap">{lines.join('\n')}</div> : <span className="summary-muted">未填写</span>;
}

export function TaskTable({ tasks, problems = false, testId, pageSize = 50 }: Props) {
  const [page, setPage] = useState(1);
  const paged = tasks.length > pageSize;
  // The page stays when the list changes, unless the list got shorter than it (as antd would do).
  const current = Math.min(page, Math.max(1, Math.ceil(tasks.length / pageSize)));
  const shown = paged ? tasks.slice((current - 1) * pageSize, current * pageSize) : tasks;
  const texts = useReportTexts(shown.map((t) => t.taskId));

  const columns: TableColumnsType<TaskStatusRow> = [
    { title: '灯', dataIndex: 'light', width: 36, align: 'center', render: (light: TaskStatusRow['light']) => <TrafficLight light={light} /> },
    { title: '序号', dataIndex: 'seq', width: 52, align: 'center' },
    {
      title: '任务内容',
      dataIndex: 'content',
      // The 具体措施 of a table plan's task, not the 重点任务 heading it shares with others; the expanded row has both.
      render: (content: string) => (
        <div className="summary-clamp" title={content}>
          {withoutTableHeading(content)}
        </div>
      ),
    },
    { title: '牵头（责任）单位', key: 'lead', width: 150, render: (_, t) => joinUnits(responsibleUnits(t)) || '—' },
    { title: '完成时限', key: 'deadline', width: 120, render: (_, t) => deadlineLabel(t) || '—' },
    {
      title: '本期状态',
      key: 'status',
      width: 124,
      render: (_, t) => (
        <Space size={4} wrap>
          <StatusTag status={t.status} />
          {t.completedIn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.completedIn}已完成
            </Typography.Text>
          )}
          {t.overdue && <Tag color="red">逾期</Tag>}
          {t.dueSoon && <Tag color="orange">临期</Tag>}
        </Space>
      ),
    },
  ];
  if (problems) {
    columns.push({ title: '存在问题', key: 'problems', width: '32%', render: (_, t) => <Problems task={t} texts={texts.textsOf(t.taskId)} /> });
  }
  return (
    <>
      {texts.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={`未能读取各单位报送的内容：${texts.error}`}
          action={
            <Button size="small" onClick={texts.retry}>
              重试
            </Button>
          }
        />
      )}
      <Table<TaskStatusRow>
        size="small"
        rowKey="taskId"
        data-testid={testId}
        columns={columns}
        dataSource={tasks}
        bordered
        // The task's text keeps about 200 px; a narrower window scrolls the table, not the page.
        scroll={{ x: problems ? 1100 : 760 }}
        // Marks each task's row (the expanded report tables have rows of their own).
        onRow={(t) => ({ 'data-task-seq': t.seq }) as HTMLAttributes<HTMLElement>}
        expandable={{ expandedRowRender: (t) => <TaskReports task={t} texts={texts.textsOf(t.taskId)} /> }}
        pagination={paged ? { current, pageSize, onChange: setPage, showSizeChanger: false, size: 'small' } : false}
      />
    </>
  );
}
