import { Empty } from 'antd';

export function DataPage() {
  return (
    <div>
      <h2 className="page-title">数据与备份</h2>
      <Empty description="本功能正在建设中" />
    </div>
  );
}
