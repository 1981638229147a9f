// What a safe import of a tricky returned table must look like, and what its exports must not contain.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Backend } from '../../electron/core/backend';
import type { BadCase } from '../fixtures/bad/cases';
import { FORMULA_TEXT, LONG_TEXT } from '../fixtures/bad/runtimeCorpus';
import { callOn, NEXT_PERIOD, PERIOD } from './setup';

interface StoredRow {
  progress: string;
  status: string | null;
  problems: string;
  next_steps: string;
  remarks: string;
}

// eslint-disable-next-line no-control-regex
const C0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** Problems found, empty when the import and the exports after it are sound. */
export async function checkImport(b: Backend, check: NonNullable<BadCase['check']>, planId: number, unitId: number): Promise<string[]> {
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const rows = b.ctx.db.all<StoredRow>(
    'SELECT progress, status, problems, next_steps, remarks FROM progress WHERE import_id = (SELECT max(id) FROM imports)',
  );
  expect(rows.length > 0, 'no rows stored');
  const texts = rows.flatMap((r) => [r.progress, r.problems, r.next_steps, r.remarks]);

  if (check === 'formulas') {
    // The displayed (cached) text is stored; a formula is never kept, let alone evaluated.
    expect(texts.every((t) => !/HYPERLINK|cmd\||WEBSERVICE|^=/.test(t)), `formula text stored: ${texts.find((t) => /HYPERLINK|cmd\||WEBSERVICE|^=/.test(t))}`);
    expect(rows.every((r) => r.progress === '点击查看进展' && r.status === 'on_track' && r.next_steps === '3' && r.remarks === '无'), `cached values not stored: ${JSON.stringify(rows[0])}`);
  }
  if (check === 'formulaText') {
    expect(rows.every((r) => r.progress === FORMULA_TEXT.进展情况 && r.problems === FORMULA_TEXT.存在问题 && r.remarks === FORMULA_TEXT.备注), `text changed on import: ${JSON.stringify(rows[0])}`);
  }
  if (check === 'longCells') {
    expect(rows.every((r) => r.progress === LONG_TEXT && r.problems === LONG_TEXT), `long text not stored whole (${rows[0]?.progress.length} characters)`);
  }
  if (check === 'formulaText' || check === 'controlText' || check === 'formulas') {
    // Exports that carry the stored text: next period's templates (上期进展情况) and the 汇总表.
    const templates = await callOn(b, 'templates.export', { planId, period: NEXT_PERIOD, unitIds: [unitId], layout: 'perUnit', includePrevious: true });
    const report = await callOn(b, 'reports.export', { planId, period: PERIOD, format: 'xlsx' });
    const carried = check === 'formulaText' ? FORMULA_TEXT.进展情况 : null;
    for (const file of templates.files) problems.push(...(await checkExport(file.fileName, file.bytes, carried)));
    problems.push(...(await checkExport(report.fileName, report.bytes, null)));
  }
  return problems;
}

/** An exported workbook: opens, has no formula anywhere, no control characters, and `mustContain` as plain text. */
async function checkExport(name: string, bytes: Uint8Array, mustContain: string | null): Promise<string[]> {
  const problems: string[] = [];
  const parts = unzipSync(bytes);
  for (const [part, data] of Object.entries(parts)) {
    if (!part.endsWith('.xml')) continue;
    const xml = strFromU8(data);
    if (/<f[\s>]/.test(xml)) problems.push(`${name}: ${part} contains a formula`);
    if (C0.test(xml)) problems.push(`${name}: ${part} contains a control character`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (err) {
    return [...problems, `${name}: does not open (${(err as Error).message})`];
  }
  let found = false;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) problems.push(`${name}: formula cell ${cell.address}`);
        if (mustContain && typeof cell.value === 'string' && cell.value.includes(mustContain)) found = true;
      }),
    ),
  );
  if (mustContain && !found) problems.push(`${name}: "${mustContain}" missing`);
  return problems;
}
