import { Tag } from 'antd';
import { useCallback, useMemo } from 'react';
import type { ParsedPlan, ParsedTask } from '../../../../electron/shared/types';
import { ROLES } from '../../../../electron/shared/types';
import { VirtualTable, type VirtualColumn } from '../VirtualTable';
import { EditableText } from './EditableText';
import { EditableUnits } from './EditableUnits';
import { deadlineLabel, joinUnits, ROLE_COLUMN_TITLES } from './labels';
import { linesIn, memoHeight, rowHeightFor, SECTION_ROW_HEIGHT, tagStackHeight } from './rowHeights';
import { SectionHeading } from './SectionHeading';
import type { LedgerRow } from './sectionRows';
import { flexWidth } from './tableLayout';
import './ledger.css';

/** A task of the preview and its position in ParsedPlan.tasks (rows may be filtered). */
export interface PreviewItem {
  task: ParsedTask;
  index: number;
}

export type PreviewEdit = Partial<Pick<ParsedTask, 'seq' | 'content' | 'deadlineText' | 'units' | 'warnings'>>;

interface Props {
  rows: LedgerRow<PreviewItem>[];
  /** The parse as it came, to mark the cells the official changed. */
  original: ParsedPlan;
  width: number;
  height: number;
  unitOptions: readonly string[];
  onEdit(index: number, edit: PreviewEdit): void;
}

type Row = LedgerRow<PreviewItem>;
const WIDTHS = { seq: 52, lead: 110, joint: 150, cooperating: 110, national: 130, deadline: 110, warnings: 190 };
const FIXED_WIDTH = Object.values(WIDTHS).reduce((a, b) => a + b, 0);
const MAX_LINES = { content: 4, units: 4, deadline: 4 };

/** The parsed plan as an editable table: click a cell to correct it before saving. */
export function PreviewTable({ rows, original, width, height, unitOptions, onEdit }: Props) {
  const contentWidth = flexWidth(width, FIXED_WIDTH, 320);

  const rowHeight = useCallback(
    (row: Row) => {
      if (row.kind === 'section') return SECTION_ROW_HEIGHT;
      const t = row.task.task;
      return memoHeight('preview', contentWidth, t, () => {
        const lines = Math.max(
          linesIn(t.content, contentWidth, MAX_LINES.content),
          ...ROLES.map((r) => linesIn(joinUnits(t.units[r]), WIDTHS[r], MAX_LINES.units)),
          linesIn(deadlineLabel(t), WIDTHS.deadline, MAX_LINES.deadline),
        );
        return rowHeightFor(lines, tagStackHeight(t.warnings, WIDTHS.warnings));
      });
    },
    [contentWidth],
  );

  const columns = useMemo((): VirtualColumn<Row>[] => {
    const item = (row: Row) => (row as Extract<Row, { kind: 'task' }>).task;
    /** Tints the cells the official has changed. */
    const edited = (changed: (now: ParsedTask, was: ParsedTask | undefined) => boolean) => (row: Row) =>
      changed(item(row).task, original.tasks[item(row).index]) ? 'preview-edited' : undefined;
    return [
      {
        key: 'seq',
        title: '序号',
        width: WIDTHS.seq,
        align: 'center',
        cellClassName: edited((n, w) => n.seq !== w?.seq),
        render: (row) => <EditableText trigger="click" aria-label="序号" value={item(row).task.seq} onCommit={(seq) => onEdit(item(row).index, { seq })} />,
      },
      {
        key: 'content',
        title: '工作任务',
        width: contentWidth,
        cellClassName: edited((n, w) => n.content !== w?.content),
        render: (row) => (
          <EditableText
            trigger="click"
            multiline
            aria-label="工作任务"
            title={item(row).task.content}
            value={item(row).task.content}
            display={<div className="clamp-4">{item(row).task.content}</div>}
            onCommit={(content) => content && onEdit(item(row).index, { content })}
          />
        ),
      },
      ...ROLES.map(
        (role): VirtualColumn<Row> => ({
          key: role,
          title: ROLE_COLUMN_TITLES[role],
          width: WIDTHS[role],
          cellClassName: edited((n, w) => joinUnits(n.units[role]) !== joinUnits(w?.units[role] ?? [])),
          render: (row) => (
            <EditableUnits
              trigger="click"
              aria-label={ROLE_COLUMN_TITLES[role]}
              value={item(row).task.units[role]}
              options={unitOptions}
              onCommit={(names) => onEdit(item(row).index, { units: { ...item(row).task.units, [role]: names } })}
            />
          ),
        }),
      ),
      {
        key: 'deadline',
        title: '完成时限',
        width: WIDTHS.deadline,
        cellClassName: edited((n, w) => n.deadlineText !== w?.deadlineText),
        render: (row) => (
          <EditableText
            trigger="click"
            aria-label="完成时限"
            value={item(row).task.deadlineText}
            display={<div className="clamp-4">{deadlineLabel(item(row).task)}</div>}
            onCommit={(deadlineText) => onEdit(item(row).index, { deadlineText })}
          />
        ),
      },
      {
        key: 'warnings',
        title: '提示',
        width: WIDTHS.warnings,
        render: (row) => {
          const { task, index } = item(row);
          return task.warnings.map((w) => (
            <Tag
              key={w}
              color="warning"
              closable
              closeIcon={<span title="已核对，去掉此提示">×</span>}
              onClose={() => onEdit(index, { warnings: task.warnings.filter((x) => x !== w) })}
              className="preview-warning"
            >
              {w}
            </Tag>
          ));
        },
      },
    ];
  }, [contentWidth, original, unitOptions, onEdit]);

  return (
    <VirtualTable<Row>
      className="preview-table"
      data-testid="preview-table"
      rows={rows}
      columns={columns}
      rowKey={(row) => row.key}
      rowHeight={rowHeight}
      fullRow={(row) => (row.kind === 'section' ? <SectionHeading label={row.label} count={row.count} /> : null)}
      rowClassName={(row) => (row.kind === 'task' && row.task.task.warnings.length ? 'ledger-warned-row' : undefined)}
      height={height}
      empty="没有需要核对的任务"
    />
  );
}
