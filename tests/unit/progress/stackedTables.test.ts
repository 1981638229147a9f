// Two units' tables stacked on one sheet (a 填报单位 line and the header again below the first):
// the lower one is a table of the file like another sheet, imported in the same batch with its own
// unit, or listed as left to import.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileInput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan } from '../../helpers/progressPlan';
import { SEED_PLAN } from '../../helpers/seedPlan';

const content = (seq: string) => SEED_PLAN.tasks.find((t) => t.seq === seq)!.content;

async function stacked(): Promise<FileInput> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总');
  ws.addRow(['2023年第三季度工作要点推进情况']);
  ws.addRow(['填报单位：省财政厅']);
  ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
  ws.addRow(['7', content('7'), '财政厅拨付资金。', '正常推进']);
  ws.addRow(['8', content('8'), '平台建设推进中。', '正常推进']);
  ws.addRow([]);
  ws.addRow(['填报单位：省法院']);
  ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
  ws.addRow(['5', content('5'), '法院审结案件。', '已完成']);
  return { name: '财政厅法院同表上下.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

describe('two units’ tables stacked on one sheet', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });

  it('imports the lower table with its own unit alongside the upper one, or records it as not imported', async () => {
    const form = await stacked();
    const ofFile = async () => (await b.call('imports.list', { planId })).filter((i) => i.fileName === form.name && i.outcome === 'imported');
    // Imported alone, the upper table's import names the lower one as left (导入记录 “导入其他表”).
    const [upper] = (await b.call('progress.import', { planId, files: [form], dryRun: false })).files;
    expect(upper).toMatchObject({ status: 'imported', unit: '省财政厅', sheet: '汇总', otherTables: [{ sheet: '汇总（第7行起）', rows: 1 }] });
    expect((await ofFile()).map((i) => [i.unit, i.rows, i.tablesNotImported])).toEqual([['省财政厅', 2, [{ sheet: '汇总（第7行起）', rows: 1 }]]]);
    await b.call('imports.undo', { importId: upper!.importId! });

    // 一并导入其他表: both tables, each an import of its own unit.
    const done = (await b.call('progress.import', { planId, files: [form], decisions: { [upper!.sha256]: { allTables: true } }, dryRun: false })).files;
    expect(done.map((f) => [f.sheet, f.unit, f.period, f.status, f.rows.map((r) => r.seq)])).toEqual([
      ['汇总', '省财政厅', '2023Q3', 'imported', ['7', '8']],
      ['汇总（第7行起）', '省法院', '2023Q3', 'imported', ['5']],
    ]);
    expect((await ofFile()).map((i) => [i.unit, i.tablesNotImported]).sort()).toEqual([
      ['省法院', []],
      ['省财政厅', []],
    ]);
    const stored = await b.call('progress.list', { planId, period: '2023Q3' });
    expect(stored.records.map((r) => [r.unit, r.seq, r.progress]).sort()).toEqual([
      ['省法院', '5', '法院审结案件。'],
      ['省财政厅', '7', '财政厅拨付资金。'],
      ['省财政厅', '8', '平台建设推进中。'],
    ]);
  });
});
