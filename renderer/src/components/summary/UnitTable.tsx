// 各单位情况: each provincial unit's tasks by role, whether it reported, and its figures; every
// figure opens the tasks behind it.
import { Card, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { UnitSummary } from '../../../../electron/shared/api/reports';
import { ROLE_LABELS } from '../../../../electron/shared/types';
import { isoDateInWords } from '../../../../electron/shared/format';
import { UNIT_REPORT_STATE_LABELS, unitReportLabel, unitReportState, type UnitReportState } from '../../../../electron/shared/unitReportState';
import { FigureLink } from './FigureLink';
import { STATUS_CHART_COLORS } from './statusMeta';
import type { TaskFilter, UnitScope } from './taskFilter';

interface Props {
  units: UnitSummary[];
  /** Units that reported after the period's 报送时限 (dueDate): 已报送（逾期）, as in the 汇总表 and the 通报. */
  lateUnits: readonly string[];
  dueDate: string | null;
  onOpen(filter: TaskFilter): void;
}

type Figure = 'lead' | 'joint' | 'cooperating' | 'reportedTasks' | 'completed' | 'delayed' | 'overdue';

/** Each column's figure → the filter for its tasks (as the backend counts them, core/report/summary.ts). */
function filterFor(unit: string, figure: Figure): TaskFilter {
  switch (figure) {
    case 'lead':
    case 'joint':
    case 'cooperating':
      return { unit, unitScope: figure satisfies UnitScope };
    case 'reportedTasks':
      return { unit, unitScope: 'reported' };
    case 'completed':
    case 'delayed':
      return { unit, unitStatus: figure };
    case 'overdue':
      return { unit, unitScope: 'responsible', due: 'overdue' };
  }
}

const FIGURE_TITLES: Record<Figure, string> = {
  lead: ROLE_LABELS.lead,
  joint: ROLE_LABELS.joint,
  cooperating: ROLE_LABELS.cooperating,
  reportedTasks: '已报送',
  completed: '报已完成',
  delayed: '报滞后',
  overdue: '逾期',
};

const FIGURE_COLORS: Partial<Record<Figure, string>> = { delayed: STATUS_CHART_COLORS.delayed, overdue: '#cf1322' };

const REPORT_TAGS: Record<UnitReportState, ReactNode> = {
  reported: <Tag color="green">{UNIT_REPORT_STATE_LABELS.reported}</Tag>,
  partial: (
    <Tooltip title="本期应报的任务有的没有报送（见报送台账）">
      <Tag color="orange">{UNIT_REPORT_STATE_LABELS.partial}</Tag>
    </Tooltip>
  ),
  missing: <Tag color="red">{UNIT_REPORT_STATE_LABELS.missing}</Tag>,
  nothingDue: (
    <Tooltip title="承担的任务此前均已完成（销号），本期无需报送">
      <Tag>{UNIT_REPORT_STATE_LABELS.nothingDue}</Tag>
    </Tooltip>
  ),
  collective: (
    <Tooltip title="统称，不是单独报送的单位，不计入未报送">
      <Tag>{UNIT_REPORT_STATE_LABELS.collective}</Tag>
    </Tooltip>
  ),
};

/** The 本期报送 tag of a unit that reported late: its state and 逾期, the due date on hover. */
function lateTag(u: UnitSummary, dueDate: string | null): ReactNode {
  const due = dueDate ? `报送时限${isoDateInWords(dueDate)}，` : '';
  return (
    <Tooltip title={`${due}该单位在时限后才报送`}>
      <Tag color="gold" data-testid="summary-unit-late">
        {unitReportLabel(u, true)}
      </Tag>
    </Tooltip>
  );
}

const LATE_FILTER = 'late';

export function UnitTable({ units, lateUnits, dueDate, onOpen }: Props) {
  const late = new Set(lateUnits);
  const figureColumn = (figure: Figure, width: number) => ({
    title: FIGURE_TITLES[figure],
    dataIndex: figure,
    width,
    align: 'right' as const,
    sorter: (a: UnitSummary, b: UnitSummary) => a[figure] - b[figure],
    render: (v: number, u: UnitSummary) => (
      <FigureLink
        value={v}
        color={FIGURE_COLORS[figure]}
        label={`${u.unit} ${FIGURE_TITLES[figure]}`}
        onOpen={() => onOpen(filterFor(u.unit, figure))}
      />
    ),
  });
  const columns: TableColumnsType<UnitSummary> = [
    { title: '单位', dataIndex: 'unit', ellipsis: true },
    {
      title: '承担任务（项）',
      children: [figureColumn('lead', 66), figureColumn('joint', 66), figureColumn('cooperating', 66)],
    },
    {
      title: '本期报送',
      key: 'reported',
      // One line for 部分报送（逾期）.
      width: 140,
      align: 'center',
      filters: [
        ...(['reported', 'partial', 'missing', 'nothingDue', 'collective'] as const).map((state) => ({ text: UNIT_REPORT_STATE_LABELS[state], value: state })),
        { text: '逾期报送', value: LATE_FILTER },
      ],
      onFilter: (value, u) => (value === LATE_FILTER ? late.has(u.unit) : unitReportState(u) === value),
      render: (_, u) => (late.has(u.unit) ? lateTag(u, dueDate) : REPORT_TAGS[unitReportState(u)]),
    },
    {
      title: '本期情况（项）',
      children: [figureColumn('reportedTasks', 76), figureColumn('completed', 96), figureColumn('delayed', 76), figureColumn('overdue', 66)],
    },
  ];

  return (
    <Card size="small" title="各单位情况" className="summary-panel" data-testid="summary-units">
      <Table<UnitSummary>
        size="small"
        rowKey="unitId"
        columns={columns}
        dataSource={units}
        pagination={false}
        bordered
        // The names keep 160 px; a narrower window scrolls the table, not the page.
        scroll={{ x: 812 }}
        rowClassName={(u) => (unitReportState(u) === 'missing' ? 'summary-row-missing' : '')}
      />
    </Card>
  );
}
