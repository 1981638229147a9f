// The matched rows of one file: which task each went to, what it says, what it changes.
import { WarningOutlined } from '@ant-design/icons';
import { Table, Tooltip, Typography, type TableRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ImportedFile, ImportedRow } from '../../../../electron/shared/api/progress';
import type { Task } from '../../../../electron/shared/types';
import { importPagination, pageOf } from './importPaging';
import { isKept, isPending, rowTaskChoice, type FileDecision } from './importDecisions';
import { KeepChoice, MatchCell } from './RowDecisionControls';
import { DiffTag, RowComparison } from './RowComparison';
import { StatusTag } from './status';
import { rowWordOf } from './rowWord';

interface Props {
  file: ImportedFile;
  /** What the rows are compared with (storedLabel). */
  stored: string;
  decision: FileDecision | undefined;
  tasks: Task[];
  taskById: ReadonlyMap<number, Task>;
  unitTaskIds: ReadonlySet<number>;
  readOnly: boolean;
  onRowTask(row: number, taskId: number | null | undefined): void;
  onKeep(taskId: number, keep: boolean): void;
  /** A sheet row to bring into view and mark (from the file's hints); `n` tells one request from the next. */
  focus: { row: number; n: number } | null;
}

const rowKey = (r: ImportedRow) => `${r.row}:${r.taskId}`;

export function ImportRowTable({ file, stored, decision, tasks, taskById, unitTaskIds, readOnly, onRowTask, onKeep, focus }: Props) {
  const table = useRef<TableRef>(null);
  const focusIndex = focus ? file.rows.findIndex((r) => r.row === focus.row) : -1;
  // A row asked for turns to its page (on a file of more than one), then comes into view once drawn.
  const [page, setPage] = useState(1);
  const [pagedFor, setPagedFor] = useState(focus);
  if (focus !== pagedFor) {
    setPagedFor(focus);
    if (focusIndex >= 0) setPage(pageOf(focusIndex));
  }
  const focusKey = focusIndex >= 0 ? rowKey(file.rows[focusIndex]!) : null;
  useEffect(() => {
    if (focusKey === null) return;
    const frame = requestAnimationFrame(() =>
      table.current?.nativeElement.querySelector(`tr[data-row-key="${CSS.escape(focusKey)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [focus, focusKey]);

  const decisionClass = (r: ImportedRow) => {
    const choice = rowTaskChoice(decision, r.row);
    if (choice === null) return 'progress-row-skipped';
    if (r.lowConfidence && choice === undefined) return 'progress-row-uncertain';
    return '';
  };
  const rowClass = (r: ImportedRow) => (focus?.row === r.row ? `progress-row-focused ${decisionClass(r)}` : decisionClass(r));

  const paging = importPagination(file.rows.length);
  return (
    <Table<ImportedRow>
      ref={table}
      data-testid="import-rows"
      // One row of the sheet may report on several tasks (序号 "12-13"): each is a line of its own.
      rowKey={rowKey}
      size="small"
      bordered
      dataSource={file.rows}
      pagination={paging && { ...paging, current: page, onChange: setPage }}
      rowClassName={rowClass}
      expandable={{ expandedRowRender: (r) => <RowComparison row={r} stored={stored} />, columnWidth: 32 }}
      // At the narrowest window the columns scroll sideways inside the table, not the whole page.
      scroll={{ x: 1070 }}
      columns={[
        { title: rowWordOf(file), dataIndex: 'row', width: 48, align: 'right' },
        { title: '序号', dataIndex: 'seq', width: 56 },
        {
          title: '匹配任务',
          width: 300,
          render: (_, r) => (
            <MatchCell
              row={r}
              choice={rowTaskChoice(decision, r.row)}
              tasks={tasks}
              taskById={taskById}
              unitTaskIds={unitTaskIds}
              onChoose={(taskId) => onRowTask(r.row, taskId)}
            />
          ),
        },
        { title: '完成状态', width: 140, render: (_, r) => <StatusTag status={r.status} original={r.statusText} /> },
        {
          // The text the official checks: the room the other columns do not need, up to three lines.
          title: '进展情况',
          dataIndex: 'progress',
          render: (text: string) => (
            <Tooltip title={<div className="progress-text">{text}</div>} placement="topLeft">
              <div className="import-row-progress">{text || <Typography.Text type="secondary">（未填写）</Typography.Text>}</div>
            </Tooltip>
          ),
        },
        { title: '变化', width: 72, render: (_, r) => <DiffTag row={r} stored={stored} /> },
        {
          title: '处理',
          width: 150,
          // A row waiting for confirmation writes nothing yet: no 覆盖 to offer until it is confirmed.
          render: (_, r) =>
            r.diff === 'changed' && r.taskId !== null && !isPending(r, decision) ? (
              <KeepChoice kept={isKept(decision, r.taskId)} disabled={readOnly} onChange={(keep) => onKeep(r.taskId!, keep)} />
            ) : null,
        },
        {
          title: '',
          width: 32,
          render: (_, r) =>
            r.warnings.length > 0 ? (
              <Tooltip title={r.warnings.join('；')}>
                <WarningOutlined style={{ color: '#faad14' }} aria-label="提示" />
              </Tooltip>
            ) : null,
        },
      ]}
    />
  );
}
