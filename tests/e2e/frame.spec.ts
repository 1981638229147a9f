import { expect, screenshot, test } from './fixtures';

test('the Chinese app frame loads and reads its database through the bridge', async ({ app, served }) => {
  for (const label of ['计划台账', '进展填报', '季度汇总', '单位管理', '数据与备份', '关于与设置']) {
    await expect(app.getByRole('menuitem', { name: label })).toBeVisible();
  }
  await app.getByRole('menuitem', { name: '关于与设置' }).click();
  const about = app.getByTestId('about');
  await expect(about).toContainText(served.dbPath);
  await expect(about).toContainText('浏览器模式');
  await screenshot(app, 'frame-about');
});

test('every request the page makes stays on the local origin', async ({ page, served }) => {
  const origin = new URL(served.url).origin;
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto(served.url);
  for (const label of ['计划台账', '进展填报', '季度汇总', '单位管理', '数据与备份', '关于与设置']) {
    await page.getByRole('menuitem', { name: label }).click();
  }
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
