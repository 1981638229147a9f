import { Alert, Drawer, Empty, Spin, Table } from 'antd';
import type { UnitTasks, UnitWithStats } from '../../../../electron/shared/api/units';
import { ROLE_LABELS, ROLES, type Task } from '../../../../electron/shared/types';
import { useQuery } from '../../api/useQuery';
import { deadlineLabel } from '../ledger/labels';
import { usePlanList } from '../usePlans';
import '../ledger/ledger.css';
import './units.css';

interface Props {
  unit: UnitWithStats | null;
  /** The plan whose tasks are shown; null for every plan's, grouped by plan. */
  planId: number | null;
  onClose(): void;
}

type Entry = UnitTasks['tasks'][number];

/** One small table per role the unit has. */
function RoleTables({ entries }: { entries: Entry[] }) {
  return ROLES.map((role) => {
    const tasks = entries.filter((t) => t.role === role).map((t) => t.task);
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
  });
}

/**
 * The tasks a unit takes part in, by role. Across all plans each plan's tasks come under its title:
 * the plans number their tasks apart, so two plans' 序号 1 would otherwise stand side by side.
 */
export function UnitTasksDrawer({ unit, planId, onClose }: Props) {
  const { data, error } = useQuery('units.tasks', unit ? { unitId: unit.id, planId: planId ?? undefined } : null);
  const { plans } = usePlanList();
  const byPlan = new Map<number, Entry[]>();
  for (const entry of data?.tasks ?? []) byPlan.set(entry.task.planId, [...(byPlan.get(entry.task.planId) ?? []), entry]);
  const planTitle = (id: number) => plans?.find((p) => p.id === id)?.title ?? `计划 ${id}`;
  return (
    <Drawer open={unit !== null} onClose={onClose} size={720} title={unit ? `${unit.name} 承担的任务` : ''} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} />}
      {!data && !error && <Spin />}
      {data && data.tasks.length === 0 && <Empty description={planId === null ? '该单位在各计划中都没有任务' : '该单位在此计划中没有任务'} />}
      {data && planId !== null && <RoleTables entries={data.tasks} />}
      {data &&
        planId === null &&
        [...byPlan].map(([id, entries]) => (
          <section key={id} data-testid={`unit-tasks-plan-${id}`} className="unit-tasks-plan">
            <div className="unit-tasks-plan-title">
              《{planTitle(id)}》（{new Set(entries.map((e) => e.task.id)).size}项）
            </div>
            <RoleTables entries={entries} />
          </section>
        ))}
    </Drawer>
  );
}
