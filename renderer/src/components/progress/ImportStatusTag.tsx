import { Tag, Tooltip } from 'antd';
import type { ImportedFile } from '../../../../electron/shared/api/progress';

/** 将导入 / 待确认期次 / 拒绝 (with the reasons on hover) / 已导入. */
export function ImportStatusTag({ file }: { file: ImportedFile }) {
  if (file.periodConflict) {
    return (
      <Tooltip title={file.errors.join('；')}>
        <Tag color="orange">待确认期次</Tag>
      </Tooltip>
    );
  }
  if (file.status === 'rejected') {
    return (
      <Tooltip title={file.errors.join('；')}>
        <Tag color="red">拒绝</Tag>
      </Tooltip>
    );
  }
  if (file.status === 'imported') return <Tag color="green">已导入</Tag>;
  return <Tag color="blue">将导入</Tag>;
}
