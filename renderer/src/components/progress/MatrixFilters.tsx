// Filters above the progress matrix: unit, status in the selected period, section, text.
import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import type { UnitWithStats } from '../../../../electron/shared/api/units';
import { sectionLabel } from '../../../../electron/shared/sections';
import type { Period, Section, TaskPeriodStatus } from '../../../../electron/shared/types';
import { TASK_STATUS_LABELS } from '../../../../electron/shared/types';
import { NO_FILTER, type MatrixFilter } from './matrixFilter';
import { MATRIX_STATUSES } from './status';

interface Props {
  value: MatrixFilter;
  onChange(f: MatrixFilter): void;
  units: UnitWithStats[];
  sections: Section[];
  period: Period;
}

const isEmpty = (f: MatrixFilter) => f.unitId === null && f.status === null && f.sectionId === null && !f.text.trim();

export function MatrixFilters({ value, onChange, units, sections, period }: Props) {
  const set = (patch: Partial<MatrixFilter>) => onChange({ ...value, ...patch });
  return (
    <Space wrap size={8}>
      <Select<number>
        allowClear
        aria-label="按单位筛选"
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="全部单位"
        value={value.unitId ?? undefined}
        onChange={(unitId) => set({ unitId: unitId ?? null })}
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        popupMatchSelectWidth={false}
        style={{ width: 180 }}
      />
      <Select<TaskPeriodStatus>
        allowClear
        aria-label="按状态筛选"
        placeholder={`${period.label}状态`}
        value={value.status ?? undefined}
        onChange={(status) => set({ status: status ?? null })}
        options={MATRIX_STATUSES.map((s) => ({ value: s, label: `${period.label}：${TASK_STATUS_LABELS[s]}` }))}
        popupMatchSelectWidth={false}
        style={{ width: 220 }}
      />
      {sections.length > 0 && (
        <Select<number>
          allowClear
          aria-label="按部分筛选"
          placeholder="全部部分"
          value={value.sectionId ?? undefined}
          onChange={(sectionId) => set({ sectionId: sectionId ?? null })}
          options={sections.map((s) => ({ value: s.id, label: sectionLabel(s) }))}
          popupMatchSelectWidth={false}
          style={{ width: 220 }}
        />
      )}
      <Input
        allowClear
        prefix={<SearchOutlined />}
        aria-label="搜索任务"
        placeholder="搜索序号或任务内容"
        value={value.text}
        onChange={(e) => set({ text: e.target.value })}
        style={{ width: 220 }}
      />
      <Button type="link" disabled={isEmpty(value)} onClick={() => onChange(NO_FILTER)}>
        清除筛选
      </Button>
    </Space>
  );
}
