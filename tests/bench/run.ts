// `npm run bench [-- --smoke] [--only a,b] [--runs N] [--compare-readers] [--out FILE] [--keep]`
// Builds the inputs in a temp folder, runs each case in a worker process of its own, prints the
// table and writes bench-results.json (smoke: test-results/bench-smoke.json).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CASES, READER_CASES, type CaseSpec } from './cases/index';
import { ROOT } from '../helpers/server';
import { buildFixtures, type Manifest } from './fixtures';
import { speedGauge, type RunCounts } from './measure';
import { collectFigures, renderReport, writeResults, type CaseResult } from './report';
import { FULL, SMOKE } from './sizes';
import { resultFile, type WorkerResult } from './protocol';

const WORKER = path.join(ROOT, 'tests/bench/worker.ts');

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the renderer when dist/renderer is missing or older than its sources, so the browser cases measure today's UI. */
async function ensureRenderer(): Promise<void> {
  const index = path.join(ROOT, 'dist/renderer/index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(newestMtime(path.join(ROOT, 'renderer/src')), newestMtime(path.join(ROOT, 'electron/shared')));
  if (built > sources) return;
  log(built ? 'renderer sources changed: rebuilding dist/renderer' : 'dist/renderer missing: building it');
  await runChild(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], 180_000);
}

function runChild(command: string, args: string[], timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

interface RunOptions {
  manifestFile: string;
  dir: string;
  counts: RunCounts;
  compareReaders: boolean;
  timeoutMs: number;
}

/** Runs the cases in one worker process; a case without a result file failed with the worker. */
async function runWorker(specs: CaseSpec[], opts: RunOptions): Promise<CaseResult[]> {
  const started = Date.now();
  const code = await runChild(
    process.execPath,
    [
      '--expose-gc', '--import', 'tsx', WORKER,
      '--cases', specs.map((s) => s.key).join(','),
      '--manifest', opts.manifestFile,
      '--out-dir', opts.dir,
      '--scratch', path.join(opts.dir, 'scratch'),
      '--warmup', String(opts.counts.warmup),
      '--runs', String(opts.counts.runs),
      '--budget-ms', String(opts.counts.budgetMs),
      ...(opts.compareReaders ? ['--compare-readers'] : []),
    ],
    opts.timeoutMs * specs.length,
  );
  return specs.map((spec) => {
    const file = resultFile(opts.dir, spec.key);
    const result: WorkerResult = fs.existsSync(file)
      ? (JSON.parse(fs.readFileSync(file, 'utf8')) as WorkerResult)
      : { status: 'error', samples: [], extra: {}, peakRssMb: 0, message: `worker exited with ${code ?? 'a timeout'} before this case finished` };
    log(`${spec.key}: ${result.status}${specs.length === 1 ? ` in ${((Date.now() - started) / 1000).toFixed(1)} s` : ''}`);
    return { ...result, spec };
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      only: { type: 'string' },
      runs: { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'compare-readers': { type: 'boolean', default: false },
    },
  });
  const smoke = values.smoke!;
  const sizes = smoke ? SMOKE : FULL;
  const only = values.only?.split(',').map((s) => s.trim());
  const selected = (specs: CaseSpec[]) => (only ? specs.filter((c) => only.includes(c.key)) : specs);
  // The reader comparison always runs, briefly; --compare-readers gives it as many runs as the cases.
  const cases = [...selected(CASES), ...selected(READER_CASES)];
  if (!cases.length) throw new Error(`no case matches --only ${values.only}`);
  const out = path.resolve(ROOT, values.out ?? (smoke ? 'test-results/bench-smoke.json' : 'bench-results.json'));

  const started = Date.now();
  const gaugeBefore = speedGauge();
  if (cases.some((c) => c.browser)) await ensureRenderer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-bench-'));
  try {
    log(`building inputs in ${dir}`);
    const manifest: Manifest = await buildFixtures(dir, sizes, smoke);
    for (const [part, method] of Object.entries(manifest.pending)) log(`inputs for ${part} incomplete: ${method} is not implemented yet`);
    log(`inputs ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const opts: RunOptions = {
      manifestFile: path.join(dir, 'manifest.json'),
      dir,
      counts: { warmup: sizes.warmup, runs: values.runs ? Number(values.runs) : sizes.runs, budgetMs: sizes.budgetMs },
      compareReaders: values['compare-readers']!,
      timeoutMs: smoke ? 60_000 : 300_000,
    };
    // Full run: a worker per case, so each peak RSS is the case's own. Smoke: one worker, to start once.
    const results: CaseResult[] = [];
    for (const group of smoke ? [cases] : cases.map((c) => [c])) results.push(...(await runWorker(group, opts)));

    const figures = collectFigures(results);
    const gauge = { before: gaugeBefore, after: speedGauge() };
    console.log(renderReport(results, figures, smoke, gauge));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    writeResults(out, results, figures, smoke, gauge);
    log(`wrote ${path.relative(ROOT, out)} in ${((Date.now() - started) / 1000).toFixed(0)} s total`);
    if (results.some((r) => r.status === 'error')) process.exitCode = 1;
  } finally {
    if (values.keep) log(`inputs kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
