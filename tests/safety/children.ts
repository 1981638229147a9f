// The safety runner's child processes: bundled once with esbuild (a fraction of tsx's start-up cost,
// which matters at dozens of starts), then run with a time limit, their output read line by line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../helpers/server';

/** Inside the repository, so the bundles resolve their packages from its node_modules. */
export const BUNDLE_DIR = path.join(ROOT, 'node_modules/.cache/taizhang-safety');

export interface Bundles {
  corpusCase: string;
  crashChild: string;
}

export async function bundleChildren(): Promise<Bundles> {
  await build({
    entryPoints: { corpusCase: path.join(ROOT, 'tests/safety/corpusCase.ts'), crashChild: path.join(ROOT, 'tests/safety/crashChild.ts') },
    outdir: BUNDLE_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return { corpusCase: path.join(BUNDLE_DIR, 'corpusCase.mjs'), crashChild: path.join(BUNDLE_DIR, 'crashChild.mjs') };
}

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

export interface RunOptions {
  timeoutMs: number;
  /** Called for each line the child prints; may kill it. */
  onLine?: (line: string, kill: () => void) => void;
  nodeArgs?: string[];
}

export function runChild(script: string, args: string[], options: RunOptions): Promise<ChildRun> {
  const started = Date.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  let pending = '';
  const kill = () => child.kill('SIGKILL');
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
  }, options.timeoutMs);
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    pending += chunk.toString();
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      options.onLine?.(line, kill);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

/** Runs tasks with at most `limit` at a time, keeping their order in the results. */
export async function pool<T, R>(items: readonly T[], limit: number, run: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
