import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { ROLES, type Role, type Task } from '../../../../electron/shared/types';
import { printPage } from '../../api/files';
import { usePrintRowsInStages } from '../usePrintRowsInStages';
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

// Column widths in percent of an A4 landscape page; 完成时限 takes “2022年12月底前完成” on one line.
const WIDTHS = { seq: 5, content: 35, lead: 10, joint: 15, cooperating: 10, national: 12, deadline: 13 };
/** Columns left out when no task listed names such a unit, as in the .docx 任务分工表. */
const OPTIONAL_ROLES: readonly Role[] = ['cooperating', 'national'];

/** The role columns to print, and the widths, the task text taking the room of the ones left out. */
function layoutFor(tasks: Task[]): { roles: Role[]; widths: number[] } {
  const roles = ROLES.filter((r) => !OPTIONAL_ROLES.includes(r) || tasks.some((t) => t.units[r].length > 0));
  const spare = ROLES.filter((r) => !roles.includes(r)).reduce((n, r) => n + WIDTHS[r], 0);
  return { roles, widths: [WIDTHS.seq, WIDTHS.content + spare, ...roles.map((r) => WIDTHS[r]), WIDTHS.deadline] };
}

/** The ledger as it goes on paper: a plain table whose header row repeats on every page. */
export function PrintView({ title, subtitle, rows, onBack }: Props) {
  const tasks = rows.flatMap((r) => (r.kind === 'task' ? [r.task] : []));
  const taskCount = tasks.length;
  const { roles, widths } = layoutFor(tasks);
  const shownRows = usePrintRowsInStages(rows);
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
            {widths.map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th>序号</th>
              <th>工作任务</th>
              {roles.map((r) => (
                <th key={r}>{ROLE_COLUMN_TITLES[r]}</th>
              ))}
              <th>完成时限</th>
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row) =>
              row.kind === 'section' ? (
                <tr key={row.key} className="print-section">
                  <td colSpan={3 + roles.length}>{row.label}</td>
                </tr>
              ) : (
                <tr key={row.key}>
                  <td className="print-seq">{row.task.seq}</td>
                  <td>{row.task.content}</td>
                  {roles.map((r) => (
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
