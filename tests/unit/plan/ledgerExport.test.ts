// The exported 任务分工台账 as WPS and Excel will open it: layout, styling, print setup, by-unit sheet.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { backendPerSuite } from '../../helpers/backendPerSuite';

let wb: ExcelJS.Workbook;
let fileName: string;
const b = backendPerSuite(async (b) => {
  const { planId } = await b.call('plans.importSample', {});
  const file = await b.call('plans.exportLedger', { planId: planId! });
  fileName = file.fileName;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
});

const texts = (row: ExcelJS.Row, n: number) => Array.from({ length: n }, (_, i) => String(row.getCell(i + 1).value ?? ''));

describe('the ledger export', () => {
  it('has the ledger sheet then the by-unit sheet', () => {
    expect(fileName).toBe('2022-2023年工作要点任务分工台账.xlsx');
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['任务分工台账', '按单位']);
  });

  it('lays out title, header, merged section rows and one row per task', () => {
    const ws = wb.getWorksheet('任务分工台账')!;
    expect(ws.getCell('A1').value).toBe('2022-2023年工作要点任务分工台账');
    expect(ws.getCell('G1').isMerged).toBe(true);
    expect(texts(ws.getRow(2), 7)).toEqual(['序号', '工作任务', '牵头单位', '责任单位', '配合单位', '国家层面', '完成时限']);
    expect(ws.getCell('A3').value).toBe('一、集聚资源加快知识产权强省建设');
    expect(ws.getCell('G3').isMerged).toBe(true);
    expect(texts(ws.getRow(4), 7)).toEqual([
      '1',
      expect.stringMatching(/^强化知识产权评估顶层设计.*实施力度。$/) as unknown as string,
      '省知识产权局',
      '省知识产权战略实施工作领导小组各成员单位',
      '',
      '国家知识产权局联席办\n国家知识产权局战略规划司',
      '持续推进',
    ]);
    // 7 section rows + 18 task rows under the two header rows.
    expect(ws.rowCount).toBe(2 + 7 + 18);
    const seqs: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 2 && !row.getCell(1).isMerged) seqs.push(String(row.getCell(1).value));
    });
    expect(seqs).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    // Numbers, not text that Excel and WPS would mark with a green corner.
    expect(ws.getCell('A4').value).toBe(1);
  });

  it('is styled like an official table: fonts, thin borders, wrapped text, widths that fit Chinese', () => {
    const ws = wb.getWorksheet('任务分工台账')!;
    expect(ws.getCell('A1').font).toMatchObject({ name: '宋体', bold: true });
    expect(ws.getCell('B2').font).toMatchObject({ name: '宋体', bold: true });
    const body = ws.getCell('B4');
    expect(body.font.name).toBe('仿宋');
    expect(body.alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(body.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(ws.getCell('A4').alignment.horizontal).toBe('center');
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(50);
    expect(ws.getColumn(1).width).toBeLessThanOrEqual(8);
    // Row heights grow with the wrapped text (task 5 lists five units, one per line).
    let row5: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 5) row5 = row;
    });
    expect(row5!.getCell(4).value).toBe('省法院\n省检察院\n省公安厅\n省司法厅\n省知识产权局');
    expect(row5!.height).toBeGreaterThanOrEqual(5 * 15);
  });

  it('prints on A4 landscape, fit to width, header rows repeated, frozen header, page numbers', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
      expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    }
  });

  it('lists each unit with its tasks and roles on the second sheet', () => {
    const ws = wb.getWorksheet('按单位')!;
    expect(texts(ws.getRow(2), 4)).toEqual(['承担角色', '序号', '工作任务', '完成时限']);
    expect(ws.getCell('A3').value).toBe('省知识产权局　（牵头 16 项，责任 2 项）');
    expect(texts(ws.getRow(4), 2)).toEqual(['牵头', '1']);
    const groups: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 2 && row.getCell(1).isMerged) groups.push(String(row.getCell(1).value));
    });
    expect(groups).toContain('省人社厅　（责任 2 项）');
    expect(groups).toContain('国家知识产权局运用促进司　（国家层面 9 项）');
    // Provincial units first, national counterparts last.
    expect(groups.findIndex((g) => g.startsWith('国家'))).toBeGreaterThan(groups.findIndex((g) => g.startsWith('省人社厅')));
    expect(groups.slice(groups.findIndex((g) => g.startsWith('国家'))).every((g) => g.startsWith('国家'))).toBe(true);
  });

  it('refuses a plan that does not exist', async () => {
    expect(await b.invoke('plans.exportLedger', { planId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
