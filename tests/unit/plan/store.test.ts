// Storing plans on a real SQLite file: import, dry run, re-import of a corrected version keeping
// progress, the sample, inline task edits with audit, plan edits and deletion, refused input.
import { createHash } from 'node:crypto';
import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../electron/core/plan/parseText';
import type { ParsedPlan } from '../../../electron/shared/types';
import { testBackend, type TestBackend } from '../../helpers/backend';
import { seedText } from './seedExpected';

let b: TestBackend;
beforeEach(async () => {
  b = await testBackend();
});
afterEach(() => b.close());

const seedPlan = (): ParsedPlan => parsePlanText(seedText());
const TABLES = ['plans', 'sections', 'tasks', 'units', 'unit_aliases', 'task_units', 'periods', 'imports', 'progress', 'audit_log'];
/** Row counts of every table, to show a refused call stored nothing. */
const snapshot = () => Object.fromEntries(TABLES.map((t) => [t, b.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`)!.n]));
const audit = () => b.db.all<{ action: string; summary: string; before: string | null; after: string | null }>('SELECT action, summary, before, after FROM audit_log ORDER BY id');

function addProgress(planId: number, taskId: number, unitName: string, text: string): void {
  const period = b.db.get<{ id: number }>('SELECT id FROM periods WHERE plan_id = ? AND code = ?', [planId, '2023Q1'])?.id ??
    b.db.run("INSERT INTO periods (plan_id, code, start_date, end_date) VALUES (?, '2023Q1', '2023-01-01', '2023-03-31')", [planId]).id;
  const unitId = b.db.get<{ id: number }>('SELECT id FROM units WHERE name = ?', [unitName])!.id;
  b.db.run(
    `INSERT INTO progress (task_id, unit_id, period_id, status, progress, updated_at, updated_by) VALUES (?, ?, ?, 'on_track', ?, '2023-03-20T00:00:00Z', 'test')`,
    [taskId, unitId, period, text],
  );
}

describe('plans.import', () => {
  it('stores the plan, its sections, tasks and units, the original file, and an audit entry', async () => {
    const bytes = new TextEncoder().encode(seedText());
    const result = await b.call('plans.import', { plan: seedPlan(), original: { name: '工作要点.txt', bytes } });
    expect(result).toMatchObject({ created: true, tasksAdded: 18, tasksUpdated: 0, tasksUnchanged: 0, tasksRemoved: 0, warnings: [] });

    const detail = await b.call('plans.get', { planId: result.planId! });
    expect(detail).toMatchObject({ title: '2022-2023年工作要点', startYear: 2022, endYear: 2023, isCurrent: true, taskCount: 18, periodKind: 'quarter' });
    expect(detail.sections.map((s) => s.numeral)).toEqual(['一', '二', '三', '四', '五', '六', '七']);
    expect(detail.tasks[10]).toMatchObject({
      seq: '11',
      sectionId: detail.sections[3]!.id,
      units: { lead: ['省知识产权局'], joint: ['省卫健委', '各有关市县政府'], cooperating: [], national: ['国家知识产权局保护司', '国家知识产权局运用促进司'] },
      deadline: null,
      continuous: true,
    });

    const stored = b.db.get<{ kind: string; file_name: string; sha256: string; size: number; bytes: Uint8Array }>('SELECT * FROM imports');
    expect(stored).toMatchObject({ kind: 'plan', file_name: '工作要点.txt', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(Buffer.from(stored!.bytes).equals(Buffer.from(bytes))).toBe(true);
    // 导入记录 counts the plan's tasks, as it counts a return's rows.
    expect(await b.call('imports.list', {})).toEqual([expect.objectContaining({ kind: 'plan', fileName: '工作要点.txt', rows: 18 })]);

    const fingerprint = b.db.get<{ fingerprint: string }>('SELECT fingerprint FROM plans')!.fingerprint;
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(audit()).toEqual([expect.objectContaining({ action: 'plan.import', summary: '导入计划《2022-2023年工作要点》：7 个部分，18 项任务' })]);

    const units = await b.call('units.list', {});
    const ip = units.find((u) => u.name === '省知识产权局')!;
    expect(ip).toMatchObject({ level: 'province', taskCounts: { lead: 16, joint: 2, cooperating: 0, national: 0 } });
    expect(units.find((u) => u.name === '国家知识产权局运用促进司')).toMatchObject({ level: 'national', taskCounts: { national: 9 } });
    expect(units.at(-1)!.level).toBe('national');
  });

  it('reports what a dry run would do and stores nothing', async () => {
    const before = snapshot();
    const result = await b.call('plans.import', { plan: seedPlan(), dryRun: true });
    expect(result).toMatchObject({ planId: null, created: true, tasksAdded: 18 });
    expect(snapshot()).toEqual(before);
  });

  it('refuses a preview edited into duplicate numbers, storing nothing', async () => {
    const plan = seedPlan();
    plan.tasks[1]!.seq = '1';
    const before = snapshot();
    const env = await b.invoke('plans.import', { plan });
    expect(env).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '序号 1 出现了不止一次，请先修改为不重复的序号' } });
    expect(snapshot()).toEqual(before);
  });

  it('updates a plan in place from a corrected version, keeping progress of tasks that stay', async () => {
    const first = await b.call('plans.import', { plan: seedPlan() });
    const planId = first.planId!;
    const tasks = (await b.call('plans.get', { planId })).tasks;
    const id = (seq: string) => tasks.find((t) => t.seq === seq)!.id;
    addProgress(planId, id('1'), '省知识产权局', '任务1进展');
    addProgress(planId, id('3'), '省知识产权局', '任务3进展');
    addProgress(planId, id('13'), '省知识产权局', '任务13进展');
    addProgress(planId, id('14'), '省知识产权局', '任务14进展');
    const fingerprintBefore = b.db.get<{ fingerprint: string }>('SELECT fingerprint FROM plans')!.fingerprint;

    // The corrected plan: a typo fixed in task 3, a unit added to task 7, task 13 dropped (so 14–18
    // become 13–17) and a new task 18.
    const lines = seedText().split('\n');
    const corrected = lines
      .filter((l) => !l.startsWith('13. '))
      .map((l) => l.replace('扎实推进知识产权保护中心软硬件建设', '扎实推进知识产权保护中心软硬件设施建设'))
      .map((l) => l.replace('省财政厅、省小企业局等按职责分工负责', '省财政厅、省小企业局、省教育厅按职责分工负责'))
      .map((l) => l.replace(/^(1[4-8])\. /, (_, n: string) => `${Number(n) - 1}. `));
    corrected.push('18. 开展知识产权人才评价改革试点。(省人社厅牵头,省知识产权局配合。2023年6月底前完成)');
    const plan = parsePlanText(corrected.join('\n'));

    const preview = await b.call('plans.import', { plan, replacePlanId: planId, dryRun: true });
    const removedTasks = [{ seq: '13', content: expect.stringContaining('逐级落实知识产权代理监管责任'), progressRecords: 1 }];
    // 17 of the 18 tasks kept: a revision, not another plan, though progress goes with task 13.
    const expected = { planId, created: false, tasksAdded: 1, tasksRemoved: 1, removedTasks, tasksUpdated: 7, tasksUnchanged: 10, unrelated: null };
    expect(preview).toMatchObject(expected);
    expect(b.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM tasks')!.n).toBe(18);

    const result = await b.call('plans.import', { plan, replacePlanId: planId, original: { name: '工作要点（修订）.txt', bytes: new TextEncoder().encode(corrected.join('\n')) } });
    expect(result).toMatchObject(expected);

    const after = await b.call('plans.get', { planId });
    expect(after.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    // Same task ids, so their progress stays: 1 and 3 (edited) by number, old 14 (now 13) by its text.
    expect(after.tasks[0]!.id).toBe(id('1'));
    expect(after.tasks[2]!.id).toBe(id('3'));
    expect(after.tasks[2]!.content).toContain('软硬件设施建设');
    expect(after.tasks[6]!.units.joint).toEqual(['省财政厅', '省小企业局', '省教育厅']);
    expect(after.tasks[12]!.id).toBe(id('14'));
    const progress = b.db.all<{ taskId: number; progress: string }>('SELECT task_id AS taskId, progress FROM progress ORDER BY progress');
    expect(progress).toEqual([
      { taskId: id('14'), progress: '任务14进展' },
      { taskId: id('1'), progress: '任务1进展' },
      { taskId: id('3'), progress: '任务3进展' },
    ]);
    expect(b.db.get<{ fingerprint: string }>('SELECT fingerprint FROM plans')!.fingerprint).not.toBe(fingerprintBefore);
    expect(audit().at(-1)).toMatchObject({ action: 'plan.reimport', summary: '重新导入计划《2022-2023年工作要点》：新增 1 项，修改 7 项，未变 10 项，删除 1 项' });
    expect(JSON.parse(audit().at(-1)!.before!).removed).toEqual([{ seq: '13', content: expect.stringContaining('逐级落实知识产权代理监管责任') }]);
    expect(b.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM imports WHERE kind = 'plan'")!.n).toBe(1);
  });

  it('drops the warnings about a 完成时限 corrected in the preview, and warns about a corrected one that still reads as no date', async () => {
    const parsed = parsePlanText('2024年工作要点\n1. 开展甲工作。（省甲厅牵头，汛期前完成）\n2. 开展乙工作。（省乙厅牵头，汛期前完成）');
    expect(parsed.tasks.map((t) => t.warnings.some((w) => w.includes('“汛期前完成”')))).toEqual([true, true]);
    const [first, second] = parsed.tasks;
    const corrected = {
      ...parsed,
      tasks: [
        { ...first!, deadlineText: '2024年5月31日前完成' },
        { ...second!, deadlineText: '尽快完成' },
      ],
    };
    const result = await b.call('plans.import', { plan: corrected });
    expect(result.warnings.filter((w) => w.seq)).toEqual([{ seq: '2', message: '无法识别完成时限“尽快完成”，请填写日期' }]);
    const stored = (await b.call('plans.get', { planId: result.planId! })).tasks;
    expect(stored.map((t) => [t.deadline, t.warnings])).toEqual([
      ['2024-05-31', []],
      [null, ['无法识别完成时限“尽快完成”，请填写日期']],
    ]);
  });

  it('says how a 完成时限 corrected in the preview into one of an unusual kind was read', async () => {
    const parsed = parsePlanText('2024年工作要点\n1. 开展甲工作。（省甲厅牵头，汛期前完成）');
    const corrected = { ...parsed, tasks: [{ ...parsed.tasks[0]!, deadlineText: '列入2024年省政府立法计划' }] };
    const result = await b.call('plans.import', { plan: corrected });
    const stored = (await b.call('plans.get', { planId: result.planId! })).tasks;
    expect(stored.map((t) => [t.deadline, t.warnings])).toEqual([
      ['2024-12-31', ['完成时限“列入2024年省政府立法计划”没有写明完成时间，已按2024年底（2024-12-31）理解，请核对']],
    ]);
  });

  it('loads the bundled sample once', async () => {
    const first = await b.call('plans.importSample', {});
    expect(first).toMatchObject({ created: true, tasksAdded: 18 });
    const again = await b.call('plans.importSample', {});
    expect(again).toMatchObject({ planId: first.planId, created: false, tasksAdded: 0, tasksUnchanged: 18 });
    expect(await b.call('plans.list', {})).toHaveLength(1);
    expect(b.db.get<{ file_name: string }>('SELECT file_name FROM imports')!.file_name).toBe('ip-plan-2022-2023.txt');
  });
});

describe('the same file imported again, and an update by an unrelated plan', () => {
  const original = () => ({ name: '工作要点.txt', bytes: new TextEncoder().encode(seedText()) });
  const copies = async () => (await b.call('data.backups', {})).backups.length;

  it('refuses a second plan from the same file, naming the plan it already is, unless allowed', async () => {
    const planId = (await b.call('plans.import', { plan: seedPlan(), original: original() })).planId!;
    await b.call('plans.update', { planId, title: '2022-2023年知识产权工作要点' });
    // The preview offers the plan the file became, though its title has since changed.
    const parsed = await b.call('plans.parse', { source: { kind: 'file', file: { ...original(), name: '另存的.txt' } } });
    expect(parsed).toMatchObject({ similarPlanId: planId, sameFilePlan: { planId, title: '2022-2023年知识产权工作要点' } });
    // Pasted text is kept as its UTF-8 bytes, so the same text pasted again is the same file.
    expect((await b.call('plans.parse', { source: { kind: 'text', text: seedText() } })).sameFilePlan).toEqual({ planId, title: '2022-2023年知识产权工作要点' });

    const before = snapshot();
    for (const dryRun of [false, true]) {
      expect(await b.invoke('plans.import', { plan: seedPlan(), original: { ...original(), name: '另存的.txt' }, dryRun })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining(`文件“另存的.txt”已导入为计划 ${planId}《2022-2023年知识产权工作要点》，未重复导入`) },
      });
    }
    expect(snapshot()).toEqual(before);

    // Updating the plan it came from is no duplicate; nor is a second copy the user asked for.
    expect(await b.call('plans.import', { plan: seedPlan(), original: original(), replacePlanId: planId })).toMatchObject({ planId, created: false });
    expect(await b.call('plans.import', { plan: seedPlan(), original: original(), allowDuplicate: true })).toMatchObject({ created: true, planId: planId + 1 });
    // A deleted plan no longer holds its file.
    await b.call('plans.delete', { planId });
    await b.call('plans.delete', { planId: planId + 1 });
    expect(await b.call('plans.import', { plan: seedPlan(), original: original() })).toMatchObject({ created: true });
  });

  it('refuses an update that deletes progress and keeps under half of the tasks, unless confirmed; a dry run says so', async () => {
    const planId = (await b.call('plans.import', { plan: seedPlan() })).planId!;
    const tasks = (await b.call('plans.get', { planId })).tasks;
    addProgress(planId, tasks[0]!.id, '省知识产权局', '任务1进展');
    addProgress(planId, tasks[4]!.id, '省知识产权局', '任务5进展');
    const other = parsePlanText(
      ['2024年安全生产工作要点', '1. 开展安全生产大检查。（省应急厅牵头，2024年6月底前完成）', '2. 推进危化品整治。（省应急厅牵头，2024年底前完成）'].join('\n'),
    );
    const unrelated = { oldTitle: '2022-2023年工作要点', newTitle: '2024年安全生产工作要点', oldTasks: 18, keptTasks: 0, progressRecords: 2 };

    const preview = await b.call('plans.import', { plan: other, replacePlanId: planId, dryRun: true });
    expect(preview).toMatchObject({ planId, tasksRemoved: 18, tasksAdded: 2, unrelated });

    const before = snapshot();
    const refused = await b.invoke('plans.import', { plan: other, replacePlanId: planId });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          `《2024年安全生产工作要点》与计划 ${planId}《2022-2023年工作要点》看来不是同一份计划：原有 18 项任务，新文件里只找到 0 项，` +
          '更新将删除 2 条已填报的进展记录。未更新；确需如此，请确认后再更新。',
      },
    });
    expect(snapshot()).toEqual(before);
    expect(await copies()).toBe(0); // refused before the safety copy

    expect(await b.call('plans.import', { plan: other, replacePlanId: planId, allowUnrelated: true })).toMatchObject({ planId, tasksRemoved: 18, unrelated });
    expect(b.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM progress')!.n).toBe(0);
  });

  it('lets an unrelated plan replace one with no progress recorded', async () => {
    const planId = (await b.call('plans.import', { plan: seedPlan() })).planId!;
    const other = parsePlanText(['2024年安全生产工作要点', '1. 开展安全生产大检查。（省应急厅牵头，2024年6月底前完成）'].join('\n'));
    expect(await b.call('plans.import', { plan: other, replacePlanId: planId })).toMatchObject({ planId, tasksRemoved: 18, unrelated: null });
  });
});

describe('tasks.update', () => {
  it('edits a task, resolving unit aliases and re-reading the deadline, with an audit of before and after', async () => {
    const { planId } = await b.call('plans.importSample', {});
    const task = (await b.call('plans.get', { planId: planId! })).tasks[3]!;
    const fingerprint = () => b.db.get<{ fingerprint: string }>('SELECT fingerprint FROM plans')!.fingerprint;
    const before = fingerprint();

    const updated = await b.call('tasks.update', {
      taskId: task.id,
      content: '积极申报并建设海外知识产权纠纷应对指导中心分中心。',
      units: { lead: ['山西省知识产权局'], joint: [], cooperating: ['省贸促会', '省商务厅'], national: ['国家知识产权局保护司'] },
      deadlineText: '2023年第三季度',
    });
    expect(updated).toMatchObject({
      id: task.id,
      seq: '4',
      content: '积极申报并建设海外知识产权纠纷应对指导中心分中心。',
      units: { lead: ['省知识产权局'], joint: [], cooperating: ['省贸促会', '省商务厅'], national: ['国家知识产权局保护司'] },
      deadline: '2023-09-30',
      deadlineText: '2023年第三季度',
      continuous: false,
      warnings: [],
      // The plan's own words stay, whatever was corrected.
      responsibilityText: task.responsibilityText,
    });
    expect(task.responsibilityText).toContain('2023年12月底前完成');
    // The new spelling is remembered as an alias of the unit it means.
    expect((await b.call('units.resolve', { name: '山西省知识产权局' }))!.name).toBe('省知识产权局');
    expect(fingerprint()).not.toBe(before);

    const entry = audit().at(-1)!;
    expect(entry).toMatchObject({ action: 'task.update', summary: '修改《2022-2023年工作要点》任务 4：工作任务、责任单位、完成时限' });
    expect(JSON.parse(entry.before!)).toMatchObject({ content: '积极申报海外知识产权纠纷应对指导中心分中心。', deadline: '2023-12-31' });
    expect(JSON.parse(entry.after!)).toMatchObject({ deadline: '2023-09-30', units: { cooperating: ['省贸促会', '省商务厅'] } });
  });

  it('warns about what is missing after an edit, and refuses a number another task has', async () => {
    const { planId } = await b.call('plans.importSample', {});
    const [t1, t2] = (await b.call('plans.get', { planId: planId! })).tasks;
    const updated = await b.call('tasks.update', { taskId: t2!.id, units: { lead: [], joint: [], cooperating: ['省财政厅'], national: [] }, deadlineText: '尽快' });
    expect(updated.warnings).toEqual(['未填写牵头单位或责任单位', '无法识别完成时限“尽快”，请写成“2023年12月底前”等形式']);
    const staged = await b.call('tasks.update', { taskId: t1!.id, deadlineText: '2023年6月底前基本建成，2024年全面推广' });
    expect(staged).toMatchObject({
      deadline: '2023-06-30',
      warnings: ['完成时限“2023年6月底前基本建成，2024年全面推广”分阶段写明，已按写有“前”的“2023年6月底前基本建成”（2023-06-30）理解，“2024年全面推广”不作为完成时限，请核对'],
    });
    const env = await b.invoke('tasks.update', { taskId: t2!.id, seq: t1!.seq });
    expect(env).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const missing = await b.invoke('tasks.update', { taskId: 99999, content: 'x' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('writes and logs nothing when the edit leaves the task as it was, and logs the warnings looked at', async () => {
    const { planId } = await b.call('plans.importSample', {});
    const task = (await b.call('plans.get', { planId: planId! })).tasks[3]!;
    const planUpdatedAt = () => b.db.get<{ updated_at: string }>('SELECT updated_at FROM plans')!.updated_at;
    const stamp = planUpdatedAt();
    const entries = audit().length;

    // The editor sends every field back; a unit may be spelled as its alias.
    const same = { seq: task.seq, content: task.content, deadlineText: task.deadlineText, units: { ...task.units, lead: ['山西省知识产权局'] } };
    expect(await b.call('tasks.update', { taskId: task.id, ...same })).toEqual(task);
    expect(audit()).toHaveLength(entries);
    expect(planUpdatedAt()).toBe(stamp);

    // A warning the plan import left, now looked at: saving clears it and says so.
    b.db.run(`UPDATE tasks SET warnings = '["未识别出牵头单位或责任单位"]' WHERE id = ?`, [task.id]);
    expect((await b.call('tasks.update', { taskId: task.id, ...same })).warnings).toEqual([]);
    expect(audit().at(-1)!.summary).toBe('修改《2022-2023年工作要点》任务 4：核对提示');
  });
});

describe('plans.update and plans.delete', () => {
  it('renames, switches the current plan, and deletes a plan with everything under it', async () => {
    const a = (await b.call('plans.importSample', {})).planId!;
    const other = parsePlanText('2024年工作要点\n1. 开展甲工作。（省甲厅牵头，2024年6月底前）');
    const c = (await b.call('plans.import', { plan: other })).planId!;
    expect((await b.call('plans.get', { planId: c })).isCurrent).toBe(false);

    const renamed = await b.call('plans.update', { planId: c, title: '2024年重点工作', periodKind: 'month', isCurrent: true });
    expect(renamed).toMatchObject({ title: '2024年重点工作', periodKind: 'month', isCurrent: true });
    expect((await b.call('plans.get', { planId: a })).isCurrent).toBe(false);
    expect(audit().at(-1)).toMatchObject({ action: 'plan.update', summary: '修改计划《2024年工作要点》：标题改为《2024年重点工作》，报送周期改为按月，设为当前计划' });
    // 计划设置 saved as it was, as the page sends it (every field): nothing changed, nothing recorded.
    const logged = audit().length;
    const same = { title: renamed.title, description: renamed.description, periodKind: renamed.periodKind, reportDueDays: renamed.reportDueDays, reportContact: renamed.reportContact };
    expect(await b.call('plans.update', { planId: c, ...same, isCurrent: true })).toMatchObject(same);
    expect(await b.call('plans.update', { planId: c })).toMatchObject(same);
    expect(audit().length).toBe(logged);

    const taskId = (await b.call('plans.get', { planId: c })).tasks[0]!.id;
    addProgress(c, taskId, '省甲厅', '进展');
    expect(await b.call('plans.delete', { planId: c })).toEqual({ deleted: true });
    expect((await b.call('plans.list', {})).map((p) => [p.id, p.isCurrent])).toEqual([[a, true]]);
    expect(b.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM tasks WHERE plan_id = ?', [c])!.n).toBe(0);
    expect(b.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM progress')!.n).toBe(0);
    expect(audit().at(-1)).toMatchObject({ action: 'plan.delete', summary: '删除计划《2024年重点工作》（1 项任务及其进展记录）' });
    expect(await b.invoke('plans.get', { planId: c })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('safety copies before a plan is rewritten or deleted', () => {
  it('takes none for a re-import or deletion that is refused', async () => {
    const copies = async () => (await b.call('data.backups', {})).backups.length;
    const planId = (await b.call('plans.import', { plan: seedPlan() })).planId!;
    const twice = seedPlan();
    twice.tasks[1] = { ...twice.tasks[1]!, seq: twice.tasks[0]!.seq };
    expect(await b.invoke('plans.import', { plan: twice, replacePlanId: planId })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await b.invoke('plans.import', { plan: seedPlan(), replacePlanId: 99999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await b.invoke('plans.delete', { planId: 99999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await copies()).toBe(0);

    await b.call('plans.import', { plan: seedPlan(), replacePlanId: planId });
    expect(await copies()).toBe(1);
  });
});

describe('a plan pasted without its title, so without its year', () => {
  const untitled = () => parsePlanText('1. 开展甲工作。（省甲厅牵头，年底前完成）\n2. 开展乙工作。（省乙厅负责，2025年6月底前）');
  const yearless = (plan: { tasks: { seq: string; deadline: string | null; warnings: string[] }[] }) =>
    plan.tasks.map((t) => [t.seq, t.deadline, t.warnings.filter((w) => w.includes('未写年份'))]);

  it('takes its year from the title typed in the preview, and dates "年底前" by it', async () => {
    const parsed = untitled();
    // The second task's year is the plan's until the title says otherwise.
    expect(parsed).toMatchObject({ title: '未命名工作要点', startYear: 2025, endYear: 2025 });
    const { planId } = await b.call('plans.import', { plan: { ...parsed, title: '2024年重点工作' } });
    const stored = await b.call('plans.get', { planId: planId! });
    expect(stored).toMatchObject({ startYear: 2024, endYear: 2024 });
    expect(yearless(stored)).toEqual([
      ['1', '2024-12-31', []],
      ['2', '2025-06-30', []],
    ]);
  });

  it('gets its years from a new title in 计划设置, and dates the time limits that lacked one', async () => {
    const parsed = parsePlanText('1. 开展甲工作。（省甲厅牵头，年底前完成）\n2. 开展乙工作。（省乙厅负责，持续推进）');
    expect(parsed).toMatchObject({ startYear: null, endYear: null });
    const { planId } = await b.call('plans.import', { plan: parsed });
    expect(yearless(await b.call('plans.get', { planId: planId! }))).toEqual([
      ['1', null, ['完成时限“年底前完成”未写年份，计划年份不明，无法确定日期']],
      ['2', null, []],
    ]);

    const renamed = await b.call('plans.update', { planId: planId!, title: '2024年重点工作' });
    expect(renamed).toMatchObject({ startYear: 2024, endYear: 2024 });
    expect(yearless(await b.call('plans.get', { planId: planId! }))).toEqual([
      ['1', '2024-12-31', []],
      ['2', null, []],
    ]);
    expect((await b.call('periods.list', { planId: planId! })).map((p) => p.code)).toEqual(['2024Q1', '2024Q2', '2024Q3', '2024Q4']);
    expect(audit().at(-1)!.summary).toBe('修改计划《未命名工作要点》：标题改为《2024年重点工作》，计划年度改为2024年，1 项任务未写年份的完成时限按2024年补全日期');

    // A title without years leaves them as they are.
    expect(await b.call('plans.update', { planId: planId!, title: '重点工作' })).toMatchObject({ startYear: 2024, endYear: 2024 });
  });
});

describe('plans.getSelected', () => {
  it('answers the plan the ledger opens with, as plans.get gives it', async () => {
    expect(await b.call('plans.getSelected', { remembered: null })).toBeNull();
    const sample = (await b.call('plans.importSample', {})).planId!;
    const later = (await b.call('plans.import', { plan: parsePlanText('2024年工作要点\n1. 开展甲工作。（省甲厅牵头，2024年6月底前）') })).planId!;

    expect(await b.call('plans.getSelected', { remembered: later })).toEqual(await b.call('plans.get', { planId: later }));
    // A remembered plan deleted since, or none remembered: the current plan.
    expect((await b.call('plans.getSelected', { remembered: 999 }))!.id).toBe(sample);
    await b.call('plans.update', { planId: later, isCurrent: true });
    expect((await b.call('plans.getSelected', { remembered: null }))!.id).toBe(later);
  });
});

describe('refused input', () => {
  const parseFile = (name: string, bytes: Uint8Array<ArrayBuffer>) => b.invoke('plans.parse', { source: { kind: 'file', file: { name, bytes } } });

  it('gives a clear Chinese error naming the file, and stores nothing', async () => {
    await b.call('plans.importSample', {});
    const before = snapshot();
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const cases: [string, Uint8Array<ArrayBuffer>, string, RegExp][] = [
      ['空文件.txt', new Uint8Array(0), 'BAD_FILE', /文件“空文件.txt”是空文件/],
      ['乱码.txt', junk, 'BAD_FILE', /文件“乱码.txt”/],
      ['通知.txt', new TextEncoder().encode('关于召开会议的通知\n请各单位于下周一上午九点参加会议。'), 'BAD_FILE', /文件“通知.txt”中没有识别出任何任务/],
      ['旧文档.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'BAD_FILE', /文件“旧文档.doc”已损坏/],
      // An Office 97-2003 container without a Word document in it: an old WPS 文字 file (or another program's).
      ['文字.wps', oleWithoutWordDocument(), 'BAD_FILE', /文件“文字\.wps”是 WPS 文字（\.wps）的旧格式，无法直接读取/],
      ['超大.txt', new Uint8Array(21 * 1024 * 1024).fill(0x41), 'FILE_TOO_LARGE', /超大\.txt.*超过上限/],
      // Plain text under the name of a Word document or a workbook is not read as a plan, even when it is one.
      ['要点.docx', new TextEncoder().encode('这不是Word文档\n只是一些文字'), 'BAD_FILE', /^文件“要点\.docx”不是 Word 文档，其内容是纯文本/],
      ['分工.DOCX', new TextEncoder().encode(seedText()), 'BAD_FILE', /^文件“分工\.DOCX”不是 Word 文档，其内容是纯文本.*请把扩展名改为 \.txt 后导入/],
      ['任务表.xlsx', new TextEncoder().encode('序号,工作任务,牵头单位\n1,建设平台,省数据局'), 'BAD_FILE', /^文件“任务表\.xlsx”不是电子表格，其内容是纯文本/],
    ];
    for (const [name, bytes, code, message] of cases) {
      const env = await parseFile(name, bytes);
      expect(env.ok, name).toBe(false);
      if (!env.ok) {
        expect(env.error.code, name).toBe(code);
        expect(env.error.message, name).toMatch(message);
      }
    }
    const pasted = await b.invoke('plans.parse', { source: { kind: 'text', text: '一'.repeat(7 * 1024 * 1024) } });
    expect(pasted).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE', message: expect.stringContaining('粘贴的文本') } });
    expect(await b.invoke('plans.parse', { source: { kind: 'text', text: '   \n' } })).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: '粘贴的文本是空的，请粘贴工作要点全文。' } });
    expect(snapshot()).toEqual(before);
  });
});

/** An Office 97-2003 (compound file) container holding one stream that is not a Word or Excel document. */
function oleWithoutWordDocument(): Uint8Array<ArrayBuffer> {
  const cfb = XLSX.CFB as unknown as {
    utils: { cfb_new(): unknown; cfb_add(c: unknown, name: string, content: Buffer): void };
    write(c: unknown, o: object): Buffer;
  };
  const container = cfb.utils.cfb_new();
  cfb.utils.cfb_add(container, 'Contents', Buffer.from('WPS'));
  return new Uint8Array(cfb.write(container, { type: 'buffer' }));
}
