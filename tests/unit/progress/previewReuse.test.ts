// The commit reuses the preview's analysis of a file (analysisCache) only when analysing again would
// give the same. Each case changes something the analysis reads between preview and commit and checks
// that the commit — its result, the records and the undo log — is what a fresh analysis gives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileInput, FileOutput } from '../../../electron/shared/api/method';
import type { ImportedFile } from '../../../electron/shared/api/progress';
import type { TestBackend } from '../../helpers/backend';
import { financeReturnSetup, taskIdOf } from '../../helpers/progressPlan';
import { fillTemplate } from '../../helpers/returns';

describe('a commit after its preview', () => {
  let b: TestBackend;
  let planId: number;
  let template: FileOutput;
  let finance: number;

  const fill = (progress: (seq: string) => string) => fillTemplate(template, (seq) => ({ progress: progress(seq), status: '正常推进' }));
  const preview = async (files: FileInput[], extra = {}) => (await b.call('progress.import', { planId, files, dryRun: true, ...extra })).files;
  const commit = async (files: FileInput[], extra = {}) => (await b.call('progress.import', { planId, files, dryRun: false, ...extra })).files;
  const taskId = (seq: string) => taskIdOf(b, planId, seq);
  const row = (file: ImportedFile, seq: string) => file.rows.find((r) => r.seq === seq)!;
  /** An import's change log, each with the record as it stands now (right after the import: what it wrote). */
  const changes = (importId: number) =>
    b.db
      .all<{ task_id: number; before: string | null; after: string }>(
        `SELECT c.task_id, c.before, p.progress AS after FROM import_changes c
           JOIN progress p ON p.period_id = c.period_id AND p.task_id = c.task_id AND p.unit_id = c.unit_id
          WHERE c.import_id = ? ORDER BY c.id`,
        [importId],
      )
      .map((c) => ({ taskId: c.task_id, before: c.before && (JSON.parse(c.before) as { progress: string }).progress, after: c.after }));

  beforeEach(async () => {
    ({ b, planId, finance, template } = await financeReturnSetup());
  });
  afterEach(() => b.close());

  it('reuses the analysis of an unchanged database, and shows the same result as committed', async () => {
    const file = await fill((seq) => `第${seq}项进展`);
    const [previewed] = await preview([file]);
    const [committed] = await commit([file]);
    expect({ ...committed!, status: 'dry-run', importId: null }).toEqual(previewed);
    // The very rows of the preview: the commit did not analyse the file again.
    expect(committed!.rows[0]).toBe(previewed!.rows[0]);
  });

  it('analyses again when the database changed after the preview', async () => {
    const file = await fill((seq) => `第${seq}项进展`);
    const [previewed] = await preview([file]);
    expect(row(previewed!, '7')).toMatchObject({ diff: 'new', previous: null });
    await b.call('progress.save', { planId, period: '2023Q3', taskId: taskId('7'), unitId: finance, status: 'delayed', progress: '手工填写' });

    const [committed] = await commit([file]);
    expect(committed!.rows[0]).not.toBe(previewed!.rows[0]);
    expect(row(committed!, '7')).toMatchObject({ diff: 'changed', previous: { progress: '手工填写', status: 'delayed' } });
    expect(changes(committed!.importId!)[0]).toEqual({ taskId: taskId('7'), before: '手工填写', after: '第7项进展' });
    // Undo restores the hand-written record the commit replaced, not the empty one the preview saw.
    await b.call('imports.undo', { importId: committed!.importId! });
    const [record] = (await b.call('progress.list', { planId, period: '2023Q3' })).records;
    expect(record).toMatchObject({ seq: '7', progress: '手工填写', status: 'delayed' });
  });

  it('analyses the same bytes under another name as that file', async () => {
    const file = await fill((seq) => `第${seq}项进展`);
    await preview([file]);
    const renamed = { ...file, name: '财政厅三季度（重新命名）.xlsx' };
    const [committed] = await commit([renamed]);
    expect(committed!.file).toBe(renamed.name);
    const [summary] = await b.call('imports.list', { planId });
    expect(summary!.fileName).toBe(renamed.name);
  });

  it('applies decisions made after the preview', async () => {
    const file = await fill((seq) => `第${seq}项进展`);
    const [previewed] = await preview([file]);
    const skipped = row(previewed!, '8').row;
    const decisions = { [previewed!.sha256]: { rows: { [String(skipped)]: null }, keep: [taskId('9')] } };

    const [committed] = await commit([file], { decisions });
    expect(committed!.rows.find((r) => r.row === skipped)!.warnings).toContain('已选择不导入此行');
    expect(row(committed!, '9').warnings).toContain('已选择保留原有填报内容，不覆盖');
    expect(changes(committed!.importId!).map((c) => c.taskId)).toEqual([taskId('7')]);
    const records = (await b.call('progress.list', { planId, period: '2023Q3' })).records;
    expect(records.map((r) => [r.seq, r.progress])).toEqual([['7', '第7项进展']]);
  });

  it('compares the second of two files of one unit and period with what the first wrote', async () => {
    const first = await fill((seq) => `一稿${seq}`);
    const second = { ...(await fill((seq) => (seq === '9' ? '一稿9' : `二稿${seq}`))), name: '财政厅三季度（更正）.xlsx' };
    const previewed = await preview([first, second]);
    // The preview compares the second with what the first would write, as the commit will.
    const secondDiffs = [
      ['7', 'changed'],
      ['8', 'changed'],
      ['9', 'unchanged'],
    ];
    expect(row(previewed[0]!, '7').diff).toBe('new');
    expect(previewed[1]!.rows.map((r) => [r.seq, r.diff])).toEqual(secondDiffs);

    // The commit analyses the second again, against what the first has written by then.
    const [one, two] = await commit([first, second]);
    expect(one!.rows[0]).toBe(previewed[0]!.rows[0]);
    expect(two!.rows[0]).not.toBe(previewed[1]!.rows[0]);
    expect(two!.rows.map((r) => [r.seq, r.diff])).toEqual(secondDiffs);
    expect(changes(two!.importId!)).toEqual([
      { taskId: taskId('7'), before: '一稿7', after: '二稿7' },
      { taskId: taskId('8'), before: '一稿8', after: '二稿8' },
    ]);
    await b.call('imports.undo', { importId: two!.importId! });
    const records = (await b.call('progress.list', { planId, period: '2023Q3' })).records;
    expect(records.map((r) => r.progress)).toEqual(['一稿7', '一稿8', '一稿9']);
  });

  it('analyses a file again when a file of its unit and period joins the batch before it', async () => {
    const first = await fill((seq) => `一稿${seq}`);
    const second = { ...(await fill((seq) => `二稿${seq}`)), name: '财政厅三季度（更正）.xlsx' };
    const [alone] = await preview([second]);
    expect(row(alone!, '7').diff).toBe('new');
    // The official adds the first draft ahead of it: the kept analysis compared with nothing no longer holds.
    const [, after] = await preview([first, second]);
    expect(after!.rows[0]).not.toBe(alone!.rows[0]);
    expect(row(after!, '7')).toMatchObject({ diff: 'changed', previous: { progress: '一稿7' } });
  });

  it('analyses a file again when the file its preview compared it with is left out of the commit', async () => {
    const first = await fill((seq) => `一稿${seq}`);
    const second = { ...(await fill((seq) => (seq === '9' ? '一稿9' : `二稿${seq}`))), name: '财政厅三季度（更正）.xlsx' };
    const [, previewed] = await preview([first, second]);
    expect(row(previewed!, '9').diff).toBe('unchanged'); // the same as the first file would write
    // The official removes the first file from the batch: every row of the second is new again, row 9 included.
    const [committed] = await commit([second]);
    expect(committed!.rows.map((r) => [r.seq, r.diff])).toEqual([
      ['7', 'new'],
      ['8', 'new'],
      ['9', 'new'],
    ]);
    const records = (await b.call('progress.list', { planId, period: '2023Q3' })).records;
    expect(records.map((r) => r.progress)).toEqual(['二稿7', '二稿8', '一稿9']);
  });

  it('keeps nothing from a commit for the next one', async () => {
    const file = await fill((seq) => `第${seq}项进展`);
    await preview([file]);
    const [imported] = await commit([file]);
    const [again] = await commit([file]);
    expect(again).toMatchObject({ importId: null, duplicateOf: imported!.importId });
    expect(again!.rows.every((r) => r.diff === 'unchanged')).toBe(true);
  });
});
