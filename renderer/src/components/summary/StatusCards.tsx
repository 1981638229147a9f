// The headline figures of the period, each a button to the tasks behind it.
import { Card, Tooltip } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import type { PeriodFigures } from '../../../../electron/shared/api/reports';
import { TASK_STATUS_LABELS, type TaskPeriodStatus } from '../../../../electron/shared/types';
import { LIGHT_COLORS, LIGHT_LABELS, LIGHT_RULES, LIGHTS, STATUS_CHART_COLORS, percentOf } from './statusMeta';
import type { TaskFilter } from './taskFilter';

interface Figure {
  key: string;
  title: string;
  value: ReactNode;
  color?: string;
  hint: string;
  filter: TaskFilter;
}

const STATUS_HINTS: Record<TaskPeriodStatus, string> = {
  completed: '牵头单位（无牵头的为全部责任单位）报已完成',
  on_track: '按计划推进中',
  delayed: '有单位报滞后',
  not_started: '已报送但尚未启动或未填状态',
  unreported: '本期没有任何单位报送',
};

function figures(s: PeriodFigures): Figure[] {
  const statusFigure = (status: TaskPeriodStatus): Figure => ({
    key: status,
    title: TASK_STATUS_LABELS[status],
    value: <TaskCount n={s.totals[status]} />,
    color: status === 'delayed' ? STATUS_CHART_COLORS.delayed : status === 'completed' ? '#389e0d' : undefined,
    hint: STATUS_HINTS[status],
    filter: { status },
  });
  return [
    { key: 'tasks', title: '任务总数', value: <TaskCount n={s.totals.tasks} />, hint: '本计划的全部任务', filter: {} },
    statusFigure('completed'),
    statusFigure('on_track'),
    statusFigure('delayed'),
    statusFigure('not_started'),
    statusFigure('unreported'),
    { key: 'rate', title: '完成率', value: <RateValue rate={s.completionRate} />, hint: '已完成任务占任务总数', filter: { status: 'completed' } },
    { key: 'overdue', title: '逾期', value: <TaskCount n={s.overdue.length} />, color: '#cf1322', hint: '完成时限已到而未完成', filter: { due: 'overdue' } },
    { key: 'dueSoon', title: '临期', value: <TaskCount n={s.dueSoon.length} />, color: '#d48806', hint: '完成时限在下一期内而未完成', filter: { due: 'dueSoon' } },
  ];
}

/**
 * A number of tasks, “12项”: every figure in the row counts tasks (未报送 is tasks no unit reported
 * on), while 未报送单位 below counts units (“家”).
 */
function TaskCount({ n }: { n: number }) {
  return (
    <>
      {n}
      <span className="summary-card-unit">项</span>
    </>
  );
}

/** “100.0%” in the narrowest card: the per-cent sign smaller, as a unit beside the figure. */
function RateValue({ rate }: { rate: number }) {
  return (
    <>
      {percentOf(rate)}
      <span className="summary-card-unit">%</span>
    </>
  );
}

/** Enter and Space press a figure, as they would a button. */
const onKeyActivate = (activate: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    activate();
  }
};

interface Props {
  summary: PeriodFigures;
  onOpen(filter: TaskFilter): void;
}

export function StatusCards({ summary, onOpen }: Props) {
  const lights = { red: 0, yellow: 0, green: 0 };
  for (const t of summary.tasks) lights[t.light]++;
  return (
    <div className="summary-cards" data-testid="summary-cards">
      {figures(summary).map((f) => (
        <Tooltip key={f.key} title={`${f.hint}，点击查看任务`} mouseEnterDelay={0.5}>
          <Card
            size="small"
            hoverable
            role="button"
            tabIndex={0}
            data-testid={`summary-card-${f.key}`}
            className="summary-card"
            onClick={() => onOpen(f.filter)}
            onKeyDown={onKeyActivate(() => onOpen(f.filter))}
          >
            <div className="summary-card-title">{f.title}</div>
            <div className="summary-card-value" style={{ color: f.color }}>
              {f.value}
            </div>
          </Card>
        </Tooltip>
      ))}
      <Card size="small" className="summary-card summary-card-lights" data-testid="summary-lights">
        <div className="summary-card-title">预警灯</div>
        <div className="summary-lights">
          {LIGHTS.map((light) => (
            <Tooltip key={light} title={`${LIGHT_LABELS[light]}：${LIGHT_RULES[light]}，点击查看任务`} mouseEnterDelay={0.5}>
              <span
                role="button"
                tabIndex={0}
                className="summary-light-figure"
                data-testid={`summary-light-${light}`}
                aria-label={`${LIGHT_LABELS[light]} ${lights[light]} 项`}
                onClick={() => onOpen({ light })}
                onKeyDown={onKeyActivate(() => onOpen({ light }))}
              >
                <span className="summary-light-dot" style={{ background: LIGHT_COLORS[light] }} />
                {lights[light]}
              </span>
            </Tooltip>
          ))}
        </div>
      </Card>
    </div>
  );
}
