import { Empty } from 'antd';

export function LedgerPage() {
  return (
    <div>
      <h2 className="page-title">计划台账</h2>
      <Empty description="本功能正在建设中" />
    </div>
  );
}
