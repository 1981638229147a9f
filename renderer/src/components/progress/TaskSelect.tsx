// Picks the task a spreadsheet row belongs to: the unit's own tasks first, then the rest of the plan.
import { Select } from 'antd';
import type { Task } from '../../../../electron/shared/types';
import { clipText } from '../../../../electron/shared/format';
import { numberedTask, withoutTableHeading } from '../../../../electron/shared/sections';

/** Select value for "do not import this row" (null is not a usable option value). */
const SKIP = -1;

interface Props {
  tasks: Task[];
  unitTaskIds: ReadonlySet<number>;
  value: number | null | undefined;
  onChange(taskId: number | null): void;
  placeholder?: string;
  allowSkip?: boolean;
}

/** "3. 推出企业开办…": a table plan's task by its 具体措施, as the tasks under one 重点任务 would read alike. */
export const taskLabel = (t: Pick<Task, 'seq' | 'content'>, max = 36) => numberedTask(t.seq, clipText(withoutTableHeading(t.content), max));

export function TaskSelect({ tasks, unitTaskIds, value, onChange, placeholder = '改为其他任务', allowSkip = true }: Props) {
  const option = (t: Task) => ({ value: t.id, label: taskLabel(t), title: t.content });
  const own = tasks.filter((t) => unitTaskIds.has(t.id));
  const others = tasks.filter((t) => !unitTaskIds.has(t.id));
  return (
    <Select<number>
      showSearch={{ optionFilterProp: 'title' }}
      size="small"
      aria-label="选择任务"
      placeholder={placeholder}
      value={value === null ? SKIP : (value ?? undefined)}
      onChange={(v) => onChange(v === SKIP ? null : v)}
      popupMatchSelectWidth={480}
      style={{ width: '100%' }}
      options={[
        ...(own.length ? [{ label: '本单位任务', title: '本单位任务', options: own.map(option) }] : []),
        { label: own.length ? '其他任务' : '全部任务', title: '其他任务', options: others.map(option) },
        ...(allowSkip ? [{ label: '其他处理', title: '其他处理', options: [{ value: SKIP, label: '不导入此行', title: '不导入此行' }] }] : []),
      ]}
    />
  );
}
