// Rows no task was found for: shown so nothing is silently dropped, each assignable by hand.
import { Table, Typography } from 'antd';
import type { UnmatchedRow } from '../../../../electron/shared/api/progress';
import { PROGRESS_TEXT_LABELS, type Task } from '../../../../electron/shared/types';
import { importPagination } from './importPaging';
import { TaskSelect } from './TaskSelect';
import type { RowWord } from './rowWord';

interface Props {
  rows: UnmatchedRow[];
  tasks: Task[];
  unitTaskIds: ReadonlySet<number>;
  /** 段 for a report read in words, whose rows are its paragraphs. */
  rowWord: RowWord;
  onAssign(row: number, taskId: number | null): void;
}

/** “存在问题：…；下步计划：…”: the row's other filled fields, named. */
function otherFields(r: UnmatchedRow): string {
  const named: [string, string][] = [
    [PROGRESS_TEXT_LABELS.problems, r.problems],
    [PROGRESS_TEXT_LABELS.nextSteps, r.nextSteps],
    [PROGRESS_TEXT_LABELS.remarks, r.remarks],
  ];
  return named
    .filter(([, text]) => text.trim())
    .map(([name, text]) => `${name}：${text.trim().replace(/[。；;]$/, '')}`)
    .join('；');
}

export function UnmatchedRowsTable({ rows, tasks, unitTaskIds, rowWord, onAssign }: Props) {
  if (rows.length === 0) return null;
  return (
    <div style={{ marginTop: 12 }} data-testid="import-unmatched">
      <Typography.Text strong>
        未匹配到任务的{rowWord === '段' ? '段落' : '行'}（{rows.length}）
      </Typography.Text>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
        这些行不会导入；如确属某项任务，可为其指定任务。
      </Typography.Text>
      <Table<UnmatchedRow>
        rowKey="row"
        size="small"
        bordered
        pagination={importPagination(rows.length)}
        dataSource={rows}
        style={{ marginTop: 6 }}
        columns={[
          { title: rowWord, dataIndex: 'row', width: 48, align: 'right' },
          { title: '序号', dataIndex: 'seq', width: 56 },
          { title: '任务内容（原文）', dataIndex: 'content', ellipsis: true },
          { title: '进展情况', dataIndex: 'progress', ellipsis: true },
          { title: '完成状态', dataIndex: 'statusText', width: 88, ellipsis: true },
          // Problems, next steps and remarks share one column: the task picker takes the rest of the row.
          { title: '其他内容', render: (_, r) => otherFields(r), ellipsis: true },
          {
            title: '指定任务',
            width: 260,
            render: (_, r) => (
              <TaskSelect
                tasks={tasks}
                unitTaskIds={unitTaskIds}
                value={undefined}
                allowSkip={false}
                placeholder="选择任务后导入此行"
                onChange={(taskId) => onAssign(r.row, taskId)}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
