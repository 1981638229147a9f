import { Alert, Radio, Space } from 'antd';
import { usePlans } from '../usePlans';

export type SaveMode = 'update' | 'new';

/**
 * When the parsed plan looks like a revision of a stored one (same title), or is the very file a stored
 * one was imported from: update that plan, or keep both.
 */
export function SimilarPlanChoice({ planId, sameFile, value, onChange }: { planId: number; sameFile: boolean; value: SaveMode; onChange(mode: SaveMode): void }) {
  const similar = usePlans((s) => s.plans?.find((p) => p.id === planId));
  return (
    <Alert
      type="info"
      showIcon
      title={
        <Space size={16} wrap>
          <span>
            {sameFile
              ? `这份文件已导入为计划“${similar?.title ?? ''}”（${similar?.taskCount ?? '?'}项任务）：`
              : `已有同名计划“${similar?.title ?? ''}”（${similar?.taskCount ?? '?'}项任务），这份文件可能是它的修订版：`}
          </span>
          <Radio.Group value={value} onChange={(e) => onChange(e.target.value as SaveMode)}>
            <Radio value="update">更新已有计划（保留已填报进展）</Radio>
            <Radio value="new">作为新计划保存</Radio>
          </Radio.Group>
        </Space>
      }
    />
  );
}
