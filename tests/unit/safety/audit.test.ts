import { afterEach, describe, expect, it } from 'vitest';
import { createCtx } from '../../../electron/core/context';
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
