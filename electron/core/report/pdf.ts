// PDF from the print view, printed by a Chromium-family browser already on the machine (Chromium,
// Chrome or Edge): the app ships no PDF engine of its own. The page numbers are in the HTML's
// @page margin boxes, so the browser's own header and footer are turned off.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../shared/result';

const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/snap/bin/chromium',
];

const MAC = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

function windowsCandidates(env: NodeJS.ProcessEnv): string[] {
  const roots = [env['PROGRAMFILES(X86)'], env.PROGRAMFILES, env.LOCALAPPDATA].filter((r): r is string => !!r);
  return roots.flatMap((root) => [
    path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
  ]);
}

/** Where to look, in order: TAIZHANG_CHROMIUM, then the usual install places of the platform. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const fromEnv = env.TAIZHANG_CHROMIUM ? [env.TAIZHANG_CHROMIUM] : [];
  const usual = platform === 'win32' ? windowsCandidates(env) : platform === 'darwin' ? MAC : LINUX;
  return [...fromEnv, ...usual];
}

export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  return chromiumCandidates(env, platform).find((p) => fs.existsSync(p)) ?? null;
}

export function noBrowserError(): AppError {
  return new AppError(
    'NOT_FOUND',
    '未找到可用于生成 PDF 的浏览器（Chromium、Chrome 或 Edge）。请安装其中之一，或用环境变量 TAIZHANG_CHROMIUM 指定浏览器程序的路径；' +
      '也可以导出 .html 后在浏览器中“打印—另存为 PDF”。',
  );
}

const PRINT_TIMEOUT_MS = 120_000;

/** Prints the HTML page to a PDF file with the browser (found when not given). */
export async function printHtmlToPdf(html: string, outFile: string, browser: string | null = findChromium()): Promise<void> {
  if (!browser) throw noBrowserError();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-pdf-'));
  try {
    const page = path.join(work, 'report.html');
    const pdf = path.join(work, 'report.pdf');
    fs.writeFileSync(page, html);
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      `--user-data-dir=${path.join(work, 'profile')}`,
      `--print-to-pdf=${pdf}`,
      '--no-pdf-header-footer',
      pathToFileURL(page).href,
    ];
    const stderr = await run(browser, args);
    if (!fs.existsSync(pdf) || fs.statSync(pdf).size === 0) {
      throw new AppError('INTERNAL', `浏览器 ${browser} 未能生成 PDF：${stderr.trim().split('\n').slice(-3).join(' ') || '没有输出'}`);
    }
    fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
    fs.copyFileSync(pdf, outFile);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: PRINT_TIMEOUT_MS, maxBuffer: 10 * 1024 * 1024 }, (err, _stdout, stderr) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') reject(noBrowserError());
      else if (err && err.killed) reject(new AppError('INTERNAL', `浏览器 ${file} 生成 PDF 超时（${PRINT_TIMEOUT_MS / 1000} 秒）`));
      // A non-zero exit with a PDF written is still a success (some builds complain about the profile).
      else resolve(String(stderr ?? ''));
    });
  });
}
