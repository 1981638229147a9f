import { EditOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import type { Task } from '../../../../electron/shared/types';
import { isStaleEdit } from '../../api/client';
import type { TaskPatch } from './useLedgerData';
import { TaskDetails } from './TaskDetails';
import { TaskEditForm } from './TaskEditForm';
import { TaskEditHistory } from './TaskEditHistory';

interface Props {
  task: Task | null;
  section: string | null;
  unitOptions: readonly string[];
  onClose(): void;
  /** Resolves once saved; rejects (after showing the error) to keep the form open. */
  onSave(task: Task, patch: TaskPatch): Promise<void>;
}

/** One task's details, with an edit form behind the 修改 button. */
export function TaskDrawer({ task, section, unitOptions, onClose, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const close = () => {
    setEditing(false);
    onClose();
  };
  const save = async (patch: TaskPatch) => {
    if (!task) return;
    setSaving(true);
    try {
      await onSave(task, patch);
      setEditing(false);
    } catch (e) {
      // The error was shown by onSave. The form stays open for a retry, unless what it showed is out of date.
      if (isStaleEdit(e)) setEditing(false);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      open={task !== null}
      onClose={close}
      size={640}
      title={task ? `任务 ${task.seq}` : ''}
      extra={
        task &&
        !editing && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            修改
          </Button>
        )
      }
      destroyOnHidden
    >
      {task &&
        (editing ? (
          <TaskEditForm key={task.id} task={task} unitOptions={unitOptions} saving={saving} onSave={save} onCancel={() => setEditing(false)} />
        ) : (
          <>
            <TaskDetails task={task} section={section} />
            <TaskEditHistory taskId={task.id} />
          </>
        ))}
    </Drawer>
  );
}
