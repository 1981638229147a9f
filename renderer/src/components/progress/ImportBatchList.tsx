// The batch at a glance: one line per dropped file (per table of a file imported with all its
// tables), click one to review it below.
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ImportedFile } from '../../../../electron/shared/api/progress';
import type { Period } from '../../../../electron/shared/types';
import { ImportStatusTag } from './ImportStatusTag';
import {
  decisionOf,
  droppedName,
  entryKey,
  goesToOtherPeriod,
  isTableEntry,
  pendingRows,
  refusedWhateverChosen,
  unassignedRows,
  type ImportDecisions,
} from './importDecisions';
import { periodLabel } from './periods';

interface Props {
  files: ImportedFile[];
  decisions: ImportDecisions;
  periods: Period[];
  /** The period chosen for the import (a file may name another). */
  chosenPeriod: string;
  /** The selected entry (entryKey). */
  selected: string | null;
  onSelect(entry: string): void;
  onRemove(fileName: string): void;
}

function diffCounts(f: ImportedFile) {
  const count = (d: string) => f.rows.filter((r) => r.diff === d).length;
  return { added: count('new'), changed: count('changed'), unchanged: count('unchanged') };
}

export function ImportBatchList({ files, decisions, periods, chosenPeriod, selected, onSelect, onRemove }: Props) {
  const expanded = new Set(files.filter(isTableEntry).map((f) => f.sha256));
  return (
    <Table<ImportedFile>
      data-testid="import-batch"
      rowKey={entryKey}
      size="small"
      pagination={false}
      dataSource={files}
      // At the narrowest window the columns scroll sideways rather than squeeze the file name out; in a
      // wider one the file name, which tells the files apart, takes the room the others do not need.
      scroll={{ x: 1036, y: 240 }}
      rowClassName={(f) => (entryKey(f) === selected ? 'progress-row-selected' : '')}
      onRow={(f) => ({ onClick: () => onSelect(entryKey(f)), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: '文件',
          ellipsis: true,
          // The table first: a long file name is cut short, the table it stands for must show.
          render: (_, f) => {
            const table = expanded.has(f.sha256) && f.sheet;
            const joint = f.jointOf !== undefined;
            return table || f.archive || joint ? (
              <span title={joint ? `${f.file}（联合报送，与${f.jointOf}同一份表）` : table ? `${f.file}（${f.sheet}）` : f.file}>
                {f.archive && (
                  <Tag color="blue" style={{ marginInlineEnd: 4 }}>
                    压缩包
                  </Tag>
                )}
                {joint && (
                  <Tag color="purple" style={{ marginInlineEnd: 4 }}>
                    联合报送
                  </Tag>
                )}
                {table && <Tag style={{ marginInlineEnd: 4 }}>{f.sheet}</Tag>}
                {f.archive ? f.file.slice(f.archive.length + 1) : f.file}
              </span>
            ) : (
              f.file
            );
          },
        },
        {
          title: '单位',
          width: 170,
          // Not “未识别” in red for a file no choice of unit would let in.
          render: (_, f) =>
            f.unit ??
            (f.skipped || refusedWhateverChosen(f) ? <Typography.Text type="secondary">—</Typography.Text> : null) ??
            (f.unitConflict ? (
              <Typography.Text type="warning">{`${f.unitConflict.written}或${f.unitConflict.identified}？`}</Typography.Text>
            ) : (
              <Typography.Text type="danger">未识别</Typography.Text>
            )),
        },
        {
          title: '期次',
          width: 130,
          // A file naming another period (last quarter's reused form) goes there: marked in the list.
          render: (_, f) =>
            goesToOtherPeriod(f, chosenPeriod) ? (
              <Typography.Text type="warning" title="文件注明的是另一期次，按该期次导入">
                {periodLabel(f.period, periods)}
              </Typography.Text>
            ) : (
              periodLabel(f.period, periods)
            ),
        },
        {
          title: '行数',
          width: 120,
          // A refused file was not read: no count of matched rows to give.
          render: (_, f) =>
            f.status === 'rejected' ? (
              <Typography.Text type="secondary">—</Typography.Text>
            ) : (
              <span>
                匹配 {f.rows.length}
                {f.unmatched.length > 0 && <Typography.Text type="warning">，未匹配 {f.unmatched.length}</Typography.Text>}
              </span>
            ),
        },
        {
          title: '变化',
          width: 190,
          render: (_, f) => {
            const c = diffCounts(f);
            const unmatched = unassignedRows(f, decisionOf(decisions, f)).length;
            return (
              <Space size={4} wrap>
                {c.added > 0 && <Tag color="green">新增 {c.added}</Tag>}
                {c.changed > 0 && <Tag color="orange">修改 {c.changed}</Tag>}
                {c.unchanged > 0 && <Tag>无变化 {c.unchanged}</Tag>}
                {unmatched > 0 && <Tag color="red">未匹配 {unmatched}</Tag>}
              </Space>
            );
          },
        },
        {
          title: '待确认',
          width: 70,
          align: 'center',
          render: (_, f) => {
            const n = pendingRows(f, decisionOf(decisions, f)).length;
            return n > 0 ? <Tag color="warning">{n}</Tag> : <Typography.Text type="secondary">—</Typography.Text>;
          },
        },
        { title: '状态', width: 80, render: (_, f) => <ImportStatusTag file={f} /> },
        {
          title: '',
          width: 56,
          render: (_, f) => (
            <Button
              type="link"
              size="small"
              title={removalTitle(f, expanded.has(f.sha256))}
              onClick={(e) => {
                e.stopPropagation();
                onRemove(droppedName(f));
              }}
            >
              移除
            </Button>
          ),
        },
      ]}
    />
  );
}

/** What 移除 takes away, where that is more than the row: the whole zip, or every table (or joint return's unit) of the file. */
function removalTitle(f: ImportedFile, tablesListed: boolean): string | undefined {
  if (f.archive) return `移除压缩包“${f.archive}”，连同其中的各个文件`;
  if (f.jointOf !== undefined) return `移除文件“${f.file}”，连同它记为各单位报送的各行`;
  return tablesListed ? `移除文件“${f.file}”，连同其中的各张表` : undefined;
}
