import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_LAUNCH } from '../../playwright.config';
import fs from 'node:fs';
const m = JSON.parse(fs.readFileSync('/tmp/taizhang-bench-dmpXvf/manifest.json','utf8'));
const first = m.history.firstTask.slice(0, 16);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
for (let i = 0; i < 3; i++) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  const t0 = Date.now();
  const args = i === 2 ? ['--trace-gc'] : [];
  const child = spawn(process.execPath, [...args, 'dist/server/main.cjs', '--db', '/tmp/h3.db', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((res) => { let out = ''; child.stdout!.on('data', (c) => { out += c; if (i === 2) process.stdout.write(String(c)); const mm = /(http:\S+)/.exec(out); if (mm) res(mm[1]!); }); });
  const t1 = Date.now();
  await page.goto(url);
  await page.getByText(first).first().waitFor({ state: 'visible' });
  const t2 = Date.now();
  console.log(`server ${t1 - t0} page ${t2 - t1}`);
  await ctx.close();
  const exited = new Promise((r) => child.once('exit', r)); child.kill('SIGTERM'); await exited;
}
await browser.close();
