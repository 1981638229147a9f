// One task: every unit's reports across periods, and the manual entry form for the selected period.
import { Alert, Descriptions, Divider, Drawer, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { UnitWithStats } from '../../../../electron/shared/api/units';
import type { Period, Task } from '../../../../electron/shared/types';
import { ROLE_LABELS, ROLES } from '../../../../electron/shared/types';
import { useQuery } from '../../api/useQuery';
import { useReloadOnChange } from './dataVersion';
import { ProgressEntryForm } from './ProgressEntryForm';
import { taskReportingUnits } from './reportingUnits';
import { UnitReportsList } from './UnitReportsList';

interface Props {
  planId: number;
  task: Task | null;
  period: Period;
  periods: Period[];
  units: UnitWithStats[];
  onClose(): void;
}

export function TaskProgressDrawer({ planId, task, period, periods, units, onClose }: Props) {
  const history = useQuery('progress.history', task ? { taskId: task.id } : null);
  useReloadOnChange(history.reload);
  const formRef = useRef<HTMLDivElement>(null);
  // The unit being edited, remembered per task.
  const [editing, setEditing] = useState<{ taskId: number; unitId: number } | null>(null);

  const taskUnits = task ? taskReportingUnits(task, units) : [];
  const records = history.data?.records ?? [];
  const editUnitId = editing && editing.taskId === task?.id ? editing.unitId : (taskUnits[0]?.unitId ?? null);

  return (
    <Drawer
      open={task !== null}
      onClose={onClose}
      size={760}
      title={task ? `第 ${task.seq} 项任务` : ''}
      destroyOnHidden
      data-testid="task-drawer"
    >
      {task && (
        <>
          <Typography.Paragraph className="progress-text" style={{ marginBottom: 8 }}>
            {task.content}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 96 } }}
            items={[
              ...ROLES.filter((r) => task.units[r].length > 0).map((r) => ({
                key: r,
                label: ROLE_LABELS[r],
                children: task.units[r].join('、'),
              })),
              { key: 'deadline', label: '完成时限', children: task.deadlineText || '—' },
            ]}
          />
          <Divider titlePlacement="start" plain>
            各单位报送记录
          </Divider>
          {history.error && <Alert type="error" showIcon title={history.error} />}
          <UnitReportsList
            units={taskUnits}
            records={records}
            period={period}
            periods={periods}
            onEdit={(unitId) => {
              setEditing({ taskId: task.id, unitId });
              formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
            }}
          />
          <div ref={formRef}>
            <Divider titlePlacement="start" plain>
              {period.label}进展录入
            </Divider>
          </div>
          <ProgressEntryForm
            planId={planId}
            taskId={task.id}
            period={period}
            units={taskUnits}
            records={records}
            unitId={editUnitId}
            onUnitChange={(unitId) => setEditing({ taskId: task.id, unitId })}
          />
        </>
      )}
    </Drawer>
  );
}
