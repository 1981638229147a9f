import { Empty } from 'antd';

export function UnitsPage() {
  return (
    <div>
      <h2 className="page-title">单位管理</h2>
      <Empty description="本功能正在建设中" />
    </div>
  );
}
