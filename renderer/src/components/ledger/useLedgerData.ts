import { App } from 'antd';
import { useCallback } from 'react';
import type { Task } from '../../../../electron/shared/types';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';

/** The fields of a task the official may correct (tasks.update). */
export type TaskPatch = Partial<Pick<Task, 'seq' | 'content' | 'deadlineText' | 'units'>>;

/** The whole plan (sections and tasks), and task edits that update it in place. */
export function useLedgerData(planId: number | null) {
  const { message } = App.useApp();
  const query = useQuery('plans.get', planId ? { planId } : null);
  const { setData } = query;

  /** Saves, shows the outcome, and rejects on failure so a form can stay open. */
  const updateTask = useCallback(
    async (task: Task, patch: TaskPatch) => {
      try {
        const updated = await api('tasks.update', { taskId: task.id, ...patch });
        setData((plan) => ({ ...plan, tasks: plan.tasks.map((t) => (t.id === updated.id ? updated : t)) }));
        // Saved, but what the task still lacks (an unreadable time limit, no lead unit) is said at once.
        if (updated.warnings.length) message.warning(`已保存任务 ${updated.seq} 的修改，请注意：${updated.warnings.join('；')}`);
        else message.success(`已保存任务 ${updated.seq} 的修改`);
      } catch (e) {
        message.error((e as Error).message);
        throw e;
      }
    },
    [setData, message],
  );

  return { plan: query.data, error: query.error, loading: query.loading, reload: query.reload, updateTask };
}
