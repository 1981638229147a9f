// Every workbook we write keeps its rows within the 409 points Excel and WPS allow (a taller row is
// cut back on opening, hiding the end of its text), widens its long-text columns for a long text as
// far as the page allows, and keeps the whole text in its cell.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { heightForLines, MAX_ROW_HEIGHT, wrappedLines } from '../../../electron/core/sheets/style';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { unitId } from '../../helpers/progressPlan';
import { importPlan, planOf, saveReports } from '../../helpers/reportData';

/** About 2,000 characters: more than the tallest row shows at any width the page allows. */
const EXTREME = '推进知识产权保护体系建设，强化协同配合。'.repeat(100);

let planId: number;
const b = backendPerSuite(async (b) => {
  planId = await importPlan(
    b,
    planOf('2023年工作要点', ['强化保护', '促进运用'], [
      { seq: '1', section: 0, lead: ['甲局'], deadline: '2023-12-31', content: EXTREME },
      { seq: '2', section: 1, lead: ['甲局'], joint: ['乙厅'], deadline: '2023-12-31', content: '开展评估。' },
    ]),
  );
  await saveReports(b, planId, '2023Q3', [
    { seq: '1', unit: '甲局', status: 'on_track', progress: EXTREME, problems: EXTREME, nextSteps: EXTREME },
    { seq: '2', unit: '甲局', status: 'on_track', progress: EXTREME },
  ]);
});

interface SheetXml {
  /** Every row's height as written (ht), in points. */
  heights: number[];
  /** Column widths by column number. */
  widths: Map<number, number>;
  xml: string;
}

/** The visible worksheets of a written .xlsx, read from the package's XML. */
function sheetsOf(bytes: Uint8Array): SheetXml[] {
  const parts = unzipSync(bytes);
  return Object.keys(parts)
    .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map((name) => {
      const xml = strFromU8(parts[name]!);
      const heights = [...xml.matchAll(/<row [^>]*\bht="([\d.]+)"/g)].map((m) => Number(m[1]));
      const widths = new Map<number, number>();
      for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)) {
        for (let c = Number(m[1]); c <= Number(m[2]); c++) widths.set(c, Number(m[3]));
      }
      return { heights, widths, xml };
    });
}

/** The package's shared strings, as text. */
const sharedStrings = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['xl/sharedStrings.xml']!);

/** `runsOn`: the sheet continues a text past the tallest row in further rows, each as high as the others. */
function expectRowsWithinExcel(bytes: Uint8Array, runsOn = false): SheetXml[] {
  const sheets = sheetsOf(bytes);
  const heights = sheets.flatMap((s) => s.heights);
  expect(heights.length).toBeGreaterThan(0);
  if (runsOn) expect(Math.max(...heights)).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
  else expect(Math.max(...heights)).toBe(MAX_ROW_HEIGHT); // the extreme text reaches the limit, and no further
  // The text itself is whole in its cell, to read in the formula bar or to copy.
  expect(sharedStrings(bytes)).toContain(EXTREME);
  return sheets;
}

describe('a text too long for the tallest row', () => {
  it('stays within 409 pt in the 汇总表, its report columns widened as far as the page allows before the text runs on', async () => {
    const { bytes } = await b.call('reports.export', { planId, period: '2023Q3', format: 'xlsx' });
    const [detail] = expectRowsWithinExcel(bytes, true);
    // 进展情况, 存在问题, 下步计划 (J, K, L) at their widest; 工作任务 as it was.
    expect([10, 11, 12].map((c) => detail!.widths.get(c))).toEqual([34, 17, 17]);
    expect(detail!.widths.get(2)).toBe(27);
  });

  it('stays within 409 pt in the fill-in template with last period’s progress', async () => {
    const { files } = await b.call('templates.export', { planId, period: '2023Q4', unitIds: [unitId(b, '甲局')], includePrevious: true });
    const [sheet] = expectRowsWithinExcel(files[0]!.bytes);
    // 工作任务 (B) and 上期进展情况 (E) at their widest.
    expect([2, 5].map((c) => sheet!.widths.get(c))).toEqual([50, 40]);
  });

  it('stays within 409 pt in the ledger and the progress matrix', async () => {
    const ledger = await b.call('plans.exportLedger', { planId });
    const [ledgerSheet] = expectRowsWithinExcel(ledger.bytes);
    expect(ledgerSheet!.widths.get(2)).toBe(70);
    const matrix = await b.call('progress.exportMatrix', { planId });
    const [matrixSheet] = expectRowsWithinExcel(matrix.bytes);
    expect(matrixSheet!.widths.get(2)).toBe(64);
  });
});

describe('the 汇总表 of a report too long for the tallest row', () => {
  /** The rows a cell's merged range covers (the cell's own row when it is not merged). */
  function mergedRows(ws: ExcelJS.Worksheet, address: string): number[] {
    const master = ws.getCell(address).master;
    const rows: number[] = [];
    for (let r = master.fullAddress.row; ws.getCell(r, master.fullAddress.col).master.address === master.address; r++) rows.push(r);
    return rows;
  }
  const printedHeight = (ws: ExcelJS.Worksheet, rows: number[]) => rows.reduce((h, r) => h + ws.getRow(r).height, 0);

  it('runs the unit’s text and the task’s on into further rows merged under them, so the whole of both prints', async () => {
    const { bytes } = await b.call('reports.export', { planId, period: '2023Q3', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('推进情况汇总')!;
    let first = 0;
    ws.eachRow((row, r) => {
      if (!first && row.getCell(1).value === '1') first = r;
    });
    for (const [column, text] of [['J', EXTREME], ['B', EXTREME]] as const) {
      const rows = mergedRows(ws, `${column}${first}`);
      const width = ws.getColumn(column).width!;
      expect(ws.getCell(`${column}${first}`).value).toBe(text);
      expect(rows.length, column).toBeGreaterThan(1);
      // Tall enough together for every line, each row within what Excel and WPS allow.
      expect(printedHeight(ws, rows), column).toBeGreaterThanOrEqual(heightForLines(wrappedLines(text, width)));
      for (const r of rows) expect(ws.getRow(r).height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    }
    // The unit's other cells share its rows; the next task starts below them.
    const unitRows = mergedRows(ws, `J${first}`);
    for (const column of ['G', 'H', 'I', 'K', 'L']) expect(mergedRows(ws, `${column}${first}`), column).toEqual(unitRows);
    expect(ws.getCell(`G${first}`).value).toBe('甲局');
    // Read from the top down the pages, not centred in a range taller than a page.
    for (const column of ['B', 'J']) expect(ws.getCell(`${column}${first}`).alignment.vertical, column).toBe('top');
    expect(ws.getRow(unitRows.at(-1)! + 1).getCell(1).value).not.toBe('1');
  });
});
