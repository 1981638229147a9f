// Shown instead of the app when the database could not be opened: the problem, the newest good
// backup to restore, other backups (also from another folder), or another database to open.
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import type { DataStatus } from '../../../../electron/shared/api/data';
import { backupReasonLabel } from '../../../../electron/shared/auditLabels';
import { formatBytes, localTime } from '../../../../electron/shared/format';
import { useQuery } from '../../api/useQuery';
import { BackupTable } from './BackupTable';
import { OpenDatabaseModal } from './OpenDatabaseModal';
import { PathInput } from './PathInput';
import { useRestore } from './useRestore';

export function RecoveryScreen({ status }: { status: DataStatus }) {
  const [folderInput, setFolderInput] = useState('');
  const [folder, setFolder] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const list = useQuery('data.backups', folder ? { dir: folder } : {});
  const { restoring, confirmRestore } = useRestore({ dir: folder ?? undefined, damaged: true });
  const newest = folder ? (list.data?.backups.find((b) => b.integrity === 'ok') ?? null) : status.newestGood;

  return (
    <div style={{ maxWidth: 1100, margin: '0 auto', padding: 24 }} data-testid="recovery-screen">
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          工作要点台账 · 数据恢复
        </Typography.Title>
        <Alert
          type="error"
          showIcon
          title="数据库文件已损坏，无法打开"
          description={
            <>
              <div>{status.problem}</div>
              <div style={{ marginTop: 4 }}>损坏的文件不会被覆盖：恢复时它会被改名保留在原文件夹中，可交技术人员进一步处理。</div>
            </>
          }
        />

        <Card size="small" title="推荐：从最新的完好备份恢复">
          {newest ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Descriptions size="small" column={3} bordered>
                <Descriptions.Item label="备份时间">{localTime(newest.createdAt)}</Descriptions.Item>
                <Descriptions.Item label="类型">{backupReasonLabel(newest.reason)}</Descriptions.Item>
                <Descriptions.Item label="大小">{formatBytes(newest.size)}</Descriptions.Item>
                <Descriptions.Item label="计划">{newest.plans ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="期次">{newest.periods ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="完整性检查">通过</Descriptions.Item>
              </Descriptions>
              <Button type="primary" size="middle" onClick={() => confirmRestore(newest)} loading={restoring === newest.file} data-testid="restore-newest">
                从此备份恢复
              </Button>
            </Space>
          ) : (
            <Typography.Text>在备份文件夹 {folder ?? status.backupDir ?? '（未设置）'} 中没有找到完好的备份。可在下方指定其他文件夹（如 U 盘），或打开其他数据库。</Typography.Text>
          )}
        </Card>

        <Card size="small" title={`全部备份（${folder ?? status.backupDir ?? '未设置备份文件夹'}）`}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
              <PathInput value={folderInput} onChange={setFolderInput} kind="folder" placeholder="在其他文件夹中查找备份，例如 E:\台账备份" />
              <Button onClick={() => setFolder(folderInput.trim() || null)}>查找</Button>
            </Space.Compact>
            {list.error && <Alert type="error" showIcon title={list.error} />}
            <BackupTable backups={list.data?.backups ?? []} loading={list.loading} emptyText="此文件夹中没有备份" onRestore={confirmRestore} restoring={restoring} />
          </Space>
        </Card>

        <Space>
          <Button onClick={() => setOpening(true)}>打开其他数据库…</Button>
          <Typography.Text type="secondary">当前数据库文件：{status.dbPath}</Typography.Text>
        </Space>
      </Space>
      {opening && <OpenDatabaseModal open onClose={() => setOpening(false)} currentPath={status.dbPath} />}
    </div>
  );
}
