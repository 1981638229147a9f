// A report entered by hand from a form opened before another window (or an import on the command
// line) wrote the same unit's report: what was written meanwhile is kept where the official left the
// form as shown, and a field both changed is refused, nothing written.
import { afterEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../../helpers/backend';

let open: TestBackend[] = [];
afterEach(() => {
  for (const b of open) b.close();
  open = [];
});

describe('a hand-entered report from a form opened before another window wrote it', () => {
  it('keeps what was written meanwhile, and refuses to overwrite a field changed in both', async () => {
    const official = await testBackend();
    open.push(official);
    const colleague = await testBackend({ dbPath: official.dbPath });
    open.push(colleague);
    await official.call('plans.importSample', {});
    const task = (await official.call('plans.get', { planId: 1 })).tasks[0]!;
    const unitId = (await official.call('units.list', { planId: 1 })).find((u) => u.name === task.units.lead[0])!.id;
    const entry = { planId: 1, period: '2023Q3', taskId: task.id, unitId };
    const empty = { status: null, progress: '', problems: '', nextSteps: '', remarks: '' };
    const stored = async () => (await official.call('progress.list', { planId: 1, period: '2023Q3' })).records.find((r) => r.taskId === task.id)!;

    // The official opens the empty form; meanwhile the colleague enters the unit's report.
    await colleague.call('progress.save', { ...entry, status: 'on_track', progress: '单位报来的进展。' });
    await official.call('progress.save', { ...entry, ...empty, remarks: '电话核实。', shown: empty });
    expect(await stored()).toMatchObject({ status: 'on_track', progress: '单位报来的进展。', remarks: '电话核实。' });

    // Typing progress into that empty form would replace the unit's: refused, the report unchanged.
    const refused = await official.invoke('progress.save', { ...entry, ...empty, status: 'completed', progress: '经办人录入的进展。', shown: empty });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { stale: ['完成状态', '进展情况'] } } });
    expect(!refused.ok && refused.error.message).toContain('任务的2023年第三季度推进情况的完成状态、进展情况在打开修改框之后已被另一个窗口或程序改动');
    expect(await stored()).toMatchObject({ status: 'on_track', progress: '单位报来的进展。', remarks: '电话核实。' });
  });
});
