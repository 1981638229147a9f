// A unit's compiled workbook with one sheet per district ("太原" "大同"), each listing the same tasks:
// imported with all its tables, the districts' reports of one task are merged, each part named by its
// sheet, rather than the last sheet overwriting the others.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileInput } from '../../../electron/shared/api/method';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan } from '../../helpers/progressPlan';
import { SEED_PLAN } from '../../helpers/seedPlan';

const content = (seq: string) => SEED_PLAN.tasks.find((t) => t.seq === seq)!.content;

/** 省财政厅's report (its tasks are 7, 8 and 9), one sheet per district. */
async function districtWorkbook(sheets: Record<string, string[][]>): Promise<FileInput> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    ws.addRow([`省财政厅2023年第三季度推进情况（${name}）`]);
    ws.addRow(['填报单位：省财政厅']);
    ws.addRow(['序号', '工作任务', '进展情况', '完成状态', '存在问题']);
    for (const r of rows) ws.addRow(r);
  }
  return { name: '财政厅分地市汇总.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

describe('a compiled workbook of one unit with one sheet per district', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });

  it('merges the sheets’ reports of one task, each part prefixed by its sheet, and says so', async () => {
    const file = await districtWorkbook({
      太原: [
        ['7', content('7'), '拨付转化资金1000万元。', '正常推进', '配套资金不足'],
        ['8', content('8'), '运营体系建设推进中。', '正常推进', ''],
      ],
      大同: [
        ['7', content('7'), '拨付转化资金500万元。', '正常推进', ''],
        ['9', content('9'), '资金池已设立。', '已完成', ''],
      ],
    });
    const sha = (await b.call('progress.import', { planId, files: [file], dryRun: true })).files[0]!.sha256;
    // The day the file came in, stated for the file: each of its tables came in that day.
    const run = async (dryRun: boolean) =>
      (await b.call('progress.import', { planId, files: [file], decisions: { [sha]: { allTables: true, receivedOn: '2023-10-08' } }, dryRun })).files;

    const preview = await run(true);
    expect(preview.map((f) => [f.sheet, f.unit, f.status])).toEqual([
      ['太原', '省财政厅', 'dry-run'],
      ['大同', '省财政厅', 'dry-run'],
    ]);
    // Every sheet gives the task the same merged report, the first one too.
    expect(preview[0]!.rows.find((r) => r.seq === '7')!.progress).toBe('太原：拨付转化资金1000万元。\n大同：拨付转化资金500万元。');
    expect(preview[0]!.rows.find((r) => r.seq === '7')!.warnings).toContain('与工作表“大同”中同一任务（序号7）的填报已按工作表合并');
    // Each sheet lists only some of the unit's tasks; together they list all.
    expect(preview.flatMap((f) => f.warnings).filter((w) => w.includes('不在表中'))).toEqual([]);
    const merged = preview[1]!.rows.find((r) => r.seq === '7')!;
    expect([merged.progress, merged.problems]).toEqual(['太原：拨付转化资金1000万元。\n大同：拨付转化资金500万元。', '太原：配套资金不足']);
    expect(merged.warnings).toContain('与工作表“太原”中同一任务（序号7）的填报已按工作表合并');
    // A task only one sheet reports on is that sheet's alone, unprefixed.
    expect(preview[1]!.rows.find((r) => r.seq === '9')!.progress).toBe('资金池已设立。');
    expect(preview[1]!.warnings).toContain(
      '工作表“大同”与本文件中的工作表“太原”是同一单位同一期的填报，同一任务的进展已合并（各段前注明工作表名），不互相覆盖，请核对。',
    );
    expect(preview.flatMap((f) => f.warnings).filter((w) => w.includes('以后导入的为准'))).toEqual([]);

    const done = await run(false);
    expect(done.map((f) => [f.sheet, f.status])).toEqual([
      ['太原', 'imported'],
      ['大同', 'imported'],
    ]);
    expect((await b.call('imports.list', { planId })).filter((i) => i.kind === 'progress').map((i) => i.receivedOn)).toEqual(['2023-10-08', '2023-10-08']);
    const stored = (await b.call('progress.list', { planId, period: '2023Q3' })).records.filter((r) => r.unit === '省财政厅');
    expect(stored.map((r) => [r.seq, r.progress]).sort()).toEqual([
      ['7', '太原：拨付转化资金1000万元。\n大同：拨付转化资金500万元。'],
      ['8', '运营体系建设推进中。'],
      ['9', '资金池已设立。'],
    ]);
    // Imported again: nothing new, so every table is skipped.
    expect((await run(false)).map((f) => [f.sheet, f.skipped])).toEqual([
      ['太原', true],
      ['大同', true],
    ]);
  });
});
