// The task list's filter controls. A click-through sets them; the official can refine or clear.
import { Button, Select, Space, Tag } from 'antd';
import type { PeriodFigures } from '../../../../electron/shared/api/reports';
import { sectionLabel } from '../../../../electron/shared/sections';
import { TASK_STATUS_LABELS, type TaskPeriodStatus } from '../../../../electron/shared/types';
import { LIGHT_LABELS, LIGHTS, SUMMARY_STATUSES } from './statusMeta';
import { describeFilter, describeUnitDetail, isEmptyFilter, type TaskFilter } from './taskFilter';

interface Props {
  summary: PeriodFigures;
  filter: TaskFilter;
  count: number;
  onChange(filter: TaskFilter): void;
}

export function TaskFilterBar({ summary, filter, count, onChange }: Props) {
  const set = (patch: Partial<TaskFilter>) => onChange({ ...filter, ...patch });
  // Scope and reported status only make sense for the unit they came with.
  const setUnit = (unit: string | undefined) => onChange({ ...filter, unit, unitScope: undefined, unitStatus: undefined });
  const unitDetail = describeUnitDetail(filter);

  return (
    <div className="summary-filter-bar no-print">
      <Space size={8} wrap>
        <Select<TaskPeriodStatus>
          aria-label="按状态筛选"
          prefix="状态"
          allowClear
          placeholder="全部"
          style={{ width: 150 }}
          value={filter.status}
          onChange={(status) => set({ status })}
          options={SUMMARY_STATUSES.map((s) => ({ value: s, label: TASK_STATUS_LABELS[s] }))}
        />
        <Select
          aria-label="按预警灯筛选"
          prefix="预警"
          allowClear
          placeholder="全部"
          style={{ width: 130 }}
          value={filter.light}
          onChange={(light) => set({ light })}
          options={LIGHTS.map((l) => ({ value: l, label: LIGHT_LABELS[l] }))}
        />
        <Select
          aria-label="按期限筛选"
          prefix="期限"
          allowClear
          placeholder="全部"
          style={{ width: 130 }}
          value={filter.due}
          onChange={(due) => set({ due })}
          options={[
            { value: 'overdue', label: '逾期' },
            { value: 'dueSoon', label: '临期' },
          ]}
        />
        <Select<string>
          aria-label="按部分筛选"
          prefix="部分"
          allowClear
          placeholder="全部"
          popupMatchSelectWidth={false}
          style={{ width: 220 }}
          value={filter.section}
          onChange={(section) => set({ section })}
          options={summary.bySection.map((s) => ({ value: s.numeral ? s.title : '', label: sectionLabel(s) }))}
        />
        <Select<string>
          aria-label="按单位筛选"
          prefix="单位"
          allowClear
          showSearch
          placeholder="全部"
          popupMatchSelectWidth={false}
          style={{ width: 220 }}
          value={filter.unit}
          onChange={setUnit}
          options={unitChoices(summary.byUnit)}
        />
        {filter.unit && unitDetail && (
          <Tag closable onClose={() => onChange({ ...filter, unitScope: undefined, unitStatus: undefined })}>
            {unitDetail}
          </Tag>
        )}
      </Space>
      <Space size={8}>
        <span data-testid="summary-filter-count">
          {describeFilter(filter)}：<strong>{count}</strong> 项
        </span>
        {!isEmptyFilter(filter) && (
          <Button size="small" onClick={() => onChange({})}>
            清除筛选
          </Button>
        )}
      </Space>
    </div>
  );
}

/** The units as 各单位情况 lists them (as the plan first names them), collective names last. */
const unitChoices = (units: PeriodFigures['byUnit']) =>
  [...units.filter((u) => !u.collective), ...units.filter((u) => u.collective)].map((u) => ({ value: u.unit, label: u.unit }));
