// Timing and calling helpers shared by the cases: the app's handlers are called through the
// registry on a real SQLite file, exactly as IPC, HTTP and the CLI call them.
import { performance } from 'node:perf_hooks';
import type { Input, MethodName, Output } from '../../electron/shared/contract';
import { testBackend, type TestBackend } from '../helpers/backend';

/** A handler the case needs is still the placeholder: the case reports "pending" instead of a figure. */
export class PendingError extends Error {
  constructor(readonly method: string) {
    super(`${method} 尚未实现`);
    this.name = 'PendingError';
  }
}

const NOT_IMPLEMENTED = '尚未实现';

export interface BenchBackend extends TestBackend {
  /** Calls a method; throws PendingError for a placeholder handler, Error for any other failure. */
  must<K extends MethodName>(name: K, input: Input<K>): Promise<Output<K>>;
}

/** Opens the app's backend on an existing (prepared) database file, or a new one. */
export async function benchBackend(dbPath?: string): Promise<BenchBackend> {
  const backend = await testBackend(dbPath ? { dbPath } : {});
  return {
    ...backend,
    async must(name, input) {
      const env = await backend.invoke(name, input);
      if (env.ok) return env.value;
      if (env.error.message.includes(NOT_IMPLEMENTED)) throw new PendingError(name);
      throw new Error(`${name} failed: ${env.error.code} ${env.error.message}`);
    },
  };
}

export interface Stats {
  median: number;
  min: number;
  max: number;
}

export function stats(samples: readonly number[]): Stats {
  if (!samples.length) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** How many times to run a case: warm-ups, measured runs, and a time budget that caps the measured runs. */
export interface RunCounts {
  warmup: number;
  runs: number;
  /** Stop measuring once this much time went by (after at least `minRuns` measured runs). */
  budgetMs: number;
  /** Measured runs taken whatever the budget (1 when absent): a figure one run decides is the machine's worst moment as often as the code's. */
  minRuns?: number;
}

export interface RunPlan<S> extends RunCounts {
  /** Per-run preparation, not timed (e.g. a fresh copy of the database). */
  before?: () => Promise<S> | S;
  /** The timed work; `lap(name)` records the time since the previous lap (or the start) as a phase. */
  run: (state: S, lap: (phase: string) => void) => Promise<unknown> | unknown;
  /** Per-run cleanup, not timed. */
  after?: (state: S) => Promise<void> | void;
}

export interface Timings {
  /** Total ms per measured run. */
  samples: number[];
  /** CPU ms (user + system) of this process per measured run: steadier than wall time on a busy machine. */
  cpu: number[];
  /** Ms per measured run of each lapped phase. */
  phases: Record<string, number[]>;
}

/**
 * Runs `warmup` untimed then up to `runs` timed repetitions, within the budget. A warm-up slower than
 * the whole budget counts as the one measurement: for work that slow, start-up costs are noise,
 * and running it again would only blow the benchmark's time limit.
 */
export async function timeRuns<S = undefined>(plan: RunPlan<S>): Promise<Timings> {
  const timings: Timings = { samples: [], cpu: [], phases: {} };
  let measuringSince: number | null = null;
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const state = (await plan.before?.()) as S;
    // Each run starts on a collected heap: neither its time nor its peak memory includes what the
    // runs before it left for the collector.
    collectGarbage();
    const laps: [string, number][] = [];
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let last = start;
    const lap = (phase: string) => {
      const now = performance.now();
      laps.push([phase, now - last]);
      last = now;
    };
    await plan.run(state, lap);
    const elapsed = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    await plan.after?.(state);
    const enough = timings.samples.length + 1 >= (plan.minRuns ?? 1);
    const slowWarmup = i < plan.warmup && elapsed > plan.budgetMs && enough;
    if (i < plan.warmup && !slowWarmup) continue;
    measuringSince ??= start;
    timings.samples.push(elapsed);
    timings.cpu.push((cpu.user + cpu.system) / 1000);
    for (const [phase, ms] of laps) (timings.phases[phase] ??= []).push(ms);
    if (slowWarmup || (enough && performance.now() - measuringSince > plan.budgetMs)) break;
  }
  return timings;
}

/** A full garbage collection, where the worker runs with --expose-gc (run.ts starts it so). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Figures every case reports besides its samples: median CPU ms, and the median of each phase. */
export function timingFigures({ cpu, phases }: Timings): Record<string, number> {
  return {
    cpu_ms: stats(cpu).median,
    ...Object.fromEntries(Object.entries(phases).map(([name, samples]) => [name, stats(samples).median])),
  };
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * A fixed piece of CPU work (10^8 additions), in ms. Shared or throttled cores drift in speed by half
 * again from hour to hour; printed with the figures, it tells a slow hour from a slower build.
 */
export function speedGauge(): number {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < 1e8; i++) sum += i % 7;
  if (sum < 0) throw new Error('unreachable'); // keeps the loop from being optimised away
  return Math.round(performance.now() - started);
}
