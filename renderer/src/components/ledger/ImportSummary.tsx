import { Descriptions, Typography } from 'antd';
import type { PlanImportResult } from '../../../../electron/shared/api/plans';

/** What an import changed, for the 导入完成 dialog. */
export function ImportSummary({ result }: { result: PlanImportResult }) {
  return (
    <div data-testid="import-summary">
      <Descriptions
        size="small"
        bordered
        column={4}
        // Four short figures side by side: a label or figure broken over two lines reads as noise.
        styles={{ label: { whiteSpace: 'nowrap' }, content: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'added', label: '新增', children: `${result.tasksAdded} 项` },
          { key: 'updated', label: '更新', children: `${result.tasksUpdated} 项` },
          { key: 'unchanged', label: '未变', children: `${result.tasksUnchanged} 项` },
          { key: 'removed', label: '删除', children: `${result.tasksRemoved} 项` },
        ]}
      />
      {result.warnings.length > 0 && (
        <div style={{ marginTop: 8, maxHeight: 200, overflow: 'auto' }}>
          <Typography.Text type="warning">请核对以下任务：</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {result.warnings.map((w, i) => (
              <li key={i}>
                第 {w.seq} 项：{w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
