// The unit directory: one unit however a plan spells it, rename keeping the old name, merge with
// overlapping roles and reports, aliases, each unit's tasks by role.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../electron/core/plan/parseText';
import { isNationalUnit, unitKey } from '../../../electron/core/units/names';
import { resolveUnit } from '../../../electron/core/units/resolve';
import { planUnitNames } from '../../../electron/shared/unitOrder';
import { testBackend, type TestBackend } from '../../helpers/backend';

describe('unit names', () => {
  it('treats a province prefix and common abbreviations as the same unit', () => {
    const same = [
      ['山西省知识产权局', '省知识产权局'],
      ['黑龙江省市场监督管理局', '省市场监管局'],
      ['广西壮族自治区知识产权局', '自治区知识产权局'],
      ['北京市知识产权局', '市知识产权局'],
      ['省发展和改革委员会', '省发展改革委'],
      ['省人力资源和社会保障厅', '省人社厅'],
      ['省卫生健康委员会', '省卫健委'],
      ['中共山西省委组织部', '省委组织部'],
      ['太原市人民政府', '太原市政府'],
      ['省知识产权局（版权局）', '省知识产权局(版权局)'],
      ['省 贸促会', '省贸易促进委员会'],
      ['省文化和旅游厅', '省文旅厅'],
      ['省医疗保障局', '省医保局'],
      ['省应急管理厅', '省应急厅'],
      ['省林业和草原局', '省林草局'],
      ['省交通运输厅', '省交通厅'],
      ['省人民政府国有资产监督管理委员会', '省政府国资委'],
      ['省退役军人事务厅', '省退役军人厅'],
      ['省广播电视局', '省广电局'],
      ['省科学技术协会', '省科协'],
      ['省妇女联合会', '省妇联'],
      ['省残疾人联合会', '省残联'],
    ];
    for (const [a, b] of same) expect(unitKey(a!), `${a} = ${b}`).toBe(unitKey(b!));
    expect(unitKey('太原市政府')).not.toBe(unitKey('大同市政府'));
    // A town is its government.
    for (const [a, b] of [['城关镇人民政府', '城关镇'], ['红星乡政府', '红星乡'], ['东河街道办事处', '东河街道'], ['东河街道办', '东河街道']]) expect(unitKey(a!), `${a} = ${b}`).toBe(unitKey(b!));
    expect(unitKey('城关镇')).not.toBe(unitKey('城关镇党委'));
    expect(unitKey('省知识产权局')).not.toBe(unitKey('国家知识产权局'));
  });

  it('knows national bodies', () => {
    for (const n of ['国家知识产权局', '国家知识产权局保护司', '国家市场监督管理总局', '公安部', '最高人民检察院', '中央网信办', '海关总署']) {
      expect(isNationalUnit(n), n).toBe(true);
    }
    for (const n of ['省知识产权局', '人行太原中心支行', '中国人民银行太原中心支行', '省委组织部', '银保监局']) expect(isNationalUnit(n), n).toBe(false);
  });
});

describe('a county plan naming one office two ways', () => {
  it('takes 县营商办 for 县发改局（县营商办）, and 城关镇人民政府 for 城关镇, whichever comes first', async () => {
    const b = await testBackend();
    try {
      const plan = parsePlanText(
        [
          '平安县2026年重点工作任务',
          '1. 开展营商环境评价。（县营商办牵头，城关镇人民政府配合；2026年6月底前）',
          '2. 强化督查考核。（县发改局（县营商办）牵头，城关镇配合；2026年12月底前）',
          '3. 加强人才引进服务。（县委组织部（县委人才办）牵头；2026年12月底前）',
          '4. 落实人才新政。（县委人才办牵头，东河街道办事处配合；2026年12月底前）',
          '5. 推进老旧小区改造。（县住建局牵头，东河街道配合；2026年12月底前）',
          '6. 加强知识产权保护。（省市场监管局（知识产权局）牵头，知识产权局配合；2026年12月底前）',
        ].join('\n'),
      );
      const planId = (await b.call('plans.import', { plan })).planId!;
      const tasks = (await b.call('plans.get', { planId })).tasks;
      expect(tasks.map((t) => [...t.units.lead, ...t.units.cooperating])).toEqual([
        ['县营商办', '城关镇人民政府'],
        ['县营商办', '城关镇人民政府'],
        ['县委组织部（县委人才办）'],
        ['县委组织部（县委人才办）', '东河街道办事处'],
        ['县住建局', '东河街道办事处'],
        // A bracketed name without its level is not taken for another unit's.
        ['省市场监管局（知识产权局）', '知识产权局'],
      ]);
      expect((await b.call('units.resolve', { name: '县营商办' }))!.aliases).toEqual(['县发改局（县营商办）']);
    } finally {
      b.close();
    }
  });
});

describe('the unit directory', () => {
  let b: TestBackend;
  let planId: number;
  const PLAN = [
    '2023年工作要点',
    '1. 甲任务。（省知识产权局、省知识产权局(版权局)按职责分工负责，2023年底前）',
    '2. 乙任务。（省知识产权局(版权局)牵头，山西省市场监督管理局配合，2023年底前）',
    '3. 丙任务。（省市场监管局牵头，省人民政府办公厅配合；国家知识产权局保护司负责。持续推进）',
  ].join('\n');
  const unitId = (name: string) => b.db.get<{ id: number }>('SELECT id FROM units WHERE name = ?', [name])!.id;
  const lastAudit = () => b.db.get<{ action: string; summary: string }>('SELECT action, summary FROM audit_log ORDER BY id DESC LIMIT 1')!;

  beforeEach(async () => {
    b = await testBackend();
    planId = (await b.call('plans.import', { plan: parsePlanText(PLAN) })).planId!;
  });
  afterEach(() => b.close());

  it('resolves every spelling of a unit to the one unit, and imports use it', async () => {
    const names = (await b.call('units.list', {})).map((u) => u.name);
    expect(names.sort()).toEqual(['国家知识产权局保护司', '山西省市场监督管理局', '省人民政府办公厅', '省知识产权局', '省知识产权局(版权局)'].sort());
    for (const spelling of ['省市场监管局', '山西省市场监管局', '  山西省市场监督管理局 ']) {
      expect((await b.call('units.resolve', { name: spelling }))?.name, spelling).toBe('山西省市场监督管理局');
    }
    expect((await b.call('units.resolve', { name: '省政府办公厅' }))?.name).toBe('省人民政府办公厅');
    expect(await b.call('units.resolve', { name: '省商务厅' })).toBeNull();
    expect(resolveUnit(b.db, '山西省知识产权局')?.name).toBe('省知识产权局');
    // The spelling task 3 used is kept as an alias of the unit it meant.
    expect((await b.call('units.resolve', { name: '省市场监管局' }))!.aliases).toEqual(['省市场监管局']);
    const plan = await b.call('plans.get', { planId });
    expect(plan.tasks[2]!.units.lead).toEqual(['山西省市场监督管理局']);
  });

  it('lists a unit\'s tasks by role, and counts them per plan', async () => {
    const samr = unitId('山西省市场监督管理局');
    const { unit, tasks } = await b.call('units.tasks', { unitId: samr });
    expect(unit.name).toBe('山西省市场监督管理局');
    expect(tasks.map((t) => [t.role, t.task.seq])).toEqual([
      ['cooperating', '2'],
      ['lead', '3'],
    ]);
    const listed = await b.call('units.list', { planId });
    expect(listed.find((u) => u.id === samr)!.taskCounts).toEqual({ lead: 1, joint: 0, cooperating: 1, national: 0 });
    expect(listed.at(-1)).toMatchObject({ name: '国家知识产权局保护司', level: 'national' });
  });

  it('lists a plan\'s units only, as the plan first names them, collective names and national counterparts last', async () => {
    const other = await b.call('plans.import', {
      plan: parsePlanText(
        [
          '2024年工作要点',
          '1. 甲任务。（省商务厅牵头，各市人民政府负责，2024年底前）',
          '2. 乙任务。（省知识产权局牵头，省财政厅配合，2024年底前）',
          '3. 丙任务。（省财政厅牵头，省知识产权局配合；国家知识产权局负责。持续推进）',
          '4. 丁任务。（省财政厅、省知识产权局按职责分工负责，2024年底前）',
        ].join('\n'),
      ),
    });
    // Not by how many tasks each has (省财政厅, 省知识产权局 three each), nor by name: as in the 报送台账.
    const inPlanOrder = ['省商务厅', '省知识产权局', '省财政厅', '各市人民政府', '国家知识产权局'];
    // Only the plan's units: those only the first plan names have no task in it.
    expect((await b.call('units.list', { planId: other.planId! })).map((u) => u.name)).toEqual(inPlanOrder);
    expect((await b.call('units.list', { planId })).map((u) => u.name).sort()).toEqual(
      ['国家知识产权局保护司', '山西省市场监督管理局', '省人民政府办公厅', '省知识产权局', '省知识产权局(版权局)'].sort(),
    );
    // Across all plans, every unit of the directory.
    expect((await b.call('units.list', {})).map((u) => u.name).sort()).toEqual(
      [...inPlanOrder, '国家知识产权局保护司', '山西省市场监督管理局', '省人民政府办公厅', '省知识产权局(版权局)'].sort(),
    );
    // The ledger's pickers, from the plan's tasks, list them the same way.
    expect(planUnitNames((await b.call('plans.get', { planId: other.planId! })).tasks)).toEqual(inPlanOrder);
    const submitting = (await b.call('submissions.get', { planId: other.planId!, period: '2024Q1' })).units.map((u) => u.unit);
    expect(submitting).toEqual(inPlanOrder.slice(0, 3));
  });

  it('renames a unit, keeping the old name as an alias, and refuses a name another unit has', async () => {
    const samr = unitId('山西省市场监督管理局');
    const renamed = await b.call('units.rename', { unitId: samr, name: '省市场监管局' });
    expect(renamed).toMatchObject({ id: samr, name: '省市场监管局', aliases: ['山西省市场监督管理局'] });
    expect((await b.call('plans.get', { planId })).tasks[2]!.units.lead).toEqual(['省市场监管局']);
    expect(lastAudit()).toEqual({ action: 'unit.rename', summary: '单位“山西省市场监督管理局”改名为“省市场监管局”（原名保留为别名）' });
    const env = await b.invoke('units.rename', { unitId: samr, name: '省知识产权局' });
    expect(env).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('请使用“合并”') } });
  });

  it('refuses a name or alias the built-in matching already reads as another unit, naming that unit', async () => {
    const office = unitId('省人民政府办公厅');
    // "省市场监督管理局" is how 山西省市场监督管理局 is also written: imports would read it as that unit.
    const renamed = await b.invoke('units.rename', { unitId: office, name: '省市场监督管理局' });
    expect(renamed).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '“省市场监督管理局”会被认作单位“山西省市场监督管理局”（同一单位的另一种写法）。如果是同一单位，请使用“合并”' },
    });
    const aliased = await b.invoke('units.addAlias', { unitId: office, alias: '山西省知识产权局' });
    expect(aliased).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('会被认作单位“省知识产权局”') } });
    // Nothing changed: the names still mean the units they meant.
    expect((await b.call('units.resolve', { name: '省市场监督管理局' }))!.name).toBe('山西省市场监督管理局');
    expect((await b.call('units.resolve', { name: '山西省知识产权局' }))!.name).toBe('省知识产权局');
    expect((await b.call('units.resolve', { name: '省人民政府办公厅' }))!.aliases).toEqual([]);
    // Another spelling of the unit itself is its own to take.
    expect((await b.call('units.addAlias', { unitId: office, alias: '山西省人民政府办公厅' })).aliases).toEqual(['山西省人民政府办公厅']);
    expect((await b.call('units.rename', { unitId: office, name: '省政府办公厅' })).name).toBe('省政府办公厅');
  });

  it('merges two units: roles, progress and aliases move, overlaps are kept once, two reports on one task become one', async () => {
    const target = unitId('省知识产权局');
    const source = unitId('省知识产权局(版权局)');
    const tasks = (await b.call('plans.get', { planId })).tasks;
    const period = b.db.run("INSERT INTO periods (plan_id, code, start_date, end_date) VALUES (?, '2023Q2', '2023-04-01', '2023-06-30')", [planId]).id;
    const report = (task: number, unit: number, text: string, at: string) =>
      b.db.run(`INSERT INTO progress (task_id, unit_id, period_id, status, progress, updated_at, updated_by) VALUES (?, ?, ?, 'on_track', ?, ?, 'test')`, [task, unit, period, text, at]);
    // Both reported task 1 (the source later); only the source reported task 2.
    report(tasks[0]!.id, target, '旧的进展', '2023-06-01T00:00:00Z');
    report(tasks[0]!.id, source, '新的进展', '2023-06-20T00:00:00Z');
    report(tasks[1]!.id, source, '乙的进展', '2023-06-20T00:00:00Z');
    await b.call('units.addAlias', { unitId: source, alias: '省版权局' });

    const merged = await b.call('units.merge', { sourceId: source, targetId: target });
    expect(merged).toMatchObject({ id: target, name: '省知识产权局' });
    expect(merged.aliases.sort()).toEqual(['省版权局', '省知识产权局(版权局)'].sort());
    expect(b.db.get('SELECT id FROM units WHERE id = ?', [source])).toBeUndefined();

    const after = (await b.call('plans.get', { planId })).tasks;
    expect(after[0]!.units.joint).toEqual(['省知识产权局']);
    expect(after[1]!.units.lead).toEqual(['省知识产权局']);
    // Nothing either unit wrote is lost: the earlier report's text follows the later one's.
    expect(b.db.all('SELECT task_id AS taskId, unit_id AS unitId, progress FROM progress ORDER BY task_id')).toEqual([
      { taskId: tasks[0]!.id, unitId: target, progress: '新的进展\n旧的进展' },
      { taskId: tasks[1]!.id, unitId: target, progress: '乙的进展' },
    ]);
    expect(lastAudit()).toEqual({
      action: 'unit.merge',
      summary: '单位“省知识产权局(版权局)”并入“省知识产权局”：转移任务分工 1 条、进展记录 2 条、别名 1 个；两个单位在同一任务同一期都有填报的 1 处合为一条（较早一条的文字接在较新一条之后）',
    });
    // A safety copy was made before.
    await expect.poll(async () => (await b.call('data.backups', {})).backups.map((x) => x.reason)).toContain('合并单位前');
    expect((await b.call('units.resolve', { name: '省知识产权局（版权局）' }))!.id).toBe(target);
    // A refused merge changes nothing: no safety copy for it.
    const copies = (await b.call('data.backups', {})).backups.length;
    expect(await b.invoke('units.merge', { sourceId: target, targetId: target })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await b.invoke('units.merge', { sourceId: source, targetId: target })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await b.call('data.backups', {})).backups).toHaveLength(copies);
  });

  it('merges two units that have different roles on one task: the unit keeps only the more responsible one', async () => {
    const samr = unitId('山西省市场监督管理局');
    const tasks = (await b.call('plans.get', { planId })).tasks;
    const period = b.db.run("INSERT INTO periods (plan_id, code, start_date, end_date) VALUES (?, '2023Q2', '2023-04-01', '2023-06-30')", [planId]).id;
    const report = (unit: number, text: string, at: string) =>
      b.db.run(`INSERT INTO progress (task_id, unit_id, period_id, status, progress, updated_at, updated_by) VALUES (?, ?, ?, 'on_track', ?, ?, 'test')`, [tasks[1]!.id, unit, period, text, at]);
    // Task 2: 省知识产权局(版权局) leads, 山西省市场监督管理局 cooperates, and both reported on it.
    report(unitId('省知识产权局(版权局)'), '牵头单位的进展', '2023-06-20T00:00:00Z');
    report(samr, '配合单位的进展', '2023-06-01T00:00:00Z');

    // The source leads where the target cooperates: the target now leads, and cooperates no more.
    await b.call('units.merge', { sourceId: unitId('省知识产权局(版权局)'), targetId: samr });
    let after = (await b.call('plans.get', { planId })).tasks;
    expect(after[1]!.units).toEqual({ lead: ['山西省市场监督管理局'], joint: [], cooperating: [], national: [] });
    expect(after[0]!.units.joint).toEqual(['省知识产权局', '山西省市场监督管理局']);
    expect(lastAudit().summary).toBe(
      '单位“省知识产权局(版权局)”并入“山西省市场监督管理局”：转移任务分工 2 条、进展记录 1 条、别名 0 个；两个单位在同一任务同一期都有填报的 1 处合为一条（较早一条的文字接在较新一条之后）；两个单位在同一任务中分工不同的 1 项只保留较主要的分工（牵头、责任、配合、国家层面依次）',
    );
    // The target cooperates where the source leads… the other way round: the target's lead stays.
    await b.call('units.merge', { sourceId: unitId('省人民政府办公厅'), targetId: samr });
    after = (await b.call('plans.get', { planId })).tasks;
    expect(after[2]!.units).toMatchObject({ lead: ['山西省市场监督管理局'], cooperating: [] });
    expect(lastAudit().summary).toContain('转移任务分工 0 条');
    expect(lastAudit().summary).toContain('分工不同的 1 项只保留较主要的分工');

    // One role per unit and task anywhere, and the one report of task 2 has both texts.
    expect(b.db.all('SELECT task_id, unit_id FROM task_units GROUP BY task_id, unit_id HAVING COUNT(*) > 1')).toEqual([]);
    expect(b.db.all('SELECT unit_id AS unitId, progress FROM progress WHERE task_id = ?', [tasks[1]!.id])).toEqual([
      { unitId: samr, progress: '牵头单位的进展\n配合单位的进展' },
    ]);
    // Their lists of tasks agree: task 2 counted once, as 牵头.
    const { tasks: listed } = await b.call('units.tasks', { unitId: samr });
    expect(listed.map((t) => [t.role, t.task.seq])).toEqual([
      ['joint', '1'],
      ['lead', '2'],
      ['lead', '3'],
    ]);
  });

  it('keeps one role per unit on a task when a plan or an edit names the unit twice', async () => {
    const copyright = unitId('省知识产权局(版权局)');
    await b.call('units.merge', { sourceId: unitId('山西省市场监督管理局'), targetId: copyright });
    // Updating the plan from its text, which still names 山西省市场监督管理局 as 配合 on task 2 where
    // 省知识产权局(版权局) leads: both names are now the one unit, which leads.
    const again = await b.call('plans.import', { plan: parsePlanText(PLAN), replacePlanId: planId });
    expect(again).toMatchObject({ tasksUpdated: 0, tasksUnchanged: 3 });
    let tasks = (await b.call('plans.get', { planId })).tasks;
    expect(tasks[1]!.units).toEqual({ lead: ['省知识产权局(版权局)'], joint: [], cooperating: [], national: [] });

    const edited = await b.call('tasks.update', {
      taskId: tasks[2]!.id,
      units: { lead: ['省人民政府办公厅'], joint: ['省知识产权局'], cooperating: ['省政府办公厅', '山西省知识产权局'], national: [] },
    });
    expect(edited.units).toEqual({ lead: ['省人民政府办公厅'], joint: ['省知识产权局'], cooperating: [], national: [] });
    tasks = (await b.call('plans.get', { planId })).tasks;
    expect(tasks[2]!.units).toEqual(edited.units);
  });

  it('deletes a unit nothing refers to any more (its plan deleted), refusing one still in use', async () => {
    const other = (await b.call('plans.import', { plan: parsePlanText('2024年工作要点\n1. 甲任务。（省商务厅牵头，2024年底前）') })).planId!;
    const task = (await b.call('plans.get', { planId: other })).tasks[0]!;
    const office = unitId('省人民政府办公厅');
    const copyright = unitId('省知识产权局(版权局)');
    await b.call('units.addAlias', { unitId: copyright, alias: '省版权局' });
    const copies = async () => (await b.call('data.backups', {})).backups.length;
    const before = await copies();

    // Still named by the plan: refused, and no safety copy for it.
    expect(await b.invoke('units.delete', { unitId: copyright })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '单位“省知识产权局(版权局)”还有任务 2 项，不能删除。如果它与另一单位是同一单位，请使用“合并”' },
    });
    expect(await copies()).toBe(before);

    // The plan goes; a report 省人民政府办公厅 sent on the other plan's task (no role there) still needs it.
    const period = b.db.run("INSERT INTO periods (plan_id, code, start_date, end_date) VALUES (?, '2024Q1', '2024-01-01', '2024-03-31')", [other]).id;
    b.db.run(`INSERT INTO progress (task_id, unit_id, period_id, status, progress, updated_at, updated_by) VALUES (?, ?, ?, 'on_track', '进展', '2024-03-20T00:00:00Z', 'test')`, [task.id, office, period]);
    await b.call('plans.delete', { planId });
    expect(await b.invoke('units.delete', { unitId: office })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '单位“省人民政府办公厅”还有进展记录 1 条，不能删除。如果它与另一单位是同一单位，请使用“合并”' },
    });

    const copiesBefore = await copies();
    expect(await b.call('units.delete', { unitId: copyright })).toEqual({ deleted: true });
    expect(b.db.get('SELECT id FROM units WHERE id = ?', [copyright])).toBeUndefined();
    expect(await b.call('units.resolve', { name: '省版权局' })).toBeNull();
    expect(lastAudit()).toEqual({ action: 'unit.delete', summary: '删除单位“省知识产权局(版权局)”（连同别名“省版权局”）' });
    await expect.poll(async () => (await b.call('data.backups', {})).backups.map((x) => x.reason)).toContain('删除单位前');
    expect(await copies()).toBe(copiesBefore + 1);
    expect(await b.invoke('units.delete', { unitId: copyright })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await b.call('units.list', {})).map((u) => u.name)).not.toContain('省知识产权局(版权局)');
  });

  it('adds and removes aliases, refusing one another unit already has', async () => {
    const ip = unitId('省知识产权局');
    expect((await b.call('units.addAlias', { unitId: ip, alias: '知识产权局' })).aliases).toEqual(['知识产权局']);
    expect((await b.call('units.resolve', { name: '知识产权局' }))!.id).toBe(ip);
    const clash = await b.invoke('units.addAlias', { unitId: unitId('省人民政府办公厅'), alias: '知识产权局' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await b.call('units.removeAlias', { alias: '知识产权局' })).aliases).toEqual([]);
    expect(lastAudit()).toEqual({ action: 'unit.alias.remove', summary: '删除单位“省知识产权局”的别名“知识产权局”' });
    expect(await b.invoke('units.removeAlias', { alias: '知识产权局' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
