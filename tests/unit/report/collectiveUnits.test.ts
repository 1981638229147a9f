// A collective name (各有关市县政府, …领导小组各成员单位) in the 汇总表: it reports through its members,
// so it is never 未报送 — 不单独报送 on its task lines and in 统计, and not in 未报送单位, as the 通报 leaves it out.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHEET_DETAIL, SHEET_MISSING, SHEET_STATS } from '../../../electron/core/report/xlsx';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { importPlan, planOf, saveReports } from '../../helpers/reportData';

const PERIOD = '2023Q3';
const MEMBERS = '省知识产权战略实施工作领导小组各成员单位';
const CITIES = '各有关市县政府';

let wb: ExcelJS.Workbook;
backendPerSuite(async (b) => {
  const planId = await importPlan(
    b,
    planOf('2023年工作要点', ['强化保护'], [
      { seq: '1', lead: ['甲局'], joint: [MEMBERS], deadline: '2023-12-31', content: '建设保护中心。' },
      { seq: '2', lead: ['乙厅'], cooperating: [CITIES], deadline: '2023-12-31', content: '开展专项行动。' },
    ]),
  );
  await saveReports(b, planId, PERIOD, [{ seq: '1', unit: '甲局', status: 'on_track', progress: '正在推进。' }]);
  const file = await b.call('reports.export', { planId, period: PERIOD, format: 'xlsx' });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
});

const rowsOf = (name: string) => {
  const rows: { n: number; cells: string[] }[] = [];
  wb.getWorksheet(name)!.eachRow((row, n) => rows.push({ n, cells: (row.values as unknown[]).slice(1).map((v) => String(v ?? '')) }));
  return rows;
};

describe('a collective name in the 汇总表', () => {
  it('is 不单独报送 on its task lines, without the 未报送 colour; a unit that sent nothing is still 未报送', () => {
    const detail = wb.getWorksheet(SHEET_DETAIL)!;
    const lines = rowsOf(SHEET_DETAIL).filter((r) => [MEMBERS, CITIES, '甲局', '乙厅'].includes(r.cells[6]!));
    expect(lines.map((r) => [r.cells[6], r.cells[8]])).toEqual([
      ['甲局', '正常推进'],
      [MEMBERS, '不单独报送'],
      ['乙厅', '未报送'],
      [CITIES, '不单独报送'],
    ]);
    const fill = (n: number) => (detail.getCell(n, 9).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(lines.map((r) => fill(r.n))).toEqual(['FFDDEBF7', undefined, 'FFEDEDED', undefined]);
  });

  it('is 不单独报送 in 统计 too, and not among the units that sent nothing', () => {
    const stats = rowsOf(SHEET_STATS);
    expect([MEMBERS, CITIES, '乙厅'].map((unit) => stats.find((r) => r.cells[0] === unit)?.cells[4])).toEqual(['不单独报送', '不单独报送', '未报送']);
    const missing = rowsOf(SHEET_MISSING).filter((r) => r.n > 3).map((r) => r.cells[1]);
    expect(missing).toEqual(['乙厅']);
  });
});
