import { App } from 'antd';
import { useCallback } from 'react';
import type { Task } from '../../../../electron/shared/types';
import { api, isStaleEdit } from '../../api/client';
import { useQuery } from '../../api/useQuery';

/** The fields of a task the official may correct (tasks.update). */
export type TaskPatch = Partial<Pick<Task, 'seq' | 'content' | 'deadlineText' | 'units'>>;

/** The whole plan (sections and tasks), and task edits that update it in place. */
export function useLedgerData(planId: number | null) {
  const { message } = App.useApp();
  const query = useQuery('plans.get', planId ? { planId } : null);
  const { setData, reload } = query;

  /**
   * Saves, shows the outcome, and rejects on failure so a form can stay open. `task` is the task as
   * the form showed it: what another window or program changed meanwhile is kept, or, where the
   * official changed it too, the save is refused and the ledger read again.
   */
  const updateTask = useCallback(
    async (task: Task, patch: TaskPatch) => {
      try {
        const shown = { seq: task.seq, content: task.content, units: task.units, deadlineText: task.deadlineText };
        const updated = await api('tasks.update', { taskId: task.id, ...patch, shown });
        setData((plan) => ({ ...plan, tasks: plan.tasks.map((t) => (t.id === updated.id ? updated : t)) }));
        // Saved, but what the task still lacks (an unreadable time limit, no lead unit) is said at once.
        if (updated.warnings.length) message.warning(`已保存任务 ${updated.seq} 的修改，请注意：${updated.warnings.join('；')}`);
        else message.success(`已保存任务 ${updated.seq} 的修改`);
      } catch (e) {
        message.error((e as Error).message, isStaleEdit(e) ? 8 : undefined);
        if (isStaleEdit(e)) void reload();
        throw e;
      }
    },
    [setData, reload, message],
  );

  return { plan: query.data, error: query.error, loading: query.loading, reload: query.reload, updateTask };
}
