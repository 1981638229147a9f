// Each test gets browser mode started on its own temp database, and a page opened on it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { ROOT, startServer, stopServer } from '../helpers/server';

export interface Served {
  url: string;
  dbPath: string;
  dir: string;
}

export const test = base.extend<{ served: Served; app: Page }>({
  // Playwright reads the fixture's dependencies from this (empty) destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  served: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-e2e-'));
    const dbPath = path.join(dir, 'taizhang.db');
    const { child, url } = await startServer(dbPath);
    await use({ url, dbPath, dir });
    // The server notes its clean close in the folder as it exits: remove the folder after that.
    await stopServer(child);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ page, served }, use) => {
    await page.goto(served.url);
    await expect(page.getByText('工作要点台账').first()).toBeVisible();
    await use(page);
  },
});

export { expect };

/** Saves a full-page screenshot under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ROOT, 'test-results/screenshots', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Passing toasts (“已导入 3 个文件”) would cover the page's header: the tests check them, not the
  // pictures. A drawer or menu still sliding in is shown where it comes to rest.
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', style: '.ant-message { display: none !important; }' });
  return file;
}

/** Whether leaving the page now (a reload, closing the tab) would make the browser ask first. */
export const asksBeforeLeaving = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    return leaving.defaultPrevented;
  });
