// A page with no plan to show: none imported yet, or the plan list could not be read (a damaged or
// locked database). The latter is said as such, with a retry: an invitation to import would only lead
// into a database that cannot be read.
import { Button, Empty, Result } from 'antd';
import { navigate } from '../router';
import { usePlans } from './usePlans';

export function PlanListError({ error }: { error: string }) {
  return (
    <Result
      status="error"
      title="读不出计划列表"
      subTitle={error}
      extra={[
        <Button key="retry" onClick={() => void usePlans.getState().reload()}>
          重试
        </Button>,
        // Backups are where a damaged database is mended.
        <Button key="data" onClick={() => navigate('data')}>
          前往数据与备份
        </Button>,
      ]}
      data-testid="plan-list-error"
    />
  );
}

/** The 进展填报 and 季度汇总 pages before a plan exists. */
export function NoPlan() {
  const error = usePlans((s) => s.error);
  if (error) return <PlanListError error={error} />;
  return (
    <Empty description="尚无计划。请先在“计划台账”中导入工作要点或载入示例。">
      <Button type="primary" onClick={() => navigate('ledger')}>
        前往计划台账
      </Button>
    </Empty>
  );
}
