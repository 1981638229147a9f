// 数据看板: the period's figures, by section, by unit, over time, and what needs attention.
// Every figure opens the tasks behind it (onOpen) in the task list.
import { Card, Spin } from 'antd';
import type { PeriodFigures, TrendPoint } from '../../../../electron/shared/api/reports';
import type { TaskPeriodStatus } from '../../../../electron/shared/types';
import { MissingUnits } from './MissingUnits';
import { ProblemTasks } from './ProblemTasks';
import { SectionPanel } from './SectionPanel';
import { StatusCards } from './StatusCards';
import type { TaskFilter } from './taskFilter';
import { TrendPanel } from './TrendPanel';
import { UnitTable } from './UnitTable';

interface Props {
  summary: PeriodFigures;
  trend: TrendPoint[] | null;
  onOpen(filter: TaskFilter): void;
  /** A figure of another period: switch to it and open its tasks. */
  onOpenPeriod(period: string, status: TaskPeriodStatus): void;
}

export function Dashboard({ summary, trend, onOpen, onOpenPeriod }: Props) {
  return (
    <div className="summary-dashboard" data-testid="summary-dashboard">
      <StatusCards summary={summary} onOpen={onOpen} />
      <SectionPanel sections={summary.bySection} onOpen={onOpen} />
      {trend ? (
        <TrendPanel points={trend} current={summary.period} onOpen={onOpenPeriod} />
      ) : (
        // The trend comes after the figures (see SummaryPage): its place is kept meanwhile.
        <Card size="small" title="各期推进趋势" className="summary-panel">
          <Spin style={{ display: 'block', padding: '100px 0' }} />
        </Card>
      )}
      <ProblemTasks tasks={summary.tasks} />
      <div className="summary-grid-units">
        <UnitTable units={summary.byUnit} lateUnits={summary.lateUnits} dueDate={summary.dueDate} onOpen={onOpen} />
        <MissingUnits units={summary.missingUnits} lateUnits={summary.lateUnits} onOpen={onOpen} />
      </div>
    </div>
  );
}
