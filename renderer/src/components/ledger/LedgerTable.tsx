import { ProfileOutlined } from '@ant-design/icons';
import { useCallback, useMemo } from 'react';
import { ROLES, type Role, type Task } from '../../../../electron/shared/types';
import { VirtualTable, type VirtualColumn } from '../VirtualTable';
import { EditableText } from './EditableText';
import { EditableUnits } from './EditableUnits';
import { deadlineLabel, joinUnits, ROLE_COLUMN_TITLES } from './labels';
import { linesIn, memoHeight, rowHeightFor, SECTION_ROW_HEIGHT } from './rowHeights';
import { SectionHeading } from './SectionHeading';
import type { LedgerRow } from './sectionRows';
import { flexWidth } from './tableLayout';
import type { TaskPatch } from './useLedgerData';
import './ledger.css';

interface Props {
  rows: LedgerRow<Task>[];
  width: number;
  height: number;
  unitOptions: readonly string[];
  /** The unit the ledger is filtered by, marked in the unit columns. */
  highlightUnit: string | null;
  onOpen(task: Task): void;
  onEdit(task: Task, patch: TaskPatch): void;
}

type Row = LedgerRow<Task>;
const WIDTHS = { seq: 52, lead: 120, joint: 180, cooperating: 130, national: 150, deadline: 110, open: 40 };
const FIXED_WIDTH = Object.values(WIDTHS).reduce((a, b) => a + b, 0);
/**
 * Lines shown before the text is cut off with "…" (the drawer shows all of it). A 完成时限 with a
 * clause ("2024年6月底前完成，并长期坚持") takes three lines: read whole, as the unit lists are.
 */
const MAX_LINES = { content: 3, units: 4, deadline: 4 };

/** The plan's tasks in a virtual table (thousands of rows stay smooth); double-click a cell to edit it. */
export function LedgerTable({ rows, width, height, unitOptions, highlightUnit, onOpen, onEdit }: Props) {
  const contentWidth = flexWidth(width, FIXED_WIDTH, 360);

  const rowHeight = useCallback(
    (row: Row) => {
      if (row.kind === 'section') return SECTION_ROW_HEIGHT;
      const t = row.task;
      return memoHeight('ledger', contentWidth, t, () =>
        rowHeightFor(
          Math.max(
            linesIn(t.content, contentWidth, MAX_LINES.content),
            ...ROLES.map((r) => linesIn(joinUnits(t.units[r]), WIDTHS[r], MAX_LINES.units)),
            linesIn(deadlineLabel(t), WIDTHS.deadline, MAX_LINES.deadline),
          ),
        ),
      );
    },
    [contentWidth],
  );

  const columns = useMemo((): VirtualColumn<Row>[] => {
    const task = (row: Row) => (row as Extract<Row, { kind: 'task' }>).task;
    return [
      {
        key: 'seq',
        title: '序号',
        width: WIDTHS.seq,
        align: 'center',
        render: (row) => (
          <EditableText trigger="doubleClick" aria-label="序号" value={task(row).seq} onCommit={(seq) => seq && onEdit(task(row), { seq })} />
        ),
      },
      {
        key: 'content',
        title: '工作任务',
        width: contentWidth,
        render: (row) => (
          <EditableText
            trigger="doubleClick"
            multiline
            aria-label="工作任务"
            title={task(row).content}
            value={task(row).content}
            display={<div className="clamp-3">{task(row).content}</div>}
            onCommit={(content) => content && onEdit(task(row), { content })}
          />
        ),
      },
      ...ROLES.map(
        (role: Role): VirtualColumn<Row> => ({
          key: role,
          title: ROLE_COLUMN_TITLES[role],
          width: WIDTHS[role],
          render: (row) => (
            <EditableUnits
              trigger="doubleClick"
              aria-label={ROLE_COLUMN_TITLES[role]}
              value={task(row).units[role]}
              options={unitOptions}
              highlight={highlightUnit}
              onCommit={(names) => onEdit(task(row), { units: { ...task(row).units, [role]: names } })}
            />
          ),
        }),
      ),
      {
        key: 'deadline',
        title: '完成时限',
        width: WIDTHS.deadline,
        render: (row) => (
          <EditableText
            trigger="doubleClick"
            aria-label="完成时限"
            value={task(row).deadlineText}
            display={<div className="clamp-4">{deadlineLabel(task(row))}</div>}
            onCommit={(deadlineText) => onEdit(task(row), { deadlineText })}
          />
        ),
      },
      {
        key: 'open',
        title: '',
        width: WIDTHS.open,
        align: 'center',
        render: (row) => (
          <button type="button" className="ledger-open" title="详情" aria-label={`任务${task(row).seq}详情`} onClick={() => onOpen(task(row))}>
            <ProfileOutlined />
          </button>
        ),
      },
    ];
  }, [contentWidth, unitOptions, highlightUnit, onOpen, onEdit]);

  return (
    <VirtualTable<Row>
      className="ledger-table"
      data-testid="ledger-table"
      rows={rows}
      columns={columns}
      rowKey={(row) => row.key}
      rowHeight={rowHeight}
      fullRow={(row) => (row.kind === 'section' ? <SectionHeading label={row.label} count={row.count} /> : null)}
      rowClassName={(row) => (row.kind === 'section' ? 'ledger-section-row' : row.task.warnings.length ? 'ledger-warned-row' : undefined)}
      height={height}
      empty="没有符合条件的任务"
    />
  );
}
