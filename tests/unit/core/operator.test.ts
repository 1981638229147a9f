// 经办人: the official's name, set for the database, whom imports, edits and the 操作日志 are recorded
// under instead of the machine's login name; cleared, the login name again.
import { describe, expect, it } from 'vitest';
import { osUserName } from '../../../electron/core/context';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan, taskIdOf, unitId } from '../../helpers/progressPlan';
import { financeReturn } from '../../helpers/returns';

describe('the 经办人', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });

  it('is unset at first: records go under the login name', async () => {
    expect(await b.call('app.info', {})).toMatchObject({ osUser: osUserName(), operator: null, recordedAs: osUserName() });
  });

  it('records imports, edits and the 操作日志 under the name once set, and under the login name once cleared', async () => {
    const set = await b.call('app.setOperator', { name: '  张三 ' });
    expect(set).toMatchObject({ operator: '张三', recordedAs: '张三', osUser: osUserName() });
    const [entry] = (await b.call('audit.list', { action: 'app.setOperator' })).entries;
    expect(entry).toMatchObject({ user: '张三', summary: `经办人由未设（记为本机登录用户 ${osUserName()}）改为“张三”` });

    await b.call('progress.import', { planId, files: [await financeReturn('财政厅.xlsx', ['序号', '进展情况', '完成状态'], [['7', '拨付资金。', '正常推进']])], dryRun: false });
    const [imported] = await b.call('imports.list', { planId });
    expect(imported).toMatchObject({ unit: '省财政厅', importedBy: '张三' });
    const saved = await b.call('progress.save', {
      planId,
      period: '2023Q3',
      taskId: taskIdOf(b, planId, '8'),
      unitId: unitId(b, '省财政厅'),
      status: 'on_track',
      progress: '平台建设推进中。',
    });
    expect(saved.updatedBy).toBe('张三');

    const cleared = await b.call('app.setOperator', { name: '' });
    expect(cleared).toMatchObject({ operator: null, recordedAs: osUserName() });
    const [last] = (await b.call('audit.list', { action: 'app.setOperator' })).entries;
    expect(last).toMatchObject({ user: osUserName(), summary: `经办人由“张三”改为未设（记为本机登录用户 ${osUserName()}）` });
    expect((await b.registry.invoke('app.setOperator', { name: '一'.repeat(21) }, b.ctx)).ok).toBe(false);
  });
});
