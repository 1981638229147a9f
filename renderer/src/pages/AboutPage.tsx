import { Alert, Descriptions, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../electron/shared/contract';
import { api, transport } from '../api/client';

export function AboutPage() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api('app.info', {}).then(setInfo, (e: Error) => setError(e.message));
  }, []);
  return (
    <div>
      <h2 className="page-title">关于与设置</h2>
      {error && <Alert type="error" showIcon message={error} />}
      {!info && !error && <Spin />}
      {info && (
        <Descriptions bordered column={1} size="small" style={{ maxWidth: 720 }} data-testid="about">
          <Descriptions.Item label="程序">{info.name}</Descriptions.Item>
          <Descriptions.Item label="版本">{info.version}</Descriptions.Item>
          <Descriptions.Item label="数据库文件">{info.dbPath}</Descriptions.Item>
          <Descriptions.Item label="数据结构版本">{info.schemaVersion}</Descriptions.Item>
          <Descriptions.Item label="运行方式">{transport === 'ipc' ? '桌面程序' : '浏览器模式（本机服务）'}</Descriptions.Item>
          <Descriptions.Item label="当前用户">{info.osUser}</Descriptions.Item>
        </Descriptions>
      )}
    </div>
  );
}
