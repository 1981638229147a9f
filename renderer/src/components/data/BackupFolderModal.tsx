// 备份文件夹: where the automatic and manual backups go (e.g. a USB stick or a network share).
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { BackupOverview } from '../../../../electron/shared/api/data';
import { api } from '../../api/client';
import { PathInput } from './PathInput';

interface Props {
  overview: BackupOverview;
  open: boolean;
  onClose(): void;
  onChanged(overview: BackupOverview): void;
}

export function BackupFolderModal({ overview, open, onClose, onChanged }: Props) {
  const { message } = App.useApp();
  const [dir, setDir] = useState(overview.dir ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(value: string | null) {
    setBusy(true);
    setError(null);
    try {
      const next = await api('data.setBackupDir', { dir: value });
      message.success(`备份文件夹已设为 ${next.dir}`);
      onChanged(next);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      title="备份文件夹"
      open={open}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={() => save(null)} disabled={!overview.custom} loading={busy}>
            恢复默认
          </Button>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" onClick={() => save(dir.trim())} disabled={!dir.trim()} loading={busy} data-testid="backup-folder-save">
            保存
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <PathInput
          value={dir}
          onChange={setDir}
          onPressEnter={() => dir.trim() && !busy && void save(dir.trim())}
          kind="folder"
          placeholder="文件夹的完整路径，例如 E:\台账备份"
          testId="backup-folder-path"
        />
        <Typography.Text type="secondary">
          默认文件夹：{overview.defaultDir}。可选 U 盘或网络共享文件夹；已有的备份留在原处，不会移动。
        </Typography.Text>
        {error && <Alert type="error" showIcon title={error} />}
      </Space>
    </Modal>
  );
}
