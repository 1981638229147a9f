// A file that names another period than the import's: a bureau that reused last quarter's filled-in
// template must not overwrite last quarter; a late report for a period not yet reported goes in.
import { describe, expect, it } from 'vitest';
import type { FileInput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { seedFinanceReturn, unitId } from '../../helpers/progressPlan';
import { fillTemplate, loadWorkbook, visibleSheet } from '../../helpers/returns';

describe('a file of another period than the import’s', () => {
  let planId: number;
  let reused: FileInput;
  const texts = async (period: string, unit = '省财政厅') =>
    (await b.call('progress.list', { planId, period })).records.filter((r) => r.unit === unit).map((r) => r.progress);

  const b = backendPerSuite(async (b) => {
    const setup = await seedFinanceReturn(b);
    ({ planId } = setup);
    // Last quarter's template, filled and imported then.
    const [q2Template] = (await b.call('templates.export', { planId, period: '2023Q2', unitIds: [setup.finance] })).files;
    const q2 = await fillTemplate(q2Template!, (seq) => ({ progress: `二季度${seq}` }));
    await b.call('progress.import', { planId, files: [q2], dryRun: false });
    // This quarter the bureau edits that same file: its hidden identification still says 2023Q2.
    reused = await fillTemplate({ ...q2Template!, bytes: q2.bytes }, (seq) => ({ progress: `三季度${seq}` }));
  });

  it('waits for the official when it would overwrite the period it names', async () => {
    const before = await texts('2023Q2');
    for (const dryRun of [true, false]) {
      const [file] = (await b.call('progress.import', { planId, files: [reused], period: '2023Q3', dryRun })).files;
      expect(file!.status).toBe('rejected');
      expect(file!.periodConflict).toEqual({ written: '2023Q2', chosen: '2023Q3', changes: 3 });
      expect(file!.errors).toEqual([
        '文件中写的期次是2023年第二季度，与本次选定的2023年第三季度不同，而省财政厅2023年第二季度已有填报，导入会改写其中 3 项。' +
          '若是沿用上期表格填写的本期进展，请把期次改为2023年第三季度；若确是更正2023年第二季度，请选定2023年第二季度后再导入。',
      ]);
    }
    expect(await texts('2023Q2')).toEqual(before);
    expect(await texts('2023Q3')).toEqual([]);
  });

  it('imports into the period the official picks: this quarter, or the one written as a correction', async () => {
    const sha256 = (await b.call('progress.import', { planId, files: [reused], period: '2023Q3', dryRun: true })).files[0]!.sha256;
    const [thisQuarter] = (await b.call('progress.import', { planId, files: [reused], period: '2023Q3', dryRun: false, decisions: { [sha256]: { period: '2023Q3' } } })).files;
    expect(thisQuarter).toMatchObject({ status: 'imported', period: '2023Q3', errors: [], periodConflict: null });
    expect(await texts('2023Q3')).toEqual(['三季度7', '三季度8', '三季度9']);
    expect(await texts('2023Q2')).toEqual(['二季度7', '二季度8', '二季度9']);

    const [correction] = (await b.call('progress.import', { planId, files: [reused], period: '2023Q3', dryRun: false, decisions: { [sha256]: { period: '2023Q2' } } })).files;
    expect(correction).toMatchObject({ status: 'imported', period: '2023Q2', errors: [] });
    expect(await texts('2023Q2')).toEqual(['三季度7', '三季度8', '三季度9']);
  });

  it('takes a late report for a period the unit has not reported as written, with a note', async () => {
    const [courtTemplate] = (await b.call('templates.export', { planId, period: '2023Q2', unitIds: [unitId(b, '省法院')] })).files;
    const late = await fillTemplate(courtTemplate!, () => ({ progress: '补报二季度' }));
    const [file] = (await b.call('progress.import', { planId, files: [late], period: '2023Q3', dryRun: false })).files;
    expect(file).toMatchObject({ status: 'imported', period: '2023Q2', periodConflict: null, errors: [] });
    expect(file!.warnings).toContain('文件中写的期次是2023年第二季度，与指定的2023年第三季度不同，已按文件中的期次导入；如有误请在预览中改选期次。');

    // The 报送台账 of the period it was imported for names the file and where it went, until it is undone.
    const courtIn = async (period: string) => (await b.call('submissions.get', { planId, period })).units.find((u) => u.unit === '省法院')!;
    expect((await courtIn('2023Q3')).filedElsewhere).toEqual([{ importId: file!.importId, fileName: late.name, importedAt: expect.any(String), period: '2023Q2' }]);
    expect((await courtIn('2023Q2')).filedElsewhere).toEqual([]);
    await b.call('imports.undo', { importId: file!.importId! });
    expect((await courtIn('2023Q3')).filedElsewhere).toEqual([]);
  });

  it('imports a form into the period it was sent out for, noting a title edited to another', async () => {
    const [template] = (await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unitId(b, '省检察院')] })).files;
    const filled = await fillTemplate(template!, () => ({ progress: '三季度起诉案件' }));
    const wb = await loadWorkbook(filled.bytes);
    const title = visibleSheet(wb).getCell('A1');
    expect(String(title.value)).toContain('2023年第三季度');
    title.value = String(title.value).replace('第三季度', '第二季度');
    const edited = { name: '检察院.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
    const [file] = (await b.call('progress.import', { planId, files: [edited], period: '2023Q3', dryRun: true })).files;
    expect(file).toMatchObject({ status: 'dry-run', period: '2023Q3', periodSource: 'hidden', errors: [] });
    expect(file!.warnings).toContain('表格标题写的是2023年第二季度，而这份填报表是为2023年第三季度下发的，已按2023年第三季度导入；如确是2023年第二季度的填报，请改选期次。');
  });

  it('lets a later file of the batch replace an earlier one of its unit and period, in the preview as in the commit', async () => {
    // Two late reports of one unit for a period it had not reported: the second replaces what the
    // first writes (the batch's own order), which is no report standing before the import to wait for.
    const unit = '省知识产权局';
    const [template] = (await b.call('templates.export', { planId, period: '2023Q2', unitIds: [unitId(b, unit)] })).files;
    const first = await fillTemplate(template!, () => ({ progress: '补报二季度' }));
    const second = await fillTemplate(template!, () => ({ progress: '再次补报二季度' }));
    const outcomes = [];
    for (const dryRun of [true, false]) {
      const { files } = await b.call('progress.import', { planId, files: [first, second], period: '2023Q3', dryRun });
      outcomes.push(files.map((f) => ({ status: f.status, period: f.period, conflict: f.periodConflict, diffs: [...new Set(f.rows.map((r) => r.diff))] })));
    }
    const [preview, commit] = outcomes;
    expect(preview).toEqual([
      { status: 'dry-run', period: '2023Q2', conflict: null, diffs: ['new'] },
      { status: 'dry-run', period: '2023Q2', conflict: null, diffs: ['changed'] },
    ]);
    expect(commit).toEqual(preview!.map((file) => ({ ...file, status: 'imported' })));
    const texts2 = await texts('2023Q2', unit);
    expect(texts2.length).toBeGreaterThan(0);
    expect(new Set(texts2)).toEqual(new Set(['再次补报二季度']));
  });
});
