import { Alert, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { UnitTasks, UnitWithStats } from '../../../../electron/shared/api/units';
import { ROLE_LABELS, ROLES } from '../../../../electron/shared/types';
import { useQuery } from '../../api/useQuery';
import { usePlanList } from '../usePlans';

interface Props {
  source: UnitWithStats;
  onCancel(): void;
  onMerge(target: { id: number; name: string }): Promise<void>;
}

type Entry = UnitTasks['tasks'][number];

const countsText = (entries: readonly Entry[]) =>
  ROLES.map((r) => [r, entries.filter((e) => e.role === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${ROLE_LABELS[r]} ${n} 项`)
    .join('、');

/**
 * 合并: two names for the same unit become one; the source disappears into the target. The merge moves
 * the source's roles in every plan, so the confirmation counts them in every plan, whichever plan the
 * page is showing, and any unit of the directory can be kept.
 */
export function MergeUnitModal({ source, onCancel, onMerge }: Props) {
  const [targetId, setTargetId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const { plans } = usePlanList();
  const units = useQuery('units.list', {}).data;
  const sourceTasks = useQuery('units.tasks', { unitId: source.id }).data?.tasks;
  const targetTasks = useQuery('units.tasks', targetId === null ? null : { unitId: targetId }).data?.tasks;
  const target = units?.find((u) => u.id === targetId) ?? null;

  const byPlan = new Map<number, Entry[]>();
  for (const e of sourceTasks ?? []) byPlan.set(e.task.planId, [...(byPlan.get(e.task.planId) ?? []), e]);
  const planTitle = (id: number) => plans?.find((p) => p.id === id)?.title ?? `计划 ${id}`;
  const moving = [...byPlan].map(([id, entries]) => `《${planTitle(id)}》${countsText(entries)}`).join('；');
  const summary = sourceTasks === undefined ? '…' : moving || '暂无任务';
  const targetTaskIds = new Set(targetTasks?.map((e) => e.task.id));
  const shared = new Set(sourceTasks?.filter((e) => targetTaskIds.has(e.task.id)).map((e) => e.task.id)).size;

  const submit = async () => {
    if (!target) return;
    setBusy(true);
    try {
      await onMerge(target);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`合并单位“${source.name}”`}
      okText="确认合并"
      okButtonProps={{ danger: true, disabled: !target, loading: busy }}
      onOk={() => void submit()}
      onCancel={onCancel}
      width={560}
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        把“{source.name}”（{summary}）合并到：
      </Typography.Paragraph>
      <Select<number>
        aria-label="合并到的单位"
        autoFocus
        showSearch
        optionFilterProp="label"
        placeholder="选择保留的单位"
        value={targetId ?? undefined}
        onChange={setTargetId}
        loading={!units}
        options={(units ?? [])
          .filter((u) => u.id !== source.id)
          .map((u) => ({ value: u.id, label: u.aliases.length ? `${u.name}（${u.aliases.join('、')}）` : u.name }))}
        style={{ width: '100%' }}
      />
      {target && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title="合并后："
          description={
            <ul className="merge-consequences">
              <li>
                {sourceTasks === undefined
                  ? `“${source.name}”承担的任务都改由“${target.name}”承担；`
                  : !moving
                    ? `“${source.name}”在各计划中都没有任务分工；`
                    : byPlan.size > 1
                      ? `“${source.name}”在 ${byPlan.size} 个计划中承担的任务（${moving}）都改由“${target.name}”承担；`
                      : `“${source.name}”承担的全部任务（${moving}）都改由“${target.name}”承担；`}
              </li>
              {shared > 0 && <li>两个单位同在 {shared} 项任务中承担分工，合并后每项任务只保留一种分工（取较主要的：牵头、责任、配合、国家层面依次）；</li>}
              <li>“{source.name}”已填报的进展记录都归入“{target.name}”；两个单位在同一任务同一期都有填报的，合为一条，较早一条的文字接在较新一条之后，不丢失；</li>
              <li>“{source.name}”及其别名都成为“{target.name}”的别名，今后导入的文件里出现这些名称时都认作“{target.name}”；</li>
              <li>“{source.name}”不再单独出现在单位列表、填报表和汇总中。</li>
            </ul>
          }
        />
      )}
    </Modal>
  );
}
