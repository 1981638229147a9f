// The ledger in real Chromium on browser mode: how soon the first task row shows, and whether
// scrolling all 2,000 tasks stays smooth.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../../playwright.config';
import { buildServer, ROOT, startServer, stopServer } from '../../helpers/server';
import { requireDb } from '../fixtures';
import { stats, timeRuns } from '../measure';
import type { CaseRun } from './index';

/** A frame longer than this is a visible stutter. */
const LONG_FRAME_MS = 50;
/**
 * Frame times are whole vsync intervals (16.7 ms at 60 Hz) read from timestamps the browser coarsens
 * to 0.1 ms, so a frame of three intervals measures 49.9–50.1 ms: compared to the millisecond.
 */
const isLongFrame = (ms: number) => Math.round(ms) > LONG_FRAME_MS;
/** Pixels per wheel event: a brisk fling through the list. */
const WHEEL_STEP_PX = 400;

async function withBrowser<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Waits while dist/renderer is being rebuilt (vite empties it first and writes index.html last), so a
 * concurrent `npm run build:renderer` shows up as a pause rather than a 404 page.
 */
async function rendererBuilt(): Promise<void> {
  const index = path.join(ROOT, 'dist/renderer/index.html');
  for (let waited = 0; !fs.existsSync(index); waited += 200) {
    if (waited > 120_000) throw new Error('dist/renderer/index.html is missing: run npm run build:renderer');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A fresh tab (no stored state: the official's first visit), ready before the clock starts. */
async function blankTab(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  // tsx compiles with esbuild's keepNames, which wraps functions in __name(); functions sent to
  // page.evaluate carry those calls, so the page needs the (identity) helper too.
  await context.addInitScript('window.__name = (fn) => fn;');
  return context.newPage();
}

/** Opens the app in the tab (it starts on the ledger of the current plan) and waits for the first task's text. */
async function openLedger(page: Page, url: string, firstTask: string): Promise<Page> {
  await rendererBuilt();
  await page.goto(url);
  try {
    await page.getByText(firstTask.slice(0, 16)).first().waitFor({ state: 'visible', timeout: 60_000 });
  } catch (err) {
    const shot = path.join(ROOT, 'test-results/bench-ledger-failure.png');
    await page.screenshot({ path: shot });
    throw new Error(`the ledger's first task did not show (screenshot: ${shot}): ${(err as Error).message}`);
  }
  return page;
}

/**
 * From spawning the server to the first ledger row on screen. The browser is running and its tab open
 * before the clock starts: opening a tab is Playwright's work (~0.3 s here), not the app's.
 */
export const serveFirstRender: CaseRun = async ({ manifest, counts }) => {
  const { db } = requireDb(manifest, 'history');
  return withBrowser(async (browser) => {
    let child: ChildProcess | null = null;
    const { samples, phases } = await timeRuns<Page>({
      ...counts,
      // Both bundles are built before the clock starts (startServer builds the server on first use).
      before: async () => {
        await Promise.all([rendererBuilt(), buildServer()]);
        return blankTab(browser);
      },
      run: async (tab, lap) => {
        const server = await startServer(db);
        child = server.child;
        lap('server_start');
        await openLedger(tab, server.url, manifest.history.firstTask);
        lap('page');
      },
      after: async (tab) => {
        await tab.context().close();
        if (child) await stopServer(child);
      },
    });
    return { samples, extra: { server_start: stats(phases.server_start!).median, page: stats(phases.page!).median } };
  });
};

/** Marks the ledger's scroller (the tallest element with hidden content below) and returns its centre. */
function markScroller(): { x: number; y: number } | null {
  const all = [document.scrollingElement!, ...Array.from(document.querySelectorAll('*'))];
  const scroller = all.filter((el) => el && el.scrollHeight > el.clientHeight + 50).sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
  if (!scroller) return null;
  scroller.setAttribute('data-bench-scroller', '');
  const box = scroller.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + Math.min(box.height, window.innerHeight) / 2 };
}

/**
 * Records every animation frame's duration until stopFrames() is called. Each recording is its own
 * loop: a loop still waiting for its next frame when the next recording starts stops there, instead
 * of adding every frame a second time.
 */
function startFrames(): void {
  const w = window as unknown as { benchFrames: number[]; benchLoop: number };
  const loop = (w.benchLoop ?? 0) + 1;
  w.benchLoop = loop;
  const frames: number[] = [];
  w.benchFrames = frames;
  let last = performance.now();
  const tick = (now: number) => {
    if (w.benchLoop !== loop) return;
    frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(tick);
  });
}

function stopFrames(): number[] {
  const w = window as unknown as { benchFrames: number[]; benchLoop: number };
  w.benchLoop++;
  return w.benchFrames;
}

function scrollPosition(): { top: number; max: number } {
  const el = document.querySelector('[data-bench-scroller]')!;
  return { top: el.scrollTop, max: el.scrollHeight - el.clientHeight };
}

interface ScrollResult {
  frames: number[];
  /** Frames of a second with the page left alone: long ones here mean the machine, not the ledger, is slow. */
  idleFrames: number[];
  scrollHeight: number;
}

/**
 * Scrolls the ledger from top to bottom with the mouse wheel, as a user flinging through it
 * (real wheel events, so a virtual table's own wheel handling runs), recording every frame.
 */
async function scrollToBottom(page: Page): Promise<ScrollResult> {
  const centre = await page.evaluate(markScroller);
  if (!centre) throw new Error('found no scrollable ledger on the page');
  await page.mouse.move(centre.x, centre.y);
  await page.evaluate(startFrames);
  await page.waitForTimeout(1000);
  const idleFrames = await page.evaluate(stopFrames);
  await page.evaluate(startFrames);
  let pos = await page.evaluate(scrollPosition);
  let moved = Date.now();
  // A busy page may take a while to apply a wheel event; give up only after 5 s without any progress.
  while (pos.top < pos.max - 1 && Date.now() - moved < 5_000) {
    await page.mouse.wheel(0, WHEEL_STEP_PX);
    const next = await page.evaluate(scrollPosition);
    if (next.top > pos.top) moved = Date.now();
    pos = next;
  }
  if (pos.top < pos.max - 1) throw new Error(`the ledger stopped scrolling at ${Math.round(pos.top)} of ${pos.max} px`);
  await page.waitForTimeout(200); // the frames that render the last wheel events
  const frames = await page.evaluate(stopFrames);
  return { frames, idleFrames, scrollHeight: pos.max };
}

/** Long frames (> 50 ms) while scrolling the whole ledger; one fresh page per run. */
export const ledgerScroll: CaseRun = async ({ manifest, counts }) => {
  const { db } = requireDb(manifest, 'history');
  const server = await startServer(db);
  try {
    return await withBrowser(async (browser) => {
      const scrolls: ScrollResult[] = [];
      const { samples } = await timeRuns({
        ...counts,
        run: async () => {
          const page = await openLedger(await blankTab(browser), server.url, manifest.history.firstTask);
          await page.waitForTimeout(500); // let the first render settle, as a reader would before scrolling
          scrolls.push(await scrollToBottom(page));
          await page.context().close();
        },
      });
      const measured = scrolls.slice(scrolls.length - samples.length);
      const frames = measured.flatMap((s) => s.frames);
      const longFrames = (f: number[]) => f.filter(isLongFrame).length;
      return {
        samples: measured.map((s) => longFrames(s.frames)),
        extra: {
          idle_long_frames: stats(measured.map((s) => longFrames(s.idleFrames))).median,
          frames: Math.round(frames.length / measured.length),
          max_frame_ms: Math.round(Math.max(...frames)),
          median_frame_ms: Math.round(stats(frames).median * 10) / 10,
          scroll_height_px: measured[0]!.scrollHeight,
        },
      };
    });
  } finally {
    await stopServer(server.child);
  }
};
