import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_LAUNCH } from '../../playwright.config';
import fs from 'node:fs';
const m = JSON.parse(fs.readFileSync('/tmp/taizhang-bench-dmpXvf/manifest.json','utf8'));
const first = m.history.firstTask.slice(0, 16);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const variants: Record<string, string[]> = { base: [], stgc: ['--single-threaded-gc'], semi: ['--max-semi-space-size=32'] };
const res: Record<string, number[]> = {};
for (let k = 0; k < 6; k++) for (const [name, args] of Object.entries(variants)) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  const t0 = Date.now();
  const child = spawn(process.execPath, [...args, 'dist/server/main.cjs', '--db', '/tmp/h3.db', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((r) => { let out = ''; child.stdout!.on('data', (c) => { out += c; const mm = /(http:\S+)/.exec(out); if (mm) r(mm[1]!); }); });
  await page.goto(url);
  await page.getByText(first).first().waitFor({ state: 'visible' });
  (res[name] ??= []).push(Date.now() - t0);
  await ctx.close();
  const exited = new Promise((r) => child.once('exit', r)); child.kill('SIGTERM'); await exited;
}
for (const [k, v] of Object.entries(res)) { const s = [...v].sort((a, b) => a - b); console.log(k.padEnd(6), 'median', s[Math.floor(s.length / 2)], v.join(' ')); }
await browser.close();
