// 季度汇总 (月度汇总, 半年汇总 by the plan's cycle): the dashboard of a period, the filtered task list behind its figures, the 通报 editor and
// the report preview; `print=1` in the route is the print view (see components/summary/printing.ts).
import { Alert, Empty, Spin, Tabs } from 'antd';
import { useEffect } from 'react';
import { useQuery } from '../api/useQuery';
import { NoPlan } from '../components/NoPlan';
import { PlanPicker } from '../components/PlanPicker';
import { useSummaryPageName } from '../components/summaryPageName';
import { usePlanList } from '../components/usePlans';
import { PeriodBar } from '../components/progress/PeriodBar';
import { Dashboard } from '../components/summary/Dashboard';
import { ExportButtons } from '../components/summary/ExportButtons';
import { outdatedNotice } from '../components/summary/NarrativeBar';
import { NarrativeEditor } from '../components/summary/NarrativeEditor';
import { openPrintView, type PrintAction } from '../components/summary/printing';
import { useEverTrue } from '../components/useEverTrue';
import { usePrintShortcut } from '../components/usePrintShortcut';
import { ReportPreview } from '../components/summary/ReportPreview';
import { ReportPrintView } from '../components/summary/ReportPrintView';
import { RulesHelp } from '../components/summary/RulesHelp';
import { defaultSummaryPeriod } from '../components/summary/summaryPeriod';
import { TaskListPanel } from '../components/summary/TaskListPanel';
import { filterFromParams, filterToParams, type TaskFilter } from '../components/summary/taskFilter';
import { useNarrative } from '../components/summary/useNarrative';
import { ReportTextsProvider } from '../components/summary/useReportTexts';
import '../components/summary/summary.css';
import { navigate, useRoute } from '../router';
import { useUi } from '../store';

type TabKey = 'dashboard' | 'tasks' | 'narrative' | 'preview';
const TABS: TabKey[] = ['dashboard', 'tasks', 'narrative', 'preview'];

export function SummaryPage() {
  const { params } = useRoute();
  const storePlanId = useUi((s) => s.planId);
  if (params.get('print')) {
    const planId = Number(params.get('plan')) || storePlanId;
    const period = params.get('period');
    if (!planId || !period) return <Alert type="error" showIcon title="打印地址不完整：缺少计划或期次" />;
    return (
      <ReportPrintView
        planId={planId}
        period={period}
        action={(params.get('action') as PrintAction | null) ?? null}
        onBack={() => navigate('summary', { tab: 'preview' })}
      />
    );
  }
  return <SummaryMain params={params} />;
}

function SummaryMain({ params }: { params: URLSearchParams }) {
  // Loading the plan list also picks a plan when none is selected yet.
  const { plans } = usePlanList();
  const pageName = useSummaryPageName();
  const planId = useUi((s) => s.planId);
  const periodCode = useUi((s) => s.periodCode);
  const setPeriod = useUi((s) => s.setPeriod);

  const periods = useQuery('periods.list', planId ? { planId } : null);
  const period = periods.data?.find((p) => p.code === periodCode) ?? null;

  // Open on the latest reported period unless the user already chose one (here or on another page).
  // The periods say which have reports, so the figures need not wait for the trend across them.
  useEffect(() => {
    if (!periods.data || period) return;
    setPeriod(defaultSummaryPeriod(periods.data)?.code ?? null);
  }, [periods.data, period, setPeriod]);

  const summary = useQuery('reports.summary', planId && period ? { planId, period: period.code } : null);
  // The trend across all periods (a panel below the figures) is asked for once the figures are in:
  // on a large plan it takes the backend longer than the period's own summary, which would wait behind it.
  const figuresShown = useEverTrue(summary.data !== null);
  const trend = useQuery('reports.trend', planId && figuresShown ? { planId } : null);
  // The 通报 is asked for once the figures are in: generating it reads every report's texts, and the
  // dashboard's own texts (problems of the tasks shown) should not wait behind it.
  const narrative = useNarrative(planId, summary.data ? (period?.code ?? null) : null);

  const tabParam = params.get('tab') as TabKey | null;
  const tab: TabKey = tabParam && TABS.includes(tabParam) ? tabParam : 'dashboard';
  const filter = filterFromParams(params);
  const show = (next: TabKey, f: TaskFilter = {}) => navigate('summary', { tab: next, ...filterToParams(f) });
  // Ctrl+P on the 通报 editor or the report preview goes where their print buttons go (the editor's
  // boxes and the preview's frame would print cut off); the dashboard and task list print as shown.
  usePrintShortcut(
    tab === 'narrative' ? () => show('preview') : tab === 'preview' && planId && period ? () => openPrintView(planId, period.code, 'print') : null,
  );

  if (!planId) {
    if (plans === null) return <Spin style={{ display: 'block', margin: 48 }} />;
    return (
      <div>
        <h2 className="page-title">{pageName}</h2>
        <NoPlan />
      </div>
    );
  }

  const error = periods.error ?? summary.error;
  return (
    <div className="summary-page">
      <div className="summary-header no-print">
        <h2 className="page-title">{pageName}</h2>
        <PlanPicker />
        {periods.data && (
          <PeriodBar
            planId={planId}
            periods={periods.data}
            period={period}
            onSelect={setPeriod}
            onLockChanged={(updated) => periods.setData((list) => list.map((p) => (p.code === updated.code ? updated : p)))}
          />
        )}
        <div className="summary-header-spacer" />
        {period && (
          <ExportButtons
            planId={planId}
            period={period.code}
            periodLabel={period.label}
            narrativeDirty={narrative.dirty}
            narrativeOutdated={narrative.outdated}
            saveNarrative={narrative.save}
            onPrint={() => show('preview')}
          />
        )}
      </div>
      {error && <Alert type="error" showIcon title={error} />}
      {periods.data?.length === 0 && <Empty description="该计划没有设置起止年份，无法划分期次。请在“计划台账”中补充。" />}
      {!error && period && !summary.data && <Spin style={{ display: 'block', margin: 48 }} />}
      {summary.data && period && (
        <ReportTextsProvider planId={planId} summary={summary.data}>
          <h1 className="summary-print-title print-only">
            {summary.data.planTitle} {summary.data.periodLabel}推进情况
          </h1>
          <Tabs
            className="summary-tabs"
            activeKey={tab}
            tabBarExtraContent={<RulesHelp />}
            onChange={(key) => show(key as TabKey, key === 'tasks' ? filter : {})}
            items={[
              {
                key: 'dashboard',
                label: '数据看板',
                children: (
                  <Dashboard
                    summary={summary.data}
                    trend={trend.data}
                    onOpen={(f) => show('tasks', f)}
                    onOpenPeriod={(code, status) => {
                      setPeriod(code);
                      show('tasks', { status });
                    }}
                  />
                ),
              },
              {
                key: 'tasks',
                label: '任务清单',
                children: <TaskListPanel summary={summary.data} filter={filter} onChange={(f) => show('tasks', f)} />,
              },
              {
                key: 'narrative',
                label: '通报',
                children: <NarrativeEditor narrative={narrative} summary={summary.data} />,
              },
              {
                key: 'preview',
                label: '报告预览',
                children: (
                  <ReportPreview
                    planId={planId}
                    period={period.code}
                    revision={narrative.revision}
                    unsaved={narrative.dirty}
                    outdated={narrative.outdated ? outdatedNotice(period.label) : null}
                    onSaveNarrative={() => void narrative.save()}
                    onReviewNarrative={() => show('narrative')}
                  />
                ),
              },
            ]}
          />
        </ReportTextsProvider>
      )}
    </div>
  );
}
