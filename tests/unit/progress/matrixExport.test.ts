// 各期推进情况一览表 (.xlsx): every task (or the filtered ones) under its section, its lead units and
// its status in every period of the plan, coloured as on screen, blank where nobody reported.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MATRIX_SHEET } from '../../../electron/core/progress/matrixExport';
import { STATUS_FILLS } from '../../../electron/core/sheets/style';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { importPlan, planOf, saveReports } from '../../helpers/reportData';

let planId: number;
const b = backendPerSuite(async (b) => {
  planId = await importPlan(
    b,
    planOf('2023年工作要点', ['强化保护', '促进运用'], [
      { seq: '1', section: 0, lead: ['甲局'], joint: ['乙厅'], content: '建设保护中心。' },
      { seq: '2', section: 1, lead: ['乙厅', '丙委'], content: '开展"专利转化"行动 & 评估。' },
      { seq: '3', section: 1, joint: ['丙委', '甲局'], content: '无人报送的任务，没有牵头单位。' },
    ]),
  );
  await saveReports(b, planId, '2023Q1', [{ seq: '1', unit: '甲局', status: 'on_track' }]);
  await saveReports(b, planId, '2023Q3', [
    { seq: '1', unit: '甲局', status: 'completed' },
    { seq: '1', unit: '乙厅', status: 'completed' },
    { seq: '2', unit: '乙厅', status: 'delayed' },
  ]);
});

async function exported(input: { taskIds?: number[]; filterText?: string } = {}) {
  const file = await b.call('progress.exportMatrix', { planId, ...input });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(MATRIX_SHEET)!;
  const rows: string[][] = [];
  // A merged range's value once, in its first cell (exceljs repeats it in every cell).
  const text = (cell: ExcelJS.Cell) => (cell.isMerged && cell.master !== cell ? '' : String(cell.value ?? ''));
  ws.eachRow((row) => rows.push(Array.from({ length: ws.columnCount }, (_, i) => text(row.getCell(i + 1)))));
  return { file, ws, rows };
}

describe('the progress matrix export', () => {
  it('lists every task under its section with its status in each period of the plan', async () => {
    const { file, ws, rows } = await exported();
    expect(file.fileName).toBe('2023年工作要点各期推进情况一览表.xlsx');
    expect(rows[0]![0]).toBe('2023年工作要点各期推进情况一览表');
    expect(rows[1]![0]).toBe('共 3 项任务；各期状态按各单位的报送汇总，已完成的任务此后无人报送的仍记为已完成，空白为该期无人报送。');
    expect(rows[2]).toEqual(['序号', '工作任务', '牵头（责任）单位', '2023年\n第一季度', '2023年\n第二季度', '2023年\n第三季度', '2023年\n第四季度']);
    expect(rows.slice(3).map((r) => r.filter(Boolean))).toEqual([
      ['一、强化保护'],
      // Completed in the third quarter, reported on no more: still completed in the fourth (销号).
      ['1', '建设保护中心。', '甲局', '正常推进', '已完成', '已完成'],
      ['二、促进运用'],
      ['2', '开展"专利转化"行动 & 评估。', '乙厅、丙委', '滞后'],
      ['3', '无人报送的任务，没有牵头单位。', '丙委、甲局'],
    ]);
    expect(rows[4]).toEqual(['1', '建设保护中心。', '甲局', '正常推进', '', '已完成', '已完成']);

    // Coloured as on screen; an unreported period has no fill; the section rows span the table.
    const fillOf = (address: string) => (ws.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fillOf('D5')).toBe(STATUS_FILLS.on_track);
    expect(fillOf('F5')).toBe(STATUS_FILLS.completed);
    expect(fillOf('F7')).toBe(STATUS_FILLS.delayed);
    expect(fillOf('E5')).toBeUndefined();
    expect(ws.getCell('G4').isMerged).toBe(true);
    // Printed on A4 landscape with the header rows on every page; the header stays in view.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('lists only the tasks given, with the filters named under the title', async () => {
    const plan = await b.call('plans.get', { planId });
    const task2 = plan.tasks.find((t) => t.seq === '2')!.id;
    const { rows } = await exported({ taskIds: [task2], filterText: '2023年第三季度：滞后' });
    expect(rows[1]![0]).toBe('共 1 项任务（2023年第三季度：滞后）；各期状态按各单位的报送汇总，已完成的任务此后无人报送的仍记为已完成，空白为该期无人报送。');
    expect(rows.slice(3).map((r) => r[0])).toEqual(['二、促进运用', '2']);
  });

  it('heads the tasks of a sub-section with its part too, once', async () => {
    const nested = planOf('2024年工作要点', ['强化保护', '加强审查', '加强执法', '促进运用'], [
      { seq: '1', section: 1, lead: ['甲局'] },
      { seq: '2', section: 2, lead: ['乙厅'] },
      { seq: '3', section: 3, lead: ['丙委'] },
    ]);
    nested.sections = nested.sections.map((s, i) => ({ ...s, numeral: ['一', '（一）', '（二）', '二'][i]! }));
    const file = await b.call('progress.exportMatrix', { planId: await importPlan(b, nested) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const firstCells: string[] = [];
    wb.getWorksheet(MATRIX_SHEET)!.eachRow((row, n) => n > 3 && firstCells.push(String(row.getCell(1).value)));
    expect(firstCells).toEqual(['一、强化保护', '（一）加强审查', '1', '（二）加强执法', '2', '二、促进运用', '3']);
  });

  it('refuses a plan that does not exist', async () => {
    expect(await b.invoke('progress.exportMatrix', { planId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
