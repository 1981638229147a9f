// 数据与备份, driven like an official would: back up, change, restore, read the 操作日志;
// and a damaged database opening on the recovery screen.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { parsePlanText } from '../../electron/core/plan/parseText';
import { LATEST_VERSION } from '../../electron/db/migrations';
import { startServer, stopServer } from '../helpers/server';
import { bridgeOf } from './bridge';
import { expect, screenshot, test } from './fixtures';

async function openData(page: Page, tab: '备份与恢复' | '操作日志' = '备份与恢复') {
  await page.getByRole('menuitem', { name: '数据与备份' }).click();
  await page.getByRole('tab', { name: tab }).click();
}

test('back up, change a plan, restore the backup and see the change reverted; the restore is logged', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  const original = (await call('plans.get', { planId: planId! })).title;

  await openData(app);
  await expect(app.getByTestId('data-location')).toContainText(served.dbPath);
  await expect(app.getByTestId('backup-dir')).toHaveText(path.join(served.dir, 'backups'));
  await app.getByTestId('backup-now').click();
  const table = app.getByTestId('backup-table');
  const manual = table.locator('.ant-table-row').filter({ hasText: '手动备份' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('通过');
  await expect(manual.locator('td').nth(3)).toHaveText('1'); // 计划
  await screenshot(app, 'data-backups');

  // The change: the plan is renamed (as the ledger's edit would).
  await call('plans.update', { planId: planId!, title: '改过的计划标题' });
  await app.reload();
  await app.getByRole('menuitem', { name: '计划台账' }).click();
  await expect(app.getByText('改过的计划标题').first()).toBeVisible();

  await openData(app);
  await manual.getByRole('button', { name: /恢\s*复/ }).click();
  await expect(app.getByRole('dialog')).toContainText('当前数据会先自动备份一份');
  await screenshot(app, 'data-restore-confirm');
  // Waited for from before the click: the reload follows the restore within a second.
  const restored = app.waitForEvent('load');
  await app.getByTestId('confirm-restore').click();
  await expect(app.getByText('已恢复，正在重新载入')).toBeVisible();
  await restored;

  expect((await call('plans.get', { planId: planId! })).title).toBe(original);
  await app.getByRole('menuitem', { name: '计划台账' }).click();
  await expect(app.getByText(original).first()).toBeVisible();
  await expect(app.getByText('改过的计划标题')).toHaveCount(0);

  // The list now also holds the copy taken just before the restore.
  await openData(app);
  await expect(table.locator('.ant-table-row').filter({ hasText: '恢复前自动备份' })).toHaveCount(1);

  await openData(app, '操作日志');
  const log = app.getByTestId('audit-table');
  const restoreRow = log.locator('.ant-table-row').filter({ hasText: '从备份恢复' });
  await expect(restoreRow).toHaveCount(1);
  await expect(restoreRow).toContainText('恢复前的数据已备份为');
  await restoreRow.locator('.ant-table-row-expand-icon').click();
  await expect(log).toContainText('修改后');
  await screenshot(app, 'data-audit');

  // The search button has a name a screen reader says.
  await app.getByTestId('audit-search').locator('input').fill('恢复数据库');
  await app.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(log.locator('.ant-table-row')).toHaveCount(1);
  await app.getByTestId('audit-search').locator('input').fill('没有这样的内容');
  await app.getByTestId('audit-search').locator('input').press('Enter');
  await expect(log).toContainText('没有符合条件的记录');
  // No edit controls anywhere on the log.
  await expect(log.getByRole('button', { name: /删除|修改|编辑/ })).toHaveCount(0);
});

test('the 操作日志 says its entries are recorded under the 经办人, and shows the name set', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  await call('app.setOperator', { name: '王五' });
  await call('plans.importSample', {});
  await openData(app, '操作日志');
  const note = app.getByText(/^记录每一次修改/);
  await expect(note).toContainText('何人（经办人，在“关于与设置”中填写；未填写时为本机登录用户）');
  await expect(note).not.toContainText('系统用户');
  const log = app.getByTestId('audit-table');
  await expect(log.getByRole('columnheader', { name: '经办人' })).toHaveCount(1);
  // Newest first: the sample plan's import, recorded under 王五.
  await expect(log.locator('.ant-table-row').first()).toContainText('王五');
});

test('an empty 操作日志 says nothing is recorded yet, not that nothing matches a filter', async ({ app, served }) => {
  await openData(app, '操作日志');
  const log = app.getByTestId('audit-table');
  await expect(log).toContainText('还没有操作记录。导入计划、导入进展、修改任务、备份与恢复等每一次修改都会记在这里。');
  await expect(log).not.toContainText('没有符合条件的记录');

  // With entries, a search that finds none says so.
  await bridgeOf(served.url)('plans.importSample', {});
  await app.reload();
  await openData(app, '操作日志');
  await expect(log.locator('.ant-table-row')).toHaveCount(1);
  await app.getByLabel('搜索操作日志').fill('没有这样的内容');
  await app.getByLabel('搜索操作日志').press('Enter');
  await expect(log).toContainText('没有符合条件的记录');
});

test('at 1366×768 the 操作日志 filters, 重置 and 导出 Excel are one line', async ({ app }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  await openData(app, '操作日志');
  const filters = app.getByTestId('audit-filters');
  const top = async (name: string) => (await filters.getByRole('button', { name, exact: true }).boundingBox())!.y;
  const first = (await filters.locator('.ant-picker').boundingBox())!;
  const exportTop = await top('download 导出 Excel');
  expect(Math.abs(exportTop - first.y)).toBeLessThan(4);
  expect(Math.abs((await top('重 置')) - first.y)).toBeLessThan(4);
});

test('a damaged database opens on the recovery screen, which restores the newest good backup and keeps the damaged file', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-e2e-recovery-'));
  const dbPath = path.join(dir, 'taizhang.db');
  let server = await startServer(dbPath);
  const call = bridgeOf(server.url);
  await call('plans.importSample', {});
  await call('data.backup', {});
  await stopServer(server.child);

  const bytes = fs.readFileSync(dbPath);
  for (let p = 4096; p < bytes.length; p += 4096) crypto.randomFillSync(bytes, p + 8, 256);
  fs.writeFileSync(dbPath, bytes);

  server = await startServer(dbPath);
  try {
    await page.goto(server.url);
    const screen = page.getByTestId('recovery-screen');
    await expect(screen).toBeVisible();
    await expect(screen).toContainText('数据库文件已损坏，无法打开');
    await expect(screen).toContainText('损坏的文件不会被覆盖');
    await expect(screen.getByTestId('restore-newest')).toBeVisible();
    await screenshot(page, 'data-recovery');

    await screen.getByTestId('restore-newest').click();
    const restored = page.waitForEvent('load');
    await page.getByTestId('confirm-restore').click();
    await expect(page.getByText('已恢复，正在重新载入')).toBeVisible();
    await restored;
    await expect(page.getByRole('menuitem', { name: '计划台账' })).toBeVisible();
    await expect(page.getByTestId('recovery-screen')).toHaveCount(0);
    expect((await bridgeOf(server.url)('plans.list', {})).length).toBe(1);
    const kept = fs.readdirSync(dir).filter((f) => /^taizhang\.damaged-\d{8}-\d{6}\.db$/.test(f));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, kept[0]!)).equals(bytes)).toBe(true);
  } finally {
    await stopServer(server.child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a database made by a newer version of the program: the page says so, names the file and what to do', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-e2e-too-new-'));
  const dbPath = path.join(dir, 'taizhang.db');
  const setup = new Database(dbPath);
  setup.exec('CREATE TABLE future (x)');
  setup.pragma(`user_version = ${LATEST_VERSION + 1}`);
  setup.close();
  const server = await startServer(dbPath);
  try {
    await page.goto(server.url);
    const screen = page.getByTestId('open-failed-screen');
    await expect(screen).toBeVisible();
    await expect(screen).toContainText('数据库由更新版本的程序创建，无法打开');
    await expect(screen).toContainText(dbPath);
    await expect(screen).toContainText('请升级程序后再打开');
    await expect(screen).toContainText('npm run serve -- --db');
    await expect(page.getByRole('menuitem', { name: '计划台账' })).toHaveCount(0);
  } finally {
    await stopServer(server.child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('another program’s SQLite file: the page says it is not a 台账 database, names the file, and leaves it as it was', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-e2e-foreign-'));
  const dbPath = path.join(dir, 'photos.db');
  const setup = new Database(dbPath);
  setup.exec('CREATE TABLE photos (id INTEGER, path TEXT)');
  setup.close();
  const before = fs.readFileSync(dbPath);
  const server = await startServer(dbPath);
  try {
    await page.goto(server.url);
    const screen = page.getByTestId('open-failed-screen');
    await expect(screen).toBeVisible();
    await expect(screen.locator('.ant-alert-title')).toHaveText('这不是工作要点台账的数据库');
    await expect(screen).toContainText(`文件 ${dbPath} 不是“工作要点台账”的数据库`);
    await expect(page.getByRole('menuitem', { name: '计划台账' })).toHaveCount(0);
    await screenshot(page, 'data-foreign-database');
  } finally {
    await stopServer(server.child);
  }
  expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a database path through a file: the page says the database cannot be made there, and why, instead of the app', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-e2e-through-file-'));
  const dbPath = path.join(dir, '台账.xlsx', 'taizhang.db');
  fs.writeFileSync(path.join(dir, '台账.xlsx'), 'not a folder');
  const server = await startServer(dbPath);
  try {
    await page.goto(server.url);
    const screen = page.getByTestId('open-failed-screen');
    await expect(screen.locator('.ant-alert-title')).toHaveText('无法打开数据库');
    await expect(screen).toContainText(`无法建立数据库文件 ${dbPath}：路径中有`);
    await expect(page.getByRole('menuitem', { name: '计划台账' })).toHaveCount(0);
  } finally {
    await stopServer(server.child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a plan list that cannot be read is said as such, with a retry, not shown as a first run inviting an import', async ({ page, served }) => {
  await bridgeOf(served.url)('plans.importSample', {});
  // The plans table gone from under the running program, as a damaged file or another program could leave it.
  const other = new Database(served.dbPath);
  other.exec('ALTER TABLE plans RENAME TO plans_away');
  await page.goto(served.url);
  for (const menu of ['计划台账', '季度汇总']) {
    await page.getByRole('menuitem', { name: menu }).click();
    await expect(page.locator('.page-title')).toHaveText(menu);
    const failure = page.getByTestId('plan-list-error');
    await expect(failure).toContainText('读不出计划列表');
    await expect(failure).toContainText('plans');
    await expect(page.getByText('还没有工作要点')).toHaveCount(0);
    await expect(page.getByText('尚无计划')).toHaveCount(0);
  }
  await screenshot(page, 'data-plan-list-error');
  other.exec('ALTER TABLE plans_away RENAME TO plans');
  other.close();
  await page.getByRole('menuitem', { name: '计划台账' }).click();
  await page.getByRole('button', { name: /重\s?试/ }).click();
  await expect(page.getByRole('main')).toContainText('一、集聚资源加快知识产权强省建设');
});

test('another database opens on its own default plan, not on the plan of the same number chosen in the one before', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const secondPlan = parsePlanText(['2024年知识产权工作要点', '一、加强保护', '1. 推进数据知识产权登记试点。（省数据局负责，2024年6月底前完成）'].join('\n'));
  const twoPlans = async () => {
    const { planId: first } = await call('plans.importSample', {});
    await call('plans.import', { plan: secondPlan });
    await call('plans.update', { planId: first!, isCurrent: true });
  };
  await twoPlans();
  const openDatabase = async (file: string, create: boolean) => {
    await openData(app);
    await app.getByRole('button', { name: /打开其他数据库/ }).click();
    await app.getByTestId('open-database-path').fill(file);
    if (create) await app.getByRole('checkbox', { name: '文件不存在时新建一个空数据库' }).check();
    const opened = app.waitForEvent('load');
    await app.getByTestId('open-database-ok').click();
    await opened;
  };
  // In another database with the same two plan numbers, the official works on its plan 2.
  await openDatabase(path.join(served.dir, '另一个台账.db'), true);
  await twoPlans();
  await app.reload();
  await app.getByRole('menuitem', { name: '计划台账' }).click();
  await app.getByLabel('选择计划').click();
  await app.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '2024年知识产权工作要点' }).click();
  await expect(app.getByRole('main')).toContainText('一、加强保护');

  await openDatabase(served.dbPath, false);
  await app.getByRole('menuitem', { name: '计划台账' }).click();
  await expect(app.getByRole('main')).toContainText('一、集聚资源加快知识产权强省建设');
});

test('choose another backup folder, then open another (new) database and come back', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  await call('plans.importSample', {});
  await openData(app);

  const usb = path.join(served.dir, 'U盘', '台账备份');
  await app.getByRole('button', { name: /更改/ }).click();
  await app.getByTestId('backup-folder-path').fill(usb);
  await screenshot(app, 'data-backup-folder');
  await app.getByTestId('backup-folder-save').click();
  await expect(app.getByTestId('backup-dir')).toHaveText(usb);
  await app.getByTestId('backup-now').click();
  await expect(app.getByTestId('backup-table').locator('.ant-table-row').filter({ hasText: '手动备份' })).toHaveCount(1);
  expect(fs.readdirSync(usb).filter((f) => f.endsWith('-manual.db'))).toHaveLength(1);

  const other = path.join(served.dir, '另一个台账.db');
  await app.getByRole('button', { name: /打开其他数据库/ }).click();
  await app.getByTestId('open-database-path').fill(other);
  await app.getByRole('checkbox', { name: '文件不存在时新建一个空数据库' }).check();
  await screenshot(app, 'data-open-database');
  const opened = app.waitForEvent('load');
  await app.getByTestId('open-database-ok').click();
  await opened;
  await openData(app);
  await expect(app.getByTestId('data-location')).toContainText(other);
  expect(await call('plans.list', {})).toEqual([]);

  await app.getByRole('button', { name: /打开其他数据库/ }).click();
  await app.getByTestId('open-database-path').fill(served.dbPath);
  const reopened = app.waitForEvent('load');
  await app.getByTestId('open-database-ok').click();
  await reopened;
  expect(await call('plans.list', {})).toHaveLength(1);
});

test('打开其他数据库 and 备份文件夹 take the path typed straight away, and Enter confirms it', async ({ app, served }) => {
  await openData(app);
  // 备份文件夹: the path box has the focus as the dialog opens; Enter saves.
  const usb = path.join(served.dir, 'U盘');
  await app.getByRole('button', { name: /更改/ }).click();
  await expect(app.getByTestId('backup-folder-path')).toBeFocused();
  await app.keyboard.press('ControlOrMeta+A'); // it shows the folder in use
  await app.keyboard.type(usb);
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('backup-dir')).toHaveText(usb);
  await expect(app.getByTestId('backup-folder-path')).toBeHidden();

  // 打开其他数据库: the same; Enter opens the file typed.
  const other = path.join(served.dir, '另一个台账.db');
  await app.getByRole('button', { name: /打开其他数据库/ }).click();
  await expect(app.getByTestId('open-database-path')).toBeFocused();
  await app.keyboard.type(other);
  await app.getByRole('checkbox', { name: '文件不存在时新建一个空数据库' }).check();
  const opened = app.waitForEvent('load');
  await app.getByTestId('open-database-path').press('Enter');
  await opened;
  await openData(app);
  await expect(app.getByTestId('data-location')).toContainText(other);
});

test('a confirmation that throws data away has the focus on 取消: an Enter pressed in passing keeps everything', async ({ app, served }) => {
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  await call('data.backup', {});
  await call('plans.update', { planId: planId!, title: '备份之后改过的标题' });
  await app.reload();

  // 恢复 a backup: Enter is 取消, the change after the backup stays.
  await openData(app);
  await app.getByTestId('backup-table').getByRole('button', { name: /恢\s*复/ }).first().click();
  const restore = app.getByRole('dialog').filter({ hasText: '当前数据会先自动备份一份' });
  await expect(restore.getByRole('button', { name: /取\s*消/ })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(restore).toBeHidden();
  expect((await call('plans.get', { planId: planId! })).title).toBe('备份之后改过的标题');

  // 删除计划: the same.
  await app.getByRole('menuitem', { name: '计划台账' }).click();
  await app.getByRole('button', { name: /更多/ }).click();
  await app.getByRole('menuitem', { name: '删除计划…' }).click();
  const remove = app.getByRole('dialog').filter({ hasText: '删除计划“备份之后改过的标题”？' });
  await expect(remove.getByRole('button', { name: /取\s*消/ })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(remove).toBeHidden();
  expect(await call('plans.list', {})).toHaveLength(1);
});
