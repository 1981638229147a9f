// A task's 修改记录 in its drawer: every edit made in the ledger since the plan was imported, from the 操作日志.
import { Alert, Table, Typography } from 'antd';
import type { AuditRecord } from '../../../../electron/shared/api/data';
import { localTime } from '../../../../electron/shared/format';
import { useQuery } from '../../api/useQuery';
import { AuditValues } from '../data/AuditValues';

/** The fields an edit changed: the log's summary ends "…任务 2：完成时限、责任单位". */
const changedFields = (summary: string) => summary.slice(summary.lastIndexOf('：') + 1);

export function TaskEditHistory({ taskId }: { taskId: number }) {
  const log = useQuery('audit.list', { action: 'task.update', objectType: 'task', objectId: String(taskId), limit: 100 });
  return (
    <section data-testid="task-edit-history" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>修改记录</Typography.Title>
      {log.error && <Alert type="error" showIcon title={log.error} />}
      <Table<AuditRecord>
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        loading={log.loading}
        dataSource={log.data?.entries ?? []}
        locale={{ emptyText: '导入后没有修改过' }}
        expandable={{ expandedRowRender: (r) => <AuditValues before={r.before} after={r.after} /> }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 150, render: (t: string) => localTime(t) },
          { title: '用户', dataIndex: 'user', width: 100 },
          { title: '修改了', dataIndex: 'summary', render: changedFields },
        ]}
      />
    </section>
  );
}
