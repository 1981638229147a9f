import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { ROLE_LABELS, ROLES, type Role, type Section } from '../../../../electron/shared/types';
import { isFiltered, NO_FILTER, type LedgerFilter } from './ledgerFilter';
import { sectionLabel } from '../../../../electron/shared/sections';

interface Props {
  filter: LedgerFilter;
  onChange(filter: LedgerFilter): void;
  unitOptions: readonly string[];
  sections: readonly Section[];
  deadlineOptions: { value: string; label: string }[];
}

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Search and the four filters above the ledger. */
export function LedgerFilters({ filter, onChange, unitOptions, sections, deadlineOptions }: Props) {
  const set = (patch: Partial<LedgerFilter>) => onChange({ ...filter, ...patch });
  // Sized so that the filters, 清除筛选 and the count beside them stay on one line at 1366×768.
  return (
    <Space wrap size={8}>
      <Input
        prefix={<SearchOutlined />}
        aria-label="搜索任务"
        placeholder="搜索任务内容、单位、序号"
        allowClear
        value={filter.search}
        onChange={(e) => set({ search: e.target.value })}
        style={{ width: 210 }}
      />
      <Select<string>
        aria-label="按单位筛选"
        showSearch
        allowClear
        placeholder="全部单位"
        value={filter.unit ?? undefined}
        onChange={(unit) => set({ unit: unit ?? null })}
        options={unitOptions.map((n) => ({ value: n, label: n }))}
        style={{ width: 180 }}
        popupMatchSelectWidth={false}
      />
      <Select<Role>
        aria-label="按角色筛选"
        allowClear
        placeholder="任意角色"
        value={filter.role ?? undefined}
        onChange={(role) => set({ role: role ?? null })}
        options={ROLE_OPTIONS}
        style={{ width: 104 }}
      />
      <Select<number>
        aria-label="按部分筛选"
        allowClear
        placeholder="全部部分"
        value={filter.sectionId ?? undefined}
        onChange={(sectionId) => set({ sectionId: sectionId ?? null })}
        options={sections.map((s) => ({ value: s.id, label: sectionLabel(s) }))}
        style={{ width: 180 }}
        popupMatchSelectWidth={false}
      />
      <Select<string>
        aria-label="按完成时限筛选"
        allowClear
        placeholder="全部时限"
        value={filter.deadline ?? undefined}
        onChange={(deadline) => set({ deadline: deadline ?? null })}
        options={deadlineOptions}
        style={{ width: 140 }}
        popupMatchSelectWidth={false}
      />
      {isFiltered(filter) && (
        <Button type="link" onClick={() => onChange(NO_FILTER)}>
          清除筛选
        </Button>
      )}
    </Space>
  );
}
