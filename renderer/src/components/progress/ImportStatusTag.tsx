import { Tag, Tooltip } from 'antd';
import type { ImportedFile } from '../../../../electron/shared/api/progress';

/** 将导入 / 已导入 / 跳过 / 拒绝 or 待确认期次、待确认单位 (with the reasons on hover). */
export function ImportStatusTag({ file }: { file: ImportedFile }) {
  if (file.skipped) {
    return (
      <Tooltip title={file.warnings.join('；')}>
        <Tag>跳过</Tag>
      </Tooltip>
    );
  }
  if (file.status === 'imported') return <Tag color="green">已导入</Tag>;
  if (file.status !== 'rejected') return <Tag color="blue">将导入</Tag>;
  // A file waiting for its period or unit is held back like a refused one until the official chooses.
  return (
    <Tooltip title={file.errors.join('；')}>
      {file.unitConflict ? (
        <Tag color="orange">待确认单位</Tag>
      ) : file.periodConflict ? (
        <Tag color="orange">待确认期次</Tag>
      ) : (
        <Tag color="red">拒绝</Tag>
      )}
    </Tooltip>
  );
}
