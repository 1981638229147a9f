import { Button, Form, Input, Space } from 'antd';
import { ROLES, type Task } from '../../../../electron/shared/types';
import { ROLE_COLUMN_TITLES } from './labels';
import type { TaskPatch } from './useLedgerData';
import { UnitNamesInput } from './UnitNamesInput';

interface Props {
  task: Task;
  unitOptions: readonly string[];
  saving: boolean;
  onSave(patch: TaskPatch): void;
  onCancel(): void;
}

type Values = Pick<Task, 'seq' | 'content' | 'deadlineText'> & Task['units'];

/** Every editable field of one task in a small form. */
export function TaskEditForm({ task, unitOptions, saving, onSave, onCancel }: Props) {
  const initial: Values = { seq: task.seq, content: task.content, deadlineText: task.deadlineText, ...task.units };
  const submit = (v: Values) =>
    onSave({
      seq: v.seq.trim(),
      content: v.content.trim(),
      deadlineText: v.deadlineText.trim(),
      units: { lead: v.lead, joint: v.joint, cooperating: v.cooperating, national: v.national },
    });
  return (
    <Form<Values> layout="vertical" initialValues={initial} onFinish={submit} requiredMark={false}>
      <Form.Item name="seq" label="序号" rules={[{ required: true, whitespace: true, message: '请填写序号' }]}>
        <Input style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="content" label="工作任务" rules={[{ required: true, whitespace: true, message: '请填写任务内容' }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
      {ROLES.map((role) => (
        <Form.Item key={role} name={role} label={ROLE_COLUMN_TITLES[role]}>
          <UnitNamesInput options={unitOptions} aria-label={ROLE_COLUMN_TITLES[role]} />
        </Form.Item>
      ))}
      <Form.Item name="deadlineText" label="完成时限" extra="按原文填写，如“2023年12月底前完成”“持续推进”">
        <Input />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
