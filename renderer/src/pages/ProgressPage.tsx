import { Empty } from 'antd';

export function ProgressPage() {
  return (
    <div>
      <h2 className="page-title">进展填报</h2>
      <Empty description="本功能正在建设中" />
    </div>
  );
}
