import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ID_SHEET_NAME, readIdentity } from '../../../electron/core/progress/identification';
import { readWorkbook } from '../../../electron/core/progress/workbook/readWorkbook';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { createPlan, unitId } from '../../helpers/progressPlan';
import { fillTemplate, headerColumns, loadWorkbook, taskRows, visibleSheet } from '../../helpers/returns';
import { SEED_PLAN } from '../../helpers/seedPlan';

/** The first worksheet's XML of a written workbook. */
const sheetXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);

/** The cells of an sqref ("F5 F7:F9") in one column, as addresses. */
function cellsOf(sqref: string): string[] {
  return sqref.split(/\s+/).flatMap((range) => {
    const [, col, first, last] = /^([A-Z]+)(\d+)(?::[A-Z]+(\d+))?$/.exec(range)!;
    return Array.from({ length: Number(last ?? first) - Number(first) + 1 }, (_, i) => `${col}${Number(first) + i}`);
  });
}

describe('templates.export', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    planId = await createPlan(b);
  });

  it('lays out one unit’s tasks by section, ready to fill in and print', async () => {
    const { files } = await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unitId(b, '省财政厅')] });
    expect(files.map((f) => f.fileName)).toEqual(['2023Q3-省财政厅-推进情况统计表.xlsx']);
    const wb = await loadWorkbook(files[0]!.bytes);
    const ws = visibleSheet(wb);

    expect(ws.getCell('A1').value).toBe('《2022-2023年工作要点》推进情况统计表（2023年第三季度）');
    expect(String(ws.getCell('A2').value)).toMatch(/^填报单位：省财政厅（盖章）\s+填报人：\s+联系电话：\s+填报日期：$/);
    expect([...headerColumns(ws).keys()]).toEqual(['序号', '工作任务', '责任类型', '完成时限', '进展情况', '完成状态', '存在问题', '下步计划', '备注']);
    // 省财政厅 is jointly responsible for tasks 7, 8 and 9, all in section 三.
    expect(taskRows(ws).map(([, seq]) => seq)).toEqual(['7', '8', '9']);
    expect(ws.getCell('A4').value).toBe('三、聚力推动知识产权支撑产业转型发展');
    expect(ws.getCell('A4').isMerged).toBe(true);
    const [row7] = taskRows(ws)[0]!;
    expect(ws.getRow(row7).getCell(3).value).toBe('责任');
    expect(ws.getRow(row7).getCell(4).value).toBe('2023年12月底前完成');

    // Task columns locked, input columns open, a password-free sheet protection.
    expect(ws.getRow(row7).getCell(2).protection?.locked).not.toBe(false);
    for (let c = 5; c <= 9; c++) expect(ws.getRow(row7).getCell(c).protection?.locked).toBe(false);
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();

    const validation = ws.getRow(row7).getCell(6).dataValidation;
    expect(validation.type).toBe('list');
    expect(validation.formulae).toEqual(['"已完成,正常推进,滞后,未启动"']);

    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.getRow(row7).getCell(2).font?.name).toBe('仿宋');
    const notes = ws.getRow(ws.rowCount).getCell(1).value;
    expect(String(notes)).toMatch(/^填报说明：/);

    const hidden = wb.getWorksheet(ID_SHEET_NAME)!;
    expect(hidden.state).toBe('veryHidden');
    const identity = readIdentity(readWorkbook({ name: files[0]!.fileName, bytes: new Uint8Array(files[0]!.bytes) }).sheets)!;
    expect(identity).toMatchObject({ planId, period: '2023Q3', planTitle: '2022-2023年工作要点' });
    expect(identity.sheets).toHaveLength(1);
    expect(identity.sheets[0]!.unit).toBe('省财政厅');
    expect(identity.sheets[0]!.tasks.map((t) => t.seq)).toEqual(['7', '8', '9']);
  });

  it('adds last period’s progress when asked', async () => {
    const unit = unitId(b, '省财政厅');
    const task = b.db.get<{ id: number }>("SELECT id FROM tasks WHERE plan_id = ? AND seq = '8'", [planId])!.id;
    await b.call('progress.save', { planId, period: '2023Q2', taskId: task, unitId: unit, status: 'on_track', progress: '二季度已拨付资金500万元' });
    const { files } = await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unit], includePrevious: true });
    const ws = visibleSheet(await loadWorkbook(files[0]!.bytes));
    const cols = headerColumns(ws);
    expect(cols.get('上期进展情况')).toBe(5);
    const row8 = taskRows(ws).find(([, seq]) => seq === '8')![0];
    expect(ws.getRow(row8).getCell(5).value).toBe('二季度已拨付资金500万元');
    expect(ws.getRow(row8).getCell(5).protection?.locked).not.toBe(false);
  });

  it('zips the workbooks, or puts every unit in one workbook', async () => {
    const units = [unitId(b, '省财政厅'), unitId(b, '省法院')];
    const zip = await b.call('templates.export', { planId, period: '2023Q3', unitIds: units, layout: 'zip' });
    expect(zip.files).toHaveLength(1);
    expect(zip.files[0]!.fileName).toBe('2023Q3-推进情况统计表（2个单位）.zip');
    expect(Object.keys(unzipSync(zip.files[0]!.bytes)).sort()).toEqual([
      '2023Q3-省法院-推进情况统计表.xlsx',
      '2023Q3-省财政厅-推进情况统计表.xlsx',
    ]);

    const book = await b.call('templates.export', { planId, period: '2023Q3', unitIds: units, layout: 'workbook' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(book.files[0]!.bytes) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['省财政厅', 'visible'],
      ['省法院', 'visible'],
      [ID_SHEET_NAME, 'veryHidden'],
    ]);
  });

  it('gives every unit expected to report a workbook, and a collective name one only when chosen', async () => {
    const { files } = await b.call('templates.export', { planId, period: '2023Q3' });
    const units = (await b.call('units.list', { planId })).filter((u) => u.level === 'province' && u.taskCounts.lead + u.taskCounts.joint + u.taskCounts.cooperating > 0);
    const collective = units.filter((u) => u.collective).map((u) => u.name);
    expect(collective.sort()).toEqual(['各有关市县政府', '省知识产权战略实施工作领导小组各成员单位']);
    expect(files.map((f) => f.fileName.split('-')[1]).sort()).toEqual(units.filter((u) => !u.collective).map((u) => u.name).sort());

    const [forwarded] = (await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unitId(b, '各有关市县政府')] })).files;
    expect(forwarded!.fileName).toBe('2023Q3-各有关市县政府-推进情况统计表.xlsx');
  });

  it('gives every status cell exactly one drop-down, for a unit with many tasks across sections', async () => {
    const { files } = await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unitId(b, '省知识产权局')] });
    const xml = sheetXml(files[0]!.bytes);
    const ws = visibleSheet(await loadWorkbook(files[0]!.bytes));
    const rows = taskRows(ws).map(([row]) => row);
    expect(rows.length).toBeGreaterThan(10);
    expect(ws.getCell(`A${rows[0]! - 1}`).isMerged).toBe(true); // a section row before the tasks, and between them
    const covered = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].flatMap((m) => cellsOf(m[1]!));
    // Excel refuses a cell in two rules; each task's 完成状态 (F) is in one, and nothing else is.
    expect(covered.length).toBe(new Set(covered).size);
    expect(covered.sort()).toEqual(rows.map((r) => `F${r}`).sort());
  });

  it('leaves 完成状态 room for its longest choice beside the drop-down arrow', async () => {
    const { files } = await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unitId(b, '省财政厅')] });
    // Written out: exceljs drops a column of width 9 (its default), and Excel then makes it 8.43 wide.
    const width = /<col min="6" max="6" width="([\d.]+)"/.exec(sheetXml(files[0]!.bytes))?.[1];
    expect(Number(width)).toBeGreaterThanOrEqual(11);
  });

  it('leaves 备注 room to write in, the sheet no wider than A4 landscape prints at a readable scale', async () => {
    const { files } = await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unitId(b, '省财政厅')] });
    // Each column's width, as written (<col min max width>: equal neighbours share one element).
    const widths = [...sheetXml(files[0]!.bytes).matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].flatMap((m) =>
      Array<number>(Number(m[2]) - Number(m[1]) + 1).fill(Number(m[3])),
    );
    const ws = visibleSheet(await loadWorkbook(files[0]!.bytes));
    expect(widths.length).toBe(headerColumns(ws).size);
    // 备注 (I): seven characters a line, not four.
    expect(widths[headerColumns(ws).get('备注')! - 1]).toBeGreaterThanOrEqual(14);
    // Printed one page wide (fit to width) at the scale the sheet always had: about 155 characters.
    expect(widths.reduce((a, w) => a + w, 0)).toBeLessThanOrEqual(156);
    expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('refuses a unit with nothing to report', async () => {
    const env = await b.invoke('templates.export', { planId, period: '2023Q3', unitIds: [unitId(b, '国家知识产权局保护司')] });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.code).toBe('NOT_FOUND');
  });
});

describe('templates.export of a plan whose sections are numbered （一）', () => {
  let planId: number;
  const b = backendPerSuite(async (b) => {
    const numerals = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）'];
    planId = await createPlan(b, { ...SEED_PLAN, sections: SEED_PLAN.sections.map((s, i) => ({ ...s, numeral: numerals[i]! })) });
  });

  it('heads the tasks “（三）聚力…”, as the plan does, with no 、 after the bracket', async () => {
    const { files } = await b.call('templates.export', { planId, period: '2023Q3', unitIds: [unitId(b, '省财政厅')] });
    const ws = visibleSheet(await loadWorkbook(files[0]!.bytes));
    expect(ws.getCell('A4').value).toBe('（三）聚力推动知识产权支撑产业转型发展');
    // Filled in and sent back, the heading is read as a heading, not as a row.
    const form = await fillTemplate(files[0]!, () => ({ progress: '已推进。', status: '正常推进' }));
    const result = await b.call('progress.import', { planId, files: [form], dryRun: true });
    expect(result.files[0]).toMatchObject({ unit: '省财政厅', warnings: [] });
  });
});
