// The progress matrix as it goes on paper: every task the filters leave (the table on screen holds
// only the rows in view), under its section, with its status in each period in the screen's colours.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { periodLabelInTwoLines } from '../../../../electron/shared/periods';
import { TASK_STATUS_LABELS, type Period, type PlanDetail } from '../../../../electron/shared/types';
import { printPage } from '../../api/files';
import { sectionHeads, withSectionRows } from '../ledger/sectionRows';
import { usePrintRowsInStages } from '../usePrintRowsInStages';
import type { MatrixRow } from './matrixFilter';
import { STATUS_FILLS } from './status';
import '../ledger/ledger.css';

interface Props {
  plan: PlanDetail;
  periods: Period[];
  rows: MatrixRow[];
  /** The filters in words; empty for the whole plan. */
  filterText: string;
  onBack(): void;
}

/** Percent of an A4 landscape page: 序号 and 工作任务, the periods share the rest. */
const SEQ_WIDTH = 5;
const TASK_WIDTH = 38;

export function MatrixPrintView({ plan, periods, rows, filterText, onBack }: Props) {
  const heads = sectionHeads(plan.sections);
  const headsById = new Map(plan.sections.map((s, i) => [s.id, heads[i]!]));
  const headsOf = new Map(plan.tasks.map((t) => [t.id, t.sectionId === null ? [] : (headsById.get(t.sectionId) ?? [])]));
  const periodWidth = (100 - SEQ_WIDTH - TASK_WIDTH) / Math.max(1, periods.length);
  const shownRows = usePrintRowsInStages(rows);
  const body = withSectionRows(shownRows, (row) => headsOf.get(row.taskId) ?? [], (row) => String(row.taskId)).map((line) =>
    line.kind === 'section' ? (
      <tr key={line.key} className="print-section">
        <td colSpan={2 + periods.length}>{line.label}</td>
      </tr>
    ) : (
      <tr key={line.key}>
        <td className="print-seq">{line.task.seq}</td>
        <td>{line.task.content}</td>
        {periods.map((p) => {
          const status = line.task.cells[p.code] ?? 'unreported';
          return status === 'unreported' ? (
            <td key={p.code} />
          ) : (
            <td key={p.code} className="print-status" style={{ background: STATUS_FILLS[status].background }}>
              {TASK_STATUS_LABELS[status]}
            </td>
          );
        })}
      </tr>
    ),
  );
  return (
    <div>
      <Space className="no-print" style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          返回进展矩阵
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => void printPage()}>
          打印
        </Button>
        <Typography.Text type="secondary">A4 横向，每页重复表头；共 {rows.length} 项任务；已完成的任务此后无人报送的仍记为已完成，空白为该期无人报送</Typography.Text>
      </Space>
      <div className="print-ledger" data-testid="print-matrix">
        <h1>{plan.title}各期推进情况一览表</h1>
        {filterText && <div className="print-subtitle">（{filterText}）</div>}
        <table>
          <colgroup>
            <col style={{ width: `${SEQ_WIDTH}%` }} />
            <col style={{ width: `${TASK_WIDTH}%` }} />
            {periods.map((p) => (
              <col key={p.code} style={{ width: `${periodWidth}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th>序号</th>
              <th>工作任务</th>
              {periods.map((p) => (
                <th key={p.code} className="print-period">
                  {periodLabelInTwoLines(p.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
    </div>
  );
}
