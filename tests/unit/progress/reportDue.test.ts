// 报送时限: a plan's due date for each period's reports (days from the period's end) and its 报送联系人,
// in the fill-in workbook's notes, the 报送台账 (who is late) and the 催报 notice.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createCtx } from '../../../electron/core/context';
import { submissionLedger } from '../../../electron/core/progress/submissions';
import { sha256Of } from '../../../electron/core/files/sha256';
import { insertPlanImport } from '../../../electron/db/repos/plans';
import type { ProgressImportResult } from '../../../electron/shared/api/progress';
import { reportDueDate, reportDueWording } from '../../../electron/shared/periods';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan, taskIdOf, unitId } from '../../helpers/progressPlan';
import { financeReturn, fillTemplate } from '../../helpers/returns';
import { docxWithTable } from '../../helpers/officeFiles';
import { SEED_PLAN } from '../../helpers/seedPlan';
import type { FileInput } from '../../../electron/shared/api/method';

describe('the due date of a period’s reports', () => {
  it('counts calendar days from the period’s last day, before or after it', () => {
    expect(reportDueDate('2023Q3', 10)).toBe('2023-10-10');
    expect(reportDueDate('2023Q3', -5)).toBe('2023-09-25');
    expect(reportDueDate('2023Q4', 15)).toBe('2024-01-15');
    expect(reportDueDate('2023M02', 3)).toBe('2023-03-03');
    expect(reportDueDate('2024M02', 0)).toBe('2024-02-29');
    expect(reportDueDate('2023H1', -30)).toBe('2023-05-31');
    expect(reportDueDate('2023Q3', null)).toBeNull();
    expect([10, -5, 0, null].map(reportDueWording)).toEqual(['每期结束后10天内', '每期结束前5天', '每期最后一天', '未定']);
  });
});

describe('a plan with a 报送时限', () => {
  let planId: number;
  const at = (iso: string) => createCtx({ db: b.db, transport: 'cli', now: () => new Date(iso) });
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });

  it('is set in the plan’s settings, audited, and cleared again', async () => {
    const set = await b.call('plans.update', { planId, reportDueDays: 10, reportContact: ' 省知识产权局办公室 张三 0351-1234567 ' });
    expect(set).toMatchObject({ reportDueDays: 10, reportContact: '省知识产权局办公室 张三 0351-1234567' });
    const audit = await b.call('audit.list', { objectType: 'plan' });
    expect(audit.entries[0]!.summary).toContain('报送时限改为每期结束后10天内，报送联系人改为“省知识产权局办公室 张三 0351-1234567”');
    expect(await b.call('plans.update', { planId, reportDueDays: null })).toMatchObject({ reportDueDays: null });
    expect((await b.call('submissions.get', { planId, period: '2023Q3' })).dueDate).toBeNull();
    await b.call('plans.update', { planId, reportDueDays: 10 });
  });

  it('says by when and to whom in the fill-in workbook’s notes', async () => {
    const [file] = (await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unitId(b, '省财政厅')] })).files;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file!.bytes) as unknown as ExcelJS.Buffer);
    const notes: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void (String(cell.value).startsWith('填报说明') && notes.push(String(cell.value)))));
    expect(notes[0]!.split('\n').at(-1)).toBe('5. 请于2023年10月10日前报送（联系人：省知识产权局办公室 张三 0351-1234567）。');
  });

  it('names a unit late that is still missing after the due date, or reported only after it', async () => {
    const finance = unitId(b, '省财政厅');
    const court = unitId(b, '省法院');
    const before = submissionLedger(at('2023-10-08T02:00:00Z'), planId, '2023Q3');
    expect(before.dueDate).toBe('2023-10-10');
    expect(before.units.find((u) => u.unitId === court)).toMatchObject({ state: 'missing', late: false });
    expect(before.reminderText).toContain('于2023年10月10日前报送');
    expect(before.reminderText).toContain('\n联系人：省知识产权局办公室 张三 0351-1234567\n');

    // 省财政厅 reports on every task on 9 October: on time, and still so after the due date.
    for (const seq of ['7', '8', '9']) {
      const input = { planId, period: '2023Q3', taskId: taskIdOf(b, planId, seq), unitId: finance, status: 'on_track' as const, progress: `第${seq}项推进中。` };
      const env = await b.registry.invoke('progress.save', input, at('2023-10-09T02:00:00Z'));
      expect(env.ok).toBe(true);
    }
    const after = submissionLedger(at('2023-10-12T02:00:00Z'), planId, '2023Q3');
    expect(after.units.find((u) => u.unitId === finance)).toMatchObject({ state: 'submitted', late: false });
    expect(after.units.find((u) => u.unitId === court)).toMatchObject({ state: 'missing', late: true });
    expect(after.reminderText).toContain('报送时限（2023年10月10日）已过，请立即报送');

    // 省法院 reports on 12 October: after the due date.
    const courtTasks = (await b.call('plans.get', { planId })).tasks.filter((t) => t.units.lead.includes('省法院') || t.units.joint.includes('省法院') || t.units.cooperating.includes('省法院'));
    for (const t of courtTasks) {
      await b.registry.invoke('progress.save', { planId, period: '2023Q3', taskId: t.id, unitId: court, status: 'on_track', progress: '已开展。' }, at('2023-10-12T02:00:00Z'));
    }
    const late = submissionLedger(at('2023-10-13T02:00:00Z'), planId, '2023Q3');
    expect(late.units.find((u) => u.unitId === court)).toMatchObject({ state: 'submitted', late: true });

    // A form imported long after the due date, whose 填报日期 says it was filled in by then, is on time;
    // one that states no date counts from its import.
    const hrss = unitId(b, '省人社厅');
    const [template] = (await b.call('templates.export', { planId, period: '2023Q3', unitIds: [hrss] })).files;
    const dated = await fillTemplate(template!, () => ({ progress: '已推进。', status: '正常推进' }), {
      unitLine: '填报单位：省人社厅（盖章）      填报人：王五      填报日期：2023年10月9日',
    });
    await b.call('progress.import', { planId, files: [dated], dryRun: false });
    expect(submissionLedger(at('2023-10-20T02:00:00Z'), planId, '2023Q3').units.find((u) => u.unitId === hrss)).toMatchObject({ state: 'submitted', late: false });
    expect((await b.call('reports.summary', { planId, period: '2023Q3' })).lateUnits).not.toContain('省人社厅');
    await b.call('imports.undo', { importId: (await b.call('imports.list', { planId }))[0]!.id });
    const undated = await fillTemplate(template!, () => ({ progress: '已推进。', status: '正常推进' }));
    await b.call('progress.import', { planId, files: [undated], dryRun: false });
    expect(submissionLedger(at('2023-10-20T02:00:00Z'), planId, '2023Q3').units.find((u) => u.unitId === hrss)).toMatchObject({ state: 'submitted', late: true });
  });

  it('judges a file by the 收到日期 the official states, before its 填报日期 or import time, and lets it be corrected', async () => {
    const ip = unitId(b, '省知识产权局');
    const ledgerOn = (iso: string) => submissionLedger(at(iso), planId, '2023Q3').units.find((u) => u.unitId === ip)!;
    const [template] = (await b.call('templates.export', { planId, period: '2023Q3', unitIds: [ip] })).files;
    // Filled in on the 12th (late), but the office states it came in on the 9th: it came in on time.
    const form = await fillTemplate(template!, () => ({ progress: '已推进。', status: '正常推进' }), {
      unitLine: '填报单位：省知识产权局（盖章）      填报人：赵六      填报日期：2023年10月12日',
    });
    const importOn = (input: object, iso: string) => b.registry.invoke('progress.import', { planId, files: [form], ...input }, at(iso));
    const future = await importOn({ dryRun: false, receivedOn: '2023-10-21' }, '2023-10-20T02:00:00Z');
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '收到日期2023年10月21日晚于今天（2023年10月20日），请核对。' } });
    expect(await importOn({ dryRun: false, receivedOn: '2023-02-30' }, '2023-10-20T02:00:00Z')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await b.call('imports.list', { planId })).filter((i) => i.unit === '省知识产权局')).toEqual([]);

    expect(await importOn({ dryRun: false, receivedOn: '2023-10-09' }, '2023-10-20T02:00:00Z')).toMatchObject({ ok: true });
    const [imp] = await b.call('imports.list', { planId });
    expect(imp).toMatchObject({ unit: '省知识产权局', receivedOn: '2023-10-09', filledOn: '2023-10-12' });
    expect(ledgerOn('2023-10-20T02:00:00Z')).toMatchObject({ state: 'submitted', late: false, reportedOn: '2023-10-09', reportedOnBasis: 'received' });
    expect((await b.call('reports.summary', { planId, period: '2023Q3' })).lateUnits).not.toContain('省知识产权局');

    // Corrected to the 11th: late, in the ledger and the summary; the change is audited.
    const setOn = (receivedOn: string | null, iso = '2023-10-21T02:00:00Z') =>
      b.registry.invoke('imports.setReceivedOn', { importId: imp!.id, receivedOn }, at(iso));
    expect(await setOn('2023-10-11')).toMatchObject({ ok: true, value: { id: imp!.id, receivedOn: '2023-10-11' } });
    expect(ledgerOn('2023-10-21T02:00:00Z')).toMatchObject({ late: true, reportedOn: '2023-10-11', reportedOnBasis: 'received' });
    expect((await b.call('reports.summary', { planId, period: '2023Q3' })).lateUnits).toContain('省知识产权局');
    const audit = await b.call('audit.list', { objectType: 'import' });
    expect(audit.entries.find((e) => e.action === 'import.setReceivedOn')).toMatchObject({
      summary: `导入记录 #${imp!.id}（省知识产权局，${imp!.fileName}）的收到日期由2023年10月9日改为2023年10月11日`,
    });

    // Cleared: the form's own 填报日期 decides again.
    expect(await setOn(null)).toMatchObject({ ok: true, value: { receivedOn: null } });
    expect(ledgerOn('2023-10-21T02:00:00Z')).toMatchObject({ late: true, reportedOn: '2023-10-12', reportedOnBasis: 'filled' });
    expect(await setOn('2023-10-22')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    // Not for a locked period, an undone import, or a plan's import.
    await b.call('periods.setLocked', { planId, period: '2023Q3', locked: true });
    expect(await setOn('2023-10-09')).toMatchObject({ ok: false, error: { code: 'PERIOD_LOCKED' } });
    await b.call('periods.setLocked', { planId, period: '2023Q3', locked: false });
    await b.call('imports.undo', { importId: imp!.id });
    expect(await setOn('2023-10-09')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已撤销') } });
    const planImport = insertPlanImport(b.db, { planId, fileName: '工作要点.docx', sha256: 'ab', bytes: new Uint8Array([1]), importedAt: 'now', importedBy: 't', summary: {} });
    const refused = await b.registry.invoke('imports.setReceivedOn', { importId: planImport, receivedOn: '2023-10-09' }, at('2023-10-21T02:00:00Z'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这是工作要点的导入记录，没有收到日期。' } });
    expect(ledgerOn('2023-10-21T02:00:00Z')).toMatchObject({ state: 'missing', reportedOn: null, reportedOnBasis: null });
  });

  it('does not go by a 填报日期 before the period began or after the import, and says why in the preview', async () => {
    const ip = unitId(b, '省知识产权局');
    const [template] = (await b.call('templates.export', { planId, period: '2023Q3', unitIds: [ip] })).files;
    const dated = (day: string) =>
      fillTemplate(template!, () => ({ progress: '已推进。', status: '正常推进' }), {
        unitLine: `填报单位：省知识产权局（盖章）      填报人：赵六      填报日期：${day}`,
      });
    const importOn = async (day: string, dryRun: boolean) => {
      const env = await b.registry.invoke('progress.import', { planId, files: [await dated(day)], dryRun }, at('2023-10-20T02:00:00Z'));
      if (!env.ok) throw new Error(env.error.message);
      return (env.value as ProgressImportResult).files[0]!;
    };
    // Last quarter's form sent again, its date not changed.
    const old = await importOn('2023年6月20日', true);
    expect(old.warnings).toContain('表上的填报日期是2023年6月20日，早于2023年第三季度开始（2023年7月1日），可能沿用了旧表而未改日期；判断是否逾期报送时不以它为准，按收到日期或导入日期。');
    expect((await importOn('2023年10月25日', true)).warnings).toContain('表上的填报日期是2023年10月25日，晚于今天，可能写错了；判断是否逾期报送时不以它为准，按收到日期或导入日期。');
    expect((await importOn('2023年10月9日', true)).warnings.join()).not.toContain('表上的填报日期');

    await importOn('2023年6月20日', false);
    expect(submissionLedger(at('2023-10-21T02:00:00Z'), planId, '2023Q3').units.find((u) => u.unitId === ip)).toMatchObject({
      state: 'submitted',
      late: true,
      reportedOn: '2023-10-20',
      reportedOnBasis: 'imported',
    });
  });

  it('takes a file’s own 收到日期 from its decision over the batch’s, and a table of the file the file’s', async () => {
    const [science, industry] = ['省科技厅', '省工信厅'].map((name) => unitId(b, name));
    const { files: templates } = await b.call('templates.export', { planId, period: '2023Q3', unitIds: [science!, industry!] });
    const forms = await Promise.all(templates.map((t) => fillTemplate(t, () => ({ progress: '已推进。', status: '正常推进' }))));
    const industryForm = forms.find((f) => f.name.includes('省工信厅'))!;
    const decisions = { [sha256Of(industryForm.bytes)]: { receivedOn: '2023-10-12' } };
    const importAt = (input: object) => b.registry.invoke('progress.import', { planId, files: forms, dryRun: false, ...input }, at('2023-10-20T02:00:00Z'));
    expect(await importAt({ receivedOn: '2023-10-09', decisions: { [sha256Of(industryForm.bytes)]: { receivedOn: '2023-10-21' } } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await importAt({ receivedOn: '2023-10-09', decisions })).toMatchObject({ ok: true });
    const imports = await b.call('imports.list', { planId });
    expect(imports.find((i) => i.unit === '省科技厅')?.receivedOn).toBe('2023-10-09');
    expect(imports.find((i) => i.unit === '省工信厅')?.receivedOn).toBe('2023-10-12');

    // Undone and imported again without a day: it came in on the day stated before, and the preview says so.
    const scienceForm = forms.find((f) => f.name.includes('省科技厅'))!;
    await b.call('imports.undo', { importId: imports.find((i) => i.unit === '省科技厅')!.id });
    const again = (input: object) => b.registry.invoke('progress.import', { planId, files: [scienceForm], ...input }, at('2023-10-20T02:00:00Z'));
    expect(await again({ dryRun: true })).toMatchObject({
      ok: true,
      value: {
        files: [{ receivedOnBefore: '2023-10-09', warnings: expect.arrayContaining(['该文件此前导入时写明的收到日期是2023年10月9日（那次导入已撤销），这次沿用；如不对，请写明收到日期。']) }],
      },
    });
    expect(await again({ dryRun: false })).toMatchObject({ ok: true });
    const [reimported] = await b.call('imports.list', { planId });
    expect(reimported).toMatchObject({ unit: '省科技厅', outcome: 'imported', receivedOn: '2023-10-09' });
    // A day stated now is the day.
    await b.call('imports.undo', { importId: reimported!.id });
    const stated = await again({ dryRun: false, receivedOn: '2023-10-11' });
    expect(stated.ok && (stated.value as ProgressImportResult).files[0]!.warnings.join()).not.toContain('那次导入已撤销');
    expect((await b.call('imports.list', { planId }))[0]).toMatchObject({ unit: '省科技厅', receivedOn: '2023-10-11' });
  });
});

describe('a 填报日期 written as the form’s 落款', () => {
  let planId: number;
  const at = (iso: string) => createCtx({ db: b.db, transport: 'cli', now: () => new Date(iso) });
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });
  const content = (seq: string) => SEED_PLAN.tasks.find((t) => t.seq === seq)!.content;
  const importAndUndo = async (file: FileInput) => {
    const env = await b.registry.invoke('progress.import', { planId, files: [file], dryRun: false }, at('2023-10-20T02:00:00Z'));
    if (!env.ok) throw new Error(env.error.message);
    const [imp] = await b.call('imports.list', { planId });
    await b.call('imports.undo', { importId: imp!.id });
    return imp!;
  };

  it('is read from a date alone on a line under a Word table, after the unit’s name', async () => {
    const report = (progress: string, after: string[]) =>
      docxWithTable(
        '知识产权局三季度报告.docx',
        ['省知识产权局2023年第三季度工作要点推进情况', '填报单位：省知识产权局'],
        [
          ['序号', '工作任务', '进展情况', '完成状态'],
          ['1', content('1'), progress, '正常推进'],
          ['2', content('2'), '推进强市建设。', '已完成'],
        ],
        after,
      );
    expect(await importAndUndo(await report('已于2023年9月30日印发。', ['省知识产权局', '2023年10月9日']))).toMatchObject({ unit: '省知识产权局', filledOn: '2023-10-09' });
    // A date inside the table's rows, or in its title, is no 填报日期.
    expect(await importAndUndo(await report('已于2023年9月30日印发。', ['省知识产权局']))).toMatchObject({ unit: '省知识产权局', filledOn: null });
  });

  it('is read from a date ending the 填报人 line under a spreadsheet’s own table', async () => {
    const form = await financeReturn('财政厅三季度.xlsx', ['序号', '工作任务', '进展情况', '完成状态'], [
      ['7', content('7'), '拨付资金2000万元。', '正常推进'],
      ['8', content('8'), '资金已下达。', '正常推进'],
    ], (ws) => void ws.addRow(['填报人：赵强    联系电话：0351-1234567    2023年10月11日']));
    expect(await importAndUndo(form)).toMatchObject({ unit: '省财政厅', filledOn: '2023-10-11' });
  });
});
