// 进展填报 end to end: the seed plan, fill-in workbooks exported as a zip, three returned files built
// the ways bureaus really return them (a filled template; a template with its hidden identification
// lost and a task retyped; a table of their own in a Word report), the batch preview with its one
// uncertain match confirmed, the commit, the submission ledger, the matrix and task drawer with a
// manual entry, the original file downloaded back, undo, and the period lock; then a return made on
// last quarter's template, held until the official chooses its period, another unit's form, held
// until the official chooses the unit, and a Word compilation of two units' tables, one at a time.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { parsePlanText } from '../../electron/core/plan/parseText';
import type { FileInput } from '../../electron/shared/api/method';
import { docxOfParagraphs, docxWithTable, docxWithTables } from '../helpers/officeFiles';
import { fillTemplate, headerColumns, loadWorkbook, taskRows, visibleSheet } from '../helpers/returns';
import { bridgeOf } from './bridge';
import { asksBeforeLeaving, expect as baseExpect, screenshot, test } from './fixtures';

// Parsing workbooks on a busy two-core machine can take seconds: wait longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const PERIOD = '2023年第三季度';
/** Tasks 17 and 18 are 省人社厅's; 7–9 省财政厅's; 5 is 省法院's (among others). */
const RETYPED_TASK_17 = '引进海内外高层次人才，畅通职称认定渠道';

async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** The exported zip, unpacked: file name → bytes. */
/** The app reloaded (to see what the bridge stored) on 进展填报's tab for PERIOD. */
async function openProgressTab(page: Page, tab: string): Promise<void> {
  await page.reload();
  await page.getByRole('menuitem', { name: '进展填报' }).click();
  await chooseOption(page, page.getByLabel('选择期次'), PERIOD);
  await page.getByRole('tab', { name: tab }).click();
}

async function exportTemplates(page: Page): Promise<Map<string, Uint8Array>> {
  await page.getByRole('tab', { name: '下发填报表' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成并下载填报表' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^2023Q3-推进情况统计表（\d+个单位）\.zip$/);
  await expect(page.getByRole('tabpanel', { name: '下发填报表' }).getByRole('alert')).toContainText('已生成 1 个文件');
  await screenshot(page, 'progress-export');
  const zip = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  return new Map(Object.entries(zip));
}

function templateOf(templates: Map<string, Uint8Array>, unit: string) {
  const name = [...templates.keys()].find((n) => n.includes(`-${unit}-`));
  if (!name) throw new Error(`zip 中没有 ${unit} 的填报表：${[...templates.keys()].join('、')}`);
  return { fileName: name, mime: '', bytes: templates.get(name)! };
}

/**
 * 省人社厅's template copied into a new file (the hidden identification sheet is gone), with task
 * 17's 序号 cleared and its text retyped, so only content similarity can place that row.
 */
async function retypedTemplate(template: { fileName: string; bytes: Uint8Array }): Promise<FileInput> {
  const wb = await loadWorkbook(template.bytes);
  for (const ws of wb.worksheets.filter((w) => w.state !== 'visible')) wb.removeWorksheet(ws.id);
  const ws = visibleSheet(wb);
  const cols = headerColumns(ws);
  for (const [n, seq] of taskRows(ws)) {
    const row = ws.getRow(n);
    row.getCell(cols.get('完成状态')!).value = seq === '17' ? '按计划推进' : '已完成';
    row.getCell(cols.get('进展情况')!).value =
      seq === '17' ? '本季度认定高层次人才职称 12 人。' : '知识产权研究院已在两所高校挂牌。';
    if (seq === '17') {
      row.getCell(1).value = '';
      row.getCell(cols.get('工作任务')!).value = RETYPED_TASK_17;
    }
  }
  return { name: '省人社厅三季度进展（修改稿）.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

/** 省法院 typed its own table: a title naming unit and quarter, and headers of its own. */
const COURT_TITLE = '省法院2023年第三季度知识产权工作要点落实情况';
const COURT_HEADER = ['编号', '重点任务', '工作推进情况', '进度', '困难和问题', '下一步工作打算'];
const courtRow = (progress: string) => [
  '5',
  '建立省市县三级知识产权维权援助体系，严格依法查处侵犯知识产权违法行为，加大专利侵权行政裁决工作力度。',
  progress,
  '正常推进',
  '技术调查官数量不足。',
  '开展技术调查官选任。',
];

async function ownTable(progress = '审结知识产权案件 86 件，推进繁简分流。', name = '法院报送.xlsx'): Promise<FileInput> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('进展');
  ws.addRow([COURT_TITLE]);
  ws.addRow([]);
  ws.addRow(COURT_HEADER);
  ws.addRow(courtRow(progress));
  return { name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

/** The same table sent as a Word report: the title above it names the unit and the quarter. */
const ownWordReport = (progress = '审结知识产权案件 86 件，推进繁简分流。') =>
  docxWithTable('法院报送.docx', [COURT_TITLE, '一、总体情况', '本季度各项任务有序推进，具体如下表。'], [COURT_HEADER, courtRow(progress)]);

/** Drags files onto the drop zone, as from the file manager (a drop, unlike the chooser, is not filtered by the browser). */
/** 省财政厅's return as a table in a Word report, on task 7. */
function financeReport(): Promise<FileInput> {
  return docxWithTable(
    '财政厅报送.docx',
    ['省财政厅2023年第三季度工作要点落实情况'],
    [['序号', '工作任务', '进展情况', '完成状态'], ['7', '实施专利转化专项计划', '财政厅拨付资金。', '正常推进']],
  );
}

async function dropFiles(zone: Locator, files: FileInput[]): Promise<void> {
  const dataTransfer = await zone.page().evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return transfer;
  }, files.map((f) => ({ name: f.name, bytes: [...f.bytes] })));
  await zone.dispatchEvent('drop', { dataTransfer });
}

const asUpload = (f: FileInput) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) });

/** antd puts a space between the characters of a two-character button label ("确 认"), after any icon name. */
const spaced = (label: string) => new RegExp(`(^|\\s)${[...label].join('\\s?')}$`);

const statusOfUnit = (ledger: Locator, unit: string) => ledger.getByRole('row').filter({ hasText: unit }).first();

test('progress: export, import a mixed batch with a confirmed guess, ledger, matrix, undo, lock', async ({ app }) => {
  test.setTimeout(180_000);

  // The seed plan, loaded the way an official would try the program.
  await app.getByRole('button', { name: '载入示例' }).click();
  await expect(app.getByText(/已载入示例计划/)).toBeVisible();
  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await chooseOption(app, app.getByLabel('选择期次'), PERIOD);
  await expect(app.getByLabel('选择期次').locator('..')).toContainText(PERIOD);

  // 下发填报表 → the bureaus fill in what they got back.
  const templates = await exportTemplates(app);
  const finance = await fillTemplate(templateOf(templates, '省财政厅'), (seq) => ({
    status: seq === '9' ? '滞后' : '已完成',
    progress: `第${seq}项：本季度工作已按计划落实。`,
    problems: seq === '9' ? '风险补偿资金尚未到位。' : undefined,
  }));
  const hrss = await retypedTemplate(templateOf(templates, '省人社厅'));
  const court = await ownWordReport();

  // 导入报送表: drop all three at once.
  await app.getByRole('tab', { name: '导入报送表' }).click();
  await app
    .getByTestId('import-tab')
    .locator('input[type=file]')
    .setInputFiles([finance, hrss, court].map(asUpload));

  const batch = app.getByTestId('import-batch');
  await expect(batch.locator('tbody tr.ant-table-row')).toHaveCount(3);
  const expectedUnits: [string, string][] = [
    [finance.name, '省财政厅'],
    [hrss.name, '省人社厅'],
    [court.name, '省法院'],
  ];
  for (const [file, unit] of expectedUnits) {
    const line = batch.getByRole('row').filter({ hasText: file });
    await expect(line).toContainText(unit);
    await expect(line).toContainText(PERIOD);
    await expect(line).toContainText('将导入');
  }
  const summary = app.getByTestId('import-summary');
  await expect(summary).toHaveText('共 3 个文件：将导入 3 个文件；写入 5 行，待确认 1 行');
  const commit = app.getByRole('button', { name: /确认导入（3 个文件）/ });
  await expect(commit).toBeDisabled();

  // The file that needs attention opens first: 省人社厅's, unit read from the sheet, one uncertain row.
  const panel = app.getByTestId('import-file-panel');
  await expect(panel).toContainText(hrss.name);
  await expect(panel).toContainText('表内填写');
  await expect(app.getByTestId('pending-alert')).toContainText('有 1 行');
  const uncertain = panel.locator('tr.progress-row-uncertain');
  await expect(uncertain).toHaveCount(1);
  // The match tags say how each row found its task, in words.
  await expect(uncertain).toContainText('按内容匹配 53%');
  await expect(panel.locator('tr:not(.progress-row-uncertain) .ant-tag').filter({ hasText: /^按序号匹配$/ }).first()).toBeVisible();
  await expect(uncertain).toContainText('17. 对引进的海内外高层次人才');
  await expect(uncertain).toContainText('正常推进');
  await screenshot(app, 'progress-preview');

  // The reassign list offers the unit's own tasks first.
  await uncertain.getByLabel('选择任务').click();
  const options = app.locator('.ant-select-dropdown:visible');
  await expect(options).toContainText('本单位任务');
  await expect(options).toContainText('18. 完善知识产权人才培养');
  await screenshot(app, 'progress-low-confidence');
  await app.keyboard.press('Escape');
  await uncertain.getByRole('button', { name: spaced('确认') }).click();
  await expect(panel.locator('tr.progress-row-uncertain')).toHaveCount(0);
  await expect(panel.getByText('已确认')).toBeVisible();
  await expect(summary).toHaveText('共 3 个文件：将导入 3 个文件；写入 6 行');

  // The own-format table in a Word report: headers recognised, 进度 read as the status, unit and
  // quarter from the title above the table.
  await batch.getByRole('row').filter({ hasText: court.name }).click();
  await expect(panel).toContainText(court.name);
  await expect(panel).toContainText('文档标题');
  await expect(panel).toContainText('表格1，表头在第 1 行');
  await expect(panel.getByTestId('import-rows')).toContainText('审结知识产权案件 86 件');

  await expect(commit).toBeEnabled();
  await commit.click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 3 个文件，共 6 行');

  // 报送台账: the three bureaus have reported, the rest are to be reminded.
  await app.getByTestId('import-done').getByRole('button', { name: '查看报送台账' }).click();
  const ledger = app.getByTestId('submission-ledger');
  for (const unit of ['省财政厅', '省人社厅', '省法院']) await expect(statusOfUnit(ledger, unit)).toContainText('已报送');
  await expect(statusOfUnit(ledger, '省财政厅')).toContainText('3 / 3');
  await expect(statusOfUnit(ledger, '省人社厅')).toContainText(hrss.name);
  await expect(statusOfUnit(ledger, '省知识产权局')).toContainText('未报送');
  const reminder = ledger.getByLabel('催报内容');
  await expect(reminder).toHaveValue(/省知识产权局/);
  await expect(reminder).not.toHaveValue(/省财政厅/);
  await ledger.getByRole('button', { name: '复制' }).click();
  await expect(app.getByText('催报内容已复制')).toBeVisible();
  // The 催报 box beside the table from 1200 px (it fell below it, 360 px wide), below it on narrower windows.
  const reminderBesideTable = async () => {
    const table = (await ledger.locator('.ant-table').boundingBox())!;
    const box = (await reminder.boundingBox())!;
    return box.x > table.x + table.width && box.y < table.y + table.height;
  };
  expect(await reminderBesideTable()).toBe(true);
  await app.setViewportSize({ width: 1280, height: 900 });
  expect(await reminderBesideTable()).toBe(true);
  await app.setViewportSize({ width: 1100, height: 900 });
  expect(await reminderBesideTable()).toBe(false);
  await app.setViewportSize({ width: 1440, height: 900 });
  await screenshot(app, 'progress-submissions');
  // Printed, it is the table under its own title: no tabs, no 催报 box.
  await app.emulateMedia({ media: 'print' });
  await expect(ledger.getByRole('heading', { level: 1 })).toHaveText(/^《.+》2023年第三季度报送情况$/);
  await expect(reminder).toBeHidden();
  await expect(app.getByRole('tab', { name: '进展矩阵' })).toBeHidden();
  await app.emulateMedia({ media: 'screen' });

  // 进展矩阵: task 9 is delayed this quarter (省财政厅 said so), task 17 on track.
  await app.getByRole('tab', { name: '进展矩阵' }).click();
  const matrix = app.getByTestId('progress-matrix');
  const cellOf = (seq: string) => matrix.locator(`.progress-matrix-cell[data-seq="${seq}"][data-period="2023Q3"]`);
  await expect(cellOf('9')).toHaveAttribute('data-status', 'delayed');
  await expect(cellOf('17')).toHaveAttribute('data-status', 'on_track');
  await expect(cellOf('1')).toHaveAttribute('data-status', 'unreported');
  // The matrix mounts only the rows in view (a plan may have thousands): its footer counts them all.
  await expect(matrix).toContainText('共 18 项任务');
  await screenshot(app, 'progress-matrix');
  await chooseOption(app, matrix.getByLabel('按单位筛选'), '省人社厅');
  await expect(matrix).toContainText('共 2 项任务');
  await expect(matrix.locator('.ant-table-row')).toHaveCount(2);
  // Exported, the table holds those two tasks and names the filter.
  const [matrixFile] = await Promise.all([app.waitForEvent('download'), matrix.getByRole('button', { name: '导出 Excel' }).click()]);
  expect(matrixFile.suggestedFilename()).toMatch(/各期推进情况一览表\.xlsx$/);
  const exported = (await loadWorkbook(fs.readFileSync(await matrixFile.path()))).worksheets[0]!;
  expect(exported.getCell('A2').value).toBe('共 2 项任务（单位：省人社厅）；各期状态按各单位的报送汇总，已完成的任务此后无人报送的仍记为已完成，空白为该期无人报送。');
  // Ctrl+P prints every filtered row (the screen holds only those in view), under the export's title.
  await app.keyboard.press('Control+P');
  const paper = app.getByTestId('print-matrix');
  await expect(paper.locator('h1')).toHaveText(/各期推进情况一览表$/);
  await expect(paper).toContainText('（单位：省人社厅）');
  await expect(paper.locator('tbody tr:not(.print-section)')).toHaveCount(2);
  await expect(paper.locator('tbody tr').filter({ hasText: /^17/ }).locator('td.print-status')).toHaveText(['正常推进']);
  await app.emulateMedia({ media: 'print' });
  await expect(app.getByRole('tab', { name: '进展矩阵' })).toBeHidden();
  await expect(app.getByRole('button', { name: '返回进展矩阵' })).toBeHidden();
  await screenshot(app, 'progress-matrix-print');
  await app.emulateMedia({ media: 'screen' });
  await app.getByRole('button', { name: '返回进展矩阵' }).click();
  await expect(matrix.locator('.ant-table-row')).toHaveCount(2);

  // The task drawer: 省人社厅's imported report, corrected by hand; 省知识产权局 has not reported.
  await cellOf('17').click();
  const drawer = app.getByTestId('task-drawer');
  const reports = drawer.getByTestId('unit-reports');
  const hrssBlock = reports.locator('section').filter({ hasText: '省人社厅' });
  await expect(hrssBlock).toContainText('本季度认定高层次人才职称 12 人。');
  await expect(hrssBlock).toContainText('导入（第');
  await expect(reports.locator('section').filter({ hasText: '省知识产权局' })).toContainText(`${PERIOD}未报送`);
  await hrssBlock.getByRole('button', { name: '修改本期' }).click();
  const form = drawer.getByTestId('progress-entry-form');
  await expect(form.getByLabel('录入单位').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText('省人社厅');
  await expect(form.getByLabel('进展情况')).toHaveValue('本季度认定高层次人才职称 12 人。');
  await form.getByLabel('进展情况').fill('本季度认定高层次人才职称 13 人（更正）。');
  await form.getByRole('button', { name: '保存修改' }).click();
  await expect(app.getByText('进展已保存')).toBeVisible();
  await expect(hrssBlock).toContainText('本季度认定高层次人才职称 13 人（更正）。');
  await expect(hrssBlock).toContainText('手工录入');
  await drawer.locator('.ant-drawer-body').evaluate((body) => body.scrollTo(0, 0));
  await screenshot(app, 'progress-drawer');
  await app.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // A second version from 省法院, saved by WPS as .et and dragged in with a stray PDF: the PDF is
  // refused with its reason; the new version changes the stored report, and the official keeps the old.
  await app.getByRole('tab', { name: '导入报送表' }).click();
  const resent = await ownTable('审结知识产权案件 90 件。', '法院报送（二）.et');
  const stray = { name: '会议通知.pdf', bytes: new Uint8Array([...Buffer.from('%PDF-1.7\n'), 0, 0xff, 0x10, 0x80, 0, 1, 2, 3]) };
  await dropFiles(app.getByTestId('import-tab').locator('.ant-upload-btn').first(), [resent, stray]);
  await expect(batch.getByRole('row').filter({ hasText: resent.name })).toContainText('修改 1');
  await expect(batch.getByRole('row').filter({ hasText: stray.name })).toContainText('拒绝');
  await expect(batch.getByRole('row').filter({ hasText: stray.name })).not.toContainText('匹配'); // not read: no count
  await batch.getByRole('row').filter({ hasText: stray.name }).click();
  await expect(panel).toContainText('文件“会议通知.pdf”是 PDF 文件，不是可导入的文件。');
  await expect(panel.getByLabel('报送单位')).toHaveCount(0); // nothing to choose for a file that cannot be read
  await screenshot(app, 'progress-refused');
  await batch.getByRole('row').filter({ hasText: resent.name }).click();
  const changed = panel.getByTestId('import-rows').locator('tr.ant-table-row').first();
  await changed.getByRole('button', { name: '展开行' }).click();
  const comparison = panel.locator('tr.ant-table-expanded-row');
  await expect(comparison).toContainText('审结知识产权案件 90 件。');
  await expect(comparison).toContainText('审结知识产权案件 86 件，推进繁简分流。');
  await changed.getByText('保留原值').click();
  await expect(changed.getByRole('radio', { name: '保留原值' })).toBeChecked();
  await expect(app.getByTestId('import-summary')).toHaveText('共 2 个文件：将导入 1 个文件，1 个文件不能导入；写入 0 行');
  await screenshot(app, 'progress-changed');
  await app.getByRole('button', { name: /确认导入（1 个文件）/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 1 个文件');
  await app.getByRole('tab', { name: '进展矩阵' }).click();
  await matrix.getByRole('button', { name: '清除筛选' }).click();
  await cellOf('5').click();
  await expect(drawer.getByTestId('unit-reports').locator('section').filter({ hasText: '省法院' })).toContainText(
    '审结知识产权案件 86 件，推进繁简分流。',
  );
  await app.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // 导入记录: the original comes back byte for byte; undo 省财政厅's import.
  await app.getByRole('tab', { name: '导入记录' }).click();
  const history = app.getByTestId('import-history');
  const financeLine = history.getByRole('row').filter({ hasText: finance.name });
  await expect(history.locator('tbody tr.ant-table-row')).toHaveCount(5); // four returns and the sample plan itself
  // The plan's own import is not undone here; the tooltip says where instead.
  await history.locator('tbody tr.ant-table-row').last().getByText('撤销', { exact: true }).hover();
  await expect(app.getByRole('tooltip')).toContainText('新导入的计划可在“计划台账”右上角“更多”中删除');
  await app.mouse.move(0, 0);
  const downloading = app.waitForEvent('download');
  await financeLine.getByRole('button', { name: '下载原件' }).click();
  const original = await downloading;
  expect(original.suggestedFilename()).toBe(finance.name);
  expect(new Uint8Array(fs.readFileSync(await original.path()))).toEqual(finance.bytes);

  await financeLine.getByRole('button', { name: spaced('撤销') }).click();
  await app.locator('.ant-popconfirm').getByRole('button', { name: spaced('撤销') }).click();
  await expect(financeLine).toContainText('已撤销');
  await expect(financeLine.getByRole('button', { name: spaced('撤销') })).toHaveCount(0);
  await screenshot(app, 'progress-imports');

  await app.getByRole('tab', { name: '报送台账' }).click();
  await expect(statusOfUnit(ledger, '省财政厅')).toContainText('未报送');
  await expect(statusOfUnit(ledger, '省人社厅')).toContainText('已报送');
  await expect(ledger.getByLabel('催报内容')).toHaveValue(/省财政厅/);

  // Locking the period: a badge, and the import explains why it is closed.
  await app.getByRole('button', { name: '锁定本期' }).click();
  await app.locator('.ant-popconfirm').getByRole('button', { name: spaced('锁定') }).click();
  await expect(app.getByTestId('period-locked')).toBeVisible();
  await app.getByRole('tab', { name: '导入报送表' }).click();
  await expect(app.getByTestId('import-tab')).toContainText(`${PERIOD}已锁定，不能导入报送表`);
  await expect(app.getByTestId('import-tab').locator('input[type=file]')).toBeDisabled();
  await app.getByRole('button', { name: '解锁本期' }).click();
  await app.locator('.ant-popconfirm').getByRole('button', { name: spaced('解锁') }).click();
  await expect(app.getByTestId('period-locked')).toHaveCount(0);
});

test('进展矩阵: filtering by a part takes in its sub-sections, and the printed matrix heads them with the part', async ({ app, served }) => {
  const plan = [
    '2024年文化和旅游工作要点',
    '一、繁荣文化事业',
    '（一）加强公共文化服务',
    '1. 推进公共图书馆总分馆制建设。（省文化和旅游厅牵头；2024年6月底前完成）',
    '（二）加强文物保护利用',
    '2. 开展第四次全国文物普查。（省文物局牵头；2024年9月底前完成）',
    '二、推动旅游业提质升级',
    '3. 培育旅游休闲街区。（省文化和旅游厅牵头；2024年10月底前完成）',
  ].join('\n');
  await bridgeOf(served.url)('plans.import', { plan: parsePlanText(plan), dryRun: false });
  await app.reload();
  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await app.getByRole('tab', { name: '进展矩阵' }).click();
  const matrix = app.getByTestId('progress-matrix');
  await expect(matrix).toContainText('共 3 项任务');
  // A sub-section is offered as the ledger writes it ("（二）加强…", not "（二）、加强…").
  await chooseOption(app, matrix.getByLabel('按部分筛选'), '（二）加强文物保护利用');
  await expect(matrix).toContainText('共 1 项任务');
  await chooseOption(app, matrix.getByLabel('按部分筛选'), '一、繁荣文化事业');
  await expect(matrix).toContainText('共 2 项任务');
  await app.keyboard.press('Control+P');
  const paper = app.getByTestId('print-matrix');
  await expect(paper.locator('tbody tr:not(.print-section)')).toHaveCount(2);
  await expect(paper.locator('tbody tr.print-section')).toHaveText(['一、繁荣文化事业', '（一）加强公共文化服务', '（二）加强文物保护利用']);
});

test('a return on last quarter’s reused template waits for the official to choose its period', async ({ app, served }) => {
  // Last quarter's template for 省财政厅, filled and imported then; this quarter the bureau edits that file.
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const finance = (await call('units.list', { planId: planId! })).find((u) => u.name === '省财政厅')!;
  const [q2Template] = (await call('templates.export', { planId: planId!, period: '2023Q2', unitIds: [finance.id] })).files;
  const q2 = await fillTemplate(q2Template!, (seq) => ({ progress: `二季度第${seq}项` }));
  await call('progress.import', { planId: planId!, files: [q2], dryRun: false });
  const reused = await fillTemplate({ ...q2Template!, bytes: q2.bytes }, (seq) => ({ progress: `三季度第${seq}项` }));

  await openProgressTab(app, '导入报送表');
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload({ ...reused, name: '省财政厅三季度.xlsx' })]);

  const batch = app.getByTestId('import-batch');
  await expect(batch.getByRole('row').filter({ hasText: '省财政厅三季度.xlsx' })).toContainText('待确认期次');
  await expect(app.getByTestId('import-summary')).toContainText('期次待确认 1 个');
  await expect(app.getByRole('button', { name: /确认导入/ })).toBeDisabled();
  const errors = app.getByTestId('file-errors');
  await expect(errors).toContainText('而省财政厅2023年第二季度已有填报，导入会改写其中 3 项');
  await screenshot(app, 'progress-period-conflict');

  await errors.getByRole('button', { name: `按${PERIOD}导入` }).click();
  await expect(errors).toBeHidden();
  const line = batch.getByRole('row').filter({ hasText: '省财政厅三季度.xlsx' });
  await expect(line).toContainText(PERIOD);
  await expect(line).toContainText('将导入');
  await app.getByRole('button', { name: /确认导入（1 个文件）/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 1 个文件，共 3 行');

  const texts = async (period: string) => (await call('progress.list', { planId: planId!, period })).records.map((r) => r.progress);
  expect(await texts('2023Q3')).toEqual(['三季度第7项', '三季度第8项', '三季度第9项']);
  expect(await texts('2023Q2')).toEqual(['二季度第7项', '二季度第8项', '二季度第9项']);
});

test('a return on another quarter’s form goes to that quarter, said in the batch and in the result', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const finance = (await call('units.list', { planId: planId! })).find((u) => u.name === '省财政厅')!;
  const [q2Template] = (await call('templates.export', { planId: planId!, period: '2023Q2', unitIds: [finance.id] })).files;
  const q2 = await fillTemplate(q2Template!, (seq) => ({ progress: `二季度第${seq}项` }));

  await openProgressTab(app, '导入报送表');
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload({ ...q2, name: '省财政厅报送.xlsx' })]);
  const line = app.getByTestId('import-batch').getByRole('row').filter({ hasText: '省财政厅报送.xlsx' });
  await expect(line.locator('.ant-typography-warning', { hasText: '2023年第二季度' })).toBeVisible();
  await expect(app.getByTestId('import-other-periods')).toHaveText('；其中 1 个按2023年第二季度导入');
  await app.getByRole('button', { name: /确认导入（1 个文件）/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 1 个文件，共 3 行（其中 1 个按2023年第二季度导入）');
  expect((await call('progress.list', { planId: planId!, period: '2023Q2' })).records).toHaveLength(3);
});

test('a row that matches no task shows all the unit wrote in it', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  await call('plans.importSample', {});
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('进展');
  ws.addRow([COURT_TITLE]);
  ws.addRow(['序号', '重点任务', '工作推进情况', '进度', '困难和问题', '下一步工作打算']);
  ws.addRow(courtRow('审结知识产权案件 86 件。'));
  ws.addRow(['', '其他工作：开展知识产权宣传周活动', '组织宣传活动5场。', '已完成', '经费不足。', '继续开展。']);
  const file = { name: '法院报送（含其他工作）.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };

  await openProgressTab(app, '导入报送表');
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload(file)]);
  const unmatched = app.getByTestId('import-unmatched');
  await expect(unmatched).toContainText('未匹配到任务的行（1）');
  const row = unmatched.locator('tbody tr.ant-table-row');
  await expect(row).toContainText('组织宣传活动5场。');
  await expect(row).toContainText('已完成');
  await expect(row).toContainText('存在问题：经费不足；下步计划：继续开展');
  // Not only in the file's detail: the batch's summary and the file's line say a row will not be imported.
  await expect(app.getByTestId('import-unmatched-count')).toHaveText('，未匹配到任务 1 行（不导入，可在文件详情里指定任务）');
  await expect(app.getByTestId('import-batch').getByRole('row').filter({ hasText: file.name })).toContainText('未匹配 1');
});

test('the task drawer names a unit’s 下步计划 as the fill-in form and the import preview do', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  await call('progress.import', { planId: planId!, period: '2023Q3', files: [await ownTable()], dryRun: false });

  await openProgressTab(app, '进展矩阵');
  await app.getByTestId('progress-matrix').locator('.progress-matrix-cell[data-seq="5"][data-period="2023Q3"]').click();
  const drawer = app.getByTestId('task-drawer');
  const court = drawer.getByTestId('unit-reports').locator('section').filter({ hasText: '省法院' });
  await expect(court).toContainText('下步计划：开展技术调查官选任。');
  await court.getByRole('button', { name: '修改本期' }).click();
  await expect(drawer.getByTestId('progress-entry-form').getByLabel('下步计划')).toHaveValue('开展技术调查官选任。');
  await expect(drawer).not.toContainText('下步打算');
});

test('returns dropped for import are still there, with the choices made, after a look at another page', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  await call('plans.importSample', {});
  await openProgressTab(app, '导入报送表');
  const court = await ownTable();
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload(court)]);
  const batch = app.getByTestId('import-batch');
  await expect(batch.getByRole('row').filter({ hasText: court.name })).toContainText('将导入');
  // antd puts the test id on the picker's input.
  const received = app.getByTestId('import-received-on');
  await received.click();
  await received.fill('2023年10月8日');
  await received.press('Enter');
  await expect(received).toHaveValue('2023年10月8日');

  // Off to 单位管理 (to add an alias, say) and back: the batch is as it was left, not to be dropped again.
  await app.getByRole('menuitem', { name: '单位管理' }).click();
  await expect(app.getByRole('heading', { name: '单位管理' })).toBeVisible();
  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await app.getByRole('tab', { name: '导入报送表' }).click();
  await expect(batch.getByRole('row').filter({ hasText: court.name })).toContainText('将导入');
  await expect(received).toHaveValue('2023年10月8日');
  // Still work not stored: a reload asks first.
  expect(await asksBeforeLeaving(app)).toBe(true);

  await app.getByRole('button', { name: /确认导入/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 1 个文件');
  const [record] = await call('imports.list', {});
  expect(record).toMatchObject({ receivedOn: '2023-10-08' });
  expect(await asksBeforeLeaving(app)).toBe(false);
});

test('a form filled in by another unit waits for the official to choose the unit', async ({ app, served }) => {
  // 省财政厅's form, its 填报单位 line rewritten by 省人社厅, which filled it in.
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const finance = (await call('units.list', { planId: planId! })).find((u) => u.name === '省财政厅')!;
  const [template] = (await call('templates.export', { planId: planId!, period: '2023Q3', unitIds: [finance.id] })).files;
  const filled = await fillTemplate(template!, (seq) => ({ progress: `人社厅填写第${seq}项` }), { unitLine: '填报单位：省人社厅（盖章）' });
  const form = { ...filled, name: '人社厅报送.xlsx' };

  await openProgressTab(app, '导入报送表');
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload(form)]);

  const line = app.getByTestId('import-batch').getByRole('row').filter({ hasText: form.name });
  await expect(line).toContainText('待确认单位');
  await expect(line).toContainText('省人社厅或省财政厅？');
  await expect(app.getByTestId('import-summary')).toContainText('单位待确认 1 个');
  await expect(app.getByRole('button', { name: /确认导入/ })).toBeDisabled();
  await expect(app.getByTestId('import-blocked')).toHaveText('还有 1 个文件的报送单位待确认');
  const errors = app.getByTestId('file-errors');
  await expect(errors).toContainText('是发给省财政厅的填报表（见表内识别信息），表中填写的填报单位却是“省人社厅”');

  await errors.getByRole('button', { name: '按表中填写：省人社厅' }).click();
  await expect(errors).toBeHidden();
  await expect(line).toContainText('省人社厅');
  await expect(line).toContainText('将导入');
  await expect(app.getByTestId('import-blocked')).toHaveCount(0);
  // The same file again in the batch: skipped, neither imported nor refused.
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload({ ...form, name: '人社厅报送（副本）.xlsx' })]);
  const copy = app.getByTestId('import-batch').getByRole('row').filter({ hasText: '人社厅报送（副本）.xlsx' });
  await expect(copy).toContainText('跳过');
  await expect(app.getByTestId('import-summary')).toContainText('将导入 1 个文件，跳过 1 个文件；');
  await app.getByRole('button', { name: /确认导入（1 个文件）/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 1 个文件，共 3 行；1 个文件无需写入，已跳过');
  const records = (await call('progress.list', { planId: planId!, period: '2023Q3' })).records;
  expect(records.map((r) => [r.unit, r.progress])).toEqual([
    ['省人社厅', '人社厅填写第7项'],
    ['省人社厅', '人社厅填写第8项'],
    ['省人社厅', '人社厅填写第9项'],
  ]);
});

test('导入记录 shows a returned template’s whole file name on a wide screen', async ({ app, served }) => {
  await app.setViewportSize({ width: 1920, height: 1080 });
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const lead = (await call('units.list', { planId: planId! })).find((u) => u.name === '省知识产权局')!;
  const [template] = (await call('templates.export', { planId: planId!, period: '2023Q3', unitIds: [lead.id] })).files;
  await call('progress.import', { planId: planId!, period: '2023Q3', files: [{ name: template!.fileName, bytes: new Uint8Array(template!.bytes) }], dryRun: false });

  await app.reload();
  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await app.getByRole('tab', { name: '导入记录' }).click();
  const cell = app.getByTestId('import-history').getByRole('cell').filter({ hasText: template!.fileName });
  await expect(cell).toBeVisible();
  // Not cut off with an ellipsis: the text fits its cell.
  expect(await cell.evaluate((td) => {
    const text = document.createRange();
    text.selectNodeContents(td);
    return text.getBoundingClientRect().right <= td.getBoundingClientRect().right;
  })).toBe(true);
});

test('导入预览 shows a returned file’s whole name and several lines of each report on a wide screen', async ({ app, served }) => {
  await app.setViewportSize({ width: 1920, height: 1080 });
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const finance = (await call('units.list', { planId: planId! })).find((u) => u.name === '省财政厅')!;
  const [template] = (await call('templates.export', { planId: planId!, period: '2023Q3', unitIds: [finance.id] })).files;
  const report = '拨付专利转化专项资金2000万元，支持42家企业开展专利产业化；会同省知识产权局组织政策宣讲会3场，覆盖企业600余家；设立知识产权质押融资风险补偿资金池，首期规模1亿元，已为18家企业提供增信。';
  const filled = await fillTemplate(template!, () => ({ progress: report }));
  const name = `2023年第三季度-省财政厅-知识产权强省建设工作要点推进情况统计表（${PERIOD}）.xlsx`;

  await openProgressTab(app, '导入报送表');
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload({ ...filled, name })]);
  const fileCell = app.getByTestId('import-batch').getByRole('cell', { name });
  await expect(fileCell).toBeVisible();
  // Not cut off with an ellipsis: the text fits its cell.
  expect(await fileCell.evaluate((td) => {
    const text = document.createRange();
    text.selectNodeContents(td);
    return text.getBoundingClientRect().right <= td.getBoundingClientRect().right;
  })).toBe(true);
  // The report shows on several lines, not one line cut short.
  const progress = app.getByTestId('import-rows').locator('.import-row-progress').first();
  await expect(progress).toContainText('拨付专利转化专项资金');
  const lines = await progress.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
  expect(lines).toBeGreaterThanOrEqual(2);
  expect(lines).toBeLessThanOrEqual(3.2);
});

test('scrolling down a long 报送台账 keeps the menu and the 催报 box in view', async ({ app, served }) => {
  await bridgeOf(served.url)('plans.importSample', {});
  await app.setViewportSize({ width: 1366, height: 768 });
  await openProgressTab(app, '报送台账');
  const ledger = app.getByTestId('submission-ledger');
  await expect(statusOfUnit(ledger, '省教育厅')).toBeVisible();
  await app.mouse.move(400, 500);
  await app.mouse.wheel(0, 2000);
  await expect(statusOfUnit(ledger, '省教育厅')).toBeInViewport();
  await expect(app.getByRole('menuitem', { name: '进展填报' })).toBeInViewport();
  await expect(ledger.getByLabel('催报内容')).toBeInViewport();
});

test('报送台账 lists a unit’s many unreported tasks in a few lines, all of them on request and on paper', async ({ app, served }) => {
  // A unit that leads 60 tasks and has not reported: its row must not run to screens of numbers.
  const tasks = Array.from({ length: 60 }, (_, i) => `${i + 1}. 推进第${i + 1}项重点工作。（省数据局牵头，2023年12月底前完成）`);
  await bridgeOf(served.url)('plans.import', { plan: parsePlanText(['2023年数字政府工作要点', '一、重点工作', ...tasks].join('\n')), dryRun: false });
  await app.setViewportSize({ width: 1366, height: 768 });
  await openProgressTab(app, '报送台账');
  const row = app.getByTestId('submission-ledger').getByRole('row').filter({ hasText: '省数据局' });
  const seqs = row.getByTestId('missing-seqs');
  await expect(seqs).toHaveText(/^第 1、2、3、.*、20 项等 60 项展开全部$/);
  expect((await row.boundingBox())!.height).toBeLessThan(160);
  // The unit's name is in view with its row, not halfway down a tall cell.
  await expect(row.getByRole('cell', { name: '省数据局' })).toBeInViewport();

  await seqs.getByRole('button', { name: '展开全部' }).click();
  await expect(seqs).toContainText('、59、60 项');
  await seqs.getByRole('button', { name: '收起' }).click();
  await expect(seqs).toContainText('等 60 项');

  // On paper every number is listed.
  await app.emulateMedia({ media: 'print' });
  await expect(row.getByTestId('missing-seqs-printed')).toHaveText(`第 ${Array.from({ length: 60 }, (_, i) => i + 1).join('、')} 项`);
  await expect(seqs).toBeHidden();
  await app.emulateMedia({ media: 'screen' });
});

test('a 报送时限 set in 计划设置 marks the units still missing after it as 逾期未报 in 报送台账', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  await call('plans.importSample', {});
  await app.reload();
  await app.getByRole('button', { name: /更多/ }).click();
  await app.getByText('计划设置…', { exact: true }).click();
  const settings = app.getByRole('dialog', { name: '计划设置' });
  await chooseOption(app, settings.getByLabel('报送时限'), '每期结束后');
  await settings.getByLabel('天数').fill('10');
  await expect(settings).toContainText('例如：2022年第一季度的报送时限为2022年4月10日，2022年第二季度的报送时限为2022年7月10日。');
  await settings.getByLabel('报送联系人').fill('省知识产权局办公室 张三 0351-1234567');
  await settings.getByRole('button', { name: /保\s?存/ }).click();
  await expect(settings).toBeHidden();

  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await chooseOption(app, app.getByLabel('选择期次'), PERIOD);
  await app.getByRole('tab', { name: '报送台账' }).click();
  const ledger = app.getByTestId('submission-ledger');
  await expect(ledger.getByTestId('report-due')).toContainText('报送时限：2023年10月10日');
  await expect(ledger.getByRole('row').filter({ hasText: '省法院' })).toContainText('逾期未报');
  await expect(ledger.locator('textarea')).toHaveValue(/报送时限（2023年10月10日）已过，请立即报送/);
});

test('a monthly plan’s 报送时限 of 每月25日前 in 计划设置 falls on the 25th of every month, and reopens as set', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  await call('plans.update', { planId: planId!, periodKind: 'month' });
  await app.reload();
  const openSettings = async () => {
    await app.getByRole('button', { name: /更多/ }).click();
    await app.getByText('计划设置…', { exact: true }).click();
    return app.getByRole('dialog', { name: '计划设置' });
  };
  let settings = await openSettings();
  await chooseOption(app, settings.getByLabel('报送时限'), '每月');
  await settings.getByLabel('日', { exact: true }).fill('25');
  // February too: days counted from the month's end would fall on the 23rd there.
  await expect(settings).toContainText('例如：2022年1月的报送时限为2022年1月25日，2022年2月的报送时限为2022年2月25日。');
  await screenshot(app, 'ledger-plan-settings-due-day');
  await settings.getByRole('button', { name: /保\s?存/ }).click();
  await expect(settings).toBeHidden();
  expect(await call('plans.get', { planId: planId! })).toMatchObject({ reportDueDays: null, reportDueDay: 25 });
  settings = await openSettings();
  await expect(settings.getByLabel('日', { exact: true })).toHaveValue('25');
  await expect(settings).toContainText('2022年2月的报送时限为2022年2月25日');
});

test('a 报送时限 of 0 days in 计划设置 reopens as it reads, 每期最后一天, whichever way it was chosen', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  await app.reload();
  const openSettings = async () => {
    await app.getByRole('button', { name: /更多/ }).click();
    await app.getByText('计划设置…', { exact: true }).click();
    return app.getByRole('dialog', { name: '计划设置' });
  };
  const save = async (settings: Locator) => {
    await settings.getByRole('button', { name: /保\s?存/ }).click();
    await expect(settings).toBeHidden();
  };
  const lastDay = '例如：2022年第一季度的报送时限为2022年3月31日，2022年第二季度的报送时限为2022年6月30日。';
  // The 报送时限 row: the choice shown in its select, and the days beside it.
  const dueItem = (settings: Locator) => settings.locator('.ant-form-item').filter({ has: settings.page().getByRole('combobox', { name: '报送时限' }) });

  // 每期结束前 0 天: the period's last day, which is no day before its end.
  let settings = await openSettings();
  await chooseOption(app, settings.getByLabel('报送时限'), '每期结束前');
  await settings.getByLabel('天数').fill('0');
  await expect(settings).toContainText(lastDay);
  await save(settings);
  expect((await call('plans.get', { planId: planId! })).reportDueDays).toBe(0);
  settings = await openSettings();
  await expect(dueItem(settings)).toContainText('每期最后一天');
  await expect(settings.getByLabel('天数')).toHaveCount(0);
  await expect(settings).toContainText(lastDay);

  // Chosen by its name, and left for a number of days after the end.
  await chooseOption(app, settings.getByLabel('报送时限'), '每期结束后');
  await settings.getByLabel('天数').fill('5');
  await save(settings);
  settings = await openSettings();
  await expect(dueItem(settings)).toContainText('每期结束后');
  await expect(settings.getByLabel('天数')).toHaveValue('5');
  await chooseOption(app, settings.getByLabel('报送时限'), '每期最后一天');
  await save(settings);
  expect((await call('plans.get', { planId: planId! })).reportDueDays).toBe(0);
});

test('the 收到日期 stated at import decides 逾期 in 报送台账, and is corrected in 导入记录', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  await call('plans.update', { planId: planId!, reportDueDays: 10 });
  const finance = (await call('units.list', { planId: planId! })).find((u) => u.name === '省财政厅')!;
  const [template] = (await call('templates.export', { planId: planId!, period: '2023Q3', unitIds: [finance.id] })).files;
  const filled = await fillTemplate(template!, () => ({ progress: '拨付专项资金。', status: '正常推进' }));

  await openProgressTab(app, '导入报送表');
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload({ ...filled, name: '财政厅报送.xlsx' })]);
  await expect(app.getByTestId('import-summary')).toContainText('将导入 1 个');
  // antd puts the test id on the picker's input.
  const received = app.getByTestId('import-received-on');
  await received.click();
  await received.fill('2023年10月9日');
  await received.press('Enter');
  await expect(received).toHaveValue('2023年10月9日');
  // This file came in a day earlier than the rest of the batch: stated on the file itself.
  const ownDay = app.getByTestId('file-received-on');
  await expect(ownDay).toHaveAttribute('placeholder', '同本批：2023年10月9日');
  await ownDay.click();
  await ownDay.fill('2023年10月8日');
  await ownDay.press('Enter');
  await expect(ownDay).toHaveValue('2023年10月8日');
  await expect(app.getByTestId('import-summary')).toContainText('将导入 1 个');
  await app.getByRole('button', { name: /确认导入/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 1 个文件');
  // The next batch starts without a day stated.
  await expect(received).toHaveValue('');

  await app.getByRole('tab', { name: '报送台账' }).click();
  const ledger = app.getByTestId('submission-ledger');
  const row = statusOfUnit(ledger, '省财政厅');
  await expect(row).toContainText('已报送');
  await expect(row.getByTestId('report-day')).toHaveText('2023年10月8日报送（按收到日期）');
  await screenshot(app, 'progress-received-on');

  await app.getByRole('tab', { name: '导入记录' }).click();
  const history = app.getByTestId('import-history');
  const picker = history.getByRole('row').filter({ hasText: '财政厅报送.xlsx' }).locator('.ant-picker input');
  await expect(picker).toHaveValue('2023-10-08');
  await picker.click();
  await picker.fill('2023-10-12');
  await picker.press('Enter');
  await expect(app.locator('.ant-message')).toContainText('收到日期已改为2023年10月12日');

  await app.getByRole('tab', { name: '报送台账' }).click();
  await expect(row).toContainText('逾期报送');
  await expect(row.getByTestId('report-day')).toHaveText('2023年10月12日报送（按收到日期）');
});

test('记录已催报 in 报送台账 notes today’s 催报 for every unit still missing', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  await call('plans.importSample', {});
  await openProgressTab(app, '报送台账');
  const ledger = app.getByTestId('submission-ledger');
  await expect(statusOfUnit(ledger, '省法院')).toContainText('未报送');
  await ledger.getByTestId('record-reminder').click();
  await app.locator('.ant-popconfirm').getByRole('button', { name: /记\s?下/ }).click();
  await expect(app.locator('.ant-message')).toContainText(/已记下今天向 \d+ 个单位催报/);
  await expect(statusOfUnit(ledger, '省法院').getByTestId('reminded')).toContainText('已催报1次');
  await screenshot(app, 'progress-reminded');
  // Today's reminder is this notice: it does not say the unit was reminded before.
  await expect(ledger.getByLabel('催报内容')).not.toHaveValue(/已于.*催报/);

  // Recorded by mistake: the day's record is withdrawn again.
  await expect(ledger.getByTestId('recorded-reminders')).toContainText(/已记录的催报：\d{4}年\d{1,2}月\d{1,2}日（\d+个单位）/);
  await ledger.getByTestId('recorded-reminders').getByRole('button', { name: /撤销.*的催报记录/ }).click();
  await app.locator('.ant-popconfirm').getByRole('button', { name: /撤\s?销/ }).click();
  await expect(app.locator('.ant-message')).toContainText(/已撤销\d{4}年\d{1,2}月\d{1,2}日的催报记录/);
  await expect(statusOfUnit(ledger, '省法院').getByTestId('reminded')).toHaveCount(0);
  await expect(ledger.getByTestId('recorded-reminders')).toHaveCount(0);
});

test('a form sent back empty is named in 报送台账 and in the 催报 notice, the unit still chased', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const council = (await call('units.list', { planId: planId! })).find((u) => u.name === '省贸促会')!;
  const [template] = (await call('templates.export', { planId: planId!, period: '2023Q3', unitIds: [council.id] })).files;
  const [sent] = (await call('progress.import', { planId: planId!, period: '2023Q3', files: [{ name: '贸促会报送.xlsx', bytes: new Uint8Array(template!.bytes) }], dryRun: false })).files;
  expect(sent).toMatchObject({ status: 'imported', unit: '省贸促会', rows: [] });

  await app.reload();
  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await chooseOption(app, app.getByLabel('选择期次'), PERIOD);
  // The period chosen stays through a reload of the page (it fell back to the current one, 第四季度).
  await app.reload();
  await expect(app.getByLabel('选择期次').locator('..')).toContainText(PERIOD);
  await app.getByRole('tab', { name: '报送台账' }).click();
  const ledger = app.getByTestId('submission-ledger');
  const row = statusOfUnit(ledger, '省贸促会');
  await expect(row).toContainText('未报送');
  await expect(row).toContainText('已交回表格，未导入任何任务的进展');
  await expect(row).toContainText('贸促会报送.xlsx');
  await expect(ledger.getByLabel('催报内容')).toHaveValue(/\d+\. 省贸促会（序号4；已交回表格，但未填写进展）/);
});

test('a return made on last quarter’s form, imported into that quarter, is named in this quarter’s 报送台账', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const court = (await call('units.list', { planId: planId! })).find((u) => u.name === '省法院')!;
  const [q2Template] = (await call('templates.export', { planId: planId!, period: '2023Q2', unitIds: [court.id] })).files;
  const reused = await fillTemplate({ ...q2Template!, bytes: new Uint8Array(q2Template!.bytes) }, () => ({ progress: '审结知识产权案件 86 件。' }));
  const [file] = (await call('progress.import', { planId: planId!, period: '2023Q3', files: [{ ...reused, name: '法院三季度.xlsx' }], dryRun: false })).files;
  expect(file).toMatchObject({ status: 'imported', period: '2023Q2' });

  await openProgressTab(app, '报送台账');
  const row = statusOfUnit(app.getByTestId('submission-ledger'), '省法院');
  await expect(row).toContainText('未报送');
  await expect(row.getByTestId('filed-elsewhere')).toHaveText('法院三季度.xlsx（按2023年第二季度导入）');
  // The 催报 notice tells the unit which form it sent.
  await expect(app.getByTestId('submission-ledger').getByLabel('催报内容')).toHaveValue(/\d+\. 省法院（序号5；交回的是2023年第二季度的表格，已按该期记录）/);
});

test('a unit whose tasks were all completed last quarter is offered no form this quarter', async ({ app, served }) => {
  // 省贸促会 cooperates on task 4 alone, which its lead 省知识产权局 reported completed in the second quarter (销号).
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const lead = (await call('units.list', { planId: planId! })).find((u) => u.name === '省知识产权局')!;
  const [q2Template] = (await call('templates.export', { planId: planId!, period: '2023Q2', unitIds: [lead.id] })).files;
  const q2 = await fillTemplate(q2Template!, (seq) => (seq === '4' ? { status: '已完成', progress: '已获批建设分中心。' } : null));
  await call('progress.import', { planId: planId!, files: [q2], dryRun: false });
  const openUnits = (await call('submissions.get', { planId: planId!, period: '2023Q3' })).units;
  expect(openUnits.map((u) => u.unit)).not.toContain('省贸促会');

  await openProgressTab(app, '下发填报表');
  await expect(app.getByRole('tabpanel', { name: '下发填报表' })).toContainText(`全部单位（${openUnits.length} 个）`);
  await expect(app.getByTestId('template-closed')).toContainText('本期有 1 个：省贸促会');
  await screenshot(app, 'progress-export-closed');
  await app.getByLabel('下发单位').fill('贸促会');
  const option = app.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '省贸促会（任务均已完成）' });
  await expect(option).toHaveClass(/ant-select-item-option-disabled/);
});

test('a Word compilation of units’ tables is imported in one go: 一并导入其他表, a table’s unit chosen on its own', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const header = ['序号', '工作任务', '进展情况', '完成状态'];
  const compiled = await docxWithTables(
    '三季度推进情况汇编（全部单位）.docx',
    ['2023年第三季度工作要点推进情况汇编'],
    [
      [header, ['5', '建立省市县三级知识产权维权援助体系', '法院审结案件 86 件。', '正常推进']],
      [header, ['7', '实施专利转化专项计划', '财政厅拨付资金。', '正常推进'], ['8', '加快太原知识产权运营服务体系重点城市建设', '财政厅下达资金。', '已完成']],
      [header, ['18', '完善知识产权人才培养、评价激励、流动配置机制', '人社厅认定人才职称。', '正常推进']],
    ],
    [],
    ['填报单位：省法院', '填报单位：省财政厅', '填报单位：人事厅'],
  );

  await openProgressTab(app, '导入报送表');
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload(compiled)]);
  const batchRows = app.getByTestId('import-batch').locator('tbody tr.ant-table-row');
  await expect(batchRows).toHaveCount(1);
  await app.getByTestId('import-all-tables').click();
  await expect(batchRows).toHaveCount(3);
  await expect(app.getByTestId('import-summary')).toContainText('共 1 个文件 3 张表：将导入 2 张表，1 张表不能导入；');
  await expect(batchRows.nth(0).locator('.ant-tag').first()).toHaveText('表格2');
  await expect(batchRows.nth(0)).toContainText(compiled.name);
  await expect(batchRows.nth(0)).toContainText('省财政厅');
  await expect(batchRows.nth(1)).toContainText('省法院');
  // “人事厅” is no unit of the plan: that table waits for its unit, chosen for it alone.
  await expect(batchRows.nth(2)).toContainText('未识别');
  await batchRows.nth(2).click();
  const panel = app.getByTestId('import-file-panel');
  await expect(panel).toContainText('表格3，表头在第 1 行');
  await expect(panel.getByLabel('导入的表格')).toHaveCount(0);
  await chooseOption(app, panel.getByLabel('报送单位'), '省人社厅');
  await expect(batchRows.nth(2)).toContainText('省人社厅');
  await expect(batchRows.nth(0)).toContainText('省财政厅');
  await screenshot(app, 'progress-import-all-tables');
  await app.getByRole('button', { name: /确认导入（3 张表）/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 3 张表，共 4 行');
  await expect(app.getByTestId('import-done-tables-left')).toHaveCount(0);

  await app.getByRole('tab', { name: '导入记录' }).click();
  const history = app.getByTestId('import-history');
  await expect(history.getByRole('row').filter({ hasText: compiled.name })).toHaveCount(3);
  await expect(history.getByTestId('tables-not-imported')).toHaveCount(0);
  const records = (await call('progress.list', { planId: planId!, period: '2023Q3' })).records;
  expect(records.map((r) => [r.seq, r.unit, r.progress])).toEqual([
    ['5', '省法院', '法院审结案件 86 件。'],
    ['7', '省财政厅', '财政厅拨付资金。'],
    ['8', '省财政厅', '财政厅下达资金。'],
    ['18', '省人社厅', '人社厅认定人才职称。'],
  ]);
});

test('a joint return of two units is recorded for each when the official asks: each unit’s own tasks, one row each', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const task10 = (await call('plans.get', { planId: planId! })).tasks.find((t) => t.seq === '10')!;
  // 省财政厅 is responsible for task 7, 省商务厅 for task 10: one table, signed by both.
  const joint = await docxWithTable(
    '财政厅商务厅联合报送.docx',
    ['2023年第三季度工作要点落实情况', '填报单位：省财政厅、省商务厅'],
    [['序号', '工作任务', '进展情况', '完成状态'], ['7', '实施专利转化专项计划', '财政厅拨付资金。', '正常推进'], ['10', task10.content, '商务厅开展海外维权培训。', '正常推进']],
  );

  await openProgressTab(app, '导入报送表');
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload(joint)]);
  const batchRows = app.getByTestId('import-batch').locator('tbody tr.ant-table-row');
  await expect(batchRows).toHaveCount(1);
  const panel = app.getByTestId('import-file-panel');
  await expect(panel).toContainText('本次只记为省财政厅的报送，省商务厅在报送台账中仍为未报送');
  await panel.getByTestId('joint-units-on').click();
  await expect(batchRows).toHaveCount(2);
  await expect(app.getByTestId('import-summary')).toContainText('共 1 个文件：将导入 1 个文件（联合报送，另记为省商务厅的报送）；写入 2 行');
  await expect(batchRows.nth(0)).toContainText('省财政厅');
  await expect(batchRows.nth(1).locator('.ant-tag').first()).toHaveText('联合报送');
  await expect(batchRows.nth(1)).toContainText('省商务厅');
  await batchRows.nth(1).click();
  await expect(panel.getByTestId('joint-entry-unit')).toHaveText('省商务厅（联合报送，与省财政厅同一份表）');
  await expect(panel).toContainText('第 2 行是省财政厅的任务，不记入省商务厅的报送。');
  await screenshot(app, 'progress-import-joint');

  await app.getByRole('button', { name: /确认导入（1 个文件）/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 1 个文件（联合报送，另记为省商务厅的报送），共 2 行');
  await expect(app.locator('.ant-message')).toContainText('已导入 1 个文件');
  await app.getByTestId('import-done').getByRole('button', { name: '查看报送台账' }).click();
  const ledger = app.getByTestId('submission-ledger');
  await expect(statusOfUnit(ledger, '省商务厅')).toContainText('已报送');
  await expect(statusOfUnit(ledger, '省商务厅')).toContainText(joint.name);
  await expect(statusOfUnit(ledger, '省财政厅')).toContainText('1 / 3');
  const records = (await call('progress.list', { planId: planId!, period: '2023Q3' })).records;
  expect(records.map((r) => [r.seq, r.unit, r.progress])).toEqual([
    ['7', '省财政厅', '财政厅拨付资金。'],
    ['10', '省商务厅', '商务厅开展海外维权培训。'],
  ]);
});

test('a zip of returns is taken apart: each return a row of the batch, removed together, imported and kept one by one', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const finance = await financeReport();
  const court = await ownTable();
  const bundle = {
    name: '三季度报送.zip',
    bytes: zipSync({ '三季度/': new Uint8Array(), [`三季度/${court.name}`]: court.bytes, [`三季度/${finance.name}`]: finance.bytes, '三季度/盖章件.pdf': new TextEncoder().encode('%PDF-1.7') }),
  };

  await openProgressTab(app, '导入报送表');
  const input = app.getByTestId('import-tab').locator('input[type=file]');
  const batchRows = app.getByTestId('import-batch').locator('tbody tr.ant-table-row');
  await input.setInputFiles([asUpload(bundle)]);
  await expect(batchRows).toHaveCount(3);
  await expect(app.getByTestId('import-summary')).toContainText('共 3 个文件：将导入 2 个文件，1 个文件不能导入；');
  for (const [i, name, unit] of [[0, court.name, '省法院'], [1, finance.name, '省财政厅'], [2, '盖章件.pdf', '']] as const) {
    await expect(batchRows.nth(i).locator('.ant-tag').first()).toHaveText('压缩包');
    await expect(batchRows.nth(i)).toContainText(`三季度/${name}`);
    if (unit) await expect(batchRows.nth(i)).toContainText(unit);
  }
  await expect(batchRows.nth(2)).toContainText('拒绝');
  // 移除 on any of its files takes the whole zip out of the batch.
  const remove = batchRows.nth(1).getByRole('button', { name: '移除' });
  await expect(remove).toHaveAttribute('title', `移除压缩包“${bundle.name}”，连同其中的各个文件`);
  await remove.click();
  await expect(batchRows).toHaveCount(0);

  await input.setInputFiles([asUpload(bundle)]);
  await expect(batchRows).toHaveCount(3);
  await screenshot(app, 'progress-import-zip');
  // A preview not yet confirmed: a reload (F5) asks first.
  expect(await asksBeforeLeaving(app)).toBe(true);
  await app.getByRole('button', { name: /确认导入/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 2 个文件，共 2 行');
  expect(await asksBeforeLeaving(app)).toBe(false);
  await app.getByRole('tab', { name: '导入记录' }).click();
  const history = app.getByTestId('import-history');
  await expect(history.getByRole('row').filter({ hasText: `${bundle.name}/三季度/` })).toHaveCount(2);
  const records = (await call('progress.list', { planId: planId!, period: '2023Q3' })).records;
  expect(records.map((r) => [r.seq, r.unit])).toEqual([
    ['5', '省法院'],
    ['7', '省财政厅'],
  ]);
});

test('a Word compilation of four units’ tables is imported table by table: chosen in the preview, from the import’s result, or from 导入记录', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const header = ['序号', '工作任务', '进展情况', '完成状态'];
  const compiled = await docxWithTables(
    '三季度推进情况汇编.docx',
    ['2023年第三季度工作要点推进情况汇编'],
    [
      [header, ['5', '建立省市县三级知识产权维权援助体系', '法院审结案件 86 件。', '正常推进']],
      [header, ['7', '实施专利转化专项计划', '财政厅拨付资金。', '正常推进'], ['8', '加快太原知识产权运营服务体系重点城市建设', '财政厅下达资金。', '已完成']],
      [header, ['18', '完善知识产权人才培养、评价激励、流动配置机制', '人社厅认定人才职称。', '正常推进']],
      [header, ['4', '积极申报海外知识产权纠纷应对指导中心分中心', '贸促会协助申报。', '见附件']],
    ],
    [],
    ['填报单位：省法院', '填报单位：省财政厅', '填报单位：省人社厅', '填报单位：省贸促会'],
  );

  await openProgressTab(app, '导入报送表');
  const importFile = async (table: string | null, unit: string, rows: number) => {
    await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload(compiled)]);
    const panel = app.getByTestId('import-file-panel');
    const tableChoice = panel.getByLabel('导入的表格');
    await expect(tableChoice.locator('..')).toContainText('表格2（2 行）'); // the fuller table, first
    if (table) await chooseOption(app, tableChoice, table);
    await expect(app.getByTestId('import-batch').getByRole('row').filter({ hasText: compiled.name })).toContainText(unit);
    if (table) {
      // The same file, but not the same table: not a duplicate.
      await expect(panel).toContainText(`这次导入的是“${table.slice(0, 3)}”`);
      await expect(panel).not.toContainText('可能是重复报送');
      await screenshot(app, 'progress-import-table-choice');
    }
    await app.getByRole('button', { name: /确认导入（1 个文件）/ }).click();
    await expect(app.getByTestId('import-done')).toContainText(`已导入 1 个文件，共 ${rows} 行`);
  };
  const history = app.getByTestId('import-history');
  /** The history's rows for the file, each marked with the tables still left (`tablesLeft` each). */
  const historyShows = async (imports: number, tablesLeft: string | null) => {
    await app.getByRole('tab', { name: '导入记录' }).click();
    await expect(history.getByRole('row').filter({ hasText: compiled.name })).toHaveCount(imports);
    const marks = history.getByTestId('tables-not-imported');
    await expect(marks).toHaveCount(tablesLeft ? imports : 0);
    if (tablesLeft) {
      await marks.first().hover();
      await expect(app.getByRole('tooltip')).toContainText(`已导入。文件中的${tablesLeft}也填写了，尚未导入`);
      await screenshot(app, 'progress-import-history-tables');
      await app.mouse.move(0, 0);
      await expect(app.getByRole('tooltip')).toHaveCount(0);
    }
  };
  await importFile(null, '省财政厅', 2);
  await historyShows(1, '“表格1”（1 行）、“表格3”（1 行）、“表格4”（1 行）');
  await app.getByRole('tab', { name: '导入报送表' }).click();
  await importFile('表格1（1 行）', '省法院', 1);

  // The result names the tables left, each a link to import it next.
  const leftInResult = app.getByTestId('import-done-tables-left');
  await expect(leftInResult).toContainText(`${compiled.name} 中另有 2 表未导入`);
  await screenshot(app, 'progress-import-tables-left');
  await leftInResult.getByRole('button', { name: '“表格4”（1 行）' }).click();
  await expect(app.getByTestId('import-file-panel').getByLabel('导入的表格').locator('..')).toContainText('表格4（1 行）');
  await expect(app.getByTestId('import-batch').getByRole('row').filter({ hasText: compiled.name })).toContainText('省贸促会');
  // A status word that cannot be read, with progress written: on track, the word shown beside it for the official to check.
  await expect(app.getByTestId('import-file-panel').getByRole('row').filter({ hasText: '贸促会协助申报' })).toContainText('正常推进“见附件”');
  await app.getByRole('button', { name: /确认导入（1 个文件）/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 1 个文件，共 1 行');
  await expect(leftInResult).toContainText(`${compiled.name} 中另有 1 表未导入，点表名接着导入：“表格3”（1 行）`);
  await historyShows(3, '“表格3”（1 行）');
  // A locked period takes no more of the file's tables: the action is shown, not offered.
  await app.getByRole('button', { name: '锁定本期' }).click();
  await app.locator('.ant-popconfirm').getByRole('button', { name: spaced('锁定') }).click();
  await expect(history.getByTestId('import-other-table')).toHaveCount(0);
  await expect(history.getByRole('row').filter({ hasText: '省贸促会' })).toContainText('导入其他表');
  await app.getByRole('button', { name: '解锁本期' }).click();
  await app.locator('.ant-popconfirm').getByRole('button', { name: spaced('解锁') }).click();
  await expect(history.getByTestId('import-other-table')).toHaveCount(3);

  // From 导入记录: the stored original, previewed with the table left to import, for its period.
  await chooseOption(app, app.getByLabel('选择期次'), '2023年第二季度');
  await app.getByRole('tab', { name: '导入记录' }).click();
  // The added action keeps every column in view on a 1366-px window (no sideways scrolling).
  await app.setViewportSize({ width: 1366, height: 900 });
  const scroller = history.locator('.ant-table-content');
  expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // …and every row on one line (“2023年第三季度” broke in a period column 110 px wide).
  const rowHeights = await history.locator('tbody tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
  expect(Math.max(...rowHeights)).toBeLessThan(45);
  await app.setViewportSize({ width: 1440, height: 900 });
  await history.getByTestId('import-other-table').first().click();
  await screenshot(app, 'progress-import-other-table');
  await app.getByRole('menuitem', { name: '“表格3”（1 行）' }).click();
  await expect(app.getByRole('tab', { name: '导入报送表', selected: true })).toBeVisible();
  await expect(app.getByTestId('import-tab')).toContainText('文件中未注明期次的，按2023年第三季度导入');
  const panel = app.getByTestId('import-file-panel');
  await expect(panel.getByLabel('导入的表格').locator('..')).toContainText('表格3（1 行）');
  await expect(app.getByTestId('import-batch').getByRole('row').filter({ hasText: compiled.name })).toContainText('省人社厅');
  await screenshot(app, 'progress-import-other-table-preview');
  await app.getByRole('button', { name: /确认导入（1 个文件）/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 1 个文件，共 1 行');
  await historyShows(4, null);
  await expect(history.getByTestId('import-other-table')).toHaveCount(0);

  const records = (await call('progress.list', { planId: planId!, period: '2023Q3' })).records;
  expect(records.map((r) => [r.seq, r.unit, r.progress])).toEqual([
    ['4', '省贸促会', '贸促会协助申报。'],
    ['5', '省法院', '法院审结案件 86 件。'],
    ['7', '省财政厅', '财政厅拨付资金。'],
    ['8', '省财政厅', '财政厅下达资金。'],
    ['18', '省人社厅', '人社厅认定人才职称。'],
  ]);
});

test('the import’s result names every file not imported, those refused in the preview too, each with why', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  // Another plan's form, as a bureau returns last year's by mistake.
  const { planId: otherPlan } = await call('plans.import', {
    plan: parsePlanText(['2024年营商环境优化工作要点', '一、重点任务', '1. 推进知识产权审判工作。（省法院负责；2024年12月底前完成）'].join('\n')),
    dryRun: false,
  });
  const otherCourt = (await call('units.list', { planId: otherPlan! })).find((u) => u.name === '省法院')!;
  const [otherTemplate] = (await call('templates.export', { planId: otherPlan!, period: '2024Q3', unitIds: [otherCourt.id] })).files;
  const otherForm = await fillTemplate(otherTemplate!, () => ({ progress: '审结案件。' }));
  const { planId } = await call('plans.importSample', {});
  const court = await ownTable();
  const finance = await financeReport();
  const files: FileInput[] = [
    court,
    { name: '营商环境计划.xlsx', bytes: otherForm.bytes },
    { name: '损坏.xlsx', bytes: court.bytes.slice(0, Math.floor(court.bytes.length / 2)) },
    { name: '空文件.xlsx', bytes: new Uint8Array(0) },
    { name: '农业农村厅.zip', bytes: zipSync({ [finance.name]: finance.bytes, '盖章扫描件.pdf': new TextEncoder().encode('%PDF-1.7') }) },
  ];

  await app.reload();
  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await chooseOption(app, app.getByLabel('选择计划'), '2022-2023年工作要点');
  await chooseOption(app, app.getByLabel('选择期次'), PERIOD);
  await app.getByRole('tab', { name: '导入报送表' }).click();
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles(files.map(asUpload));
  await expect(app.getByTestId('import-batch').locator('tbody tr.ant-table-row')).toHaveCount(6);
  // Counted as what they are: an empty file, a damaged one, a PDF are files, not tables.
  await expect(app.getByTestId('import-summary')).toContainText('共 6 个文件：将导入 2 个文件，4 个文件不能导入；写入 2 行');
  // Another plan's form is refused whatever is chosen: its panel offers no unit or period to choose.
  const otherPlanLine = app.getByTestId('import-batch').getByRole('row').filter({ hasText: '营商环境计划.xlsx' });
  await expect(otherPlanLine.locator('.ant-typography-danger')).toHaveCount(0); // no red 未识别 unit
  await otherPlanLine.click();
  const panel = app.getByTestId('import-file-panel');
  await expect(panel.getByTestId('file-errors')).toContainText('不属于当前的《2022-2023年工作要点》');
  await expect(panel.getByLabel('报送单位')).toHaveCount(0);
  await expect(panel.getByLabel('期次')).toHaveCount(0);
  await screenshot(app, 'progress-import-other-plan');
  await app.getByRole('button', { name: /确认导入（2 个文件）/ }).click();

  // The preview is gone; the result still says which bureaus' files were not taken, and why.
  await expect(app.getByTestId('import-done')).toContainText('已导入 2 个文件，共 2 行；4 个文件未导入');
  const refused = app.getByTestId('import-done').getByTestId('import-done-refused');
  await expect(refused).toHaveCount(4);
  await expect(refused.nth(0)).toContainText(/^营商环境计划\.xlsx：.*《2024年营商环境优化工作要点》的填报表，不属于当前的《2022-2023年工作要点》/);
  await expect(refused.nth(1)).toContainText(/^损坏\.xlsx：.*损坏/);
  await expect(refused.nth(2)).toContainText(/^空文件\.xlsx：.*空文件/);
  await expect(refused.nth(3)).toContainText(/^农业农村厅\.zip\/盖章扫描件\.pdf：.*PDF 文件/);
  await screenshot(app, 'progress-import-done-refused');
  expect((await call('progress.list', { planId: planId!, period: '2023Q3' })).records).toHaveLength(2);
});

test('a file’s row hints are listed in its 提示 without hovering, each row number a link to the row', async ({ app, served }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const finance = (await call('units.list', { planId: planId! })).find((u) => u.name === '省财政厅')!;
  const [template] = (await call('templates.export', { planId: planId!, period: '2023Q3', unitIds: [finance.id] })).files;
  const statuses: Record<string, string> = { '7': '90%', '8': '基本完成', '9': '正常推进' };
  const filled = await fillTemplate(template!, (seq) => ({ status: statuses[seq], progress: `第${seq}项推进。` }));

  await openProgressTab(app, '导入报送表');
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload({ ...filled, name: '财政厅报送.xlsx' })]);

  const hints = app.getByTestId('file-warnings').getByTestId('row-warnings');
  await expect(hints).toContainText('2 行请核对（点行号转到该行）');
  const unread = hints.getByTestId('row-warning').filter({ hasText: '完成状态“90%”无法识别' });
  await expect(unread).toBeVisible();
  await expect(hints.getByTestId('row-warning').filter({ hasText: '“基本完成”按正常推进统计' })).toBeVisible();
  // The unit's word beside the status is not broken across lines (“基本 / 完成”).
  const word = app.getByTestId('import-rows').locator('.progress-original-word', { hasText: '基本完成' });
  expect(await word.evaluate((el) => new Set(Array.from(el.getClientRects()).map((r) => Math.round(r.top))).size)).toBe(1);
  const rowNumber = /^第 (\d+) 行/.exec(await unread.innerText())![1]!;
  await unread.getByText(`第 ${rowNumber} 行`).click();
  const row = app.getByTestId('import-rows').locator(`tr[data-row-key^="${rowNumber}:"]`);
  await expect(row).toContainText('第7项推进。');
  await expect(row).toHaveClass(/progress-row-focused/);
  await expect(row).toBeInViewport();
  await screenshot(app, 'progress-import-row-hints');
});

test('a row matched by a quote of one of the unit’s tasks reads 按摘录匹配, not a low likeness', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  await call('plans.importSample', {});
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('进展');
  ws.addRow(['省财政厅2023年第三季度工作要点推进情况']);
  ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
  ws.addRow(['', '促进专利转化实施', '高校转化资金已拨付。', '正常推进']);
  const file = { name: '财政厅自拟表.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };

  await openProgressTab(app, '导入报送表');
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload(file)]);
  const method = app.getByTestId('import-rows').getByTestId('match-method');
  await expect(method).toHaveText('按摘录匹配');
  await method.hover();
  await expect(app.locator('.ant-tooltip')).toContainText('只见于本单位的这一项任务');
});

test('at 1366 px the batch’s summary is read to its end, not cut under the buttons', async ({ app, served }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const finance = (await call('units.list', { planId: planId! })).find((u) => u.name === '省财政厅')!;
  const [q2Template] = (await call('templates.export', { planId: planId!, period: '2023Q2', unitIds: [finance.id] })).files;
  const q2 = await fillTemplate(q2Template!, (seq) => ({ progress: `二季度第${seq}项` }));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('进展');
  ws.addRow([COURT_TITLE]);
  ws.addRow(COURT_HEADER);
  ws.addRow(courtRow('审结知识产权案件 86 件。'));
  ws.addRow(['', '其他工作：开展知识产权宣传周活动', '组织宣传活动5场。', '已完成', '', '']);
  const court = { name: '法院报送（含其他工作）.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };

  await openProgressTab(app, '导入报送表');
  await app
    .getByTestId('import-tab')
    .locator('input[type=file]')
    .setInputFiles([{ ...q2, name: '省财政厅报送.xlsx' }, court, { name: '空文件.xlsx', bytes: new Uint8Array(0) }].map(asUpload));
  const summary = app.getByTestId('import-summary');
  await expect(summary).toHaveText(
    '共 3 个文件：将导入 2 个文件，1 个文件不能导入；写入 4 行，未匹配到任务 1 行（不导入，可在文件详情里指定任务）；其中 1 个按2023年第二季度导入',
  );
  // The summary's last characters are in view, on the summary itself (not under 清空 or cut off).
  const endShown = await summary.evaluate((el) => {
    const text = document.createRange();
    text.selectNodeContents(el);
    const last = Array.from(text.getClientRects()).at(-1)!;
    const hit = document.elementFromPoint(last.right - 3, last.top + last.height / 2);
    return hit !== null && el.contains(hit);
  });
  expect(endShown).toBe(true);
  await screenshot(app, 'progress-import-summary-1366');
});

test('导入记录 at 1366 px cuts a long name in the middle: two files of one zip show their own names', async ({ app, served }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const finance = await financeReport();
  const court = await ownTable();
  const bundle = { name: '2023年第三季度报送表（省法院、省财政厅）.zip', bytes: zipSync({ [court.name]: court.bytes, [finance.name]: finance.bytes }) };
  await call('progress.import', { planId: planId!, period: '2023Q3', files: [bundle], dryRun: false });

  await app.reload();
  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await app.getByRole('tab', { name: '导入记录' }).click();
  for (const member of [court.name, finance.name]) {
    const name = `${bundle.name}/${member}`;
    const cell = app.getByTestId('import-history').getByRole('cell').filter({ hasText: name });
    await expect(cell.locator('[title]')).toHaveAttribute('title', name);
    // The member's name, the end of the whole, is in view in full: the cut is before it.
    const endInView = await cell.evaluate((td) => {
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      while (walker.nextNode()) last = walker.currentNode as Text;
      const end = document.createRange();
      end.setStart(last!, 0);
      end.setEnd(last!, last!.length);
      return end.getBoundingClientRect().right <= td.getBoundingClientRect().right && last!.data === `/${td.textContent!.split('/').at(-1)}`;
    });
    expect(endInView).toBe(true);
  }
  await screenshot(app, 'progress-import-history-1366');
});


test('导入记录 at 1366 px: names alike but for a character in the middle keep that character in view', async ({ app, served }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  // The same court's returns for two quarters: only 二/三 tells the names apart, far from either end.
  const names = { 二: '省法院2023年二季度知识产权工作要点落实情况报送.xlsx', 三: '省法院2023年三季度知识产权工作要点落实情况报送.xlsx' };
  const files = [await ownTable('审结案件 80 件。', names.二), await ownTable('审结案件 86 件。', names.三)];
  await call('progress.import', { planId: planId!, period: '2023Q3', files, dryRun: false });

  await app.reload();
  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await app.getByRole('tab', { name: '导入记录' }).click();
  for (const [differing, name] of Object.entries(names)) {
    const cell = app.getByTestId('import-history').getByRole('cell').filter({ hasText: name });
    await expect(cell.locator('[title]')).toHaveAttribute('title', name);
    // The quarter is in view, and so is the end of the name, as for any long name.
    for (const part of [`${differing}季度`, '情况报送']) expect(await textInView(cell, part), `“${part}” of ${name}`).toBe(true);
  }
  await screenshot(app, 'progress-import-history-alike-1366');
});

test('导入记录 shows names that share only their first character without a gap after it', async ({ app, served }) => {
  await app.setViewportSize({ width: 1920, height: 1080 });
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  // Same end (“季度进展.xlsx”), alike only in their first character: 省.
  const names = ['省财政厅2023年三季度进展.xlsx', '省法院2023年三季度进展.xlsx'];
  const files = [await ownTable('审结案件 80 件。', names[0]), await ownTable('审结案件 86 件。', names[1])];
  await call('progress.import', { planId: planId!, period: '2023Q3', files, dryRun: false });

  await app.reload();
  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await app.getByRole('tab', { name: '导入记录' }).click();
  for (const name of names) {
    const cell = app.getByTestId('import-history').getByRole('cell').filter({ hasText: name });
    await expect(cell.locator('[title]')).toHaveAttribute('title', name);
    // Every piece of the name is as wide as its text: no blank after “省” (read as “省 财政厅”).
    const widths = await cell.locator('.middle-ellipsis > span').evaluateAll((spans) =>
      spans.map((span) => {
        const text = document.createRange();
        text.selectNodeContents(span);
        return { text: span.textContent, box: span.getBoundingClientRect().width, textWidth: text.getBoundingClientRect().width };
      }),
    );
    for (const w of widths) expect(w.box, `“${w.text}” of ${name}`).toBeLessThanOrEqual(w.textWidth + 0.5);
  }
});

/** Whether `part` of the text in `box` is on screen whole: inside every box that clips it, clear of a “…” drawn over clipped text. */
function textInView(box: Locator, part: string): Promise<boolean> {
  return box.evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const shown = range.getBoundingClientRect();
      for (let el: HTMLElement | null = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.overflowX === 'visible') continue;
        const clip = el.getBoundingClientRect();
        const ellipsis = el.scrollWidth > el.clientWidth ? parseFloat(style.fontSize) : 0;
        if (shown.left < clip.left || shown.right > clip.right - ellipsis) return false;
      }
      return true;
    }
    return false;
  }, part);
}

test('a plan read from a Word table lists its tasks by their 具体措施, not the 重点任务 heading they share, and names no province', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const heading = '深化“高效办成一件事”改革';
  const measures = [
    '推出企业开办、不动产登记、员工招聘等第二批“一件事”集成服务清单。',
    '推动“一件事”线上办理入口统一归集至政务服务平台，网办率达到85%以上。',
    '建立“一件事”办理情况月调度机制，对办件量少的事项及时优化流程。',
  ];
  const planFile = await docxWithTable(
    '2026年全市优化营商环境重点任务分工方案.docx',
    ['2026年全市优化营商环境重点任务分工方案'],
    [
      ['序号', '重点任务', '具体措施', '牵头单位', '责任单位', '完成时限'],
      ['1', { text: heading, rowSpan: 3 }, measures[0]!, '市行政审批局', '市政务服务中心', '2026年6月底前'],
      ['2', measures[1]!, '市大数据局', '市行政审批局', '2026年9月底前'],
      ['3', measures[2]!, '市行政审批局', '市政务服务中心', '长期坚持'],
    ],
  );
  const { plan } = await call('plans.parse', { source: { kind: 'file', file: planFile } });
  expect(plan.tasks.map((t) => t.content)).toEqual(measures.map((m) => `${heading}\n${m}`));
  const { planId } = await call('plans.import', { plan, dryRun: false });
  await call('plans.update', { planId: planId!, periodKind: 'month' });

  await app.reload();
  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await app.getByRole('tab', { name: '进展矩阵' }).click();
  const matrix = app.getByTestId('progress-matrix');
  await expect(matrix).toContainText('共 3 项任务');
  for (const measure of measures) await expect(matrix.getByText(measure, { exact: true })).toBeVisible();
  await screenshot(app, 'progress-matrix-table-plan');

  // Choosing the task of a row that matched none: the options read apart.
  const returned = await (async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('5月');
    ws.addRow(['市行政审批局2026年5月份重点任务推进情况']);
    ws.addRow(['填报单位：市行政审批局']);
    ws.addRow(['序号', '工作任务', '进展情况', '完成状态']);
    ws.addRow(['', '其他工作：开展政务服务宣传活动', '组织宣传活动5场。', '已完成']);
    return { name: '市行政审批局5月份进展.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
  })();
  await app.getByRole('tab', { name: '导入报送表' }).click();
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload(returned)]);
  const unmatched = app.getByTestId('import-unmatched');
  await expect(unmatched).toContainText('未匹配到任务的行（1）');
  await unmatched.getByLabel('选择任务').click();
  const options = app.locator('.ant-select-dropdown:visible .ant-select-item-option');
  const clipped = (text: string) => (text.length > 36 ? `${text.slice(0, 36)}…` : text);
  for (const [i, measure] of measures.entries()) await expect(options.filter({ hasText: new RegExp(`^${i + 1}\\. `) })).toHaveText(`${i + 1}. ${clipped(measure)}`);
  await app.keyboard.press('Escape');

  await app.goto(`${new URL(served.url).origin}/#/summary?tab=tasks`);
  await app.reload();
  const tasks = app.getByTestId('summary-task-table');
  for (const [i, measure] of measures.entries()) {
    await expect(tasks.locator(`tr[data-task-seq="${i + 1}"] .summary-clamp`)).toHaveText(measure, { timeout: 30_000 });
  }

  // A city's office: the examples it is shown are not a province's.
  await app.getByRole('tab', { name: '通报' }).click();
  await expect(app.getByLabel('发文机关')).toHaveAttribute('placeholder', '发文机关，如：××督查室');
  await app.getByRole('menuitem', { name: '计划台账' }).click();
  await app.getByRole('button', { name: /更多/ }).click();
  await app.getByText('计划设置…', { exact: true }).click();
  const settings = app.getByRole('dialog', { name: '计划设置' });
  await expect(settings).toContainText('写在下发的填报表上，如“督查室 张三 12345678”。');
  await expect(settings).not.toContainText('省');
});

test('a report written in words, without a table, is read item by item and imported', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const report = await docxOfParagraphs('财政厅三季度工作报告.docx', [
    '关于2023年第三季度工作要点落实情况的报告',
    '省知识产权局：',
    '现将我厅三季度承担任务落实情况报告如下：',
    '一、实施专利转化专项计划（第7项）。拨付专利转化资金2000万元。目前进度：正常推进。',
    '二、太原知识产权运营服务体系建设（第8项）。建设资金已全部下达。已完成。',
    '三、深入开展知识产权质押融资“入园惠企”行动。风险补偿资金池规模达到5亿元。',
    '存在问题：部分银行参与积极性不高。',
    '省财政厅',
    '2023年10月9日',
  ]);

  await openProgressTab(app, '导入报送表');
  await app.getByTestId('import-tab').locator('input[type=file]').setInputFiles([asUpload(report)]);
  const panel = app.getByTestId('import-file-panel');
  await expect(panel).toContainText('省财政厅（落款）');
  await expect(panel.getByTestId('import-read-as-report')).toHaveText('文字报告（没有表格，按编号段落逐项读入）');
  await expect(panel).toContainText('按文字报告读入：文件中没有推进情况表，已把编号的 3 段（第 4、5、6 段）逐项读作 3 行');
  await expect(panel).toContainText('文末的“存在问题”（第 7 段）不专属某一项，已记入每一项的存在问题');
  const rows = panel.getByTestId('import-rows');
  await expect(rows.locator('thead')).toContainText('段');
  await expect(rows.locator('tbody tr.ant-table-row')).toHaveCount(3);
  // The item without a task number waits for the official.
  const uncertain = panel.locator('tr.progress-row-uncertain');
  await expect(uncertain).toHaveCount(1);
  await expect(uncertain).toContainText('9. 深入开展知识产权质押融资');
  // The batch counts paragraphs, as the file's table does.
  await expect(app.getByTestId('import-summary')).toContainText('写入 2 段，待确认 1 段');
  await screenshot(app, 'progress-report-in-words');
  await uncertain.getByRole('button', { name: spaced('确认') }).click();
  await expect(panel.locator('tr.progress-row-uncertain')).toHaveCount(0);

  await app.getByRole('button', { name: /确认导入（1 个文件）/ }).click();
  await expect(app.getByTestId('import-done')).toContainText('已导入 1 个文件，共 3 段');
  const records = (await call('progress.list', { planId: planId!, period: '2023Q3' })).records;
  expect(records.map((r) => [r.seq, r.status, r.problems])).toEqual([
    ['7', 'on_track', '部分银行参与积极性不高。'],
    ['8', 'completed', '部分银行参与积极性不高。'],
    ['9', 'on_track', '部分银行参与积极性不高。'],
  ]);
});

test('a report corrected from a form opened before another window changed it keeps that change, and refuses to overwrite it', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  await call('plans.importSample', {});
  const task = (await call('plans.get', { planId: 1 })).tasks.find((t) => t.seq === '17')!;
  const unitName = [...task.units.lead, ...task.units.joint][0]!;
  const unitId = (await call('units.list', { planId: 1 })).find((u) => u.name === unitName)!.id;
  const entry = { planId: 1, period: '2023Q3', taskId: task.id, unitId };
  await call('progress.save', { ...entry, status: 'on_track', progress: '单位报来的进展。' });
  const stored = async () => (await call('progress.list', { planId: 1, period: '2023Q3' })).records.find((r) => r.taskId === task.id)!;
  await openProgressTab(app, '进展矩阵');
  await app.getByTestId('progress-matrix').locator('.progress-matrix-cell[data-seq="17"][data-period="2023Q3"]').click();
  const drawer = app.getByTestId('task-drawer');
  const block = drawer.getByTestId('unit-reports').locator('section').filter({ hasText: unitName });
  await block.getByRole('button', { name: '修改本期' }).click();
  const form = drawer.getByTestId('progress-entry-form');
  await expect(form.getByLabel('进展情况')).toHaveValue('单位报来的进展。');

  // Meanwhile a colleague corrects the progress in another window; the official adds a remark only.
  await call('progress.save', { ...entry, status: 'delayed', progress: '同事更正的进展。' });
  await form.getByLabel('备注').fill('电话核实。');
  await form.getByRole('button', { name: '保存修改' }).click();
  await expect(app.getByText('进展已保存')).toBeVisible();
  expect(await stored()).toMatchObject({ status: 'delayed', progress: '同事更正的进展。', remarks: '电话核实。' });

  // Rewriting the progress from a form that still shows an earlier text is refused.
  await call('progress.save', { ...entry, status: 'delayed', progress: '同事再次更正的进展。', remarks: '电话核实。' });
  await form.getByLabel('进展情况').fill('经办人改的进展。');
  await form.getByRole('button', { name: '保存修改' }).click();
  await expect(app.locator('.ant-message-error')).toContainText('进展情况在打开修改框之后已被另一个窗口或程序改动');
  expect((await stored()).progress).toBe('同事再次更正的进展。');
  // The form is read again and shows the report as it now is.
  await expect(form.getByLabel('进展情况')).toHaveValue('同事再次更正的进展。');
});
