// Two programs on one database: an official has a task's edit form (or 计划设置) open while a
// colleague changes the same task or plan from another window or the command line. Saving the form
// keeps the colleague's change to what the official left alone, and refuses, changing nothing, where
// both changed the same field.
import { afterEach, describe, expect, it } from 'vitest';
import type { Task } from '../../../electron/shared/types';
import { testBackend, type TestBackend } from '../../helpers/backend';
import { runCli } from '../../helpers/cli';

let open: TestBackend[] = [];
afterEach(() => {
  for (const b of open) b.close();
  open = [];
});

async function twoWindows(): Promise<[TestBackend, TestBackend]> {
  const first = await testBackend();
  open.push(first);
  const second = await testBackend({ dbPath: first.dbPath });
  open.push(second);
  await first.call('plans.importSample', {});
  return [first, second];
}

/** Every field of the task as the edit form sends it, with `changes` made by the official. */
const formSave = (shown: Task, changes: Partial<Pick<Task, 'seq' | 'content' | 'deadlineText' | 'units'>>) => ({
  taskId: shown.id,
  seq: shown.seq,
  content: shown.content,
  units: shown.units,
  deadlineText: shown.deadlineText,
  ...changes,
  shown: { seq: shown.seq, content: shown.content, units: shown.units, deadlineText: shown.deadlineText },
});

describe('saving a form opened before another program changed the record', { timeout: 60_000 }, () => {
  it('a task form keeps what another window changed meanwhile in the fields the official left alone', async () => {
    const [official, colleague] = await twoWindows();
    const shown = (await official.call('plans.get', { planId: 1 })).tasks[0]!;
    await colleague.call('tasks.update', { taskId: shown.id, content: '同事改过的任务内容。', units: { ...shown.units, cooperating: ['省财政厅'] } });

    const saved = await official.call('tasks.update', formSave(shown, { deadlineText: '2024年6月底前完成' }));
    expect(saved).toMatchObject({ content: '同事改过的任务内容。', deadlineText: '2024年6月底前完成', deadline: '2024-06-30' });
    expect(saved.units.cooperating).toEqual(['省财政厅']);
    expect((await colleague.call('plans.get', { planId: 1 })).tasks[0]).toMatchObject({ content: '同事改过的任务内容。', deadlineText: '2024年6月底前完成' });
  });

  it('a task form that changes a field another window changed meanwhile is refused, and nothing is written', async () => {
    const [official, colleague] = await twoWindows();
    const shown = (await official.call('plans.get', { planId: 1 })).tasks[0]!;
    await colleague.call('tasks.update', { taskId: shown.id, content: '同事改过的任务内容。' });
    const logged = (await official.call('audit.list', {})).total;

    const refused = await official.invoke('tasks.update', formSave(shown, { content: '经办人改的任务内容。', deadlineText: '2024年6月底前完成' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { stale: ['工作任务'] } } });
    expect(!refused.ok && refused.error.message).toBe(
      `任务 ${shown.seq} 的工作任务在打开修改框之后已被另一个窗口或程序改动，为免覆盖那次修改，这次没有保存。请关闭修改框，看过现在的内容后重新修改。`,
    );
    expect((await colleague.call('plans.get', { planId: 1 })).tasks[0]).toMatchObject({ content: '同事改过的任务内容。', deadlineText: shown.deadlineText });
    expect((await official.call('audit.list', {})).total).toBe(logged);

    // The same change made by both is no conflict.
    const same = await official.invoke('tasks.update', formSave(shown, { content: '同事改过的任务内容。' }));
    expect(same.ok).toBe(true);
  });

  it('计划设置 keeps a reporting cycle changed from the command line meanwhile, and refuses a title changed in both', async () => {
    const [official] = await twoWindows();
    const [shown] = await official.call('plans.list', {});
    const settings = (p: typeof shown, changes: Record<string, unknown>) => {
      const { title, description, periodKind, reportDueDays, reportDueDay, reportContact } = p!;
      const fields = { title, description, periodKind, reportDueDays, reportDueDay, reportContact };
      return { planId: p!.id, ...fields, ...changes, shown: fields };
    };
    const set = await runCli(official.dbPath, 'plan', 'set', '1', '--cycle', 'month', '--due-day', '25', '--title', '2022-2023年工作要点（修订）', '--json');
    expect(set.code).toBe(0);

    const saved = await official.call('plans.update', settings(shown, { reportContact: '办公室 张三' }));
    expect(saved).toMatchObject({ periodKind: 'month', reportDueDay: 25, reportDueDays: null, title: '2022-2023年工作要点（修订）', reportContact: '办公室 张三' });

    const refused = await official.invoke('plans.update', settings(shown, { title: '2022-2023年知识产权工作要点' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { stale: ['计划名称'] } } });
    expect((await official.call('plans.list', {}))[0]).toMatchObject({ title: '2022-2023年工作要点（修订）' });
  });

  it('without what the form showed (the command line), the fields given are written as before', async () => {
    const [official, colleague] = await twoWindows();
    const shown = (await official.call('plans.get', { planId: 1 })).tasks[0]!;
    await colleague.call('tasks.update', { taskId: shown.id, content: '同事改过的任务内容。' });
    const saved = await official.call('tasks.update', { taskId: shown.id, content: '经办人改的任务内容。' });
    expect(saved.content).toBe('经办人改的任务内容。');
  });
});
