import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { ROLES, type Task } from '../../../../electron/shared/types';
import { printPage } from '../../api/files';
import { deadlineLabel, joinUnits, ROLE_COLUMN_TITLES } from './labels';
import type { LedgerRow } from './sectionRows';
import './ledger.css';

interface Props {
  title: string;
  /** e.g. "筛选：省财政厅"; empty for the whole plan. */
  subtitle: string;
  rows: LedgerRow<Task>[];
  onBack(): void;
}

// Column widths in percent of an A4 landscape page.
const WIDTHS = { seq: 5, content: 37, lead: 10, joint: 15, cooperating: 10, national: 12, deadline: 11 };

/** The ledger as it goes on paper: a plain table whose header row repeats on every page. */
export function PrintView({ title, subtitle, rows, onBack }: Props) {
  const taskCount = rows.filter((r) => r.kind === 'task').length;
  return (
    <div>
      <Space className="no-print" style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          返回台账
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => void printPage()}>
          打印
        </Button>
        <Typography.Text type="secondary">A4 横向，每页重复表头；共 {taskCount} 项任务</Typography.Text>
      </Space>
      <div className="print-ledger" data-testid="print-ledger">
        <h1>{title}任务分工台账</h1>
        {subtitle && <div className="print-subtitle">{subtitle}</div>}
        <table>
          <colgroup>
            {Object.entries(WIDTHS).map(([key, w]) => (
              <col key={key} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th>序号</th>
              <th>工作任务</th>
              {ROLES.map((r) => (
                <th key={r}>{ROLE_COLUMN_TITLES[r]}</th>
              ))}
              <th>完成时限</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) =>
              row.kind === 'section' ? (
                <tr key={row.key} className="print-section">
                  <td colSpan={3 + ROLES.length}>{row.label}</td>
                </tr>
              ) : (
                <tr key={row.key}>
                  <td className="print-seq">{row.task.seq}</td>
                  <td>{row.task.content}</td>
                  {ROLES.map((r) => (
                    <td key={r}>{joinUnits(row.task.units[r])}</td>
                  ))}
                  <td>{deadlineLabel(row.task)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
