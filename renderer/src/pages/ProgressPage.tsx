// 进展填报: send out fill-in workbooks, import what comes back, track who reported, see the matrix.
import { Alert, Empty, Space, Spin, Tabs } from 'antd';
import type { UnitWithStats } from '../../../electron/shared/api/units';
import type { Period, PlanDetail } from '../../../electron/shared/types';
import { useQuery } from '../api/useQuery';
import { NoPlan } from '../components/NoPlan';
import { PlanPicker } from '../components/PlanPicker';
import { ExportTemplatesTab } from '../components/progress/ExportTemplatesTab';
import { ImportHistoryTab } from '../components/progress/ImportHistoryTab';
import { ImportTab } from '../components/progress/ImportTab';
import { MatrixTab } from '../components/progress/MatrixTab';
import { PeriodBar } from '../components/progress/PeriodBar';
import { defaultPeriod } from '../components/progress/periods';
import '../components/progress/progress.css';
import { reportingUnits } from '../components/progress/reportingUnits';
import { SubmissionLedgerTab } from '../components/progress/SubmissionLedgerTab';
import { navigate, useRoute } from '../router';
import { useUi } from '../store';

const TABS = ['templates', 'import', 'submissions', 'imports', 'matrix'] as const;
type TabKey = (typeof TABS)[number];

export function ProgressPage() {
  const planId = useUi((s) => s.planId);
  const periodCode = useUi((s) => s.periodCode);
  const setPeriod = useUi((s) => s.setPeriod);
  const periods = useQuery('periods.list', planId ? { planId } : null);
  const plan = useQuery('plans.get', planId ? { planId } : null);
  const units = useQuery('units.list', planId ? { planId } : null);

  const periodList = periods.data ?? [];
  const period = periodList.find((p) => p.code === periodCode) ?? defaultPeriod(periodList);
  const error = periods.error ?? plan.error ?? units.error;
  const loaded = period && plan.data && units.data;

  return (
    <div>
      <Space className="no-print" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <h2 className="page-title" style={{ margin: 0 }}>
          进展填报
        </h2>
        <Space size={8} wrap>
          <PlanPicker />
          {planId !== null && (
            <PeriodBar
              planId={planId}
              periods={periodList}
              period={period}
              onSelect={setPeriod}
              onLockChanged={(p) => periods.setData((list) => list.map((x) => (x.code === p.code ? p : x)))}
            />
          )}
        </Space>
      </Space>

      {planId === null && <NoPlan />}
      {error && <Alert type="error" showIcon title={error} />}
      {periods.data?.length === 0 && <Empty description="该计划没有填报期次，请在计划台账中核对计划的起止年度。" />}
      {planId !== null && !loaded && !error && periods.data?.length !== 0 && <Spin style={{ display: 'block', padding: 48 }} />}

      {planId !== null && period && plan.data && units.data && (
        <ProgressTabs planId={planId} period={period} periods={periodList} plan={plan.data} units={units.data} />
      )}
    </div>
  );
}

interface TabsProps {
  planId: number;
  period: Period;
  periods: Period[];
  plan: PlanDetail;
  units: UnitWithStats[];
}

function ProgressTabs({ planId, period, periods, plan, units }: TabsProps) {
  const route = useRoute();
  const tabParam = route.params.get('tab') as TabKey | null;
  const tab: TabKey = tabParam && TABS.includes(tabParam) ? tabParam : 'import';
  const reporting = reportingUnits(units);
  return (
    <Tabs
      className="progress-tabs"
      activeKey={tab}
      onChange={(key) => navigate('progress', { tab: key })}
      items={[
        { key: 'templates', label: '下发填报表', children: <ExportTemplatesTab planId={planId} period={period} /> },
        {
          key: 'import',
          label: '导入报送表',
          children: (
            <ImportTab
              planId={planId}
              period={period}
              periods={periods}
              units={reporting}
              tasks={plan.tasks}
              onShowLedger={() => navigate('progress', { tab: 'submissions' })}
            />
          ),
        },
        { key: 'submissions', label: '报送台账', children: <SubmissionLedgerTab planId={planId} planTitle={plan.title} period={period} /> },
        { key: 'imports', label: '导入记录', children: <ImportHistoryTab planId={planId} periods={periods} /> },
        {
          key: 'matrix',
          label: '进展矩阵',
          children: <MatrixTab active={tab === 'matrix'} plan={plan} period={period} periods={periods} units={reporting} />,
        },
      ]}
    />
  );
}
