// Runs benchmark cases in a process of their own, so a case's peak memory is its own, and writes each
// outcome as JSON: `node --import tsx tests/bench/worker.ts --cases A[,B…] --manifest M --out-dir D ...`.
// The full run gives every case its own worker; the smoke run shares one to start quickly.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_CASES, READER_CASES, type CaseSpec } from './cases/index';
import type { Manifest } from './fixtures';
import { peakRssMb, PendingError, type RunCounts } from './measure';
import { resultFile, type WorkerResult } from './protocol';

interface RunSettings {
  manifest: Manifest;
  counts: RunCounts;
  scratch: string;
  /** Give the reader comparison as many runs as the cases (it is capped otherwise). */
  compareReaders: boolean;
}

async function runOne(spec: CaseSpec, settings: RunSettings): Promise<WorkerResult> {
  const scratch = path.join(settings.scratch, spec.key);
  fs.mkdirSync(scratch, { recursive: true });
  try {
    const run = await spec.load();
    const cap = settings.compareReaders && READER_CASES.includes(spec) ? undefined : spec.maxRuns;
    const runs = Math.min(settings.counts.runs, cap ?? settings.counts.runs);
    const counts = { ...settings.counts, runs, minRuns: Math.min(runs, spec.minRuns ?? 1) };
    const outcome = await run({ manifest: settings.manifest, counts, scratch });
    return { status: 'ok', samples: outcome.samples, extra: outcome.extra ?? {}, peakRssMb: peakRssMb() };
  } catch (err) {
    const pending = err instanceof PendingError;
    return {
      status: pending ? 'pending' : 'error',
      samples: [],
      extra: {},
      peakRssMb: peakRssMb(),
      message: pending ? err.message : ((err as Error).stack ?? String(err)),
    };
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string' },
      manifest: { type: 'string' },
      'out-dir': { type: 'string' },
      scratch: { type: 'string' },
      warmup: { type: 'string', default: '1' },
      runs: { type: 'string', default: '3' },
      'budget-ms': { type: 'string', default: '10000' },
      'compare-readers': { type: 'boolean', default: false },
    },
  });
  const keys = values.cases?.split(',') ?? [];
  const specs = keys.map((k) => ALL_CASES.find((c) => c.key === k));
  const outDir = values['out-dir'];
  if (!keys.length || specs.some((s) => !s) || !values.manifest || !outDir || !values.scratch) {
    throw new Error('usage: worker --cases KEY[,KEY…] --manifest FILE --out-dir DIR --scratch DIR [--warmup N] [--runs N] [--budget-ms MS]');
  }
  const settings: RunSettings = {
    manifest: JSON.parse(fs.readFileSync(values.manifest, 'utf8')) as Manifest,
    counts: { warmup: Number(values.warmup), runs: Number(values.runs), budgetMs: Number(values['budget-ms']) },
    scratch: values.scratch,
    compareReaders: values['compare-readers']!,
  };
  for (const spec of specs as CaseSpec[]) {
    fs.writeFileSync(resultFile(outDir, spec.key), JSON.stringify(await runOne(spec, settings)));
  }
}

main()
  .then(() => process.exit(0)) // do not wait for lingering handles (browser pipes, timers)
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
