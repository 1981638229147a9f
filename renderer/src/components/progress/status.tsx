// How statuses look everywhere on the progress page: tag colours, matrix cell colours, legend.
import { Space, Tag, Tooltip } from 'antd';
import type { ProgressStatus, TaskPeriodStatus } from '../../../../electron/shared/types';
import { TASK_STATUS_LABELS } from '../../../../electron/shared/types';

/** 已完成 green, 正常推进 blue, 滞后 red, 未启动 yellow, 未报送 grey. */
export const STATUS_TAG_COLORS: Record<TaskPeriodStatus, string> = {
  completed: 'green',
  on_track: 'blue',
  delayed: 'red',
  not_started: 'gold',
  unreported: 'default',
};

/** Matrix cell fills: light enough to read the label on, distinct when printed in colour. */
export const STATUS_FILLS: Record<TaskPeriodStatus, { background: string; color: string }> = {
  completed: { background: '#95de64', color: '#135200' },
  on_track: { background: '#91caff', color: '#002c8c' },
  delayed: { background: '#ff7875', color: '#5c0011' },
  not_started: { background: '#ffe58f', color: '#614700' },
  unreported: { background: '#f0f0f0', color: '#8c8c8c' },
};

export const MATRIX_STATUSES: readonly TaskPeriodStatus[] = ['completed', 'on_track', 'delayed', 'not_started', 'unreported'];

/** A status tag; with the unit's own word on hover when it differs from the normalised label. */
export function StatusTag({ status, original }: { status: TaskPeriodStatus | null; original?: string }) {
  // No status from a word that was written: it could not be read, which is not the same as blank.
  const label = status ? TASK_STATUS_LABELS[status] : original ? '待核对' : '未填写';
  const tag = (
    <Tag color={status ? STATUS_TAG_COLORS[status] : 'default'} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
  if (!original || original === label) return tag;
  return (
    <Tooltip title={`原文：${original}`}>
      {/* In a narrow column the unit's word goes under the tag whole (“正在推进”, not “正在 / 推进”). */}
      <Space size={4} wrap>
        {tag}
        <span className="progress-original-word">“{original}”</span>
      </Space>
    </Tooltip>
  );
}

export function StatusLegend() {
  return (
    <Space size={12} wrap aria-label="图例">
      {MATRIX_STATUSES.map((s) => (
        <Space key={s} size={4}>
          <span className="progress-legend-swatch" style={{ background: STATUS_FILLS[s].background }} />
          {TASK_STATUS_LABELS[s]}
        </Space>
      ))}
    </Space>
  );
}

export const STATUS_OPTIONS = (['completed', 'on_track', 'delayed', 'not_started'] as ProgressStatus[]).map((s) => ({
  value: s,
  label: TASK_STATUS_LABELS[s],
}));
