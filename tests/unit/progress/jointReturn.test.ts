// A joint return (联合报送): one table whose 填报单位 line names several units. Recorded for the unit it
// is read as unless the official asks for each unit named; then every unit gets the rows of its own
// tasks as an import of its own, counted in its 报送台账 and undone on its own.
import { describe, expect, it } from 'vitest';
import type { FileInput, FileOutput } from '../../../electron/shared/api/method';
import type { ImportedFile } from '../../../electron/shared/api/progress';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { seedFinanceReturn, unitId } from '../../helpers/progressPlan';
import { fillTemplate } from '../../helpers/returns';
import { xlsxOf } from '../../helpers/officeFiles';
import { localDate } from '../../../electron/shared/format';

const JOINT_LINE = '填报单位：省财政厅、省地方金融监管局（联合报送）';

describe('a joint return', () => {
  let planId: number;
  let template: FileOutput;
  let contents: Map<string, string>;
  const b = backendPerSuite(async (b) => {
    ({ planId, template } = await seedFinanceReturn(b));
    contents = new Map((await b.call('plans.get', { planId })).tasks.map((t) => [t.seq, t.content]));
  });

  /** 省财政厅's form (tasks 7, 8, 9; 9 shared with 省地方金融监管局), signed by both. */
  const financeForm = () => fillTemplate(template, (seq) => ({ progress: `第${seq}项进展`, status: '正常推进' }), { unitLine: JOINT_LINE });
  const importFiles = async (files: FileInput[], extra: object = {}, dryRun = true) =>
    (await b.call('progress.import', { planId, files, period: '2023Q3', dryRun, ...extra })).files;
  const statusOf = async (unit: string) => (await b.call('submissions.get', { planId, period: '2023Q3' })).units.find((u) => u.unit === unit)!;

  it('is recorded for the unit it is read as, naming the others and how to record it for them', async () => {
    const [file] = await importFiles([await financeForm()]);
    expect(file).toMatchObject({ status: 'dry-run', unit: '省财政厅', jointUnits: ['省地方金融监管局'], errors: [] });
    expect(file!.jointOf).toBeUndefined();
    expect(file!.warnings).toContain(
      `表中填写的填报单位是“${JOINT_LINE.slice(5)}”，是几个单位联合报送的；本次只记为省财政厅的报送，省地方金融监管局在报送台账中仍为未报送。` +
        '如需同时记为省地方金融监管局的报送，请点“同时记为省地方金融监管局的报送”，每个单位单列一行，各自导入、各自可撤销。',
    );
  });

  it('is recorded for each unit named when the official asks: each unit gets its own tasks, counted and undone apart', async () => {
    const form = await financeForm();
    const [first] = await importFiles([form]);
    const decisions = { [first!.sha256]: { jointUnits: true } };
    const preview = await importFiles([form], { decisions });
    expect(preview.map((f) => [f.unit, f.decisionKey, f.jointOf ?? null, f.rows.map((r) => r.seq)])).toEqual([
      ['省财政厅', first!.sha256, null, ['7', '8', '9']],
      ['省地方金融监管局', `${first!.sha256}@${unitId(b, '省地方金融监管局')}`, '省财政厅', ['9']],
    ]);
    const [finance, bureau] = preview as [ImportedFile, ImportedFile];
    expect(finance.warnings).toContain(`表中填写的填报单位是“${JOINT_LINE.slice(5)}”，是几个单位联合报送的，同时记为省地方金融监管局的报送（各单列一行）。`);
    expect(bureau.warnings).toContain(`表中填写的填报单位是“${JOINT_LINE.slice(5)}”，是几个单位联合报送的，在此记为省地方金融监管局的报送。`);
    expect(bureau.warnings).toContain(`第 ${rowsOf(finance, ['7', '8'])} 行是省财政厅的任务，不记入省地方金融监管局的报送。`);

    const committed = await importFiles([form], { decisions }, false);
    expect(committed.map((f) => f.status)).toEqual(['imported', 'imported']);
    expect(await statusOf('省地方金融监管局')).toMatchObject({ state: 'submitted', coveredTasks: 1 });
    expect(await statusOf('省财政厅')).toMatchObject({ state: 'submitted', coveredTasks: 3 });

    // Each unit's import is undone on its own.
    await b.call('imports.undo', { importId: committed[1]!.importId! });
    expect(await statusOf('省地方金融监管局')).toMatchObject({ state: 'missing' });
    expect(await statusOf('省财政厅')).toMatchObject({ state: 'submitted', coveredTasks: 3 });
    await b.call('imports.undo', { importId: committed[0]!.importId! });
  });

  it('once recorded for one unit, is offered for the others only, and says whom it was recorded for', async () => {
    const form = await fillTemplate(template, (seq) => ({ progress: `第${seq}项：再报`, status: '正常推进' }), { unitLine: JOINT_LINE });
    const [first] = await importFiles([form], {}, false);
    const [again] = await importFiles([form]);
    expect(again).toMatchObject({ skipped: true, duplicateOf: first!.importId });
    expect(again!.jointUnits).toEqual(['省地方金融监管局']);
    const [, bureau] = await importFiles([form], { decisions: { [first!.sha256]: { jointUnits: true } } });
    expect(bureau).toMatchObject({ unit: '省地方金融监管局', status: 'dry-run', skipped: false, duplicateOf: null });
    expect(bureau!.warnings).toContain(`该文件已于 ${localDate()} 记为省财政厅（导入记录 #${first!.importId}）的报送，这次记为省地方金融监管局的报送。`);

    const [, recorded] = await importFiles([form], { decisions: { [first!.sha256]: { jointUnits: true } } }, false);
    // Both recorded now: nobody is left to offer it for.
    const [third] = await importFiles([form]);
    expect(third!.jointUnits).toBeUndefined();
    expect(third!.warnings.join('\n')).not.toContain('联合报送');
    await b.call('imports.undo', { importId: recorded!.importId! });
    await b.call('imports.undo', { importId: first!.importId! });
  });

  it('in a table of its own making, leaves each unit’s rows to that unit and loose rows to the unit it was read as', async () => {
    const header = ['序号', '工作任务', '进展情况', '完成状态'];
    const table = await xlsxOf('财政厅商务厅联合报送.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['2023年第三季度推进情况'],
          ['填报单位：省财政厅、省商务厅'],
          header,
          ['7', contents.get('7')!, '财政：第7项', '正常推进'],
          ['10', contents.get('10')!, '商务：第10项', '正常推进'],
          [null, null, '商务：第10项续', null],
          ['', '自拟的一项工作', '另做的事', '已完成'],
        ],
      },
    ]);
    const [first] = await importFiles([table]);
    expect(first).toMatchObject({ unit: '省财政厅', jointUnits: ['省商务厅'] });
    const [finance, commerce] = await importFiles([table], { decisions: { [first!.sha256]: { jointUnits: true } } });
    expect(finance!.rows.map((r) => r.seq)).toEqual(['7']);
    expect(finance!.unmatched.map((u) => u.row)).toEqual([7]);
    expect(finance!.warnings).toContain('第 5 行是省商务厅的任务，不记入省财政厅的报送。');
    expect(commerce!.rows.map((r) => [r.seq, r.progress, r.lowConfidence])).toEqual([['10', '商务：第10项\n商务：第10项续', false]]);
    expect(commerce!.unmatched).toEqual([]);
    expect(commerce!.warnings).toContain('第 4 行是省财政厅的任务，不记入省商务厅的报送。');
    expect(commerce!.warnings).toContain('第 7 行不是省商务厅的任务（或未匹配到任务），在省财政厅一行中处理。');
  });
});

/** The row numbers of the entry's rows of those tasks, as a note lists them. */
function rowsOf(file: ImportedFile, seqs: string[]): string {
  return file.rows.filter((r) => seqs.includes(r.seq)).map((r) => r.row).join('、');
}
