// What each unit reported on one task this period (the expanded row of the task tables).
import { LoadingOutlined } from '@ant-design/icons';
import { Table, type TableColumnsType } from 'antd';
import type { TaskStatusRow, UnitReport, UnitReportTexts } from '../../../../electron/shared/api/reports';
import { numberedTask } from '../../../../electron/shared/sections';
import { roleLabel } from '../../../../electron/shared/types';
import { joinUnits } from '../ledger/labels';
import { StatusTag } from '../progress/status';
import { withReportTexts } from './withReportTexts';

const columns: TableColumnsType<UnitReport> = [
  { title: '单位', dataIndex: 'unit', width: 150 },
  { title: '分工', dataIndex: 'role', width: 64, render: (role: UnitReport['role']) => roleLabel(role) },
  { title: '状态', dataIndex: 'status', width: 84, render: (status: UnitReport['status']) => <StatusTag status={status} /> },
  { title: '进展情况', dataIndex: 'progress', className: 'summary-prewrap' },
  { title: '存在问题', dataIndex: 'problems', className: 'summary-prewrap' },
  { title: '下步计划', dataIndex: 'nextSteps', className: 'summary-prewrap' },
];

/** Shown where the units' texts will be once loaded. */
export function TextsLoading() {
  return (
    <span className="summary-muted" data-testid="summary-texts-loading">
      <LoadingOutlined /> 读取中…
    </span>
  );
}

/** Units assigned to the task that sent nothing this period. */
function silentUnits(task: TaskStatusRow): string[] {
  const reported = new Set(task.reports.map((r) => r.unit));
  return [...task.units.lead, ...task.units.joint, ...task.units.cooperating].filter((u) => !reported.has(u));
}

/** `texts` undefined: still loading. */
export function TaskReports({ task, texts }: { task: TaskStatusRow; texts: UnitReportTexts[] | undefined }) {
  const silent = silentUnits(task);
  return (
    <div className="summary-task-detail">
      <p className="summary-task-content">
        {numberedTask(task.seq, task.content)}
      </p>
      {task.reports.length === 0 ? (
        <p className="summary-muted">本期没有单位报送这项任务。</p>
      ) : texts ? (
        <Table<UnitReport>
          size="small"
          rowKey="unit"
          columns={columns}
          dataSource={withReportTexts(task, texts).reports}
          pagination={false}
          bordered
        />
      ) : (
        <p>
          <TextsLoading />
        </p>
      )}
      {silent.length > 0 && task.reports.length > 0 && <p className="summary-muted">未报送：{joinUnits(silent)}</p>}
    </div>
  );
}
