// The official's controls on one preview row: confirm or reassign an uncertain match, and keep or
// overwrite a stored value the file would change.
import { CheckOutlined } from '@ant-design/icons';
import { Button, Radio, Space, Tag, Tooltip, Typography } from 'antd';
import type { ImportedRow, MatchMethod } from '../../../../electron/shared/api/progress';
import type { Task } from '../../../../electron/shared/types';
import { TaskSelect, taskLabel } from './TaskSelect';

/** How a row found its task, in words an official reads at a glance; the tooltip says more. */
const METHOD_LABELS: Record<MatchMethod, string> = { id: '按识别信息匹配', seq: '按序号匹配', content: '按内容匹配' };
const METHOD_HINTS: Record<MatchMethod, string> = {
  id: '按下发时写在填报表里的识别信息对应到任务',
  seq: '按表中填写的序号对应到任务',
  content: '按任务内容的相似程度推测对应的任务',
};

interface MatchProps {
  row: ImportedRow;
  /** The official's choice for the row, undefined when none yet. */
  choice: number | null | undefined;
  tasks: Task[];
  taskById: ReadonlyMap<number, Task>;
  unitTaskIds: ReadonlySet<number>;
  onChoose(taskId: number | null | undefined): void;
}

function MatchBadge({ row }: { row: ImportedRow }) {
  if (!row.match) return null;
  const percent = Math.round(row.score * 100);
  return (
    <Tooltip
      title={
        row.quoted
          ? `表中这一行的任务内容是某项任务中的一段，只见于本单位的这一项任务（与整项任务的相似度 ${percent}%）`
          : row.match === 'content' || row.lowConfidence
            ? `${METHOD_HINTS[row.match]}，相似度 ${percent}%`
            : METHOD_HINTS[row.match]
      }
    >
      <Tag color={row.lowConfidence ? 'warning' : 'default'} style={{ marginInlineEnd: 4 }} data-testid="match-method">
        {row.quoted ? '按摘录匹配' : METHOD_LABELS[row.match]}
        {row.match === 'content' && !row.quoted && ` ${percent}%`}
      </Tag>
    </Tooltip>
  );
}

/** The matched task, and for uncertain or decided rows the controls to settle it. */
export function MatchCell({ row, choice, tasks, taskById, unitTaskIds, onChoose }: MatchProps) {
  const guessed = row.taskId !== null ? taskById.get(row.taskId) : undefined;
  if (choice !== undefined) {
    const chosen = choice === null ? undefined : taskById.get(choice);
    return (
      <Space size={4} wrap>
        {choice === null ? (
          <Tag>不导入</Tag>
        ) : (
          <Tag color="green" icon={<CheckOutlined />}>
            {choice === row.taskId ? '已确认' : '已改派'}
          </Tag>
        )}
        {chosen && <Typography.Text title={chosen.content}>{taskLabel(chosen, 24)}</Typography.Text>}
        <Typography.Link onClick={() => onChoose(undefined)}>撤回</Typography.Link>
      </Space>
    );
  }
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <span>
        <MatchBadge row={row} />
        {guessed ? <span title={guessed.content}>{taskLabel(guessed, 28)}</span> : '—'}
      </span>
      {row.lowConfidence && row.warnings[0] && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {row.warnings[0]}
        </Typography.Text>
      )}
      {row.lowConfidence && (
        <Space.Compact style={{ width: '100%' }} data-testid="low-confidence-controls">
          <Button size="small" type="primary" ghost disabled={row.taskId === null} onClick={() => onChoose(row.taskId)}>
            确认
          </Button>
          <TaskSelect tasks={tasks} unitTaskIds={unitTaskIds} value={undefined} onChange={onChoose} />
        </Space.Compact>
      )}
    </Space>
  );
}

/** 覆盖 / 保留原值 for a row that changes a stored value. */
export function KeepChoice({ kept, onChange, disabled }: { kept: boolean; onChange(keep: boolean): void; disabled?: boolean }) {
  return (
    <Radio.Group
      size="small"
      optionType="button"
      value={kept ? 'keep' : 'overwrite'}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value === 'keep')}
      options={[
        { value: 'overwrite', label: '覆盖' },
        { value: 'keep', label: '保留原值' },
      ]}
    />
  );
}
