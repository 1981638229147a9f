// Preview, commit, duplicates, decisions, undo and locked periods of progress.import.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileInput, FileOutput } from '../../../electron/shared/api/method';
import { testBackend, type TestBackend } from '../../helpers/backend';
import { createPlan, financeReturnSetup, taskIdOf } from '../../helpers/progressPlan';
import { dumpDb, fillTemplate, type Fill, type FillOptions } from '../../helpers/returns';

describe('progress.import lifecycle', () => {
  let b: TestBackend;
  let planId: number;
  let template: FileOutput;
  let finance: number;

  const fill = (progress: (seq: string) => string, extra: Partial<Fill> = {}) =>
    fillTemplate(template, (seq) => ({ progress: progress(seq), status: '正常推进', ...extra }));
  /** Each row as given, other cells left as the template has them. */
  const fillRows = (rows: (seq: string) => Fill, options?: FillOptions) => fillTemplate(template, rows, options);
  const records = async () => (await b.call('progress.list', { planId, period: '2023Q3' })).records;
  const rawRecords = () => b.db.all('SELECT * FROM progress ORDER BY task_id, unit_id, period_id');
  const backups = () => (fs.existsSync(path.join(b.dir, 'backups')) ? fs.readdirSync(path.join(b.dir, 'backups')).length : 0);
  const taskId = (seq: string) => taskIdOf(b, planId, seq);

  beforeEach(async () => {
    ({ b, planId, finance, template } = await financeReturnSetup());
  });
  afterEach(() => b.close());

  it('previews without storing anything, then commits the same result', async () => {
    const file = await fill((seq) => `第${seq}项进展`);
    const before = dumpDb(b.db);
    const preview = await b.call('progress.import', { planId, files: [file], dryRun: true });
    expect(dumpDb(b.db)).toBe(before);
    expect(backups()).toBe(0);
    expect(preview.files[0]).toMatchObject({ status: 'dry-run', importId: null, unit: '省财政厅', period: '2023Q3' });
    expect(preview.files[0]!.rows.map((r) => [r.seq, r.diff])).toEqual([
      ['7', 'new'],
      ['8', 'new'],
      ['9', 'new'],
    ]);

    const reported = async () => (await b.call('periods.list', { planId })).filter((p) => p.reported).map((p) => p.code);
    expect(await reported()).toEqual([]);

    const commit = await b.call('progress.import', { planId, files: [file], dryRun: false });
    const f = commit.files[0]!;
    expect(await reported()).toEqual(['2023Q3']);
    expect(f.status).toBe('imported');
    expect({ ...f, status: 'dry-run', importId: null }).toEqual(preview.files[0]);
    expect(backups()).toBeGreaterThan(0);
    expect((await records()).map((r) => [r.seq, r.progress, r.status, r.importId])).toEqual([
      ['7', '第7项进展', 'on_track', f.importId],
      ['8', '第8项进展', 'on_track', f.importId],
      ['9', '第9项进展', 'on_track', f.importId],
    ]);

    const [summary] = await b.call('imports.list', { planId });
    expect(summary).toMatchObject({ id: f.importId, kind: 'progress', fileName: file.name, unit: '省财政厅', period: '2023Q3', outcome: 'imported', rows: 3, size: file.bytes.length });
    const original = await b.call('imports.file', { importId: f.importId! });
    expect(Buffer.from(original.bytes).equals(Buffer.from(file.bytes))).toBe(true);
    expect(original.fileName).toBe(file.name);
    const audit = b.db.all<{ action: string; object_id: string }>("SELECT action, object_id FROM audit_log WHERE action = 'progress.import'");
    expect(audit).toEqual([{ action: 'progress.import', object_id: String(f.importId) }]);
  });

  it('recognises the same file imported again and stores nothing new', async () => {
    const file = await fill((seq) => `第${seq}项进展`);
    const first = (await b.call('progress.import', { planId, files: [file], dryRun: false })).files[0]!;
    const before = dumpDb(b.db);
    const again = (await b.call('progress.import', { planId, files: [file], dryRun: false })).files[0]!;
    expect(first.skipped).toBe(false);
    expect(again).toMatchObject({ status: 'imported', skipped: true, importId: null, duplicateOf: first.importId });
    expect(again.warnings.join()).toContain('内容与已导入的记录相同，无需再次导入');
    expect(again.rows.every((r) => r.diff === 'unchanged')).toBe(true);
    expect(dumpDb(b.db)).toBe(before);

    const twice = await b.call('progress.import', { planId, files: [file, { ...file, name: '副本.xlsx' }], dryRun: true });
    expect(twice.files[1]!.warnings).toContain(`与本批中的文件“${file.name}”内容完全相同，已跳过。`);
    expect(twice.files[1]!.rows).toEqual([]);
    expect(twice.files.map((f) => f.skipped)).toEqual([true, true]); // the first: as imported already

    // A second version whose one change the official keeps out: a decision on a file received, so recorded.
    const second = await fill((seq) => (seq === '7' ? '第7项进展（修订）' : `第${seq}项进展`));
    const sha = (await b.call('progress.import', { planId, files: [second], dryRun: true })).files[0]!.sha256;
    const kept = (await b.call('progress.import', { planId, files: [second], dryRun: false, decisions: { [sha]: { keep: [taskId('7')] } } })).files[0]!;
    expect(kept).toMatchObject({ status: 'imported', skipped: false });
    expect(kept.importId).not.toBeNull();
  });

  it('shows changes against stored values, keeps chosen ones, and undoes imports in order', async () => {
    const first = (await b.call('progress.import', { planId, files: [await fill((s) => `一稿${s}`)], dryRun: false })).files[0]!;
    const afterFirst = rawRecords();
    const second = await fill((s) => (s === '9' ? '一稿9' : `二稿${s}`), { status: '已完成' });
    const keep9 = taskId('8');
    const preview = (await b.call('progress.import', { planId, files: [second], dryRun: true })).files[0]!;
    expect(preview.rows.find((r) => r.seq === '7')).toMatchObject({
      diff: 'changed',
      progress: '二稿7',
      previous: { progress: '一稿7', status: 'on_track', statusText: '正常推进', problems: '', nextSteps: '', remarks: '' },
    });
    const decisions = { [preview.sha256]: { keep: [keep9] } };
    const committed = (await b.call('progress.import', { planId, files: [second], dryRun: false, decisions })).files[0]!;
    expect(committed.rows.find((r) => r.seq === '8')!.warnings).toContain('已选择保留原有填报内容，不覆盖');
    expect((await records()).map((r) => [r.seq, r.progress, r.status])).toEqual([
      ['7', '二稿7', 'completed'],
      ['8', '一稿8', 'on_track'],
      ['9', '一稿9', 'completed'],
    ]);

    const refused = await b.invoke('imports.undo', { importId: first.importId! });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('CONFLICT');
      expect(refused.error.message).toContain('序号 7、9');
    }

    const undone = await b.call('imports.undo', { importId: committed.importId! });
    expect(undone).toMatchObject({ id: committed.importId, outcome: 'undone', rows: 2 });
    expect(rawRecords()).toEqual(afterFirst);
    const twice = await b.invoke('imports.undo', { importId: committed.importId! });
    expect(twice.ok || twice.error.code).toBe('CONFLICT');

    await b.call('imports.undo', { importId: first.importId! });
    expect(rawRecords()).toEqual([]);
    const undos = b.db.all<{ summary: string }>("SELECT summary FROM audit_log WHERE action = 'import.undo' ORDER BY id");
    // The second import rewrote two records; the first had added three.
    expect(undos.map((u) => u.summary.replace(/^.*），/, ''))).toEqual(['恢复被改写的 2 项记录', '删除新增的 3 项记录']);
  });

  it('never lets blank 进展情况 cells replace stored progress unless the official confirms the row', async () => {
    await b.call('progress.import', { planId, files: [await fill((s) => `一稿${s}`)], dryRun: false });
    // The bureau's later return: 7 and 8 without progress or status, one note in 存在问题.
    const later = await fillRows((s) => (s === '9' ? { progress: '二稿9', status: '正常推进' } : { progress: '', status: '', problems: '资金尚未到位' }));
    const preview = (await b.call('progress.import', { planId, files: [later], dryRun: true })).files[0]!;
    expect(preview.warnings).toContain('以下任务未填写进展：序号 7、8');
    const held = preview.rows.filter((r) => r.lowConfidence);
    expect(held.map((r) => [r.seq, r.warnings[0]])).toEqual(
      ['7', '8'].map((seq) => [seq, '本行“进展情况”“完成状态”未填写，原有填报中有内容，确认前不导入此行，以免以空白覆盖原有内容']),
    );

    await b.call('progress.import', { planId, files: [later], dryRun: false });
    expect((await records()).map((r) => [r.seq, r.progress, r.status, r.problems])).toEqual([
      ['7', '一稿7', 'on_track', ''],
      ['8', '一稿8', 'on_track', ''],
      ['9', '二稿9', 'on_track', ''],
    ]);

    // Confirmed, the row is imported as the bureau wrote it.
    const decisions = { [preview.sha256]: { rows: { [String(held[0]!.row)]: held[0]!.taskId } } };
    await b.call('progress.import', { planId, files: [later], dryRun: false, decisions });
    expect((await records()).map((r) => [r.seq, r.progress, r.status, r.problems])).toEqual([
      ['7', '', null, '资金尚未到位'],
      ['8', '一稿8', 'on_track', ''],
      ['9', '二稿9', 'on_track', ''],
    ]);
  });

  it('keeps the earlier file’s progress when a later file of the same batch leaves it blank', async () => {
    const first = await fill((s) => `一稿${s}`);
    const later = await fillRows((s) => (s === '9' ? { progress: '二稿9', status: '正常推进' } : { progress: '', status: '', problems: '资金尚未到位' }), {
      unitLine: '填报单位：省财政厅（更正）',
    });
    const preview = (await b.call('progress.import', { planId, files: [first, later], dryRun: true })).files[1]!;
    expect(preview.rows.filter((r) => r.lowConfidence).map((r) => r.seq)).toEqual(['7', '8']);
    await b.call('progress.import', { planId, files: [first, later], dryRun: false });
    expect((await records()).map((r) => [r.seq, r.progress, r.status])).toEqual([
      ['7', '一稿7', 'on_track'],
      ['8', '一稿8', 'on_track'],
      ['9', '二稿9', 'on_track'],
    ]);
  });

  it('takes progress written only in 备注 as the progress, counted as on track, for the official to check', async () => {
    const file = await fillRows((s) => (s === '7' ? { progress: '', status: '', remarks: '已拨付专利转化资金2000万元。' } : { progress: `一稿${s}`, status: '正常推进' }));
    const preview = (await b.call('progress.import', { planId, files: [file], dryRun: true })).files[0]!;
    expect(preview.warnings).toContain('以下任务未填写进展：序号 7');
    expect(preview.rows.find((r) => r.seq === '7')).toMatchObject({
      progress: '已拨付专利转化资金2000万元。',
      status: 'on_track',
      lowConfidence: false,
      warnings: ['进展情况未填，已将备注中的内容记为进展，请核对', '完成状态未填，按正常推进统计，请核对'],
    });
    await b.call('progress.import', { planId, files: [file], dryRun: false });
    expect((await records()).find((r) => r.seq === '7')).toMatchObject({
      progress: '已拨付专利转化资金2000万元。',
      remarks: '已拨付专利转化资金2000万元。',
      status: 'on_track',
    });

    // Over stored progress, the 备注 of a later return waits for confirmation like a blank cell.
    const later = await fillRows((s) => (s === '7' ? { progress: '', status: '', remarks: '第二批资金已拨付。' } : { progress: `一稿${s}`, status: '正常推进' }));
    const again = (await b.call('progress.import', { planId, files: [later], dryRun: true })).files[0]!;
    expect(again.rows.find((r) => r.seq === '7')).toMatchObject({ lowConfidence: true, progress: '第二批资金已拨付。' });
  });

  it('refuses to undo an import whose records were edited by hand since, and takes no safety copy for it', async () => {
    const imported = (await b.call('progress.import', { planId, files: [await fill((s) => `进展${s}`)], dryRun: false })).files[0]!;
    await b.call('progress.save', { planId, period: '2023Q3', taskId: taskId('7'), unitId: finance, status: 'delayed', progress: '手工更正' });
    const backups = async () => (await b.call('data.backups', {})).backups.length;
    const before = await backups();
    const env = await b.invoke('imports.undo', { importId: imported.importId! });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.message).toContain('序号 7');
    expect(await backups()).toBe(before);
  });

  const listedBackups = async () => (await b.call('data.backups', {})).backups;

  it('takes no safety copy for an import whose every file is refused', async () => {
    const corrupt: FileInput = { name: 'corrupt.xlsx', bytes: new TextEncoder().encode('PK\u0003\u0004 不是表格') };
    for (let i = 0; i < 2; i++) {
      const refused = (await b.call('progress.import', { planId, files: [corrupt], period: '2023Q3', dryRun: false })).files[0]!;
      expect(refused.status).toBe('rejected');
    }
    expect(await listedBackups()).toEqual([]);
  });

  it('takes one safety copy before an import that writes, none when the same file comes again', async () => {
    const file = await fill((s) => `进展${s}`);
    expect((await b.call('progress.import', { planId, files: [file], dryRun: false })).files[0]!.status).toBe('imported');
    const [copy, ...others] = await listedBackups();
    expect(others).toEqual([]);
    expect(copy!.reason).toBe('导入推进情况前');
    // Taken before the write: the copy has none of the records the import wrote.
    const raw = new Database(copy!.path, { readonly: true });
    try {
      expect(raw.prepare('SELECT COUNT(*) AS n FROM progress').get()).toEqual({ n: 0 });
    } finally {
      raw.close();
    }

    const again = (await b.call('progress.import', { planId, files: [file], dryRun: false })).files[0]!;
    expect(again.skipped).toBe(true);
    expect((await listedBackups()).map((x) => x.file)).toEqual([copy!.file]);
  });

  it('lets the official name the unit and period of a form that does not say', async () => {
    const bare: FileInput = { name: 'return.csv', bytes: new TextEncoder().encode('序号,进展情况,完成状态\n7,资金已拨付,已完成\n') };
    const preview = (await b.call('progress.import', { planId, files: [bare], dryRun: true })).files[0]!;
    expect(preview.status).toBe('rejected');
    expect(preview.errors.join()).toMatch(/无法确定文件“return.csv”是哪个单位报送的/);
    expect(preview.errors.join()).toMatch(/无法确定文件“return.csv”填报的是哪一期/);
    expect(preview.rows.map((r) => r.seq)).toEqual(['7']);

    const decisions = { [preview.sha256]: { unit: '省财政厅', period: '2023Q2' } };
    const done = (await b.call('progress.import', { planId, files: [bare], dryRun: false, decisions })).files[0]!;
    expect(done).toMatchObject({ status: 'imported', unit: '省财政厅', unitSource: 'given', period: '2023Q2', periodSource: 'given' });
    const given = (await b.call('progress.import', { planId, files: [bare], dryRun: true, unit: '省财政厅', period: '2023Q3' })).files[0]!;
    expect(given).toMatchObject({ status: 'dry-run', unitSource: 'given', periodSource: 'given' });
  });

  it('never leaves a file half-written: a failure while writing undoes the whole call', async () => {
    const first = await fill((s) => `一稿${s}`);
    const second = { ...(await fill((s) => `二稿${s}`)), name: '财政厅三季度（更正）.xlsx' };
    // The second file's third record cannot be written, after its first two were.
    b.db.run("CREATE TRIGGER fail_third BEFORE UPDATE ON progress WHEN NEW.progress LIKE '%二稿9%' BEGIN SELECT RAISE(ABORT, '磁盘写入失败'); END");
    const before = dumpDb(b.db);
    const env = await b.invoke('progress.import', { planId, files: [first, second], dryRun: false });
    expect(env.ok).toBe(false);
    expect(dumpDb(b.db)).toBe(before);
  });

  it('keeps a locked period closed to imports, edits and undo', async () => {
    const file = await fill((s) => `进展${s}`);
    const imported = (await b.call('progress.import', { planId, files: [file], dryRun: false })).files[0]!;
    const locked = await b.call('periods.setLocked', { planId, period: '2023Q3', locked: true });
    expect(locked).toMatchObject({ code: '2023Q3', label: '2023年第三季度', locked: true });

    const other = await fill((s) => `新进展${s}`);
    const byFile = (await b.call('progress.import', { planId, files: [other], dryRun: false })).files[0]!;
    expect(byFile.status).toBe('rejected');
    expect(byFile.errors.join()).toContain('2023年第三季度已锁定，不能再导入或修改该期的推进情况。如确需修改，请先解除该期的锁定（进展填报页上方的“解锁本期”）。');
    const byInput = await b.invoke('progress.import', { planId, files: [other], period: '2023Q3', dryRun: true });
    expect(!byInput.ok && byInput.error.code).toBe('PERIOD_LOCKED');
    const save = await b.invoke('progress.save', { planId, period: '2023Q3', taskId: taskId('7'), unitId: finance, status: null, progress: 'x' });
    expect(!save.ok && save.error.code).toBe('PERIOD_LOCKED');
    const undo = await b.invoke('imports.undo', { importId: imported.importId! });
    expect(!undo.ok && undo.error.code).toBe('PERIOD_LOCKED');

    await b.call('periods.setLocked', { planId, period: '2023Q3', locked: false });
    expect((await b.call('progress.import', { planId, files: [other], dryRun: false })).files[0]!.status).toBe('imported');
    const actions = b.db.all<{ action: string }>("SELECT action FROM audit_log WHERE object_type = 'period' ORDER BY id").map((a) => a.action);
    expect(actions).toEqual(['period.lock', 'period.unlock']);
    expect((await b.call('periods.list', { planId })).find((p) => p.code === '2023Q3')!.locked).toBe(false);
  });
});

describe('the ledger kept between preview and commit', () => {
  it('is reused while the database is unchanged and reloaded after any change', async () => {
    const { importLedger } = await import('../../../electron/core/progress/import/ledgerCache');
    const b = await testBackend();
    try {
      const planId = await createPlan(b);
      const first = importLedger(b.db, planId).ledger;
      expect(importLedger(b.db, planId).ledger).toBe(first);
      const task = first.taskBySeq.get('7')!;
      await b.call('tasks.update', { taskId: task.id, content: '改写后的第七项任务' });
      const second = importLedger(b.db, planId).ledger;
      expect(second).not.toBe(first);
      expect(second.taskById.get(task.id)!.content).toBe('改写后的第七项任务');
    } finally {
      b.close();
    }
  });
});
