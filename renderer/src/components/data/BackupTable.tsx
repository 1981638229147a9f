// The list of backups: when, why, how big, what it holds and whether it passed its integrity check.
import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { BackupInfo } from '../../../../electron/shared/api/data';
import { backupReasonLabel } from '../../../../electron/shared/auditLabels';
import { formatBytes, localTime } from '../../../../electron/shared/format';

interface Props {
  backups: BackupInfo[];
  loading?: boolean;
  emptyText: string;
  /** Restore button per row; absent to show the list only. */
  onRestore?: (backup: BackupInfo) => void;
  restoring?: string | null;
}

export function BackupTable({ backups, loading, emptyText, onRestore, restoring }: Props) {
  return (
    <Table<BackupInfo>
      data-testid="backup-table"
      rowKey="file"
      size="small"
      bordered
      loading={loading}
      dataSource={backups}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText }}
      columns={[
        { title: '备份时间', dataIndex: 'createdAt', width: 160, render: (t: string) => localTime(t) },
        { title: '类型', dataIndex: 'reason', width: 150, render: (r: string) => backupReasonLabel(r) },
        { title: '大小', dataIndex: 'size', width: 80, align: 'right', render: (n: number) => formatBytes(n) },
        { title: '计划', dataIndex: 'plans', width: 56, align: 'right', render: (n: number | null) => n ?? '—' },
        { title: '期次', dataIndex: 'periods', width: 56, align: 'right', render: (n: number | null) => n ?? '—' },
        {
          title: '完整性检查',
          dataIndex: 'integrity',
          width: 100,
          align: 'center',
          render: (_, b) => (
            <Tooltip title={b.integrity === 'ok' ? `${localTime(b.checkedAt)} 检查通过` : `检查未通过：${b.integrityDetail ?? ''}`}>
              {b.integrity === 'ok' ? <Tag color="green">通过</Tag> : <Tag color="red">已损坏</Tag>}
            </Tooltip>
          ),
        },
        {
          title: '文件',
          dataIndex: 'file',
          ellipsis: { showTitle: false },
          render: (file: string, b) => (
            <Tooltip title={b.path} placement="topLeft">
              <Typography.Text type="secondary">{file}</Typography.Text>
            </Tooltip>
          ),
        },
        ...(onRestore
          ? [
              {
                title: '操作',
                width: 72,
                align: 'center' as const,
                render: (_: unknown, b: BackupInfo) => (
                  <Button
                    size="small"
                    disabled={b.integrity !== 'ok' || (restoring != null && restoring !== b.file)}
                    loading={restoring === b.file}
                    onClick={() => onRestore(b)}
                  >
                    恢复
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
