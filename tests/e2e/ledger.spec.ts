// The plan ledger and the unit directory, driven through the UI like an official would.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { parsePlanText } from '../../electron/core/plan/parseText';
import { readBack, tableRows } from '../helpers/docx';
import { ROOT } from '../helpers/server';
import { bridgeOf } from './bridge';
import { asksBeforeLeaving, expect, screenshot, test } from './fixtures';

const PLAN_FILE = path.join(ROOT, 'tests/fixtures/plans/ip-plan-2022-2023.txt');

// A script error in the page fails the test even when the screen happens to look right.
let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message));
});
test.afterEach(() => expect(pageErrors).toEqual([]));

const ledger = (page: Page) => page.getByTestId('ledger-table');
/** The row of the ledger (or preview) whose 序号 cell reads `seq`. */
const taskRow = (table: Locator, seq: string) =>
  table.getByRole('row').filter({ has: table.page().getByRole('button', { name: '序号', exact: true }).getByText(seq, { exact: true }) });
const seqsShown = (table: Locator) => table.getByRole('button', { name: '序号', exact: true }).allInnerTexts();

async function loadSample(page: Page) {
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByTestId('ledger-count')).toContainText('共 18 项');
}


/** 导入计划 → 粘贴文本 with these lines → 解析并预览. */
async function previewPastedPlan(app: Page, lines: string[]): Promise<void> {
  await app.getByRole('button', { name: '导入计划' }).click();
  const dialog = app.getByRole('dialog', { name: '导入计划' });
  await dialog.getByRole('tab', { name: '粘贴文本' }).click();
  await dialog.getByLabel('计划文本').fill(lines.join('\n'));
  await dialog.getByRole('button', { name: '解析并预览' }).click();
}

test('an empty app offers import and the sample, which loads in one click', async ({ app }) => {
  const empty = app.getByTestId('ledger-empty');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('button', { name: '导入计划' })).toBeVisible();
  await screenshot(app, 'ledger-empty');

  await loadSample(app);
  await expect(app.getByLabel('选择计划')).toBeVisible();
  await expect(app.locator('.ant-select-content, .ant-select-selection-item').first()).toContainText('（18项）');
  await expect(ledger(app).getByText('一、集聚资源加快知识产权强省建设')).toBeVisible();
  await expect(taskRow(ledger(app), '1')).toContainText('省知识产权局');
  await screenshot(app, 'ledger-ledger');
});

test('every ledger row is exactly as tall as its tallest cell: no text cut off, no blank lines', async ({ app }) => {
  await loadSample(app);
  // Row heights are computed from canvas text metrics before rendering (textLines.ts); the browser's
  // own layout of the same text must agree, row by row. A wide window, so that few task texts reach
  // the three lines they are cut to and the line counts really vary.
  await app.setViewportSize({ width: 2400, height: 900 });
  await expect(ledger(app).locator('.vt-row').first()).toBeVisible();
  expect(await rowHeightMismatches(ledger(app))).toEqual([]);
  expect(await ledger(app).locator('.vt-row:not(.vt-full-row)').count()).toBeGreaterThan(10);
});

/**
 * Task rows whose height is not what their tallest text needs. Row heights are computed from canvas
 * text metrics before rendering (textLines.ts); the browser's own layout of the same text must agree.
 * Rows holding `skip` (content of other heights, e.g. warning tags) are left out.
 */
function rowHeightMismatches(table: Locator, skip?: string): Promise<string[]> {
  return table.evaluate(
    (el, skipSelector) =>
      Array.from(el.querySelectorAll('.vt-row:not(.vt-full-row)')).flatMap((row) => {
        if (skipSelector && row.querySelector(skipSelector)) return [];
        // The cut-off texts (.clamp-N, ledger.css) keep their own height; the 序号 is one line.
        const texts = Array.from(row.querySelectorAll('[class^="clamp-"]')).map((text) => text.getBoundingClientRect().height);
        const expected = Math.max(20, ...texts) + 11; // 20px lines, 5px + 5px padding and a 1px border (virtualTable.css)
        const actual = row.getBoundingClientRect().height;
        return Math.abs(actual - expected) > 1 ? [`${row.textContent!.slice(0, 24)}…: ${actual}px, text needs ${expected}px`] : [];
      }),
    skip,
  );
}

test('import the plan file, correct a cell in the preview, then filter, inspect, export and print', async ({ app }) => {
  await loadSample(app);

  // Import the same plan from its text file through the file chooser.
  await app.getByRole('button', { name: '导入计划' }).click();
  const dialog = app.getByRole('dialog', { name: '导入计划' });
  const [chooser] = await Promise.all([app.waitForEvent('filechooser'), dialog.getByRole('button', { name: '选择文件…' }).click()]);
  await chooser.setFiles(PLAN_FILE);
  await expect(dialog.getByTestId('import-file')).toContainText('ip-plan-2022-2023.txt');
  await dialog.getByRole('button', { name: '解析并预览' }).click();

  const preview = app.getByTestId('preview-table');
  await expect(preview).toBeVisible();
  await expect(app.getByText('7 个部分，18 项任务')).toBeVisible();
  // Same title as the sample: offered as a revision of it, updating by default.
  await expect(app.getByRole('radio', { name: '更新已有计划（保留已填报进展）' })).toBeChecked();

  // Correct task 2's deadline in place.
  const row2 = taskRow(preview, '2');
  await row2.getByRole('button', { name: '完成时限' }).click();
  const input = row2.getByRole('textbox', { name: '完成时限' });
  await expect(input).toHaveValue('2022年12月底前完成');
  await input.fill('2023年6月底前完成');
  await input.press('Enter');
  await expect(row2.getByRole('button', { name: '完成时限' })).toHaveText('2023年6月底前完成');
  await expect(row2.locator('.preview-edited')).toHaveCount(1); // the changed cell is tinted
  await screenshot(app, 'ledger-preview-edited');

  await app.getByRole('button', { name: '保存' }).click();
  const done = app.getByRole('dialog').filter({ has: app.getByTestId('import-summary') });
  await expect(done).toContainText('已更新计划');
  await expect(done.getByTestId('import-summary')).toContainText('更新1 项');
  await expect(done.getByTestId('import-summary')).toContainText('未变17 项');
  await done.getByRole('button', { name: /知道了|确\s*定|OK/ }).click();

  // The correction is stored: it survives a reload of the page.
  await app.reload();
  await expect(app.getByTestId('ledger-count')).toContainText('共 18 项');
  await expect(taskRow(ledger(app), '2').getByRole('button', { name: '完成时限' })).toHaveText('2023年6月底前完成');
  // …and its date was read from the corrected text: it is due in 2023 Q2 now.
  await app.getByLabel('按完成时限筛选').click();
  await app.getByTitle('2023年第二季度').click();
  await expect.poll(() => seqsShown(ledger(app))).toEqual(['2']);
  await app.getByRole('button', { name: '清除筛选' }).click();

  // Filter by unit: 省财政厅 is named in tasks 7, 8 and 9 only.
  await app.getByLabel('按单位筛选').click();
  await app.keyboard.type('省财政厅');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Escape'); // close the list
  await expect(app.getByTestId('ledger-count')).toContainText('显示 3 / 18 项');
  await expect.poll(() => seqsShown(ledger(app))).toEqual(['7', '8', '9']);
  await expect(ledger(app).locator('mark')).toHaveText(['省财政厅', '省财政厅', '省财政厅']);
  await screenshot(app, 'ledger-filtered');

  // Details of a task in the drawer, responsibility text as written.
  await app.getByRole('button', { name: '任务8详情' }).click();
  const drawer = app.getByRole('dialog').filter({ hasText: '任务 8' });
  await expect(drawer).toContainText('加快太原知识产权运营服务体系重点城市建设');
  await expect(drawer).toContainText('省知识产权局牵头');
  await expect(drawer).toContainText('省财政厅、太原市政府、综改示范区管委会');
  await screenshot(app, 'ledger-drawer');
  await app.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Export the ledger and read the workbook back.
  const exportAs = async (item: string) => {
    await app.getByRole('button', { name: '导出台账' }).click();
    const [file] = await Promise.all([app.waitForEvent('download'), app.getByRole('menuitem', { name: item }).click()]);
    return file;
  };
  const download = await exportAs('Excel 台账（.xlsx）');
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const sheet = wb.worksheets[0]!;
  const cells: string[][] = [];
  sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  expect(cells[0]!.join('')).toContain('2022-2023年工作要点');
  const header = cells.find((r) => r.includes('工作任务'))!;
  expect(header).toEqual(expect.arrayContaining(['序号', '工作任务', '牵头单位', '完成时限']));
  const at = (seq: string, column: string) => cells.find((r) => r[header.indexOf('序号')] === seq)?.[header.indexOf(column)];
  expect(at('8', '工作任务')).toContain('加快太原知识产权运营服务体系重点城市建设');
  expect(at('8', '牵头单位')).toBe('省知识产权局');
  expect(at('2', '完成时限')).toBe('2023年6月底前完成');

  // The same ledger as a Word 任务分工表.
  const docx = await exportAs('Word 分工表（.docx）');
  expect(docx.suggestedFilename()).toBe('2022-2023年工作要点任务分工台账.docx');
  const rows = tableRows(await readBack(fs.readFileSync(await docx.path())));
  expect(rows[0]!.flat()).toEqual(['序号', '工作任务', '牵头单位', '责任单位', '配合单位', '国家层面', '完成时限']);
  expect(rows.find((r) => r[0]?.[0] === '8')?.slice(2, 4)).toEqual([['省知识产权局'], ['省财政厅', '太原市政府', '综改示范区管委会']]);

  // Print view: same columns, the active filter named under the title.
  await app.getByRole('button', { name: '打印' }).click();
  const paper = app.getByTestId('print-ledger');
  await expect(paper.locator('h1')).toHaveText('2022-2023年工作要点任务分工台账');
  await expect(paper).toContainText('单位：省财政厅');
  await expect(paper.locator('tbody tr:not(.print-section)')).toHaveCount(3);
  // No task listed has a 配合单位: that column is left out, as in the .docx.
  await expect(paper.locator('thead th')).toHaveText(['序号', '工作任务', '牵头单位', '责任单位', '国家层面', '完成时限']);
  await expect(app.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 }); // the export toast
  await app.emulateMedia({ media: 'print' });
  await expect(app.getByRole('button', { name: '返回台账' })).toBeHidden();
  await screenshot(app, 'ledger-print');
  await app.emulateMedia({ media: 'screen' });

  // Ctrl+P on the ledger (whose table holds only the rows in view) opens the same print view.
  await app.getByRole('button', { name: '返回台账' }).click();
  await expect(paper).toBeHidden();
  await app.keyboard.press('Control+P');
  await expect(paper.locator('tbody tr:not(.print-section)')).toHaveCount(3);
});

test('a plan in the import preview, with its corrections, is still there after a look at another page', async ({ app }) => {
  await previewPastedPlan(app, ['2024年知识产权工作要点', '一、加强保护', '1. 推进数据知识产权登记试点。（省数据局负责，2024年6月底前完成）', '2. 加强行政执法。（省市场监管局牵头）']);
  const preview = app.getByTestId('preview-table');
  const row1 = taskRow(preview, '1');
  await row1.getByRole('button', { name: '完成时限' }).click();
  await row1.getByRole('textbox', { name: '完成时限' }).fill('2024年9月底前完成');
  await row1.getByRole('textbox', { name: '完成时限' }).press('Enter');
  await expect(row1.getByRole('button', { name: '完成时限' })).toHaveText('2024年9月底前完成');
  // Not stored yet: a reload asks first.
  expect(await asksBeforeLeaving(app)).toBe(true);

  // A look at 单位管理 and back: the preview, corrected, is where it was left.
  await app.getByRole('menuitem', { name: '单位管理' }).click();
  await expect(app.getByRole('heading', { name: '单位管理' })).toBeVisible();
  await app.getByRole('menuitem', { name: '计划台账' }).click();
  await expect(taskRow(preview, '1').getByRole('button', { name: '完成时限' })).toHaveText('2024年9月底前完成');
  await expect(taskRow(preview, '1').locator('.preview-edited')).toHaveCount(1);

  await app.getByRole('button', { name: '保存' }).click();
  const done = app.getByRole('dialog').filter({ has: app.getByTestId('import-summary') });
  await expect(done).toContainText('已导入新计划');
  await done.getByRole('button', { name: /知道了|确\s*定|OK/ }).click();
  await expect(taskRow(ledger(app), '1').getByRole('button', { name: '完成时限' })).toHaveText('2024年9月底前完成');
  expect(await asksBeforeLeaving(app)).toBe(false);
});

test('the printed ledger never leaves a part’s heading alone at the foot of a page', async ({ app, served }) => {
  await loadSample(app);
  await app.getByRole('button', { name: '打印' }).click();
  await expect(app.getByTestId('print-ledger').locator('tbody tr:not(.print-section)')).toHaveCount(18);
  await app.emulateMedia({ media: 'print' });
  const pdfPath = path.join(served.dir, 'ledger.pdf');
  await app.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const pages = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  expect(pages.length).toBeGreaterThan(1);
  for (const page of pages.slice(0, -1)) {
    // The last line of the table on the page, above the footer “第 1 页，共 2 页”.
    const lines = page.split('\n').filter((l) => l.trim() && !/第 \d+ 页/.test(l));
    expect(lines.at(-1)!.trim()).not.toMatch(/^[一二三四五六七八九十]+、/);
  }
  // The 完成时限 column is wide enough for “2022年12月底前完成” on one line (before, “成” wrapped alone).
  expect(pages.join('\n')).toMatch(/20\d\d年12月底前完成/);
});

test('printing while the 已导出 toast is up prints the ledger alone, on A4 landscape pages', async ({ app, served }) => {
  await loadSample(app);
  await app.getByRole('button', { name: /导出台账/ }).click();
  await Promise.all([app.waitForEvent('download'), app.getByRole('menuitem', { name: 'Excel 台账（.xlsx）' }).click()]);
  // The pointer on the toast keeps it up (antd pauses it on hover) through Ctrl+P and the print.
  const toast = app.locator('.ant-message-notice').filter({ hasText: '已导出' });
  await toast.hover();
  await app.keyboard.press('Control+P');
  await expect(app.getByTestId('print-ledger').locator('tbody tr:not(.print-section)')).toHaveCount(18);
  await app.emulateMedia({ media: 'print' });
  await expect(toast).toHaveCount(1);
  await expect(toast).toBeHidden();
  const pdfPath = path.join(served.dir, 'ledger.pdf');
  await app.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdfPath], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
  expect(sizes).toEqual(['842x595', '842x595']);
  expect(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })).not.toContain('已导出');
});

test('a long ledger’s print view puts up its first rows at once, and a print started then gets every task', async ({ app, served }) => {
  const lines = ['2023年工作要点', '一、重点任务'];
  for (let i = 1; i <= 150; i++) lines.push(`${i}. 推进第${i}项重点工作，完善配套措施。（省财政厅牵头；2023年12月底前完成）`);
  await bridgeOf(served.url)('plans.import', { plan: parsePlanText(lines.join('\n')), dryRun: false });
  await app.reload();
  await expect(app.getByTestId('ledger-count')).toContainText('共 150 项');
  // When the print view first appears: how many tasks it holds, and how many a print starting right then gets.
  await app.evaluate(() => {
    const w = window as unknown as { firstRows?: number; printedRows?: number };
    const taskRows = () => document.querySelectorAll('[data-testid=print-ledger] tbody tr:not(.print-section)').length;
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid=print-ledger]')) return;
      observer.disconnect();
      w.firstRows = taskRows();
      window.dispatchEvent(new Event('beforeprint'));
      w.printedRows = taskRows();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await app.getByRole('button', { name: '打印' }).click();
  const seen = () =>
    app.evaluate(() => {
      const w = window as unknown as { firstRows?: number; printedRows?: number };
      return { firstRows: w.firstRows, printedRows: w.printedRows };
    });
  await expect.poll(async () => (await seen()).printedRows).toBe(150);
  expect((await seen()).firstRows).toBeLessThan(150);
  await expect(app.getByTestId('print-ledger').locator('tbody tr:not(.print-section)')).toHaveCount(150);
});

/** A plan whose parts ("一、") hold sub-sections ("（一）"), the first part's tasks all in them. */
const NESTED_PLAN = [
  '2024年文化和旅游工作要点',
  '一、繁荣文化事业',
  '（一）加强公共文化服务',
  '1. 推进公共图书馆、文化馆总分馆制建设，提升基层公共文化服务效能。（省文化和旅游厅牵头；2024年6月底前完成，并长期坚持）',
  '2. 实施公共文化云建设工程。（省文化和旅游厅牵头，省财政厅参与；2024年12月底前完成）',
  '（二）加强文物保护利用',
  '3. 开展第四次全国文物普查。（省文物局牵头；2024年9月底前完成）',
  '4. 推进大遗址保护。（省文物局牵头；持续推进）',
  '二、推动旅游业提质升级',
  '5. 培育旅游休闲街区。（省文化和旅游厅牵头；2024年10月底前完成）',
  '（一）发展乡村旅游',
  '6. 建设乡村旅游重点村。（省农业农村厅牵头；2024年11月底前完成）',
].join('\n');

/** The full-width heading rows of the ledger on screen, in order. */
const headingsShown = (page: Page) => ledger(page).locator('.vt-full-row').allInnerTexts();

test('a plan’s parts head their sub-sections in the ledger and its print view, and filtering by a part takes them in', async ({ app, served }) => {
  await bridgeOf(served.url)('plans.import', { plan: parsePlanText(NESTED_PLAN), dryRun: false });
  await app.reload();
  await expect(app.getByTestId('ledger-count')).toContainText('共 6 项');
  expect(await headingsShown(app)).toEqual([
    '一、繁荣文化事业（4项）',
    '（一）加强公共文化服务（2项）',
    '（二）加强文物保护利用（2项）',
    '二、推动旅游业提质升级（2项）',
    '（一）发展乡村旅游（1项）',
  ]);

  const bySection = app.getByLabel('按部分筛选');
  await bySection.click();
  await app.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '一、繁荣文化事业' }).click();
  await expect(app.getByTestId('ledger-count')).toContainText('显示 4 / 6 项');
  expect(await seqsShown(ledger(app))).toEqual(['1', '2', '3', '4']);
  expect(await headingsShown(app)).toEqual(['一、繁荣文化事业（4项）', '（一）加强公共文化服务（2项）', '（二）加强文物保护利用（2项）']);

  await app.getByRole('button', { name: '打印' }).click();
  const paper = app.getByTestId('print-ledger');
  await expect(paper.locator('tbody tr:not(.print-section)')).toHaveCount(4);
  await expect(paper.locator('tbody tr.print-section')).toHaveText(['一、繁荣文化事业', '（一）加强公共文化服务', '（二）加强文物保护利用']);
});

test('a long 完成时限 shows whole in the ledger, its row as tall as the text', async ({ app, served }) => {
  await bridgeOf(served.url)('plans.import', { plan: parsePlanText(NESTED_PLAN), dryRun: false });
  await app.reload();
  const deadline = taskRow(ledger(app), '1').getByRole('button', { name: '完成时限' });
  await expect(deadline).toHaveText('2024年6月底前完成，并长期坚持');
  // Cut off with "…" the text would need more room than its box gives it.
  const cut = await deadline.locator('[class^="clamp-"]').evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(cut).toBe(false);
  expect(await rowHeightMismatches(ledger(app))).toEqual([]);
});

test('an update that drops a task names it before removing it with its progress', async ({ app }) => {
  await loadSample(app);
  const withoutTask18 = fs.readFileSync(PLAN_FILE, 'utf8').split('\n').filter((line) => !line.startsWith('18. '));
  await previewPastedPlan(app, withoutTask18);
  await expect(app.getByText('7 个部分，17 项任务')).toBeVisible();
  await expect(app.getByRole('radio', { name: '更新已有计划（保留已填报进展）' })).toBeChecked();

  await app.getByRole('button', { name: '保存' }).click();
  const confirm = app.getByRole('dialog').filter({ hasText: '更新后将删除 1 项任务' });
  await expect(confirm.getByTestId('removed-tasks')).toContainText('18. 完善知识产权人才培养、评价激励、流动配置机制');
  await expect(confirm.getByRole('button', { name: '确定更新' })).toBeVisible();
  await confirm.getByRole('button', { name: /取\s*消/ }).click();
  await expect(confirm).toHaveCount(0);
  await app.getByRole('button', { name: '保存' }).click();
  await confirm.getByRole('button', { name: '确定更新' }).click();
  const done = app.getByRole('dialog').filter({ has: app.getByTestId('import-summary') });
  await expect(done.getByTestId('import-summary')).toContainText('删除1 项');
  // The four figures stand on one line each, not broken into “删” over “除”.
  const figures = await done.getByTestId('import-summary').locator('tr').first().boundingBox();
  expect(figures!.height).toBeLessThan(40);
});

test('an update by a plan that keeps few of the tasks warns that it looks like another plan', async ({ app, served }) => {
  await loadSample(app);
  const call = bridgeOf(served.url);
  const planId = (await call('plans.list', {}))[0]!.id;
  const task3 = (await call('plans.get', { planId })).tasks.find((t) => t.seq === '3')!;
  const unitId = (await call('units.list', { planId })).find((u) => u.name === '省知识产权局')!.id;
  await call('progress.save', { planId, period: '2023Q3', taskId: task3.id, unitId, status: 'on_track', progress: '保护中心建设按计划推进。' });

  const another = ['2022-2023年工作要点', '一、招商引资', '1. 举办跨境电商博览会。（省商务厅牵头，2023年12月底前完成）', '2. 培育外贸新业态。（省商务厅负责，2023年12月底前完成）'];
  await previewPastedPlan(app, another);
  await expect(app.getByRole('radio', { name: '更新已有计划（保留已填报进展）' })).toBeChecked();

  await app.getByRole('button', { name: '保存' }).click();
  const confirm = app.getByRole('dialog').filter({ hasText: '更新后将删除 18 项任务' });
  await expect(confirm).toContainText('看来与《2022-2023年工作要点》不是同一份计划');
  await expect(confirm).toContainText('原有 18 项任务，新文件里只找到 0 项；更新将删除 1 条已填报的进展记录');
  await confirm.getByRole('button', { name: /取\s*消/ }).click();
  await expect(confirm).toHaveCount(0);
  expect((await call('plans.get', { planId })).tasks).toHaveLength(18);
});

test('a file that is no plan is refused in the dialog, the reason staying until another file is chosen', async ({ app, served }) => {
  const misnamed = path.join(served.dir, '工作要点.docx');
  fs.writeFileSync(misnamed, '这是一段纯文本，不是 Word 文档。');
  await app.getByRole('button', { name: '导入计划' }).first().click();
  const dialog = app.getByRole('dialog', { name: '导入计划' });
  const choose = async (file: string) => {
    const [chooser] = await Promise.all([app.waitForEvent('filechooser'), dialog.getByRole('button', { name: '选择文件…' }).click()]);
    await chooser.setFiles(file);
  };
  await choose(misnamed);
  await dialog.getByRole('button', { name: '解析并预览' }).click();
  const error = dialog.getByTestId('plan-parse-error');
  await expect(error).toContainText('文件“工作要点.docx”不是 Word 文档');
  await app.waitForTimeout(4_000); // longer than a toast stays
  await expect(error).toBeVisible();
  await choose(PLAN_FILE);
  await expect(error).toHaveCount(0);
  await dialog.getByRole('button', { name: '解析并预览' }).click();
  await expect(app.getByTestId('preview-table')).toBeVisible();
});

test('saving a file already imported as a new plan asks first', async ({ app }) => {
  await loadSample(app); // from the same text as the plan file
  await app.getByRole('button', { name: '导入计划' }).click();
  const dialog = app.getByRole('dialog', { name: '导入计划' });
  const [chooser] = await Promise.all([app.waitForEvent('filechooser'), dialog.getByRole('button', { name: '选择文件…' }).click()]);
  await chooser.setFiles(PLAN_FILE);
  await dialog.getByRole('button', { name: '解析并预览' }).click();
  await expect(app.getByText('这份文件已导入为计划“2022-2023年工作要点”（18项任务）')).toBeVisible();
  await app.getByRole('radio', { name: '作为新计划保存' }).check();

  await app.getByRole('button', { name: '保存' }).click();
  const confirm = app.getByRole('dialog').filter({ hasText: '这份文件已经导入过' });
  await expect(confirm).toContainText('它已导入为计划 1《2022-2023年工作要点》');
  await confirm.getByRole('button', { name: /取\s*消/ }).click();
  await expect(confirm).toHaveCount(0);
  await app.getByRole('button', { name: '保存' }).click();
  await confirm.getByRole('button', { name: '另存为新计划' }).click();
  await expect(app.getByRole('dialog').filter({ has: app.getByTestId('import-summary') })).toContainText('已导入新计划');
});

test('a plan just imported is the one shown, in the picker and the ledger, while the default plan stays the default', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  await call('plans.importSample', {}); // the first plan: the default one
  await app.reload();
  await expect(app.getByLabel('选择计划').locator('..')).toContainText('2022-2023年工作要点');

  await previewPastedPlan(app, ['2025年全省测试工作要点', '一、夯实基础', '1. 完善工作机制，建立季度调度制度。（省财政厅牵头。2025年6月底前完成）', '2. 开展专项检查。（省审计厅负责。持续推进）']);
  await app.getByRole('button', { name: '保存' }).click();
  await app.getByRole('dialog').filter({ has: app.getByTestId('import-summary') }).getByRole('button', { name: /知道了|确\s*定|OK/ }).click();

  const picker = app.getByLabel('选择计划').locator('..');
  await expect(picker).toContainText('2025年全省测试工作要点（2项）');
  await expect(app.getByTestId('ledger-count')).toContainText('共 2 项');
  await expect(taskRow(ledger(app), '1')).toContainText('完善工作机制');
  // Still the one looked at after a reload; the plan marked as default is unchanged.
  await app.reload();
  await expect(picker).toContainText('2025年全省测试工作要点（2项）');
  const plans = await call('plans.list', {});
  expect(plans.filter((p) => p.isCurrent).map((p) => p.title)).toEqual(['2022-2023年工作要点']);
});

test('计划设置 renames the plan and switches it to monthly reporting, and the summary page becomes 月度汇总', async ({ app, served }) => {
  await loadSample(app);
  const call = bridgeOf(served.url);
  const [plan] = await call('plans.list', {});
  const [task] = (await call('plans.get', { planId: plan!.id })).tasks;
  const lead = (await call('units.list', { planId: plan!.id })).find((u) => u.name === task!.units.lead[0])!;
  await call('progress.save', { planId: plan!.id, period: '2023Q3', taskId: task!.id, unitId: lead.id, status: 'on_track', progress: '已推进。' });
  await app.getByRole('button', { name: '更多' }).click();
  await app.getByRole('menuitem', { name: '计划设置…' }).click();
  const dialog = app.getByRole('dialog', { name: '计划设置' });
  await expect(dialog.getByLabel('计划名称')).toBeFocused();
  await dialog.getByLabel('计划名称').fill('2022-2023年知识产权工作要点');
  await dialog.getByText('按月', { exact: true }).click();
  // The quarter already reported on is named: the switch leaves it out of the lists.
  await expect(dialog.getByRole('alert')).toContainText('改为按月报送后，期次按新的周期列出。已按季度填报的2023年第三季度的进展照样保存，但不在新的期次中列出，改回按季度报送即可再看到。');
  await screenshot(app, 'ledger-plan-settings');
  await dialog.getByLabel('计划名称').press('Enter'); // saves, as 保存 does
  await expect(dialog).toHaveCount(0);
  await expect(app.locator('.ant-select-content, .ant-select-selection-item').first()).toContainText('2022-2023年知识产权工作要点');

  // The summary page is named by the cycle.
  await expect(app.getByRole('menuitem', { name: '季度汇总' })).toHaveCount(0);
  await app.getByRole('menuitem', { name: '月度汇总' }).click();
  await expect(app.locator('h2.page-title')).toHaveText('月度汇总');

  // 进展填报 now lists months.
  await app.getByRole('menuitem', { name: '进展填报' }).click();
  await expect(app.getByLabel('选择期次').locator('..')).toContainText('2023年12月');
  await app.getByLabel('选择期次').click();
  await expect(app.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '2023年11月' })).toBeVisible();
  await app.keyboard.press('Escape');

  // The matrix shows the selected month's year, the month itself in view; 全部 brings back 2022.
  await app.getByRole('tab', { name: '进展矩阵' }).click();
  const matrix = app.getByTestId('progress-matrix');
  const current = matrix.locator('.progress-matrix-cell[data-seq="1"][data-period="2023M12"]');
  await expect(current).toBeVisible();
  const [box, cell] = await Promise.all([matrix.locator('.ant-table').boundingBox(), current.boundingBox()]);
  expect(cell!.x + cell!.width).toBeLessThanOrEqual(box!.x + box!.width);
  await expect(matrix.locator('.progress-matrix-cell[data-period="2022M12"]')).toHaveCount(0);
  await matrix.getByLabel('显示年份').getByText('全部').click();
  await expect(matrix.locator('.ant-table-thead')).toContainText(/2022年\s*1月/);
});

test('a task form opened before another window changed the task keeps that change, and refuses to overwrite it', async ({ app, served }) => {
  await loadSample(app);
  const call = bridgeOf(served.url);
  const [plan] = await call('plans.list', {});
  const task = (await call('plans.get', { planId: plan!.id })).tasks[0]!;
  const stored = async () => (await call('plans.get', { planId: plan!.id })).tasks[0]!;
  await app.getByRole('button', { name: `任务${task.seq}详情` }).click();
  const drawer = app.getByRole('dialog').filter({ hasText: `任务 ${task.seq}` });
  await drawer.getByRole('button', { name: /修\s*改/ }).click();

  // Meanwhile a colleague rewords the task in another window; the official corrects only the time limit.
  await call('tasks.update', { taskId: task.id, content: '同事改过的任务内容。' });
  await drawer.getByLabel('完成时限').fill('2024年6月底前完成');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(app.getByText(`已保存任务 ${task.seq} 的修改`, { exact: true })).toBeVisible();
  expect(await stored()).toMatchObject({ content: '同事改过的任务内容。', deadlineText: '2024年6月底前完成' });

  // Rewording it from a form that shows the wording before the colleague's second change is refused.
  await drawer.getByRole('button', { name: /修\s*改/ }).click();
  await call('tasks.update', { taskId: task.id, content: '同事再次改过的任务内容。' });
  await drawer.getByLabel('工作任务').fill('经办人改的任务内容。');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(app.locator('.ant-message-error')).toContainText(`任务 ${task.seq} 的工作任务在打开修改框之后已被另一个窗口或程序改动`);
  // The form closes and the drawer shows the task as it now is.
  await expect(drawer).toContainText('同事再次改过的任务内容。');
  await expect(drawer.getByLabel('工作任务')).toHaveCount(0);
  expect((await stored()).content).toBe('同事再次改过的任务内容。');
});

test('计划设置 opened before the reporting cycle was changed from another window keeps that change', async ({ app, served }) => {
  await loadSample(app);
  const call = bridgeOf(served.url);
  const [plan] = await call('plans.list', {});
  await app.getByRole('button', { name: '更多' }).click();
  await app.getByRole('menuitem', { name: '计划设置…' }).click();
  const dialog = app.getByRole('dialog', { name: '计划设置' });
  // Meanwhile a colleague switches the plan to monthly reporting; the official fills in the contact only.
  await call('plans.update', { planId: plan!.id, periodKind: 'month' });
  await dialog.getByLabel('报送联系人').fill('办公室 张三');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toHaveCount(0);
  expect((await call('plans.list', {}))[0]).toMatchObject({ periodKind: 'month', reportContact: '办公室 张三' });
});

test('the preview flags what the parser could not read', async ({ app }) => {
  await app.getByRole('button', { name: '导入计划' }).click();
  const dialog = app.getByRole('dialog', { name: '导入计划' });
  await dialog.getByRole('tab', { name: '粘贴文本' }).click();
  await dialog.getByLabel('计划文本').fill(
    [
      '2024年全省测试工作要点',
      '一、夯实基础',
      '1. 完善工作机制，建立季度调度制度。（省财政厅牵头，省教育厅配合；国家知识产权局办公室负责。2024年6月底前完成）',
      '2. 开展专项检查，全面排查问题隐患。',
      '二、强化保障',
      '3. 加强队伍建设，组织业务培训。（省人社厅、省教育厅按职责分工负责。持续推进）',
      // Digits and Latin letters measure differently in each font: the preview must measure in its own.
      '4. 建设 OA 系统，完成 2 期 12 项功能。（省审计厅负责。2024年6月底前）',
    ].join('\n'),
  );
  // A click beside the dialog keeps it, and the pasted text with it.
  await app.mouse.click(8, 8);
  await expect(dialog.getByLabel('计划文本')).toHaveValue(/2024年全省测试工作要点/);
  await dialog.getByRole('button', { name: '解析并预览' }).click();
  const preview = app.getByTestId('preview-table');
  await expect(preview).toBeVisible();
  expect(await rowHeightMismatches(preview, '.preview-warning')).toEqual([]);
  const row2 = taskRow(preview, '2');
  await expect(row2.locator('.preview-warning')).not.toHaveCount(0);
  await expect(row2).toContainText('括号');
  await screenshot(app, 'ledger-preview-warnings');

  // Only the flagged task with the switch on.
  await app.getByLabel('只看需核对的任务').click();
  await expect.poll(() => seqsShown(preview)).toEqual(['2']);

  // Fill in the missing lead unit and save as a new plan.
  await app.getByLabel('只看需核对的任务').click();
  await taskRow(preview, '2').getByRole('button', { name: '牵头单位' }).click();
  await app.keyboard.type('省审计厅');
  await app.keyboard.press('Enter');
  await app.getByRole('heading', { name: '导入预览' }).click(); // leaving the cell saves it
  await expect(taskRow(preview, '2').getByRole('button', { name: '牵头单位' })).toHaveText('省审计厅');
  await app.getByRole('button', { name: '保存' }).click();
  await expect(app.getByTestId('import-summary')).toContainText('新增4 项');
  await app.getByRole('dialog').getByRole('button', { name: /知道了|确\s*定|OK/ }).click();
  await expect(taskRow(ledger(app), '2').getByRole('button', { name: '牵头单位' })).toHaveText('省审计厅');

  // In the ledger a double-click edits a cell in place (tasks.update); the change is stored.
  const deadline = taskRow(ledger(app), '2').getByRole('button', { name: '完成时限' });
  await expect(deadline).toHaveText('');
  // A day that does not exist is saved as written, and said at once, not only in a mark on the row.
  await deadline.dblclick();
  await taskRow(ledger(app), '2').getByRole('textbox', { name: '完成时限' }).fill('2024年2月30日前完成');
  await app.keyboard.press('Enter');
  await expect(app.locator('.ant-message-warning')).toContainText('已保存任务 2 的修改，请注意：无法识别完成时限“2024年2月30日前完成”');
  await deadline.dblclick();
  await taskRow(ledger(app), '2').getByRole('textbox', { name: '完成时限' }).fill('2024年9月底前完成');
  await app.keyboard.press('Enter');
  // Exactly this message: the warning of the edit before may still be showing.
  await expect(app.getByText('已保存任务 2 的修改', { exact: true })).toBeVisible();
  await app.reload();
  await expect(taskRow(ledger(app), '2').getByRole('button', { name: '完成时限' })).toHaveText('2024年9月底前完成');
  await app.getByRole('button', { name: '任务2详情' }).click();
  const drawer = app.getByRole('dialog').filter({ hasText: '任务 2' });
  await expect(drawer).toContainText('截止 2024-09-30');
  // The drawer keeps the task's 修改记录: both edits, newest first, each with its before and after.
  const history = drawer.getByTestId('task-edit-history');
  await expect(history.locator('tbody tr.ant-table-row')).toHaveCount(2);
  await expect(history.locator('tbody tr.ant-table-row').first()).toContainText('完成时限');
  await history.getByRole('button', { name: /展开/ }).first().click();
  await expect(history).toContainText('完成时限：2024年2月30日前完成');
  await expect(history).toContainText('完成时限：2024年9月底前完成');
  await screenshot(app, 'ledger-task-history');
});

test('the preview’s unit editor: Enter on a name already there keeps it, on a new name adds it; a tag goes by Backspace or its close icon', async ({ app }) => {
  await previewPastedPlan(app, [
      '2024年全省测试工作要点',
      '一、夯实基础',
      '1. 完善工作机制，建立季度调度制度。（省财政厅牵头，省教育厅配合。2024年6月底前完成）',
      '2. 开展专项检查，全面排查问题隐患。（省审计厅负责。持续推进）',
    ]);
  const preview = app.getByTestId('preview-table');
  const lead = () => taskRow(preview, '1').getByRole('button', { name: '牵头单位' });
  const tags = taskRow(preview, '1').locator('.ant-select-selection-item');

  await lead().click();
  await expect(tags).toHaveText(['省财政厅']);
  // The name typed again, then Enter on the list as it opened (its first, highlighted entry is that name).
  await app.keyboard.type('省财政厅');
  await app.keyboard.press('Enter');
  await expect(tags).toHaveText(['省财政厅']);
  await app.keyboard.press('Enter');
  await expect(tags).toHaveText(['省财政厅']);
  // A click on it in the list, ticked as chosen, keeps it too.
  await app.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '省财政厅' }).click();
  await expect(tags).toHaveText(['省财政厅']);
  await app.keyboard.type('省审计厅');
  await app.keyboard.press('Enter');
  await app.keyboard.type('省教育厅');
  await app.keyboard.press('Enter');
  await expect(tags).toHaveText(['省财政厅', '省审计厅', '省教育厅']);
  // Backspace takes a tag off only once the typing has paused (a quarter second, antd's guard
  // against a held Backspace running on from the text into the tags).
  await app.waitForTimeout(300);
  await app.keyboard.press('Backspace');
  await expect(tags).toHaveText(['省财政厅', '省审计厅']);
  await tags.filter({ hasText: '省财政厅' }).locator('.ant-select-selection-item-remove').click();
  await expect(tags).toHaveText(['省审计厅']);
  await app.getByRole('heading', { name: '导入预览' }).click(); // leaving the cell keeps the names
  await expect(lead()).toHaveText('省审计厅');
});

test('at 1366×768 the filters, 清除筛选 and the count stay on one line', async ({ app }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  await loadSample(app);
  const search = app.getByLabel('搜索任务');
  await search.fill('没有这样的任务');
  await expect(app.getByTestId('ledger-count')).toContainText('显示 0 / 18 项');
  const middle = async (l: Locator) => {
    const box = (await l.boundingBox())!;
    return box.y + box.height / 2;
  };
  const line = await middle(search);
  expect(Math.abs((await middle(app.getByRole('button', { name: '清除筛选' }))) - line)).toBeLessThan(4);
  expect(Math.abs((await middle(app.getByTestId('ledger-count'))) - line)).toBeLessThan(4);
});

test('units: the empty directory says where units come from, a fruitless search says what was searched', async ({ app }) => {
  await app.getByRole('menuitem', { name: '单位管理' }).click();
  const table = app.getByTestId('unit-table');
  await expect(table.locator('.ant-table-placeholder')).toHaveText('还没有单位。在“计划台账”导入工作要点后，其中写到的牵头、责任、配合单位会列在这里。');

  await app.getByRole('menuitem', { name: '计划台账' }).click();
  await loadSample(app);
  await app.getByRole('menuitem', { name: '单位管理' }).click();
  await app.getByLabel('搜索单位').fill('省统计局');
  await expect(table.locator('.ant-table-placeholder')).toHaveText('没有名称或别名含“省统计局”的单位');
});

test('units: rename keeps the old name as an alias, merge folds one unit into another', async ({ app }) => {
  await loadSample(app);
  await app.getByRole('menuitem', { name: '单位管理' }).click();
  const table = app.getByTestId('unit-table');
  const unitRow = (name: string) => table.locator('.ant-table-row').filter({ has: app.getByTitle('查看该单位承担的任务').getByText(name, { exact: true }) });
  await expect(unitRow('省财政厅')).toBeVisible();
  await screenshot(app, 'ledger-units');

  // The unit's tasks by role.
  await unitRow('省财政厅').getByText('省财政厅', { exact: true }).click();
  const drawer = app.getByRole('dialog').filter({ hasText: '省财政厅 承担的任务' });
  await expect(drawer.getByTestId('unit-tasks-joint')).toContainText('责任（3项）');
  await app.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Teach an alias, then forget it.
  await unitRow('省财政厅').getByRole('button', { name: '为省财政厅添加别名' }).click();
  await app.getByLabel('新别名').fill('山西省财政厅');
  await app.getByLabel('新别名').press('Enter');
  await expect(unitRow('省财政厅').locator('.ant-tag').filter({ hasText: '山西省财政厅' })).toBeVisible();
  await unitRow('省财政厅').getByTitle('删除别名“山西省财政厅”').click();
  await expect(unitRow('省财政厅').locator('.ant-tag').filter({ hasText: '山西省财政厅' })).toHaveCount(0);

  // Rename.
  await unitRow('省贸促会').getByRole('button', { name: '重命名' }).click();
  await app.getByLabel('新名称').fill('省国际贸易促进委员会');
  await app.getByRole('button', { name: '重命名', exact: true }).last().click();
  await expect(unitRow('省国际贸易促进委员会')).toContainText('省贸促会');
  await expect(unitRow('省贸促会')).toHaveCount(0);

  // Merge 省小企业局 into 省工信厅.
  await unitRow('省小企业局').getByRole('button', { name: '合并到…' }).click();
  const merge = app.getByRole('dialog', { name: '合并单位“省小企业局”' });
  // The unit to keep is typed straight away: the list has the focus as the dialog opens.
  await expect(merge.getByLabel('合并到的单位')).toBeFocused();
  await app.keyboard.type('省工信厅');
  await app.keyboard.press('Enter');
  await merge.getByText('合并到：').click(); // close the list
  await expect(merge).toContainText('都改由“省工信厅”承担');
  await screenshot(app, 'ledger-units-merge');
  await merge.getByRole('button', { name: '确认合并' }).click();
  await expect(merge).toBeHidden();
  await expect(app.getByText('已将“省小企业局”合并到“省工信厅”')).toBeVisible();
  await expect(unitRow('省小企业局')).toHaveCount(0);
  await expect(unitRow('省工信厅')).toContainText('省小企业局');

  // The ledger follows: task 7 now names 省工信厅 where it named 省小企业局.
  await app.getByRole('menuitem', { name: '计划台账' }).click();
  await expect(taskRow(ledger(app), '7').getByRole('button', { name: '责任单位' })).toHaveText('省财政厅、省工信厅');
  await expect(taskRow(ledger(app), '4').getByRole('button', { name: '配合单位' })).toHaveText('省国际贸易促进委员会');
});

/** A second plan beside the sample: 省公安厅 leads a task 省知识产权局 cooperates on; 省审计厅 and 省数据局 are in it only. */
const SECOND_PLAN = [
  '2024年知识产权工作要点',
  '一、加强保护',
  '1. 加强知识产权行政执法与刑事司法衔接。（省公安厅牵头，省知识产权局配合，2024年底前完成）',
  '2. 开展专利转化运用专项行动。（省知识产权局牵头，省商务厅、省审计厅配合，2024年底前完成）',
  '3. 推进数据知识产权登记试点。（省数据局负责，2024年6月底前完成）',
].join('\n');

/** The sample and SECOND_PLAN, stored as the app would; the page reloaded on 单位管理. */
async function twoPlans(app: Page, servedUrl: string) {
  const call = bridgeOf(servedUrl);
  const first = (await call('plans.importSample', {})).planId!;
  const second = (await call('plans.import', { plan: parsePlanText(SECOND_PLAN) })).planId!;
  await app.reload();
  await app.getByRole('menuitem', { name: '单位管理' }).click();
  await expect(app.getByTestId('unit-count')).toContainText('个单位');
  return { call, first, second };
}

const unitRowIn = (app: Page, name: string) =>
  app.getByTestId('unit-table').locator('.ant-table-row').filter({ has: app.getByTitle('查看该单位承担的任务').getByText(name, { exact: true }) });

test('units: across all plans a unit\'s tasks are grouped under each plan\'s title, with that plan\'s counts', async ({ app, served }) => {
  const { call, first, second } = await twoPlans(app, served.url);
  await app.getByText('全部计划', { exact: true }).click();
  await unitRowIn(app, '省知识产权局').getByText('省知识产权局', { exact: true }).click();
  const drawer = app.getByRole('dialog').filter({ hasText: '省知识产权局 承担的任务' });
  const inFirst = drawer.getByTestId(`unit-tasks-plan-${first}`);
  const inSecond = drawer.getByTestId(`unit-tasks-plan-${second}`);
  await expect(inFirst).toContainText('《2022-2023年工作要点》（18项）');
  await expect(inFirst.getByTestId('unit-tasks-lead')).toContainText('牵头（16项）');
  await expect(inSecond).toContainText('《2024年知识产权工作要点》（2项）');
  await expect(inSecond.getByTestId('unit-tasks-lead')).toContainText('牵头（1项）');
  await expect(inSecond.getByTestId('unit-tasks-cooperating')).toContainText('配合（1项）');
  await screenshot(app, 'ledger-units-tasks-all-plans');
  await app.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // A unit the remaining plan does not name: the empty drawer speaks of all plans, not "this plan".
  await call('plans.delete', { planId: second });
  await app.reload();
  await app.getByText('全部计划', { exact: true }).click();
  await unitRowIn(app, '省数据局').getByText('省数据局', { exact: true }).click();
  await expect(app.getByRole('dialog').filter({ hasText: '省数据局 承担的任务' })).toContainText('该单位在各计划中都没有任务');
});

test('units: the merge confirmation says what moves in every plan, and any unit can be chosen to keep', async ({ app, served }) => {
  await twoPlans(app, served.url);
  // 按当前计划统计 (the sample): 省公安厅 has one task here, one in the other plan; both move.
  await unitRowIn(app, '省公安厅').getByRole('button', { name: '合并到…' }).click();
  const merge = app.getByRole('dialog', { name: '合并单位“省公安厅”' });
  await expect(merge).toContainText('把“省公安厅”（《2022-2023年工作要点》责任 1 项；《2024年知识产权工作要点》牵头 1 项）合并到：');
  // A unit only the other plan names can be kept.
  await merge.getByLabel('合并到的单位').click();
  await app.keyboard.type('省审计厅');
  await app.keyboard.press('Enter');
  await merge.getByText('合并到：').click(); // close the list
  await expect(merge).toContainText('都改由“省审计厅”承担');
  await merge.getByLabel('合并到的单位').click();
  await app.keyboard.type('省知识产权局');
  await app.keyboard.press('Enter');
  await merge.getByText('合并到：').click();
  await expect(merge).toContainText('“省公安厅”在 2 个计划中承担的任务（《2022-2023年工作要点》责任 1 项；《2024年知识产权工作要点》牵头 1 项）都改由“省知识产权局”承担');
  await expect(merge).toContainText('两个单位同在 2 项任务中承担分工，合并后每项任务只保留一种分工');
  await screenshot(app, 'ledger-units-merge-two-plans');
  await merge.getByRole('button', { name: '确认合并' }).click();
  await expect(merge).toBeHidden();
  await expect(unitRowIn(app, '省公安厅')).toHaveCount(0);
});

test('units: each plan lists its own units; a unit no plan names any more can be deleted', async ({ app, served }) => {
  const { call, second } = await twoPlans(app, served.url);
  await expect(app.getByTestId('unit-count')).toHaveText('共 29 个单位');
  await expect(unitRowIn(app, '省数据局')).toHaveCount(0);
  await app.getByText('全部计划', { exact: true }).click();
  await expect(app.getByTestId('unit-count')).toHaveText('共 31 个单位');
  // Still named by the second plan: no 删除.
  await expect(unitRowIn(app, '省数据局').getByRole('button', { name: /^删\s*除$/ })).toHaveCount(0);

  await call('plans.delete', { planId: second });
  await app.reload();
  await app.getByText('全部计划', { exact: true }).click();
  await expect(unitRowIn(app, '省知识产权局').getByRole('button', { name: /^删\s*除$/ })).toHaveCount(0);
  await unitRowIn(app, '省数据局').getByRole('button', { name: /^删\s*除$/ }).click();
  const confirm = app.getByRole('dialog').filter({ hasText: '删除单位“省数据局”？' });
  await expect(confirm).toContainText('删除前程序会自动备份数据库');
  await expect(confirm.getByRole('button', { name: /^删\s*除$/ })).toBeVisible();
  await screenshot(app, 'ledger-units-delete');
  await confirm.getByRole('button', { name: /^删\s*除$/ }).click();
  await expect(app.getByText('已删除单位“省数据局”')).toBeVisible();
  await expect(unitRowIn(app, '省数据局')).toHaveCount(0);
  await expect(app.getByTestId('unit-count')).toHaveText('共 30 个单位');
  const log = await call('audit.list', {});
  expect(log.entries[0]).toMatchObject({ action: 'unit.delete', summary: '删除单位“省数据局”' });
});
