import { afterEach, describe, expect, it } from 'vitest';
import { createRegistry } from '../../../electron/core/registry';
import { getRegistry } from '../../../electron/core/handlers';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import type * as z from 'zod';
import { fieldLabel } from '../../../electron/core/issueMessages';
import { contract, type MethodName } from '../../../electron/shared/contract';
import { AppError } from '../../../electron/shared/result';
import { testBackend, type TestBackend } from '../../helpers/backend';

let backend: TestBackend | null = null;
afterEach(() => backend?.close());

describe('registry', () => {
  it('handles every contract method exactly once', () => {
    expect(getRegistry().names().sort()).toEqual(Object.keys(contract).sort());
  });

  it('refuses a handler registered twice and a method missing from the contract', () => {
    const info = { 'app.info': () => null };
    expect(() => createRegistry(info, info)).toThrow(/registered twice: app\.info/);
    expect(() => createRegistry({ 'no.such': () => null } as Record<string, unknown>)).toThrow(/not in the contract: no\.such/);
  });

  it('answers unknown methods and invalid input with an error envelope, not a throw', async () => {
    backend = await testBackend();
    const unknown = await backend.registry.invoke('no.such', {}, backend.ctx);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const invalid = await backend.registry.invoke('plans.get', { planId: 'x' }, backend.ctx);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(invalid.ok || invalid.error.message).toBe('计划编号应为数字，实际为文本');
    const missing = await backend.registry.invoke('plans.get', {}, backend.ctx);
    expect(missing.ok || missing.error.message).toBe('计划编号未给出（应为数字）');
    const fraction = await backend.registry.invoke('plans.get', { planId: 1.5 }, backend.ctx);
    expect(fraction.ok || fraction.error.message).toBe('计划编号应为整数，实际为 1.5');
    const format = await backend.registry.invoke('reports.export', { planId: 1, period: '2023Q3', format: 'ppt' }, backend.ctx);
    expect(format.ok || format.error.message).toBe('导出格式应为以下之一："xlsx"、"docx"、"html"');
    const nested = await backend.registry.invoke(
      'progress.import',
      { planId: 1, files: [], dryRun: true, decisions: { x: { sheet: 3 } } },
      backend.ctx,
    );
    expect(nested.ok || nested.error.message).toBe('报送文件应至少 1 项；文件“x”要导入的表应为文本，实际为数字');
  });

  it('names every field of every method in Chinese', () => {
    // Each field's path in the input, as an issue gives it: an item by its index, a record's entry by its key.
    const paths = (schema: z.ZodType, at: PropertyKey[]): PropertyKey[][] => {
      const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
      const inner = (key: string) => paths(def[key] as z.ZodType, at);
      switch (def.type) {
        case 'object':
          return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) => [[...at, key], ...paths(field, [...at, key])]);
        case 'optional':
        case 'nullable':
        case 'default':
          return inner('innerType');
        case 'array':
          return [[...at, 0], ...paths(def.element as z.ZodType, [...at, 0])];
        case 'record':
          return [[...at, '甲'], ...paths(def.valueType as z.ZodType, [...at, '甲'])];
        case 'union':
          return (def.options as z.ZodType[]).flatMap((option) => paths(option, at));
        default:
          return [];
      }
    };
    const methods = Object.keys(contract) as MethodName[];
    const labels = methods.flatMap((method) => paths(contract[method].input, []).map((path) => [method, path.join('.'), fieldLabel(method, path)]));
    expect(labels.length).toBeGreaterThan(100);
    expect(labels.filter(([, , label]) => /[A-Za-z]/.test(label!))).toEqual([]);
    expect(fieldLabel('app.setOperator', ['name'])).toBe('经办人姓名');
    expect(fieldLabel('units.rename', ['name'])).toBe('单位名称');
    expect(fieldLabel('plans.import', ['plan', 'tasks', 2, 'content'])).toBe('第 3 项任务的内容');
    expect(fieldLabel('progress.import', ['decisions', 'abc', 'rows', '12'])).toBe('文件“abc”第 12 行的任务编号');
  });

  it('returns app info read from the real database', async () => {
    backend = await testBackend();
    const info = await backend.call('app.info', {});
    expect(info).toMatchObject({ name: '工作要点台账', dbPath: backend.dbPath, schemaVersion: LATEST_VERSION, transport: 'cli' });
  });
});

describe('command transactions', () => {
  it('commits what run wrote, and rolls all of it back when run throws', async () => {
    backend = await testBackend();
    const db = backend.db;
    // A registry over the real contract, with one command replaced, so the real transaction path is used.
    const insertUnit = (name: string) =>
      db.run(`INSERT INTO units (name, created_at) VALUES (?, '2026-01-01')`, [name]);
    const handlers = (fail: boolean) => ({
      ...Object.fromEntries(getRegistry().names().map((n) => [n, () => null])),
      'units.rename': {
        run: () => {
          insertUnit('甲单位');
          insertUnit('乙单位');
          if (fail) throw new AppError('CONFLICT', '第二步失败');
          return null;
        },
      },
    });
    const failing = await createRegistry(handlers(true)).invoke('units.rename', { unitId: 1, name: 'x' }, backend.ctx);
    expect(failing).toEqual({ ok: false, error: { code: 'CONFLICT', message: '第二步失败' } });
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM units')!.n).toBe(0);

    const passing = await createRegistry(handlers(false)).invoke('units.rename', { unitId: 1, name: 'x' }, backend.ctx);
    expect(passing.ok).toBe(true);
    expect(db.all<{ name: string }>('SELECT name FROM units ORDER BY id').map((r) => r.name)).toEqual(['甲单位', '乙单位']);
  });

  it('turns an unexpected exception into an INTERNAL envelope', async () => {
    backend = await testBackend();
    const handlers = {
      ...Object.fromEntries(getRegistry().names().map((n) => [n, () => null])),
      'plans.list': () => {
        throw new TypeError('boom');
      },
    };
    const env = await createRegistry(handlers).invoke('plans.list', {}, backend.ctx);
    expect(env).toEqual({ ok: false, error: { code: 'INTERNAL', message: '内部错误：boom' } });
  });
});
