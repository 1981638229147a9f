// 进展矩阵: every task against every period, coloured by status; a click opens the task's reports.
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { UnitWithStats } from '../../../../electron/shared/api/units';
import { periodLabelInTwoLines } from '../../../../electron/shared/periods';
import { sectionLabel, withoutTableHeading } from '../../../../electron/shared/sections';
import type { Period, PlanDetail, TaskPeriodStatus } from '../../../../electron/shared/types';
import { TASK_STATUS_LABELS } from '../../../../electron/shared/types';
import { api } from '../../api/client';
import { useFileExport } from '../../api/useFileExport';
import { useQuery } from '../../api/useQuery';
import { useElementSize } from '../useElementSize';
import { usePrintShortcut } from '../usePrintShortcut';
import { useReloadOnChange } from './dataVersion';
import {
  describeMatrixFilter,
  filterMatrixRows,
  matrixYears,
  NO_FILTER,
  periodsOfYear,
  yearOfPeriod,
  type MatrixFilter,
  type MatrixRow,
} from './matrixFilter';
import { MatrixFilters } from './MatrixFilters';
import { MatrixPrintView } from './MatrixPrintView';
import { STATUS_FILLS, StatusLegend } from './status';
import { TaskProgressDrawer } from './TaskProgressDrawer';

interface Props {
  /** The tab is the one shown (a visited tab stays mounted): only then does Ctrl+P print the matrix. */
  active: boolean;
  plan: PlanDetail;
  period: Period;
  periods: Period[];
  units: UnitWithStats[];
}

function MatrixCell({ status, period, seq }: { status: TaskPeriodStatus; period: Period; seq: string }) {
  return (
    <Tooltip title={`${period.label}：${TASK_STATUS_LABELS[status]}`} mouseEnterDelay={0.3}>
      <div
        className="progress-matrix-cell"
        style={STATUS_FILLS[status]}
        data-status={status}
        data-seq={seq}
        data-period={period.code}
      >
        {status === 'unreported' ? '' : TASK_STATUS_LABELS[status]}
      </div>
    </Tooltip>
  );
}

/** The table's two-line header and its footer: what the box holds besides the scrolling rows. */
const MATRIX_CHROME_PX = 100;
const SCROLLBAR_GUTTER_PX = 10;
const SEQ_PX = 52;
const PERIOD_PX = 76;
/** The task column gives up width, down to this, so that a year of months fits beside it. */
const TASK_MIN_PX = 160;
const TASK_MAX_PX = 360;

/** 导出 Excel: the tasks the filters leave (all when none is set), with the filters named in the file. */
function ExportMatrixButton({ planId, rows, filterText }: { planId: number; rows: MatrixRow[] | null; filterText: string }) {
  const { busy, run } = useFileExport();
  const exportRows = () =>
    api('progress.exportMatrix', { planId, ...(filterText && rows ? { taskIds: rows.map((r) => r.taskId), filterText } : {}) });
  return (
    <Button icon={<FileExcelOutlined />} loading={busy !== null} disabled={!rows} onClick={() => void run('xlsx', exportRows)}>
      导出 Excel
    </Button>
  );
}

export function MatrixTab({ active, plan, period, periods, units }: Props) {
  const [boxRef, size] = useElementSize();
  const matrix = useQuery('progress.matrix', { planId: plan.id });
  useReloadOnChange(matrix.reload);
  const [filter, setFilter] = useState<MatrixFilter>(NO_FILTER);
  const [openTaskId, setOpenTaskId] = useState<number | null>(null);
  const [printing, setPrinting] = useState(false);
  const unitTasks = useQuery('units.tasks', filter.unitId ? { unitId: filter.unitId, planId: plan.id } : null);

  const sectionOf = useMemo(() => new Map(plan.tasks.map((t) => [t.id, t.sectionId])), [plan.tasks]);
  const unitTaskIds = useMemo(
    () => (unitTasks.data ? new Set(unitTasks.data.tasks.map((t) => t.task.id)) : null),
    [unitTasks.data],
  );
  const allPeriods = matrix.data?.periods ?? periods;
  // A monthly plan opens at the selected period's year (its 24 months side by side would start
  // far from the current one); 全部 shows them all.
  const years = matrixYears(allPeriods);
  const [yearChoice, setYearChoice] = useState<{ forPeriod: string; year: number | null } | null>(null);
  const shownYear = years.length === 0 ? null : yearChoice?.forPeriod === period.code ? yearChoice.year : yearOfPeriod(period);
  const matrixPeriods = periodsOfYear(allPeriods, shownYear);
  const rows = filterMatrixRows(matrix.data?.rows ?? [], filter, { period: period.code, unitTaskIds, sectionOf, sections: plan.sections });
  const filterText = describeMatrixFilter(filter, {
    unitName: (id) => units.find((u) => u.id === id)?.name ?? '',
    sectionTitle: (id) => {
      const s = plan.sections.find((section) => section.id === id);
      return s ? sectionLabel(s) : '';
    },
    periodLabel: period.label,
  });

  // Rows ready to list: the matrix loaded and, when a unit is chosen, its tasks known.
  const ready = !!matrix.data && (filter.unitId === null || !!unitTasks.data);
  // The table on screen holds only the rows in view: Ctrl+P opens the print view, as 打印 does.
  usePrintShortcut(active && ready && !printing ? () => setPrinting(true) : null);

  const taskWidth = Math.max(
    TASK_MIN_PX,
    Math.min(TASK_MAX_PX, size.width - SEQ_PX - SCROLLBAR_GUTTER_PX - matrixPeriods.length * PERIOD_PX),
  );
  const columns: TableColumnsType<MatrixRow> = [
    { title: '序号', dataIndex: 'seq', width: SEQ_PX, fixed: 'left', align: 'center' },
    {
      title: '任务',
      dataIndex: 'content',
      fixed: 'left',
      width: taskWidth,
      ellipsis: { showTitle: false },
      // One line: a table plan's tasks under one 重点任务 would all show the heading (the tooltip has it).
      render: (content: string) => (
        <Tooltip title={<span className="progress-matrix-tip">{content}</span>} placement="topLeft" mouseEnterDelay={0.5}>
          <span>{withoutTableHeading(content)}</span>
        </Tooltip>
      ),
    },
    ...matrixPeriods.map((p) => ({
      key: p.code,
      title: <span className="progress-matrix-head">{periodLabelInTwoLines(p.label)}</span>,
      width: PERIOD_PX,
      align: 'center' as const,
      className: p.code === period.code ? 'progress-matrix-current' : undefined,
      render: (_: unknown, r: MatrixRow) => <MatrixCell status={r.cells[p.code] ?? 'unreported'} period={p} seq={r.seq} />,
    })),
    // The virtual body's scrollbar lies over its right edge: an empty gutter keeps it off the last period.
    { key: 'scrollbar-gutter', width: SCROLLBAR_GUTTER_PX },
  ];

  if (printing) {
    return <MatrixPrintView plan={plan} periods={matrixPeriods} rows={rows} filterText={filterText} onBack={() => setPrinting(false)} />;
  }

  return (
    <div data-testid="progress-matrix">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <MatrixFilters value={filter} onChange={setFilter} units={units} sections={plan.sections} period={period} />
        <Space size={12}>
          {years.length > 0 && (
            <Segmented<number | 'all'>
              aria-label="显示年份"
              size="small"
              value={shownYear ?? 'all'}
              onChange={(year) => setYearChoice({ forPeriod: period.code, year: year === 'all' ? null : year })}
              options={[...years.map((y) => ({ value: y, label: `${y}年` })), { value: 'all' as const, label: '全部' }]}
            />
          )}
          <StatusLegend />
          <ExportMatrixButton planId={plan.id} rows={ready ? rows : null} filterText={filterText} />
          <Button icon={<PrinterOutlined />} disabled={!ready} onClick={() => setPrinting(true)}>
            打印
          </Button>
        </Space>
      </Space>
      {matrix.error && <Alert type="error" showIcon title={matrix.error} style={{ marginBottom: 8 }} />}
      <div ref={boxRef} className="progress-matrix-box">
        {size.height > 0 && (
          <Table<MatrixRow>
            rowKey="taskId"
            size="small"
            bordered
            // A plan of 2,000 tasks is 2,000 rows of a dozen cells: only those in view are rendered.
            virtual
            loading={matrix.loading}
            pagination={false}
            dataSource={rows}
            columns={columns}
            scroll={{ x: SEQ_PX + taskWidth + matrixPeriods.length * PERIOD_PX + SCROLLBAR_GUTTER_PX, y: Math.max(200, size.height - MATRIX_CHROME_PX) }}
            onRow={(r) => ({ onClick: () => setOpenTaskId(r.taskId), style: { cursor: 'pointer' } })}
            locale={{ emptyText: matrix.data ? '没有符合条件的任务' : '暂无数据' }}
            footer={() => `共 ${rows.length} 项任务；点击任务查看各单位报送情况、历史和手工录入。`}
          />
        )}
      </div>
      <TaskProgressDrawer
        planId={plan.id}
        task={plan.tasks.find((t) => t.id === openTaskId) ?? null}
        period={period}
        periods={periods}
        units={units}
        onClose={() => setOpenTaskId(null)}
      />
    </div>
  );
}
