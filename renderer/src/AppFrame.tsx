import {
  BarChartOutlined,
  DatabaseOutlined,
  FileTextOutlined,
  FormOutlined,
  InfoCircleOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Spin, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useHasPlanImportDraft } from './components/ledger/planImportDraft';
import { useHasKeptBatches } from './components/progress/keptBatches';
import { useHasNarrativeDrafts } from './components/summary/narrativeDrafts';
import { useSummaryPageName } from './components/summaryPageName';
import { useLeaveGuard } from './components/useLeaveGuard';
import { lazyNamed } from './lazyNamed';
import { LedgerPage } from './pages/LedgerPage';
import { navigate, useRoute, type PageKey } from './router';

// The ledger is the start page and comes with the app; the other pages, and what only they use
// (echarts on 季度汇总), load on first visit, so the first screen waits for less script.
const ProgressPage = lazyNamed(() => import('./pages/ProgressPage'), 'ProgressPage');
const SummaryPage = lazyNamed(() => import('./pages/SummaryPage'), 'SummaryPage');
const UnitsPage = lazyNamed(() => import('./pages/UnitsPage'), 'UnitsPage');
const DataPage = lazyNamed(() => import('./pages/DataPage'), 'DataPage');
const AboutPage = lazyNamed(() => import('./pages/AboutPage'), 'AboutPage');

const NAV: { key: PageKey; label: string; icon: ReactNode }[] = [
  { key: 'ledger', label: '计划台账', icon: <FileTextOutlined /> },
  { key: 'progress', label: '进展填报', icon: <FormOutlined /> },
  { key: 'summary', label: '季度汇总', icon: <BarChartOutlined /> }, // named by the plan's cycle, below
  { key: 'units', label: '单位管理', icon: <TeamOutlined /> },
  { key: 'data', label: '数据与备份', icon: <DatabaseOutlined /> },
  { key: 'about', label: '关于与设置', icon: <InfoCircleOutlined /> },
];

const PAGES: Record<PageKey, () => ReactNode> = {
  ledger: () => <LedgerPage />,
  progress: () => <ProgressPage />,
  summary: () => <SummaryPage />,
  units: () => <UnitsPage />,
  data: () => <DataPage />,
  about: () => <AboutPage />,
};

export function AppFrame() {
  const route = useRoute();
  const summaryName = useSummaryPageName();
  // Work not stored yet: a 通报 draft, returns dropped for import, a plan in the import preview.
  const unsaved = useHasNarrativeDrafts();
  const dropped = useHasKeptBatches();
  const previewed = useHasPlanImportDraft();
  useLeaveGuard(unsaved || dropped || previewed);
  return (
    <Layout style={{ minHeight: '100%' }}>
      {/* The menu stays on screen while a long page (报送台账, 操作日志) scrolls. */}
      <Layout.Sider width={168} theme="light" style={{ borderRight: '1px solid #f0f0f0', position: 'sticky', top: 0, height: '100vh', alignSelf: 'flex-start', overflowY: 'auto' }}>
        <div style={{ padding: '14px 16px', borderBottom: '1px solid #f0f0f0', display: 'flex', alignItems: 'center', gap: 8 }}>
          <img src="./icon.svg" alt="" width={20} height={20} />
          <Typography.Text strong style={{ fontSize: 16 }}>
            工作要点台账
          </Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[route.page]}
          items={NAV.map((n) => ({ key: n.key, icon: n.icon, label: n.key === 'summary' ? summaryName : n.label }))}
          onClick={(e) => navigate(e.key as PageKey)}
          style={{ borderInlineEnd: 0 }}
        />
      </Layout.Sider>
      <Layout.Content style={{ padding: 16, background: '#fff', minWidth: 0 }}>
        <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>{PAGES[route.page]()}</Suspense>
      </Layout.Content>
    </Layout>
  );
}
