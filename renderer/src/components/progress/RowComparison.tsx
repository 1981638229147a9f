// What a row brings next to what is stored: the diff tag, its hover card, and the expanded view.
import { Popover, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { ImportedRow, ProgressFields, RowDiff } from '../../../../electron/shared/api/progress';
import { PROGRESS_TEXT_LABELS } from '../../../../electron/shared/types';
import { StatusTag } from './status';

const DIFF_TAGS: Record<RowDiff, { color: string; label: string }> = {
  new: { color: 'green', label: '新增' },
  changed: { color: 'orange', label: '修改' },
  unchanged: { color: 'default', label: '无变化' },
};

const TEXT_FIELDS: { key: Exclude<keyof ProgressFields, 'status' | 'statusText'>; label: string }[] = [
  { key: 'progress', label: PROGRESS_TEXT_LABELS.progress },
  { key: 'problems', label: PROGRESS_TEXT_LABELS.problems },
  { key: 'nextSteps', label: PROGRESS_TEXT_LABELS.nextSteps },
  { key: 'remarks', label: PROGRESS_TEXT_LABELS.remarks },
];

interface Line {
  label: string;
  incoming: ReactNode;
  stored: ReactNode;
  differs: boolean;
}

function lines(row: ImportedRow): Line[] {
  const prev = row.previous;
  return [
    {
      label: '完成状态',
      incoming: <StatusTag status={row.status} original={row.statusText} />,
      stored: prev ? <StatusTag status={prev.status} original={prev.statusText} /> : '—',
      differs: !prev || prev.status !== row.status,
    },
    ...TEXT_FIELDS.map(({ key, label }) => ({
      label,
      incoming: row[key] || '—',
      stored: prev ? prev[key] || '—' : '—',
      differs: !prev || prev[key] !== row[key],
    })),
  ];
}

/**
 * What a row is compared with: the stored records, and for a later file of a unit and period the
 * batch's earlier files of it too (imported first, so what they write is what this file changes).
 */
export function storedLabel(earlierFiles: readonly string[]): string {
  return earlierFiles.length ? `已存数据（含本批先导入的“${earlierFiles.join('”“')}”）` : '已存数据';
}

/** Side by side: this file's values and the stored ones, differing lines marked. */
export function RowComparison({ row, stored }: { row: ImportedRow; stored: string }) {
  return (
    <Table<Line>
      size="small"
      bordered
      pagination={false}
      rowKey="label"
      dataSource={lines(row)}
      rowClassName={(l) => (l.differs && row.previous ? 'progress-line-changed' : '')}
      columns={[
        { title: '', dataIndex: 'label', width: 80 },
        { title: '本次报送', dataIndex: 'incoming', render: (v: ReactNode) => <div className="progress-text">{v}</div> },
        { title: stored, dataIndex: 'stored', render: (v: ReactNode) => <div className="progress-text">{v}</div> },
      ]}
    />
  );
}

export function DiffTag({ row, stored }: { row: ImportedRow; stored: string }) {
  const { color, label } = DIFF_TAGS[row.diff];
  const tag = <Tag color={color}>{label}</Tag>;
  if (row.diff !== 'changed' || !row.previous) return tag;
  return (
    <Popover
      title={stored}
      content={
        <div style={{ maxWidth: 420 }} className="progress-text">
          <StatusTag status={row.previous.status} original={row.previous.statusText} />
          <div style={{ marginTop: 6 }}>{row.previous.progress || '（无进展内容）'}</div>
        </div>
      }
    >
      {tag}
    </Popover>
  );
}
