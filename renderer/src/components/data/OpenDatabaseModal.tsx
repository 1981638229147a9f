// 打开其他数据库: switch the app to another file (or a new, empty one), then reload every view.
import { Alert, App, Checkbox, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useUi } from '../../store';
import { PathInput } from './PathInput';

export function OpenDatabaseModal({ open, onClose, currentPath }: { open: boolean; onClose(): void; currentPath: string }) {
  const { message } = App.useApp();
  const [path, setPath] = useState('');
  const [create, setCreate] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const status = await api('data.openDatabase', { path: path.trim(), create });
      // The plan chosen was one of the other database's: here the same number may be another plan.
      useUi.getState().setPlan(null);
      message.success(`已打开 ${status.dbPath}，正在重新载入…`);
      setTimeout(() => window.location.reload(), 600);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <Modal
      title="打开其他数据库"
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText="打开"
      cancelText="取消"
      okButtonProps={{ disabled: !path.trim(), loading: busy, 'data-testid': 'open-database-ok' }}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">当前：{currentPath}</Typography.Text>
        <PathInput
          value={path}
          onChange={setPath}
          onPressEnter={() => path.trim() && !busy && void submit()}
          kind={create ? 'newDatabase' : 'database'}
          placeholder="数据库文件的完整路径，例如 D:\台账\2024.db"
          testId="open-database-path"
        />
        <Checkbox checked={create} onChange={(e) => setCreate(e.target.checked)}>
          文件不存在时新建一个空数据库
        </Checkbox>
        <Typography.Text type="secondary">当前数据库保持不变，可随时再切换回来。</Typography.Text>
        {error && <Alert type="error" showIcon title={error} />}
      </Space>
    </Modal>
  );
}
