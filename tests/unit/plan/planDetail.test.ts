// The ledger's plan is read once and answered from memory, but never after the database changed:
// an edit here, or a write by another program, is seen at the next request.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan } from '../../helpers/progressPlan';

describe('the ledger’s plan (plans.get, plans.getSelected)', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });

  it('is answered from memory while the database is unchanged', async () => {
    const first = await b.call('plans.get', { planId });
    expect(await b.call('plans.get', { planId })).toBe(first);
    expect(await b.call('plans.getSelected', { remembered: null })).toBe(first);
  });

  it('is read again after an edit through the app', async () => {
    const before = await b.call('plans.get', { planId });
    const task = before.tasks[0]!;
    await b.call('tasks.update', { taskId: task.id, content: `${task.content}（已修改）` });
    const after = await b.call('plans.get', { planId });
    expect(after).not.toBe(before);
    expect(after.tasks[0]!.content).toBe(`${task.content}（已修改）`);
  });

  it('is read again after another program wrote to the database', async () => {
    const before = await b.call('plans.get', { planId });
    const other = new Database(b.dbPath);
    other.prepare('UPDATE tasks SET content = ? WHERE id = ?').run('另一程序写入的内容', before.tasks[1]!.id);
    other.close();
    expect((await b.call('plans.get', { planId })).tasks[1]!.content).toBe('另一程序写入的内容');
  });
});
