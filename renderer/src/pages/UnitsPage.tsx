import { SearchOutlined } from '@ant-design/icons';
import { Alert, App, Flex, Input, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { UnitWithStats } from '../../../electron/shared/api/units';
import { api } from '../api/client';
import { useQuery } from '../api/useQuery';
import { PlanPicker } from '../components/PlanPicker';
import { MergeUnitModal } from '../components/units/MergeUnitModal';
import { RenameUnitModal } from '../components/units/RenameUnitModal';
import { UnitTable } from '../components/units/UnitTable';
import { UnitTasksDrawer } from '../components/units/UnitTasksDrawer';
import { useElementSize } from '../components/useElementSize';
import { usePlanList } from '../components/usePlans';
import { useUi } from '../store';
import { destructive } from '../components/destructive';

type Scope = 'plan' | 'all';

const matches = (u: UnitWithStats, term: string) => u.name.includes(term) || u.aliases.some((a) => a.includes(term));

/** 单位管理: the units named in plans, their aliases, renaming and merging duplicates. */
export function UnitsPage() {
  const { message, modal } = App.useApp();
  usePlanList();
  const planId = useUi((s) => s.planId);
  const [scope, setScope] = useState<Scope>('plan');
  const [search, setSearch] = useState('');
  const [renaming, setRenaming] = useState<UnitWithStats | null>(null);
  const [merging, setMerging] = useState<UnitWithStats | null>(null);
  const [opened, setOpened] = useState<UnitWithStats | null>(null);
  const [boxRef, { height }] = useElementSize();

  const countsPlanId = scope === 'plan' && planId ? planId : undefined;
  const { data: units, error, reload } = useQuery('units.list', { planId: countsPlanId });
  const term = search.trim();
  const shown = useMemo(() => (units ?? []).filter((u) => matches(u, term)), [units, term]);
  // Units come from imported plans: with none yet, say where they come from rather than "nothing matches".
  const emptyText = !units
    ? '暂无数据'
    : units.length === 0
      ? '还没有单位。在“计划台账”导入工作要点后，其中写到的牵头、责任、配合单位会列在这里。'
      : `没有名称或别名含“${term}”的单位`;

  /** Runs a change, reports it, and reloads the list (a merge or rename changes counts and names). */
  const change = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      await reload();
    } catch (e) {
      message.error((e as Error).message);
      throw e;
    }
  };
  const quietly = (p: Promise<void>) => p.catch(() => undefined);
  const remove = (u: UnitWithStats) =>
    modal.confirm(
      destructive({
        title: `删除单位“${u.name}”？`,
        content:
          `该单位在各计划中都没有任务${u.aliases.length ? `，别名${u.aliases.map((a) => `“${a}”`).join('')}一并删除` : ''}。` +
          '今后导入的计划里再写到它时，会重新列入单位目录。删除前程序会自动备份数据库，需要时可在“数据与备份”中恢复。',
        okText: '删除',
        onOk: () => quietly(change(() => api('units.delete', { unitId: u.id }), `已删除单位“${u.name}”`)),
      }),
    );

  return (
    <div className="page-fill">
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 8 }}>
        <Space size={12}>
          <h2 className="page-title" style={{ margin: 0 }}>
            单位管理
          </h2>
          <Segmented<Scope>
            value={scope}
            onChange={setScope}
            options={[
              { value: 'plan', label: '按当前计划统计' },
              { value: 'all', label: '全部计划' },
            ]}
          />
          {scope === 'plan' && <PlanPicker />}
        </Space>
        <Space size={12}>
          <Input prefix={<SearchOutlined />} aria-label="搜索单位" placeholder="搜索单位名称或别名" allowClear value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 240 }} />
          <Typography.Text type="secondary" data-testid="unit-count">
            {units ? `共 ${units.length} 个单位` : ''}
          </Typography.Text>
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        同一单位在不同文件里常有不同写法（如“市场监管局”与“市场监督管理局”）。把这些写法加为别名，或把重复的单位合并，导入进展时就能自动认出。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <div ref={boxRef} className="page-fill-rest">
        <UnitTable
          units={shown}
          height={height}
          emptyText={emptyText}
          onOpen={setOpened}
          onRename={setRenaming}
          onMerge={setMerging}
          onDelete={remove}
          onAddAlias={(u, alias) => quietly(change(() => api('units.addAlias', { unitId: u.id, alias }), `已为“${u.name}”添加别名“${alias}”`))}
          onRemoveAlias={(alias) => quietly(change(() => api('units.removeAlias', { alias }), `已删除别名“${alias}”`))}
        />
      </div>
      {renaming && (
        <RenameUnitModal
          unit={renaming}
          onCancel={() => setRenaming(null)}
          onRename={(name) =>
            quietly(change(() => api('units.rename', { unitId: renaming.id, name }), `已重命名为“${name}”`).then(() => setRenaming(null)))
          }
        />
      )}
      {merging && (
        <MergeUnitModal
          source={merging}
          onCancel={() => setMerging(null)}
          onMerge={(target) =>
            quietly(
              change(() => api('units.merge', { sourceId: merging.id, targetId: target.id }), `已将“${merging.name}”合并到“${target.name}”`).then(() =>
                setMerging(null),
              ),
            )
          }
        />
      )}
      <UnitTasksDrawer unit={opened} planId={countsPlanId ?? null} onClose={() => setOpened(null)} />
    </div>
  );
}
