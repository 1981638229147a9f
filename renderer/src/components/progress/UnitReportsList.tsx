// A task's reports, unit by unit, newest period first.
import { Button, Empty, Space, Tag, Typography } from 'antd';
import type { ProgressRow } from '../../../../electron/shared/api/progress';
import { localMinute } from '../../../../electron/shared/format';
import type { Period } from '../../../../electron/shared/types';
import { PROGRESS_TEXT_LABELS, ROLE_LABELS } from '../../../../electron/shared/types';
import { periodLabel } from './periods';
import type { TaskUnit } from './reportingUnits';
import { StatusTag } from './status';

interface Props {
  units: TaskUnit[];
  records: ProgressRow[];
  period: Period;
  periods: Period[];
  onEdit(unitId: number): void;
}

/** The units the task names, then any other unit that reported on it. */
function unitsWithReports(units: TaskUnit[], records: ProgressRow[]): { unitId: number; name: string; role: TaskUnit['role'] | null }[] {
  const out: { unitId: number; name: string; role: TaskUnit['role'] | null }[] = [...units];
  for (const r of records) if (!out.some((u) => u.unitId === r.unitId)) out.push({ unitId: r.unitId, name: r.unit, role: null });
  return out;
}

function Report({ r, periods }: { r: ProgressRow; periods: Period[] }) {
  const extra = [
    [PROGRESS_TEXT_LABELS.problems, r.problems],
    [PROGRESS_TEXT_LABELS.nextSteps, r.nextSteps],
    [PROGRESS_TEXT_LABELS.remarks, r.remarks],
  ].filter(([, v]) => v);
  return (
    <div className="progress-report">
      <Space size={8} wrap>
        <Typography.Text strong>{periodLabel(r.period, periods)}</Typography.Text>
        <StatusTag status={r.status} original={r.statusText} />
        {r.stale && <Tag color="orange">未更新</Tag>}
        <Typography.Text type="secondary">
          {r.importId ? `导入（第 ${r.importId} 号）` : '手工录入'} · {r.updatedBy} · {localMinute(r.updatedAt)}
        </Typography.Text>
      </Space>
      <div className="progress-text">{r.progress || '（无进展内容）'}</div>
      {extra.map(([k, v]) => (
        <div key={k} className="progress-text">
          <Typography.Text type="secondary">{k}：</Typography.Text>
          {v}
        </div>
      ))}
    </div>
  );
}

export function UnitReportsList({ units, records, period, periods, onEdit }: Props) {
  const all = unitsWithReports(units, records);
  if (all.length === 0) return <Empty description="此任务没有需要报送的单位（国家层面单位不在此报送）" />;
  return (
    <div data-testid="unit-reports">
      {all.map((u) => {
        const own = records.filter((r) => r.unitId === u.unitId).sort((a, b) => b.period.localeCompare(a.period));
        const reportedNow = own.some((r) => r.period === period.code);
        return (
          <section key={u.unitId} className="progress-unit-block">
            <Space style={{ width: '100%', justifyContent: 'space-between' }}>
              <Space size={6}>
                <Typography.Text strong>{u.name}</Typography.Text>
                {u.role && <Tag>{ROLE_LABELS[u.role]}</Tag>}
                {!reportedNow && <Tag color="default">{period.label}未报送</Tag>}
              </Space>
              <Button size="small" type="link" onClick={() => onEdit(u.unitId)} disabled={period.locked}>
                {reportedNow ? '修改本期' : '录入本期'}
              </Button>
            </Space>
            {own.length === 0 ? (
              <Typography.Text type="secondary">尚无报送记录</Typography.Text>
            ) : (
              own.map((r) => <Report key={r.period} r={r} periods={periods} />)
            )}
          </section>
        );
      })}
    </div>
  );
}
