import { Alert, App, Button, Descriptions, Input, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../electron/shared/contract';
import { api, transport } from '../api/client';
import { WorkflowGuide } from '../components/WorkflowGuide';

export function AboutPage() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api('app.info', {}).then(setInfo, (e: Error) => setError(e.message));
  }, []);
  return (
    <div>
      <h2 className="page-title">关于与设置</h2>
      {error && <Alert type="error" showIcon title={error} />}
      {!info && !error && <Spin />}
      {info && (
        <Descriptions bordered column={1} size="small" style={{ maxWidth: 760 }} styles={{ label: { width: 120, whiteSpace: 'nowrap' } }} data-testid="about">
          <Descriptions.Item label="程序">{info.name}</Descriptions.Item>
          <Descriptions.Item label="版本">{info.version}</Descriptions.Item>
          <Descriptions.Item label="数据库文件">{info.dbPath}</Descriptions.Item>
          <Descriptions.Item label="数据结构版本">{info.schemaVersion}</Descriptions.Item>
          <Descriptions.Item label="运行方式">{transport === 'ipc' ? '桌面程序' : '浏览器模式（本机服务）'}</Descriptions.Item>
          <Descriptions.Item label="本机登录用户">{info.osUser}</Descriptions.Item>
          <Descriptions.Item label="经办人">
            <OperatorField info={info} onSaved={setInfo} />
          </Descriptions.Item>
        </Descriptions>
      )}
      <WorkflowGuide />
    </div>
  );
}

/** The 经办人's name, whom imports, edits and the 操作日志 are recorded under. */
function OperatorField({ info, onSaved }: { info: AppInfo; onSaved(info: AppInfo): void }) {
  const { message } = App.useApp();
  const [name, setName] = useState(info.operator ?? '');
  const [saving, setSaving] = useState(false);
  const changed = name.trim() !== (info.operator ?? '');

  async function save() {
    setSaving(true);
    try {
      const saved = await api('app.setOperator', { name });
      onSaved(saved);
      setName(saved.operator ?? '');
      message.success(saved.operator ? `经办人已设为${saved.operator}` : `已清除经办人，记为本机登录用户 ${saved.osUser}`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Space orientation="vertical" size={4}>
      <Space>
        <Input
          aria-label="经办人"
          style={{ width: 200 }}
          maxLength={20}
          placeholder="姓名"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => changed && save()}
        />
        <Button type="primary" disabled={!changed} loading={saving} onClick={save}>
          保存
        </Button>
      </Space>
      <Typography.Text type="secondary" data-testid="operator-note">
        导入记录的“导入人”、进展的修改人和操作日志记为{info.operator ? `“${info.operator}”` : `本机登录用户“${info.osUser}”（未设经办人）`}。多人共用一台电脑或一个登录用户时，请填写本人姓名；这一设置随数据库保存。
      </Typography.Text>
    </Space>
  );
}
