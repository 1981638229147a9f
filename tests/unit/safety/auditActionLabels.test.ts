// The 操作日志 names every action in Chinese, on its page and in its export: no stored code shows.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditActionLabel } from '../../../electron/shared/auditLabels';
import { testBackend, type TestBackend } from '../../helpers/backend';

let backend: TestBackend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

const CORE = path.resolve(__dirname, '../../../electron/core');

/** Every action the handlers log, as written in their `ctx.audit({ action: '…' })`. */
function loggedActions(): string[] {
  const files = fs.readdirSync(CORE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const actions = new Set<string>();
  for (const file of files) {
    const source = fs.readFileSync(path.join(CORE, file), 'utf8');
    for (const m of source.matchAll(/\baction: (?:\w+ \? )?'([a-z][\w.]*)'(?: : '([a-z][\w.]*)')?/g)) {
      actions.add(m[1]!);
      if (m[2]) actions.add(m[2]);
    }
  }
  return [...actions].sort();
}

describe('操作日志 action names', () => {
  it('adding and removing a unit’s alias read 添加单位别名 and 删除单位别名, not their codes', async () => {
    backend = await testBackend();
    const { planId } = await backend.call('plans.importSample', {});
    const unit = (await backend.call('units.list', { planId: planId! }))[0]!;
    await backend.call('units.addAlias', { unitId: unit.id, alias: '测试别名局' });
    await backend.call('units.removeAlias', { alias: '测试别名局' });
    const { entries, facets } = await backend.call('audit.list', {});
    const labels = entries.slice(0, 2).map((e) => auditActionLabel(e.action));
    expect(labels).toEqual(['删除单位别名', '添加单位别名']);
    // The 操作 filter offers them by the same names.
    for (const action of facets.actions) expect(auditActionLabel(action), action).toMatch(/[^\x20-\x7e]/);
  });

  it('every action a handler logs has a Chinese name', () => {
    const actions = loggedActions();
    expect(actions.length).toBeGreaterThan(15);
    const unnamed = actions.filter((a) => auditActionLabel(a) === a);
    expect(unnamed).toEqual([]);
  });
});
