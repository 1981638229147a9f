// The tasks of the period: light, number, content, lead units, deadline and status; a row expands
// to what each unit reported. With `problems` the units' stated problems get their own column.
import { Space, Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import type { TaskSummaryRow } from '../../../../electron/shared/api/reports';
import { deadlineLabel, joinUnits } from '../ledger/labels';
import { StatusTag } from '../progress/status';
import { TaskReports } from './TaskReports';
import { TrafficLight } from './TrafficLight';

interface Props {
  tasks: TaskSummaryRow[];
  problems?: boolean;
  testId?: string;
  pageSize?: number;
}

/** The lead units, or the jointly responsible units of a task without a lead. */
const responsibleUnits = (t: TaskSummaryRow) => (t.leadUnits.length ? t.leadUnits : t.units.joint);

/** Each unit's problems as "单位：问题", one per line. */
const problemLines = (t: TaskSummaryRow) => t.reports.filter((r) => r.problems.trim()).map((r) => `${r.unit}：${r.problems.trim()}`);

export function TaskTable({ tasks, problems = false, testId, pageSize = 50 }: Props) {
  const columns: TableColumnsType<TaskSummaryRow> = [
    { title: '灯', dataIndex: 'light', width: 36, align: 'center', render: (light: TaskSummaryRow['light']) => <TrafficLight light={light} /> },
    { title: '序号', dataIndex: 'seq', width: 52, align: 'center' },
    { title: '任务内容', dataIndex: 'content', render: (content: string) => <div className="summary-clamp">{content}</div> },
    { title: '牵头（责任）单位', key: 'lead', width: 150, render: (_, t) => joinUnits(responsibleUnits(t)) || '—' },
    { title: '完成时限', key: 'deadline', width: 120, render: (_, t) => deadlineLabel(t) || '—' },
    {
      title: '本期状态',
      key: 'status',
      width: 124,
      render: (_, t) => (
        <Space size={4} wrap>
          <StatusTag status={t.status} />
          {t.overdue && <Tag color="red">逾期</Tag>}
          {t.dueSoon && <Tag color="orange">临期</Tag>}
        </Space>
      ),
    },
  ];
  if (problems) {
    columns.push({
      title: '存在问题',
      key: 'problems',
      width: '32%',
      render: (_, t) => {
        const lines = problemLines(t);
        return lines.length ? <div className="summary-prewrap">{lines.join('\n')}</div> : <span className="summary-muted">未填写</span>;
      },
    });
  }
  return (
    <Table<TaskSummaryRow>
      size="small"
      rowKey="taskId"
      data-testid={testId}
      columns={columns}
      dataSource={tasks}
      bordered
      // Marks each task's row (the expanded report tables have rows of their own).
      onRow={(t) => ({ 'data-task-seq': t.seq }) as HTMLAttributes<HTMLElement>}
      expandable={{ expandedRowRender: (t) => <TaskReports task={t} /> }}
      pagination={tasks.length > pageSize ? { pageSize, showSizeChanger: false, size: 'small' } : false}
    />
  );
}
