import { afterEach, describe, expect, it } from 'vitest';
import { createCtx } from '../../../electron/core/context';
import { auditValueText } from '../../../electron/shared/auditLabels';
import { testBackend, type TestBackend } from '../../helpers/backend';

let backend: TestBackend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

/** Five entries at known times by two users (the ctx clock and user are injected). */
async function loggedBackend(): Promise<TestBackend> {
  const b = await testBackend();
  const entries = [
    { at: '2024-03-01T02:00:00.000Z', user: '张三', action: 'plans.import', objectType: 'plan', objectId: 1, summary: '导入计划《2024年工作要点》', after: { tasks: 62 } },
    { at: '2024-03-05T02:00:00.000Z', user: '张三', action: 'units.rename', objectType: 'unit', objectId: 4, summary: '单位改名：省市场监管局 → 省市场监督管理局', before: { name: '省市场监管局' }, after: { name: '省市场监督管理局' } },
    { at: '2024-04-10T02:00:00.000Z', user: '李四', action: 'progress.import', objectType: 'import', objectId: 9, summary: '导入省科技厅 2024Q1 进展 12 条' },
    { at: '2024-04-11T02:00:00.000Z', user: '李四', action: 'imports.undo', objectType: 'import', objectId: 9, summary: '撤销导入 #9', before: { rows: 12 } },
    { at: '2024-05-20T02:00:00.000Z', user: '张三', action: 'periods.setLocked', objectType: 'period', objectId: '2024Q1', summary: '锁定 2024Q1 (100%_done)' },
  ];
  for (const e of entries) {
    const ctx = createCtx({ db: b.ctx.db, transport: 'cli', user: e.user, now: () => new Date(e.at) });
    ctx.audit(e);
  }
  return b;
}

describe('audit.list', () => {
  it('lists newest first with parsed before/after values and the filter choices', async () => {
    backend = await loggedBackend();
    const page = await backend.call('audit.list', {});
    expect(page.total).toBe(5);
    expect(page.entries.map((e) => e.action)).toEqual(['periods.setLocked', 'imports.undo', 'progress.import', 'units.rename', 'plans.import']);
    expect(page.entries[3]).toMatchObject({ user: '张三', objectType: 'unit', objectId: '4', before: { name: '省市场监管局' }, after: { name: '省市场监督管理局' } });
    expect(page.facets).toEqual({
      actions: ['imports.undo', 'periods.setLocked', 'plans.import', 'progress.import', 'units.rename'],
      objectTypes: ['import', 'period', 'plan', 'unit'],
      users: ['张三', '李四'].sort(),
    });
  });

  it('filters by time range (any offset), action, object type, user and text, and pages', async () => {
    backend = await loggedBackend();
    const ids = async (input: Parameters<TestBackend['call']>[1]) =>
      (await backend!.call('audit.list', input as never)).entries.map((e) => e.action);
    // 2024-04-01 00:00 to 2024-04-30 23:59:59 in China time.
    expect(await ids({ from: '2024-04-01T00:00:00+08:00', to: '2024-04-30T23:59:59+08:00' })).toEqual(['imports.undo', 'progress.import']);
    expect(await ids({ action: 'units.rename' })).toEqual(['units.rename']);
    expect(await ids({ objectType: 'import' })).toEqual(['imports.undo', 'progress.import']);
    // One object's entries (the ledger's task drawer asks for a task's edits this way).
    expect(await ids({ objectType: 'unit', objectId: '4' })).toEqual(['units.rename']);
    expect(await ids({ objectType: 'import', objectId: '4' })).toEqual([]);
    expect(await ids({ user: '李四' })).toEqual(['imports.undo', 'progress.import']);
    // Text matches summary and the before/after values; LIKE wildcards are taken literally.
    expect(await ids({ text: '省市场监管局' })).toEqual(['units.rename']);
    expect(await ids({ text: '100%_' })).toEqual(['periods.setLocked']);
    expect(await ids({ text: '%' })).toEqual(['periods.setLocked']);
    expect(await ids({ user: '张三', text: '导入' })).toEqual(['plans.import']);

    const page2 = await backend.call('audit.list', { offset: 2, limit: 2 });
    expect(page2.total).toBe(5);
    expect(page2.entries.map((e) => e.action)).toEqual(['progress.import', 'units.rename']);
  });

  it('cannot be edited: the table refuses UPDATE and DELETE, and the API has no method to try', async () => {
    backend = await loggedBackend();
    const db = backend.ctx.db;
    expect(() => db.run("UPDATE audit_log SET summary = '改过'")).toThrow(/操作日志不可修改/);
    expect(() => db.run('DELETE FROM audit_log WHERE id = 1')).toThrow(/操作日志不可删除/);
    expect((await backend.call('audit.list', {})).total).toBe(5);
    const writes = backend.registry.names().filter((n) => n.startsWith('audit.'));
    expect(writes.sort()).toEqual(['audit.export', 'audit.list']);
  });
});

describe('audit values in Chinese', () => {
  it("shows a task's edit, asked for by the task, with Chinese field names and nested units indented", async () => {
    backend = await testBackend();
    const { planId } = await backend.call('plans.importSample', {});
    const [first, task] = (await backend.call('plans.get', { planId: planId! })).tasks;
    await backend.call('tasks.update', { taskId: first!.id, content: '另一项任务的修改' });
    await backend.call('tasks.update', { taskId: task!.id, units: { ...task!.units, cooperating: ['省财政厅'] }, deadlineText: '2024年6月底前完成' });

    const { entries } = await backend.call('audit.list', { objectType: 'task', objectId: String(task!.id) });
    expect(entries.map((e) => e.summary)).toEqual([expect.stringMatching(/任务 2：责任单位、完成时限$/)]);
    const after = auditValueText(entries[0]!.after).split('\n');
    expect(after).toContain('完成时限：2024年6月底前完成');
    expect(after).toContain('截止日期：2024-06-30');
    expect(after).toContain('持续推进：否');
    expect(after).toContain('分工：');
    expect(after).toContain('\u3000配合单位：省财政厅');
    expect(after).toContain('\u3000责任单位：（无）');
    expect(after.join('\n')).not.toMatch(/[a-z]+：/i);
  });

  it('names stored codes and lists records one per line', () => {
    expect(auditValueText({ status: 'delayed', progress: '', locked: true })).toBe('完成状态：滞后\n进展情况：（空）\n已锁定：是');
    expect(auditValueText({ removed: [{ seq: '3', content: '甲' }], custom: 1 })).toBe('删除的任务：\n\u3000序号：3，工作任务：甲\ncustom：1');
    expect(auditValueText({ 备份文件: 'D:\\备份\\a.db' })).toBe('备份文件：D:\\备份\\a.db');
    expect(auditValueText('原文')).toBe('原文');
    expect(auditValueText(null)).toBe('');
    // A city's 市司法局 is no 省级 unit: the level says only that it is not a national one.
    expect(auditValueText({ level: 'province' })).toBe('层级：本级');
  });
});
