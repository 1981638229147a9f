// Text that looks like a formula (= + - @) goes out as text in every workbook we write.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileOutput } from '../../../electron/shared/contract';
import { testBackend, type TestBackend } from '../../helpers/backend';
import { SEED_PLAN } from '../../helpers/seedPlan';

const FORMULA_LIKE = ["=HYPERLINK(\"http://evil.example\",\"点击\")", "=cmd|' /C calc'!A0", '+SUM(1,2)', '-2+3', '@SUM(A1)'];

let backend: TestBackend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

/** Every cell value of every sheet, and whether any part holds a formula element. */
async function readBack(file: FileOutput): Promise<{ strings: string[]; formulas: number }> {
  let formulas = 0;
  for (const [name, data] of Object.entries(unzipSync(file.bytes))) {
    if (name.startsWith('xl/worksheets/') && /<f[\s>]/.test(strFromU8(data))) formulas++;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
  const strings: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        if (typeof cell.value === 'string') strings.push(cell.value);
      }),
    ),
  );
  return { strings, formulas };
}

describe('exported text that starts with = + - @', () => {
  it('is written as plain text in the ledger, the fill-in templates and the 汇总表', async () => {
    backend = await testBackend();
    const plan = structuredClone(SEED_PLAN);
    plan.tasks[0]!.content = `${FORMULA_LIKE[0]} 强化知识产权保护`;
    plan.tasks[1]!.content = `${FORMULA_LIKE[2]} 推进专利转化`;
    const { planId } = await backend.call('plans.import', { plan });
    const detail = await backend.call('plans.get', { planId: planId! });
    const task = detail.tasks[0]!;
    const unitId = (await backend.call('units.list', { planId: planId! })).find((u) => u.name === task.units.lead[0])!.id;
    await backend.call('progress.save', {
      planId: planId!,
      period: '2023Q2',
      taskId: task.id,
      unitId,
      status: 'on_track',
      progress: FORMULA_LIKE[1]!,
      problems: FORMULA_LIKE[3]!,
      nextSteps: FORMULA_LIKE[4]!,
    });

    const ledger = await readBack(await backend.call('plans.exportLedger', { planId: planId! }));
    expect(ledger.formulas).toBe(0);
    expect(ledger.strings.some((s) => s.startsWith(FORMULA_LIKE[0]!))).toBe(true);
    expect(ledger.strings.some((s) => s.startsWith(FORMULA_LIKE[2]!))).toBe(true);

    const { files } = await backend.call('templates.export', { planId: planId!, period: '2023Q3', unitIds: [unitId], layout: 'perUnit', includePrevious: true });
    const template = await readBack(files[0]!);
    expect(template.formulas).toBe(0);
    expect(template.strings).toContain(FORMULA_LIKE[1]);

    const report = await readBack(await backend.call('reports.export', { planId: planId!, period: '2023Q2', format: 'xlsx' }));
    expect(report.formulas).toBe(0);
    expect(report.strings.some((s) => s.includes(FORMULA_LIKE[1]!))).toBe(true);

    const log = await readBack(await backend.call('audit.export', {}));
    expect(log.formulas).toBe(0);
    expect(log.strings.some((s) => s.includes(FORMULA_LIKE[1]!))).toBe(true);
  });
});
