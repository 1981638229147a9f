import { Alert, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { UnitWithStats } from '../../../../electron/shared/api/units';
import { ROLE_LABELS, ROLES } from '../../../../electron/shared/types';

interface Props {
  source: UnitWithStats;
  units: readonly UnitWithStats[];
  onCancel(): void;
  onMerge(targetId: number): Promise<void>;
}

const countsText = (u: UnitWithStats) =>
  ROLES.filter((r) => u.taskCounts[r] > 0)
    .map((r) => `${ROLE_LABELS[r]} ${u.taskCounts[r]} 项`)
    .join('、') || '暂无任务';

/** 合并: two names for the same unit become one; the source disappears into the target. */
export function MergeUnitModal({ source, units, onCancel, onMerge }: Props) {
  const [targetId, setTargetId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const target = units.find((u) => u.id === targetId) ?? null;
  const submit = async () => {
    if (targetId === null) return;
    setBusy(true);
    try {
      await onMerge(targetId);
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
      <Typography.Paragraph style={{ marginBottom: 8 }}>把“{source.name}”（{countsText(source)}）合并到：</Typography.Paragraph>
      <Select<number>
        aria-label="合并到的单位"
        showSearch
        optionFilterProp="label"
        placeholder="选择保留的单位"
        value={targetId ?? undefined}
        onChange={setTargetId}
        options={units
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
                “{source.name}”承担的全部任务（{countsText(source)}）都改由“{target.name}”承担；
              </li>
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
