// 各部分推进情况: a stacked bar per section, and the same figures as a table.
import { Card, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { SectionSummary } from '../../../../electron/shared/api/reports';
import { sectionLabel } from '../../../../electron/shared/sections';
import { TASK_STATUS_LABELS } from '../../../../electron/shared/types';
import { EChart } from './EChart';
import { APP_FONT } from '../../appFont';
import type { ChartOption } from './echarts';
import { FigureLink } from './FigureLink';
import { STATUS_CHART_COLORS, SUMMARY_STATUSES, figureColumnWidth, formatRate, statusOfSeries } from './statusMeta';
import type { TaskFilter } from './taskFilter';

/** The section's key in a task filter: its title, '' for tasks outside any section. */
const sectionKey = (s: SectionSummary) => (s.numeral ? s.title : '');
// A part may be a sub-section ("（一）标题", no 、) when all tasks sit in one top-level part.
const sectionName = (s: SectionSummary) => sectionLabel(s);
const shortName = (s: SectionSummary) => (s.numeral ? sectionLabel({ numeral: s.numeral, title: truncate(s.title, 10) }) : truncate(s.title, 12));
const truncate = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text);

function chartOption(sections: SectionSummary[]): ChartOption {
  // Horizontal bars read top-down in plan order, so the category axis is reversed.
  return {
    animation: false,
    textStyle: { fontFamily: APP_FONT },
    legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } },
    grid: { left: 8, right: 16, top: 28, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: sections.map(shortName), axisLabel: { fontSize: 12 } },
    series: SUMMARY_STATUSES.map((status) => ({
      id: status,
      name: TASK_STATUS_LABELS[status],
      type: 'bar',
      stack: 'status',
      barMaxWidth: 22,
      itemStyle: { color: STATUS_CHART_COLORS[status] },
      label: { show: true, fontSize: 11, color: '#fff', formatter: ({ value }) => (value ? String(value) : '') },
      data: sections.map((s) => s[status]),
    })),
  };
}

interface Props {
  sections: SectionSummary[];
  onOpen(filter: TaskFilter): void;
}

export function SectionPanel({ sections, onOpen }: Props) {
  const option = useMemo(() => chartOption(sections), [sections]);
  const columns: TableColumnsType<SectionSummary> = [
    { title: '部分', key: 'name', render: (_, s) => sectionName(s), ellipsis: true },
    {
      title: '任务',
      dataIndex: 'tasks',
      width: figureColumnWidth('任务'),
      align: 'right',
      render: (v: number, s) => <FigureLink value={v} label={`${sectionName(s)} 全部任务`} onOpen={() => onOpen({ section: sectionKey(s) })} />,
    },
    ...SUMMARY_STATUSES.map((status) => ({
      title: TASK_STATUS_LABELS[status],
      dataIndex: status,
      width: figureColumnWidth(TASK_STATUS_LABELS[status]),
      align: 'right' as const,
      render: (v: number, s: SectionSummary) => (
        <FigureLink
          value={v}
          color={status === 'delayed' ? STATUS_CHART_COLORS.delayed : undefined}
          label={`${sectionName(s)} ${TASK_STATUS_LABELS[status]}`}
          onOpen={() => onOpen({ section: sectionKey(s), status })}
        />
      ),
    })),
    {
      title: '逾期',
      dataIndex: 'overdue',
      width: figureColumnWidth('逾期'),
      align: 'right',
      render: (v: number, s) => (
        <FigureLink value={v} color="#cf1322" label={`${sectionName(s)} 逾期`} onOpen={() => onOpen({ section: sectionKey(s), due: 'overdue' })} />
      ),
    },
    {
      title: '完成率',
      key: 'rate',
      width: figureColumnWidth('完成率'),
      align: 'right',
      render: (_, s) => (s.tasks ? formatRate(s.completed / s.tasks) : '—'),
    },
  ];

  return (
    <Card size="small" title="各部分推进情况" className="summary-panel" data-testid="summary-sections">
      <div className="summary-chart-table">
        <EChart
          option={option}
          height={Math.max(140, sections.length * 34 + 40)}
          label="各部分任务状态堆叠条形图"
          testId="summary-section-chart"
          onClick={({ seriesId, dataIndex }) => {
            const s = sections[dataIndex];
            const status = statusOfSeries(seriesId);
            if (s && status) onOpen({ section: sectionKey(s), status });
          }}
        />
        <Table<SectionSummary>
          size="small"
          rowKey={(s) => `${s.numeral}${s.title}`}
          columns={columns}
          dataSource={sections}
          pagination={false}
          bordered
        />
      </div>
    </Card>
  );
}
