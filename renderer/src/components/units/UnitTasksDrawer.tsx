import { Alert, Drawer, Empty, Spin, Table } from 'antd';
import type { UnitWithStats } from '../../../../electron/shared/api/units';
import { ROLE_LABELS, ROLES, type Task } from '../../../../electron/shared/types';
import { useQuery } from '../../api/useQuery';
import { deadlineLabel } from '../ledger/labels';
import '../ledger/ledger.css';
import './units.css';

interface Props {
  unit: UnitWithStats | null;
  planId: number | null;
  onClose(): void;
}

/** The tasks a unit takes part in, one small table per role. */
export function UnitTasksDrawer({ unit, planId, onClose }: Props) {
  const { data, error } = useQuery('units.tasks', unit ? { unitId: unit.id, planId: planId ?? undefined } : null);
  return (
    <Drawer open={unit !== null} onClose={onClose} size={720} title={unit ? `${unit.name} 承担的任务` : ''} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} />}
      {!data && !error && <Spin />}
      {data && data.tasks.length === 0 && <Empty description="该单位在此计划中没有任务" />}
      {data &&
        ROLES.map((role) => {
          const tasks = data.tasks.filter((t) => t.role === role).map((t) => t.task);
          if (tasks.length === 0) return null;
          return (
            <section key={role} data-testid={`unit-tasks-${role}`}>
              <div className="unit-tasks-role">
                {ROLE_LABELS[role]}（{tasks.length}项）
              </div>
              <Table<Task>
                size="small"
                bordered
                rowKey="id"
                pagination={false}
                dataSource={tasks}
                columns={[
                  { key: 'seq', title: '序号', dataIndex: 'seq', width: 56, align: 'center' },
                  { key: 'content', title: '工作任务', dataIndex: 'content' },
                  { key: 'deadline', title: '完成时限', width: 130, render: (_: unknown, t) => deadlineLabel(t) },
                ]}
              />
            </section>
          );
        })}
    </Drawer>
  );
}
