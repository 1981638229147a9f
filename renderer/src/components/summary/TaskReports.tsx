// What each unit reported on one task this period (the expanded row of the task tables).
import { Table, type TableColumnsType } from 'antd';
import type { TaskSummaryRow } from '../../../../electron/shared/api/reports';
import { ROLE_LABELS } from '../../../../electron/shared/types';
import { joinUnits } from '../ledger/labels';
import { StatusTag } from '../progress/status';

type UnitReport = TaskSummaryRow['reports'][number];

const columns: TableColumnsType<UnitReport> = [
  { title: '单位', dataIndex: 'unit', width: 150 },
  { title: '分工', dataIndex: 'role', width: 64, render: (role: UnitReport['role']) => ROLE_LABELS[role] },
  { title: '状态', dataIndex: 'status', width: 84, render: (status: UnitReport['status']) => <StatusTag status={status} /> },
  { title: '进展情况', dataIndex: 'progress', className: 'summary-prewrap' },
  { title: '存在问题', dataIndex: 'problems', className: 'summary-prewrap' },
  { title: '下步打算', dataIndex: 'nextSteps', className: 'summary-prewrap' },
];

/** Units assigned to the task that sent nothing this period. */
function silentUnits(task: TaskSummaryRow): string[] {
  const reported = new Set(task.reports.map((r) => r.unit));
  return [...task.units.lead, ...task.units.joint, ...task.units.cooperating].filter((u) => !reported.has(u));
}

export function TaskReports({ task }: { task: TaskSummaryRow }) {
  const silent = silentUnits(task);
  return (
    <div className="summary-task-detail">
      <p className="summary-task-content">
        {task.seq}. {task.content}
      </p>
      {task.reports.length > 0 ? (
        <Table<UnitReport>
          size="small"
          rowKey="unit"
          columns={columns}
          dataSource={task.reports}
          pagination={false}
          bordered
        />
      ) : (
        <p className="summary-muted">本期没有单位报送这项任务。</p>
      )}
      {silent.length > 0 && task.reports.length > 0 && <p className="summary-muted">未报送：{joinUnits(silent)}</p>}
    </div>
  );
}
