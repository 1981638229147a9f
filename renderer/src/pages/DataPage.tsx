// 数据与备份: backups and restore, and the 操作日志.
import { Tabs } from 'antd';
import { AuditTab } from '../components/data/AuditTab';
import { BackupsTab } from '../components/data/BackupsTab';
import { navigate, useRoute } from '../router';

const TABS = ['backups', 'audit'] as const;
type TabKey = (typeof TABS)[number];

export function DataPage() {
  const route = useRoute();
  const param = route.params.get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(param ?? '') ? (param as TabKey) : 'backups';
  return (
    <div>
      <h2 className="page-title">数据与备份</h2>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate('data', { tab: key })}
        destroyOnHidden
        items={[
          { key: 'backups', label: '备份与恢复', children: <BackupsTab /> },
          { key: 'audit', label: '操作日志', children: <AuditTab /> },
        ]}
      />
    </div>
  );
}
