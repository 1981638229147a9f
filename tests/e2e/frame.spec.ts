import path from 'node:path';
import { ROOT } from '../helpers/server';
import { bridgeOf } from './bridge';
import { expect, screenshot, test } from './fixtures';

test('the Chinese app frame loads and reads its database through the bridge', async ({ app, served }) => {
  for (const label of ['计划台账', '进展填报', '季度汇总', '单位管理', '数据与备份', '关于与设置']) {
    await expect(app.getByRole('menuitem', { name: label })).toBeVisible();
  }
  await app.getByRole('menuitem', { name: '关于与设置' }).click();
  const about = app.getByTestId('about');
  await expect(about).toContainText(served.dbPath);
  await expect(about).toContainText('浏览器模式');
  await expect(about.getByTestId('operator-note')).toContainText('本机登录用户');
  await screenshot(app, 'frame-about');
});

test('a newcomer finds the 使用说明 from the empty ledger, and each of its steps opens where that step is done', async ({ app }) => {
  await app.getByTestId('ledger-empty').getByText('使用说明').click();
  const guide = app.getByTestId('workflow-guide');
  await expect(guide).toContainText('每期的工作');
  // Content for the pages the steps open.
  await app.getByRole('menuitem', { name: '计划台账' }).click();
  await app.getByRole('button', { name: /载入示例/ }).click();
  await expect(app.getByRole('main')).toContainText('一、');
  const steps: [link: string, hash: string, shows: RegExp][] = [
    ['进展填报 → 下发填报表', '#/progress?tab=templates', /导出/],
    ['进展填报 → 导入报送表', '#/progress?tab=import', /拖/],
    ['进展填报 → 报送台账', '#/progress?tab=submissions', /报送/],
    ['季度汇总', '#/summary', /数据看板/],
    ['数据与备份', '#/data', /备份/],
    ['计划台账 → 导入计划', '#/ledger', /一、/],
  ];
  for (const [link, hash, shows] of steps) {
    await app.getByRole('menuitem', { name: '关于与设置' }).click();
    await guide.getByText(link, { exact: true }).click();
    await expect(app).toHaveURL(new RegExp(`${hash.replace(/[?]/g, '\\?')}$`));
    await expect(app.getByRole('main')).toContainText(shows);
  }
});

test('the 经办人 set in 关于与设置 is whom the plan’s import is recorded under', async ({ app, served }) => {
  await app.getByRole('menuitem', { name: '关于与设置' }).click();
  const about = app.getByTestId('about');
  await about.getByLabel('经办人').fill('王五');
  await about.getByRole('button', { name: /保\s?存/ }).click();
  await expect(app.locator('.ant-message')).toContainText('经办人已设为王五');
  await expect(about.getByTestId('operator-note')).toContainText('操作日志记为“王五”');
  const call = bridgeOf(served.url);
  await call('plans.importSample', {});
  expect((await call('imports.list', {}))[0]).toMatchObject({ kind: 'plan', importedBy: '王五' });
});

test('every request the page makes stays on the local origin and succeeds, on every page with content', async ({ page, served }) => {
  const origin = new URL(served.url).origin;
  const requests: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  // A missing file (the icon) or a policy the browser ignores shows here, not on the page.
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  // Content on every page: a plan with its ledger, a period's progress and summary, units, backups, a log.
  const call = bridgeOf(served.url);
  const { planId } = await call('plans.importSample', {});
  await call('data.backup', {});

  await page.goto(served.url);
  const visits: [menu: string, shows: RegExp, tabs?: string[]][] = [
    ['计划台账', /一、/],
    ['进展填报', /进展填报/],
    ['季度汇总', /季度汇总/],
    ['单位管理', /省知识产权局/],
    ['数据与备份', /手动备份/, ['操作日志']],
    ['关于与设置', /数据库文件/],
  ];
  for (const [menu, shows, tabs = []] of visits) {
    await page.getByRole('menuitem', { name: menu }).click();
    await expect(page.getByRole('main')).toContainText(shows);
    for (const tab of tabs) await page.getByRole('tab', { name: tab }).click();
    await page.waitForLoadState('networkidle');
  }
  expect(planId).not.toBeNull();
  expect(requests.length).toBeGreaterThan(10);
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(await page.locator('aside img[src="./icon.svg"]').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('every page and tab fits the narrowest window the app allows (1024 px) without scrolling sideways', async ({ page, served }) => {
  const call = bridgeOf(served.url);
  await call('plans.importSample', {});
  await page.setViewportSize({ width: 1024, height: 700 });
  const routes = [
    '#/ledger',
    '#/units',
    '#/data',
    '#/about',
    ...['templates', 'import', 'submissions', 'imports', 'matrix'].map((tab) => `#/progress?tab=${tab}`),
    ...['dashboard', 'tasks', 'narrative', 'preview'].map((tab) => `#/summary?tab=${tab}`),
  ];
  const overflowing: string[] = [];
  for (const route of routes) {
    await page.goto(served.url.replace(/#.*$/, '') + route);
    await expect(page.getByRole('main')).not.toBeEmpty();
    await page.waitForLoadState('networkidle');
    const [contentWidth, windowWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    if (contentWidth! > windowWidth!) overflowing.push(`${route}: ${contentWidth} px`);
  }
  expect(overflowing).toEqual([]);
});

test('at 1366×768 a toast leaves the page’s header row (title, pickers, buttons) in view', async ({ app }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  await app.getByRole('button', { name: '载入示例' }).click();
  const toast = app.locator('.ant-message-notice');
  await expect(toast).toContainText('已载入示例计划');
  await expect(toast).not.toHaveClass(/appear/); // where it comes to rest, not sliding in
  const covered = await toast.evaluate((notice) => {
    const box = notice.getBoundingClientRect();
    const header = document.querySelector('main .page-title, .ant-layout-content .page-title')!.parentElement!.parentElement!;
    return Array.from(header.querySelectorAll<HTMLElement>('h2, button, .ant-select, input'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom;
      })
      .map((el) => el.innerText || el.getAttribute('aria-label') || el.tagName);
  });
  expect(covered).toEqual([]);
  // The toast itself in the picture (screenshot() leaves toasts out).
  await app.screenshot({ path: path.join(ROOT, 'test-results/screenshots/frame-toast-1366.png') });
});
