// The period's figures beside the 通报 editor, so the official can check the text against them.
import { Card, Descriptions } from 'antd';
import type { PeriodFigures } from '../../../../electron/shared/api/reports';
import { TASK_STATUS_LABELS } from '../../../../electron/shared/types';
import { SUMMARY_STATUSES, formatRate } from './statusMeta';

/** 第3、5、9项, or 无 */
const seqs = (list: readonly string[]) => (list.length ? `第${list.join('、')}项` : '无');

export function NarrativeFacts({ summary }: { summary: PeriodFigures }) {
  const delayed = summary.tasks.filter((t) => t.status === 'delayed').map((t) => t.seq);
  return (
    <Card size="small" title={`${summary.periodLabel}数据（供核对）`} className="summary-narrative-facts">
      <Descriptions size="small" column={1} bordered styles={{ label: { width: 104 } }}>
        <Descriptions.Item label="任务总数">{summary.totals.tasks} 项</Descriptions.Item>
        {SUMMARY_STATUSES.map((s) => (
          <Descriptions.Item key={s} label={TASK_STATUS_LABELS[s]}>
            {summary.totals[s]} 项
          </Descriptions.Item>
        ))}
        <Descriptions.Item label="完成率">{formatRate(summary.completionRate)}</Descriptions.Item>
        <Descriptions.Item label="滞后任务">{seqs(delayed)}</Descriptions.Item>
        <Descriptions.Item label="逾期任务">{seqs(summary.overdue)}</Descriptions.Item>
        <Descriptions.Item label="临期任务">{seqs(summary.dueSoon)}</Descriptions.Item>
        <Descriptions.Item label="未报送单位">
          {summary.missingUnits.length ? `${summary.missingUnits.length}个：${summary.missingUnits.join('、')}` : '无'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
