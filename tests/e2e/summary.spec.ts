// 季度汇总 end to end: the seed plan with three quarters of reports, the dashboard and its
// click-through, the 通报 edited and saved, the three exports read back, and the print view printed
// to PDF by Chromium and read back with poppler.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import type { ProgressStatus, Task } from '../../electron/shared/types';
import { ROOT } from '../helpers/server';
import { bridgeOf } from './bridge';
import { asksBeforeLeaving, expect, screenshot, test } from './fixtures';

type Call = ReturnType<typeof bridgeOf>;

interface PlannedReport {
  unit: string;
  status: ProgressStatus;
  progress: string;
  problems?: string;
}

const QUARTERS = ['2023Q1', '2023Q2', '2023Q3'] as const;

/** The unit that answers for a task: its first lead unit, else its first jointly responsible unit. */
const answeringUnit = (task: Task) => task.units.lead[0] ?? task.units.joint[0]!;

function jointUnit(task: Task, namePart: string): string {
  const unit = task.units.joint.find((u) => u.includes(namePart));
  if (!unit) throw new Error(`任务 ${task.seq} 的责任单位中没有“${namePart}”：${task.units.joint.join('、')}`);
  return unit;
}

/**
 * Three quarters of reports. By 2023Q3: tasks 4 and 9 delayed (lead says so), task 5 delayed (no lead;
 * one of its joint units says so), task 3 still on track past its 2022 deadline (overdue), task 2
 * completed, task 11 not started, task 18 never reported; the rest on track.
 */
function plannedReports(task: Task, quarter: number): PlannedReport[] {
  const unit = answeringUnit(task);
  const onTrack = (progress: string): PlannedReport => ({ unit, status: 'on_track', progress });
  switch (task.seq) {
    case '18':
      return [];
    case '2':
      return [quarter >= 1 ? { unit, status: 'completed', progress: '强市强县试点申报工作已全部完成。' } : onTrack('组织试点申报。')];
    case '4':
      return [
        quarter === 2
          ? { unit, status: 'delayed', progress: '分中心申报材料正在修改。', problems: '申报材料需补充海外纠纷应对案例，进度滞后。' }
          : onTrack('启动分中心申报准备。'),
      ];
    case '5':
      return [
        { unit: jointUnit(task, '法院'), status: 'on_track', progress: '审理知识产权案件，推进繁简分流。' },
        ...(quarter === 2
          ? [{ unit: jointUnit(task, '公安'), status: 'delayed' as const, progress: '专项行动部署中。', problems: '跨部门线索移送机制尚未建立。' }]
          : []),
      ];
    case '9':
      return [
        quarter === 2
          ? { unit, status: 'delayed', progress: '质押融资入园活动开展两场。', problems: '部分银行对知识产权评估认可度不高，放款慢。' }
          : onTrack('开展质押融资入园惠企活动。'),
      ];
    case '11':
      return quarter === 2 ? [{ unit, status: 'not_started', progress: '尚未启动。' }] : [onTrack('调研示范区创建条件。')];
    default:
      return [onTrack(`第${quarter + 1}季度按计划推进任务${task.seq}。`)];
  }
}

async function seedThreeQuarters(call: Call): Promise<number> {
  const { planId } = await call('plans.importSample', {});
  if (!planId) throw new Error('示例计划没有导入');
  const plan = await call('plans.get', { planId });
  const unitIds = new Map((await call('units.list', { planId })).map((u) => [u.name, u.id]));
  await call('periods.list', { planId });
  for (const [quarter, period] of QUARTERS.entries()) {
    for (const task of plan.tasks) {
      for (const r of plannedReports(task, quarter)) {
        const unitId = unitIds.get(r.unit);
        if (!unitId) throw new Error(`找不到单位：${r.unit}`);
        await call('progress.save', {
          planId,
          period,
          taskId: task.id,
          unitId,
          status: r.status,
          progress: r.progress,
          problems: r.problems ?? '',
          nextSteps: '继续推进。',
        });
      }
    }
  }
  return planId;
}

/** The 序号 column of the summary's task table, top to bottom. */
async function listedSeqs(page: Page): Promise<string[]> {
  const rows = page.getByTestId('summary-task-table').locator('tr[data-task-seq]');
  return rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLTableRowElement).cells[2]!.textContent!.trim()));
}

const EDIT = '各责任单位要对照本通报逐项整改，于下季度首月10日前报送整改情况。';
const ISSUER = '省知识产权战略实施工作领导小组办公室';
const compact = (text: string) => text.replace(/\s+/g, '');

test('the quarterly summary: dashboard, click-through, 通报, exports and the printed PDF', async ({ app, served }) => {
  test.setTimeout(180_000);
  const call = bridgeOf(served.url);
  const planId = await seedThreeQuarters(call);
  const expected = await call('reports.summary', { planId, period: '2023Q3' });
  const delayed = expected.tasks.filter((t) => t.status === 'delayed').map((t) => t.seq);
  const red = expected.tasks.filter((t) => t.light === 'red').map((t) => t.seq);
  expect(delayed).toEqual(['4', '5', '9']);
  expect(red).toEqual(['3', '4', '5', '9']);

  // The dashboard opens on the latest quarter with reports (a fresh load, to see the seeded plan).
  // The units' texts come after the figures: held back here to see the page while they load.
  let releaseTexts!: () => void;
  const textsHeld = new Promise<void>((resolve) => (releaseTexts = resolve));
  await app.route('**/api/reports.taskReports', async (route) => {
    await textsHeld;
    await route.continue();
  });
  await app.goto(served.url);
  await app.getByRole('menuitem', { name: '季度汇总' }).click();
  const dashboard = app.getByTestId('summary-dashboard');
  await expect(dashboard).toBeVisible({ timeout: 30_000 }); // the first summary of a cold server, on a busy machine
  const problems = app.getByTestId('summary-problems');
  await expect(problems.getByTestId('summary-texts-loading')).toHaveCount(4); // one per overdue or delayed task
  await problems.scrollIntoViewIfNeeded();
  await screenshot(app, 'summary-dashboard-loading');
  releaseTexts(); // the route stays, letting every later call through
  await expect(app.locator('.summary-header')).toContainText('2023年第三季度');
  // Named as the report preview's own button is.
  await expect(app.locator('.summary-header').getByRole('button', { name: '打印/另存为PDF' })).toBeVisible();
  await expect(app.getByTestId('summary-card-tasks')).toContainText(String(expected.totals.tasks));
  await expect(app.getByTestId('summary-card-delayed')).toContainText('3');
  await expect(app.getByTestId('summary-card-overdue')).toContainText(String(expected.overdue.length));
  // Every figure in the row counts tasks, said so; 未报送单位 counts units.
  await expect(app.getByTestId('summary-card-unreported').locator('.summary-card-value')).toHaveText(`${expected.totals.unreported}项`);
  await expect(app.getByTestId('summary-missing')).toContainText(`未报送单位（${expected.missingUnits.length}个）`);
  await expect(app.getByTestId('summary-section-chart').locator('svg')).toBeVisible();
  await expect(app.getByTestId('summary-trend')).toContainText('2023年第一季度');
  // The nine figures and the lights in one row on a 1366-px window (the lights used to wrap alone).
  await app.setViewportSize({ width: 1366, height: 900 });
  const cardTops = await app.getByTestId('summary-cards').locator(':scope > *').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().top)));
  expect(cardTops).toHaveLength(10);
  expect(new Set(cardTops).size).toBe(1);
  // The widest rate, “100.0%”, inside the narrowest card's padding (it ran 2–5 px into it), at 1366
  // and at 1024 px (two rows of cards there).
  const rate = app.getByTestId('summary-card-rate').locator('.summary-card-value');
  const shownRate = await rate.innerHTML();
  await rate.evaluate((value) => {
    const figure = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
    while (figure.nextNode()) figure.currentNode.textContent = figure.currentNode.textContent!.replace(/\d+\.\d/, '100.0');
  });
  await expect(rate).toHaveText('100.0%');
  for (const width of [1366, 1024]) {
    await app.setViewportSize({ width, height: 900 });
    const overrun = await rate.evaluate((value) => {
      const body = value.closest('.ant-card-body')!;
      const room = body.getBoundingClientRect().right - parseFloat(getComputedStyle(body).paddingRight);
      const text = document.createRange();
      text.selectNodeContents(value);
      return text.getBoundingClientRect().right - room;
    });
    expect(overrun, `“100.0%” at ${width} px`).toBeLessThanOrEqual(0);
    // The names and task texts keep their columns (at 1024 px they were squeezed to nothing), and nothing runs off sideways.
    const firstColumn = (panel: string, th = 'thead th') => app.getByTestId(panel).locator(th).first().evaluate((cell) => cell.getBoundingClientRect().width);
    expect(await firstColumn('summary-sections'), `部分 column at ${width} px`).toBeGreaterThan(140);
    expect(await firstColumn('summary-units'), `单位 column at ${width} px`).toBeGreaterThan(140);
    expect(await firstColumn('summary-problems', 'thead th:has-text("任务内容")'), `任务内容 column at ${width} px`).toBeGreaterThan(140);
    expect(await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
  }
  await rate.evaluate((value, html) => (value.innerHTML = html), shownRate);
  await app.setViewportSize({ width: 1440, height: 900 });
  // Every heading of the two figure tables on one line (“已完成”, “正常推进” broke over two: 61 px).
  for (const table of ['summary-sections', 'summary-trend']) {
    const heights = await app.getByTestId(table).locator('thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height));
    expect(Math.max(...heights), table).toBeLessThan(45);
  }
  await expect(app.getByTestId('summary-missing')).toContainText(expected.missingUnits[0]!);
  // The problems the units raised on overdue and delayed tasks, once loaded.
  await expect(problems).toContainText('省知识产权局：申报材料需补充海外纠纷应对案例');
  await expect(problems).toContainText('跨部门线索移送机制尚未建立');
  await expect(problems.getByTestId('summary-texts-loading')).toHaveCount(0);
  await screenshot(app, 'summary-dashboard');

  // A red figure → exactly the tasks behind it.
  await app.getByTestId('summary-card-delayed').click();
  await expect(app.getByTestId('summary-filter-count')).toContainText('滞后：3 项');
  expect(await listedSeqs(app)).toEqual(delayed);
  await app.getByTestId('summary-task-table').locator('tr[data-task-seq="4"] .ant-table-row-expand-icon').click();
  await expect(app.getByTestId('summary-task-table')).toContainText('申报材料需补充海外纠纷应对案例');
  await screenshot(app, 'summary-click-through');

  // Back to the dashboard, then the red lights: delayed or overdue.
  await app.goBack();
  await expect(dashboard).toBeVisible();
  await app.getByTestId('summary-light-red').click();
  await expect(app.getByTestId('summary-filter-count')).toContainText(`红灯：${red.length} 项`);
  expect(await listedSeqs(app)).toEqual(red);

  // A bar of the chart: the widest red segment is section 二's two delayed tasks.
  await app.goBack();
  const redBars = app.getByTestId('summary-section-chart').locator('path[fill="#f5222d"]');
  // The chart resizes with its panel once the page has laid out: measure only when the bars stand still.
  const measure = () => redBars.evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect().toJSON() as DOMRect));
  let boxes = await measure();
  await expect
    .poll(async () => {
      const previous = JSON.stringify(boxes);
      boxes = await measure();
      return boxes.length > 0 && JSON.stringify(boxes) === previous;
    })
    .toBe(true);
  const widest = boxes.reduce((a, b) => (b.width > a.width ? b : a));
  await app.mouse.click(widest.x + widest.width / 2, widest.y + widest.height / 2);
  await expect(app.getByTestId('summary-filter-count')).toContainText('大力推进知识产权保护体系建设 · 滞后：2 项');
  expect(await listedSeqs(app)).toEqual(['4', '5']);

  // A unit's figure: the lead unit's own 滞后 reports.
  await app.goBack();
  const leadRow = app.getByTestId('summary-units').locator('tr', { hasText: answeringUnitName(expected) });
  await leadRow.getByRole('button', { name: /报滞后/ }).click();
  await expect(app.getByTestId('summary-filter-count')).toContainText('本单位报“滞后”：2 项');
  expect(await listedSeqs(app)).toEqual(['4', '9']);

  // The 通报: edit, save, and it stays after a reload.
  await app.getByRole('tab', { name: '通报' }).click();
  await expect(app.getByTestId('summary-narrative')).toBeVisible();
  await expect(app.locator('#narrative-overview')).toHaveValue(/截至2023年9月底/);
  // The figures beside it: every label on one line (“未报送单位” broke after four characters).
  const labelLines = await app.locator('.summary-narrative-facts th').evaluateAll((ths) =>
    ths.map((th) => {
      const text = document.createRange();
      text.selectNodeContents(th);
      return `${th.textContent}:${new Set(Array.from(text.getClientRects(), (r) => Math.round(r.top))).size}`;
    }),
  );
  expect(labelLines).toContain('未报送单位:1');
  expect(labelLines.filter((l) => !l.endsWith(':1'))).toEqual([]);
  const nextSteps = app.locator('#narrative-nextSteps');
  await nextSteps.fill(`${await nextSteps.inputValue()}\n${EDIT}`);
  // The 落款: dated today until the official changes it; the issuing body is the official's to write.
  await expect(app.getByLabel('成文日期')).toHaveValue(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  await app.getByLabel('发文机关').fill(ISSUER);
  await app.getByLabel('成文日期').fill('2023年10月12日');
  await expect(app.getByTestId('narrative-dirty')).toBeVisible();
  // Unsaved edits: a reload (F5) or closing the tab asks first, on any page of the app.
  await app.getByRole('menuitem', { name: '计划台账' }).click();
  expect(await asksBeforeLeaving(app)).toBe(true);
  await app.goBack();
  await app.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(app.locator('.ant-message')).toContainText('通报已保存');
  await expect(app.getByText('已保存的修改稿')).toBeVisible();
  await expect(app.getByTestId('narrative-dirty')).toBeHidden();
  expect(await asksBeforeLeaving(app)).toBe(false);
  await app.mouse.move(0, 0);
  await screenshot(app, 'summary-narrative');
  await app.reload();
  await expect(app.locator('#narrative-nextSteps')).toHaveValue(new RegExp(EDIT));
  const { narrative } = await call('reports.narrative', { planId, period: '2023Q3' });
  expect(narrative.nextSteps).toContain(EDIT);
  // A late correction after the save: the editor says the saved text may no longer match the figures.
  await expect(app.getByTestId('narrative-outdated')).toHaveCount(0);
  const task12 = (await call('plans.get', { planId })).tasks.find((t) => t.seq === '12')!;
  const office = (await call('units.list', {})).find((u) => u.name === '省知识产权局')!;
  const correction = { planId, period: '2023Q3', taskId: task12.id, unitId: office.id, status: 'completed' as const };
  await call('progress.save', { ...correction, progress: '补报：已完成。', problems: '', nextSteps: '', remarks: '' });
  await app.reload();
  await expect(app.getByTestId('narrative-outdated')).toContainText('保存这份修改稿之后，2023年第三季度又有填报导入、撤销或修改');
  await screenshot(app, 'summary-narrative-outdated');
  // The preview (what prints) says so too, and leads back to the editor.
  await app.getByRole('tab', { name: '报告预览' }).click();
  await expect(app.getByTestId('preview-narrative-outdated')).toContainText('预览和打印使用的是已保存的正文');
  await app.getByTestId('preview-narrative-outdated').getByRole('button', { name: '去核对通报' }).click();
  await expect(app.getByTestId('narrative-outdated')).toBeVisible();

  // 重新生成 replaces the draft with generated text; 撤销修改 brings the saved text back. Only a draft
  // with unsaved changes asks first.
  const regenerate = app.getByRole('button', { name: '重新生成' });
  await regenerate.click();
  await expect(app.getByTestId('narrative-dirty')).toBeVisible();
  await expect(app.locator('#narrative-nextSteps')).not.toHaveValue(new RegExp(EDIT));
  await regenerate.click();
  const confirm = app.locator('.ant-popconfirm');
  await expect(confirm).toContainText('未保存的修改会被替换');
  await confirm.getByRole('button', { name: /^取\s?消$/ }).click();
  await app.getByRole('button', { name: '撤销修改' }).click();
  await expect(app.locator('#narrative-nextSteps')).toHaveValue(new RegExp(EDIT));
  await expect(app.getByTestId('narrative-dirty')).toBeHidden();

  // 导出汇总表: the workbook lists the delayed task with its problem.
  const xlsxPath = await download(app, '导出汇总表', served.dir);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(['推进情况汇总', '统计', '未报送单位']));
  const detailText = sheetText(wb.getWorksheet('推进情况汇总')!);
  expect(detailText).toContain('部分银行对知识产权评估认可度不高');
  expect(detailText).toContain('滞后');

  // 导出通报: the saved text predates the late correction, so it goes out once the official says so;
  // the Word file carries the edited text.
  await app.getByRole('button', { name: '导出通报' }).click();
  const staleExport = app.locator('.ant-modal-confirm');
  await expect(staleExport).toContainText('通报正文可能已过时');
  const docxPath = await download(app, '仍然导出', served.dir);
  const documentXml = strFromU8(unzipSync(fs.readFileSync(docxPath))['word/document.xml']!);
  expect(documentXml).toContain(EDIT);
  expect(documentXml).toContain(ISSUER);

  // 报告预览: the print view in its frame, with the edited text.
  await app.getByRole('tab', { name: '报告预览' }).click();
  const frame = app.frameLocator('iframe[title="报告预览"]');
  await expect(frame.locator('h1')).toHaveText(new RegExp(compact(narrative.title).slice(0, 6)));
  await expect(frame.locator('body')).toContainText(EDIT);
  await expect(frame.locator('p.signature')).toHaveText([ISSUER, '2023年10月12日']);
  await expect(frame.locator('table thead')).toContainText('序号');
  await screenshot(app, 'summary-preview');
  // The frame reaches down to the window's bottom padding, at the size of an office laptop too.
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1366, height: 768 }]) {
    await app.setViewportSize(viewport);
    await app.evaluate(() => window.scrollTo(0, 0));
    // The gap under the frame, once the page has settled (a busy machine lays it out late).
    const gap = async () => {
      const box = (await app.locator('iframe[title="报告预览"]').boundingBox())!;
      return viewport.height - (box.y + box.height);
    };
    await expect.poll(gap, { timeout: 10_000 }).toBeGreaterThanOrEqual(8);
    await expect.poll(gap, { timeout: 10_000 }).toBeLessThanOrEqual(24);
  }
  await app.setViewportSize({ width: 1440, height: 900 });

  // 打印 goes through the print route: the page shows the report alone when the print starts.
  await app.evaluate(() => {
    const w = window as unknown as { printedReport: string | null };
    w.printedReport = null;
    window.print = () => {
      const sider = document.querySelector('.ant-layout-sider');
      w.printedReport = sider && getComputedStyle(sider).display !== 'none' ? 'with-navigation' : document.querySelector('.report-print-body h1')?.textContent ?? '';
    };
  });
  await app.getByTestId('summary-preview').getByRole('button', { name: /打\s?印/ }).click();
  await expect.poll(() => app.evaluate(() => (window as unknown as { printedReport: string | null }).printedReport)).toContain(
    compact(narrative.title).slice(0, 6),
  );
  await expect(app.getByTestId('summary-preview')).toBeVisible();
  // So does Ctrl+P there: printing the page itself would print the preview's frame cut to one box.
  await app.evaluate(() => ((window as unknown as { printedReport: string | null }).printedReport = null));
  await app.keyboard.press('Control+P');
  await expect.poll(() => app.evaluate(() => (window as unknown as { printedReport: string | null }).printedReport)).toContain(
    compact(narrative.title).slice(0, 6),
  );
  await expect(app.getByTestId('summary-preview')).toBeVisible();

  // The print route printed to PDF by Chromium: A4, the Chinese title, the annex in landscape.
  await app.goto(`${new URL(served.url).origin}/#/summary?print=1&plan=${planId}&period=2023Q3`);
  await expect(app.locator('.report-print-body h1')).toBeVisible();
  await screenshot(app, 'summary-print-view');
  const pdfPath = path.join(served.dir, 'report.pdf');
  await app.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(compact(pdfText)).toContain(compact(narrative.title));
  expect(compact(pdfText)).toContain(EDIT.slice(0, -1));
  expect(compact(pdfText)).toContain(`附件：《${compact(expected.planTitle)}》2023年第三季度推进情况汇总表${ISSUER}2023年10月12日`);
  expect(pdfText).not.toContain('季度汇总'); // no app chrome
  const sizes = pageSizes(pdfPath);
  expect(sizes[0]).toEqual({ width: 595, height: 842 });
  expect(sizes.at(-1)).toEqual({ width: 842, height: 595 });
  // Rasterised for looking at: the first page with its title.
  const pagePng = path.join(ROOT, 'test-results/screenshots/summary-pdf-page1');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, pagePng]);
  expect(fs.statSync(`${pagePng}.png`).size).toBeGreaterThan(5_000);
});

test('a unit that reported after the 报送时限 reads 已报送（逾期） on the dashboard, as in the 汇总表 and the 通报', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  if (!planId) throw new Error('示例计划没有导入');
  // Due 10 days after the quarter: a report typed in today came long after.
  await call('plans.update', { planId, reportDueDays: 10 });
  const plan = await call('plans.get', { planId });
  // A unit with one task, so its one report covers all it owes.
  const tasksOf = (name: string) => plan.tasks.filter((t) => [...t.units.lead, ...t.units.joint, ...t.units.cooperating].includes(name));
  const task = plan.tasks.find((t) => tasksOf(answeringUnit(t)).length === 1)!;
  const unit = answeringUnit(task);
  const unitId = (await call('units.list', { planId })).find((u) => u.name === unit)!.id;
  await call('progress.save', { planId, period: '2023Q3', taskId: task.id, unitId, status: 'on_track', progress: '按计划推进。', problems: '', nextSteps: '' });
  const expected = await call('reports.summary', { planId, period: '2023Q3' });
  expect(expected.lateUnits).toEqual([unit]);

  await app.goto(`${new URL(served.url).origin}/#/summary`);
  await app.reload(); // the page learns of the plan loaded behind its back
  await expect(app.locator('.summary-header')).toContainText('2023年第三季度', { timeout: 30_000 });
  const row = app.getByTestId('summary-units').locator('tr', { has: app.getByText(unit, { exact: true }) });
  await expect(row.getByTestId('summary-unit-late')).toHaveText('已报送（逾期）');
  await expect(app.getByTestId('summary-units').getByTestId('summary-unit-late')).toHaveCount(1);
  const late = app.getByTestId('summary-late');
  await expect(late).toContainText('另有1个单位逾期报送');
  await expect(late).toContainText(unit);
});

test('the task list: a task completed in an earlier quarter owes no 存在问题, the units’ texts are headed as everywhere else', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  if (!planId) throw new Error('示例计划没有导入');
  const plan = await call('plans.get', { planId });
  const unitIds = new Map((await call('units.list', { planId })).map((u) => [u.name, u.id]));
  const [closed, open] = [plan.tasks[1]!, plan.tasks[3]!];
  const save = (period: string, task: Task, status: ProgressStatus) =>
    call('progress.save', { planId, period, taskId: task.id, unitId: unitIds.get(answeringUnit(task))!, status, progress: '按计划推进。', problems: '', nextSteps: '继续推进。' });
  // Completed in 2023Q2 and not reported on since (销号); another task reported in 2023Q3.
  await save('2023Q2', closed, 'completed');
  await save('2023Q3', open, 'on_track');
  const summary = await call('reports.summary', { planId, period: '2023Q3' });
  expect(summary.tasks.find((t) => t.seq === closed.seq)!.completedIn).toBe('2023年第二季度');

  await app.goto(`${new URL(served.url).origin}/#/summary?tab=tasks`);
  await app.reload(); // the page learns of the plan loaded behind its back
  const table = app.getByTestId('summary-task-table');
  const closedRow = table.locator(`tr[data-task-seq="${closed.seq}"]`);
  await expect(closedRow).toContainText('（前期已完成）', { timeout: 30_000 });
  await expect(closedRow).not.toContainText('未填写');
  await table.locator(`tr[data-task-seq="${open.seq}"] .ant-table-row-expand-icon`).click();
  const detail = table.locator('.summary-task-detail');
  await expect(detail.locator('th')).toContainText(['单位', '分工', '状态', '进展情况', '存在问题', '下步计划']);
  await app.getByRole('button', { name: '统计口径' }).click();
  const rules = app.locator('.summary-rules');
  await expect(rules).toContainText('而本期没有报送任何进展的单位');
  await expect(rules).not.toContainText('省级单位');
});

test('with no plan yet, 季度汇总 and 进展填报 say the same thing and lead to 计划台账 alike', async ({ app }) => {
  for (const page of ['季度汇总', '进展填报']) {
    await app.getByRole('menuitem', { name: page }).click();
    await expect(app.getByText('尚无计划。请先在“计划台账”中导入工作要点或载入示例。')).toBeVisible();
    await app.getByRole('button', { name: '前往计划台账' }).click();
    await expect(app.getByTestId('ledger-empty')).toBeVisible();
  }
});

test('另存为PDF in the browser says to pick 另存为 PDF in the print dialog before opening it', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  await app.goto(`${new URL(served.url).origin}/#/summary?print=1&plan=${planId}&period=2023Q3`);
  await expect(app.locator('.report-print-body h1')).toBeVisible();
  // The print dialog stands in: counted, with whether the hint box was still on the page then.
  await app.evaluate(() => {
    const w = window as unknown as { prints: { boxOnPage: boolean }[] };
    w.prints = [];
    window.print = () =>
      void w.prints.push({ boxOnPage: Array.from(document.querySelectorAll('.ant-modal-confirm')).some((box) => box.getClientRects().length > 0) });
  });
  const prints = () => app.evaluate(() => (window as unknown as { prints: { boxOnPage: boolean }[] }).prints);

  await app.getByTestId('report-print-view').getByRole('button', { name: '另存为PDF' }).click();
  const hint = app.getByRole('dialog');
  await expect(hint).toContainText('请在“目标打印机”中选择“另存为 PDF”');
  expect(await prints()).toEqual([]);
  await screenshot(app, 'summary-pdf-hint');
  await hint.getByRole('button', { name: '打开打印对话框' }).click();
  // Opened once the box is gone, so the box is not printed.
  await expect.poll(prints).toEqual([{ boxOnPage: false }]);

  // 取消 opens nothing.
  await app.getByTestId('report-print-view').getByRole('button', { name: '另存为PDF' }).click();
  await app.getByRole('dialog').getByRole('button', { name: /取\s?消/ }).click();
  await expect(app.getByRole('dialog')).toHaveCount(0);
  expect(await prints()).toHaveLength(1);
});

test('打印 in 报告预览 prints the report the preview shows, laid out for paper only', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  await call('plans.importSample', {});
  await app.goto(`${new URL(served.url).origin}/#/summary?tab=preview`);
  await app.reload(); // the page learns of the plan loaded behind its back
  const frameTitle = app.frameLocator('iframe[title="报告预览"]').locator('h1');
  await expect(frameTitle).toBeVisible();
  const title = (await frameTitle.textContent())!;
  type Print = { title: string; display: string; exports: number };
  // The print dialog stands in: what the page holds when it opens, whether the screen shows it, and
  // how many exports of the report were asked for since 打印 was clicked.
  const clickPrint = async () => {
    await app.evaluate(() => {
      const w = window as unknown as { prints: Print[] };
      const exports = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/reports.export')).length;
      const before = exports();
      w.prints ??= [];
      window.print = () => {
        const body = document.querySelector('.report-print-body');
        w.prints.push({ title: body?.querySelector('h1')?.textContent ?? '', display: body ? getComputedStyle(body).display : '', exports: exports() - before });
      };
      // Clicked from the page: under print media the preview's toolbar is hidden.
      const buttons = document.querySelectorAll<HTMLButtonElement>('[data-testid=summary-preview] button');
      Array.from(buttons).find((b) => b.textContent?.replace(/\s/g, '') === '打印')!.click();
    });
  };
  const prints = () => app.evaluate(() => (window as unknown as { prints: Print[] }).prints);
  await clickPrint();
  // Not exported again, and not laid out for the screen: the page goes straight to the printer.
  await expect.poll(prints).toEqual([{ title, display: 'none', exports: 0 }]);
  await expect(frameTitle).toBeVisible();
  // On paper it is there.
  await app.emulateMedia({ media: 'print' });
  await clickPrint();
  await expect.poll(prints).toEqual([
    { title, display: 'none', exports: 0 },
    { title, display: 'block', exports: 0 },
  ]);
});

/** The unit that answers for most tasks of the seed plan (its lead unit). */
function answeringUnitName(s: { byUnit: { unit: string; lead: number }[] }): string {
  return [...s.byUnit].sort((a, b) => b.lead - a.lead)[0]!.unit;
}

async function download(page: Page, button: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

function sheetText(ws: ExcelJS.Worksheet): string {
  const parts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text)));
  return parts.join('\n');
}

/** Page sizes in points, from pdfinfo. */
function pageSizes(pdfPath: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdfPath], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    width: Math.round(Number(m[1])),
    height: Math.round(Number(m[2])),
  }));
}
