import { Empty } from 'antd';

export function SummaryPage() {
  return (
    <div>
      <h2 className="page-title">季度汇总</h2>
      <Empty description="本功能正在建设中" />
    </div>
  );
}
