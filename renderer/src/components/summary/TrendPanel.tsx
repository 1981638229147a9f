// 各期推进趋势: every period of the plan as a stacked bar by status, and the same figures as a table.
// A figure opens that period's tasks with the status.
import { Card, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { TrendPoint } from '../../../../electron/shared/api/reports';
import { PERIODS_SIDE_BY_SIDE, periodAxisLabels } from '../../../../electron/shared/periods';
import { TASK_STATUS_LABELS, type TaskPeriodStatus } from '../../../../electron/shared/types';
import { EChart } from './EChart';
import { APP_FONT } from '../../appFont';
import type { ChartOption } from './echarts';
import { FigureLink } from './FigureLink';
import { STATUS_CHART_COLORS, SUMMARY_STATUSES, figureColumnWidth, formatRate, statusOfSeries } from './statusMeta';

function chartOption(points: TrendPoint[], current: string | null): ChartOption {
  return {
    animation: false,
    textStyle: { fontFamily: APP_FONT },
    legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } },
    grid: { left: 8, right: 8, top: 28, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: periodAxisLabels(points.map((p) => p.periodLabel)),
      axisLabel: {
        fontSize: 11,
        // Every label while they fit side by side; else ECharts leaves out those that would overlap.
        interval: points.length <= PERIODS_SIDE_BY_SIDE ? 0 : 'auto',
        // The period on screen is in bold.
        formatter: (value: string, index: number) => (points[index]?.period === current ? `{b|${value}}` : value),
        rich: { b: { fontWeight: 'bold', fontSize: 11 } },
      },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: SUMMARY_STATUSES.map((status) => ({
      id: status,
      name: TASK_STATUS_LABELS[status],
      type: 'bar',
      stack: 'status',
      barMaxWidth: 36,
      itemStyle: { color: STATUS_CHART_COLORS[status] },
      data: points.map((p) => p[status]),
    })),
  };
}

interface Props {
  points: TrendPoint[];
  current: string | null;
  onOpen(period: string, status: TaskPeriodStatus): void;
}

export function TrendPanel({ points, current, onOpen }: Props) {
  const option = useMemo(() => chartOption(points, current), [points, current]);
  const columns: TableColumnsType<TrendPoint> = [
    {
      title: '期次',
      dataIndex: 'periodLabel',
      render: (label: string, p) => (p.period === current ? <strong>{label}</strong> : label),
    },
    ...SUMMARY_STATUSES.map((status) => ({
      title: TASK_STATUS_LABELS[status],
      dataIndex: status,
      width: figureColumnWidth(TASK_STATUS_LABELS[status]),
      align: 'right' as const,
      render: (v: number, p: TrendPoint) => (
        <FigureLink
          value={v}
          color={status === 'delayed' ? STATUS_CHART_COLORS.delayed : undefined}
          label={`${p.periodLabel} ${TASK_STATUS_LABELS[status]}`}
          onOpen={() => onOpen(p.period, status)}
        />
      ),
    })),
    {
      title: '完成率',
      key: 'rate',
      width: figureColumnWidth('完成率'),
      align: 'right',
      render: (_, p) => (p.tasks ? formatRate(p.completed / p.tasks) : '—'),
    },
  ];

  return (
    <Card size="small" title="各期推进趋势" className="summary-panel" data-testid="summary-trend">
      <div className="summary-chart-table">
        <EChart
          option={option}
          height={220}
          label="各期任务状态堆叠柱状图"
          testId="summary-trend-chart"
          onClick={({ seriesId, dataIndex }) => {
            const point = points[dataIndex];
            const status = statusOfSeries(seriesId);
            if (point && status) onOpen(point.period, status);
          }}
        />
        <Table<TrendPoint>
          size="small"
          rowKey="period"
          columns={columns}
          dataSource={points}
          pagination={false}
          bordered
          rowClassName={(p) => (p.period === current ? 'summary-row-current' : '')}
        />
      </div>
    </Card>
  );
}
