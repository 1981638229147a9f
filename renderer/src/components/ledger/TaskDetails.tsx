import { Descriptions, Tag, Typography } from 'antd';
import { ROLES, type Task } from '../../../../electron/shared/types';
import { deadlineLabel, joinUnits, ROLE_COLUMN_TITLES } from './labels';

/** All fields of a task, read-only, as the drawer shows them. */
export function TaskDetails({ task, section }: { task: Task; section: string | null }) {
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
      items={[
        { key: 'seq', label: '序号', children: task.seq },
        { key: 'section', label: '所属部分', children: section ?? none },
        { key: 'content', label: '工作任务', children: <div style={{ whiteSpace: 'pre-wrap' }}>{task.content}</div> },
        ...ROLES.map((role) => ({
          key: role,
          label: ROLE_COLUMN_TITLES[role],
          children: task.units[role].length ? joinUnits(task.units[role]) : none,
        })),
        {
          key: 'deadline',
          label: '完成时限',
          children: (
            <>
              {deadlineLabel(task) || none}
              {task.deadline && <Tag style={{ marginLeft: 8 }}>截止 {task.deadline}</Tag>}
              {task.continuous && task.deadlineText !== '持续推进' && <Tag color="blue">持续推进</Tag>}
            </>
          ),
        },
        {
          key: 'responsibility',
          label: '分工原文',
          children: task.responsibilityText ? <Typography.Text type="secondary">（{task.responsibilityText}）</Typography.Text> : none,
        },
        {
          key: 'warnings',
          label: '导入提示',
          children: task.warnings.length
            ? task.warnings.map((w) => (
                <Tag key={w} color="warning" style={{ whiteSpace: 'normal', marginBottom: 4 }}>
                  {w}
                </Tag>
              ))
            : none,
        },
      ]}
    />
  );
}
