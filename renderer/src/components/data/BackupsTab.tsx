// 备份与恢复: the open database, where its backups go, the list of backups and the actions on them.
import { DatabaseOutlined, ExportOutlined, FolderOpenOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Space } from 'antd';
import { useState } from 'react';
import { formatBytes } from '../../../../electron/shared/format';
import { api } from '../../api/client';
import { saveFile } from '../../api/files';
import { useQuery } from '../../api/useQuery';
import { BackupFolderModal } from './BackupFolderModal';
import { BackupTable } from './BackupTable';
import { OpenDatabaseModal } from './OpenDatabaseModal';
import { useRestore } from './useRestore';

export function BackupsTab() {
  const { message } = App.useApp();
  const status = useQuery('data.status', {});
  const overview = useQuery('data.backups', {});
  const { restoring, confirmRestore } = useRestore();
  const [busy, setBusy] = useState<'backup' | 'export' | null>(null);
  const [dialog, setDialog] = useState<'folder' | 'open' | null>(null);

  async function backupNow() {
    setBusy('backup');
    try {
      const made = await api('data.backup', {});
      message.success(`已备份：${made.file}`);
      await Promise.all([overview.reload(), status.reload()]);
    } catch (e) {
      message.error((e as Error).message, 8);
    } finally {
      setBusy(null);
    }
  }

  async function exportDatabase() {
    setBusy('export');
    try {
      await saveFile(await api('data.exportDatabase', {}));
    } catch (e) {
      message.error((e as Error).message, 8);
    } finally {
      setBusy(null);
    }
  }

  const info = overview.data;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={1} styles={{ label: { width: 120 } }} data-testid="data-location">
        <Descriptions.Item label="当前数据库">
          {status.data ? `${status.data.dbPath}（${formatBytes(status.data.dbSize)}）` : '…'}
        </Descriptions.Item>
        <Descriptions.Item label="备份文件夹">
          <Space size={8} wrap>
            <span data-testid="backup-dir">{info ? (info.dir ?? '备份已关闭') : '…'}</span>
            {info && <span style={{ color: '#888' }}>{info.custom ? '（自选）' : '（默认：数据库旁的 backups 文件夹）'}</span>}
            <Button size="small" icon={<FolderOpenOutlined />} onClick={() => setDialog('folder')} disabled={!info}>
              更改…
            </Button>
          </Space>
        </Descriptions.Item>
      </Descriptions>

      <Space wrap>
        <Button type="primary" icon={<SaveOutlined />} loading={busy === 'backup'} onClick={backupNow} data-testid="backup-now">
          立即备份
        </Button>
        <Button icon={<ExportOutlined />} loading={busy === 'export'} onClick={exportDatabase}>
          导出整个数据库
        </Button>
        <Button icon={<DatabaseOutlined />} onClick={() => setDialog('open')}>
          打开其他数据库…
        </Button>
      </Space>

      <Alert
        type="info"
        showIcon
        title="每次导入进展、撤销导入、重新导入计划、删除计划、合并单位、删除单位、程序升级和恢复之前都会自动备份，每天首次启动时也备份一次。保留最近 30 份，以及每个月的最后一份。"
      />
      {overview.error && <Alert type="error" showIcon title={overview.error} />}

      <BackupTable
        backups={info?.backups ?? []}
        loading={overview.loading}
        emptyText="尚无备份。点击“立即备份”创建第一份。"
        onRestore={confirmRestore}
        restoring={restoring}
      />

      {info && dialog === 'folder' && (
        <BackupFolderModal overview={info} open onClose={() => setDialog(null)} onChanged={(next) => overview.setData(() => next)} />
      )}
      {dialog === 'open' && <OpenDatabaseModal open onClose={() => setDialog(null)} currentPath={status.data?.dbPath ?? ''} />}
    </Space>
  );
}
