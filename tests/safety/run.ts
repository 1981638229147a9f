// `npm run test:safety`: every hostile file against the real handlers (each in its own process,
// timed and measured), then the kill test. Prints one summary line from what actually ran and
// exits non-zero on any failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BAD_CASES, type BadCase, type Expectation } from '../fixtures/bad/cases';
import { SMALL_DIR } from '../fixtures/bad/generate';
import { buildRuntimeCorpus } from '../fixtures/bad/runtimeCorpus';
import { bundleChildren, pool, runChild, type Bundles } from './children';
import type { CallResult, CaseResult, CaseSpec } from './corpusCase';
import { runCrashTest } from './crash';
import { buildCorpusBase, buildCrashBase, type CorpusBase } from './setup';

/** Explicit limits per hostile file: all three calls together, process start included. CPU time, not wall time, so a busy machine does not fail the run. */
const MAX_CASE_CPU_MS = 20_000;
const MAX_CASE_RSS_MB = 1_024;
/** A case still running after this (wall time) is a hang. */
const HANG_MS = 120_000;
const KILL_POINTS = 25;
const KILL_SEED = 20240501;

const CJK = /[\u4e00-\u9fff]/;
/** --verbose prints every call's message; --only NAME,NAME runs just those files (and no kill test). */
const VERBOSE = process.argv.includes('--verbose');
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]!.split(',') : null;

interface CaseReport {
  case: BadCase;
  result: CaseResult | null;
  failures: string[];
  rejected: boolean;
  imported: boolean;
  crashed: boolean;
  stored: boolean;
}

function judgeCall(c: BadCase, what: string, call: CallResult, expected: Expectation): string[] {
  const f: string[] = [];
  if (call.verdict === 'crash') return [`${what}: crashed (${call.code ?? 'exception'}: ${call.message.slice(0, 300)})`];
  if (call.verdict === 'rejected') {
    if (!CJK.test(call.message)) f.push(`${what}: the error is not a clear Chinese message: ${call.message}`);
    if (c.limit && !/上限/.test(call.message)) f.push(`${what}: the error does not state the limit: ${call.message}`);
    if (expected === 'import') f.push(`${what}: refused a file it should import: ${call.message}`);
    if (call.stored) f.push(`${what}: stored something although it refused the file`);
  }
  if (call.verdict === 'ok' && expected === 'reject') f.push(`${what}: accepted a file it should refuse`);
  return f;
}

async function runCase(bundles: Bundles, base: CorpusBase, c: BadCase, filePath: string, work: string): Promise<CaseReport> {
  const dir = fs.mkdtempSync(path.join(work, 'case-'));
  const dbPath = path.join(dir, 'taizhang.db');
  fs.copyFileSync(base.dbPath, dbPath);
  const spec: CaseSpec = { dbPath, backupDir: path.join(dir, 'backups'), filePath, planId: base.planId, unitId: base.unitId, case: c };
  const specFile = path.join(dir, 'spec.json');
  fs.writeFileSync(specFile, JSON.stringify(spec));
  const run = await runChild(bundles.corpusCase, [specFile], { timeoutMs: HANG_MS, nodeArgs: ['--max-old-space-size=2048'] });
  fs.rmSync(dir, { recursive: true, force: true });

  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  const report: CaseReport = { case: c, result: null, failures: [], rejected: false, imported: false, crashed: false, stored: false };
  if (run.timedOut) {
    report.crashed = true;
    report.failures.push(`hung: still running after ${HANG_MS / 1000} s`);
    return report;
  }
  if (!line) {
    report.crashed = true;
    report.failures.push(`the process died (${run.signal ?? `exit ${run.code}`}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return report;
  }
  const r = JSON.parse(line.slice('RESULT '.length)) as CaseResult;
  report.result = r;
  report.failures.push(
    ...judgeCall(c, 'plans.parse', r.parse, c.parse),
    ...judgeCall(c, 'progress.import (dry run)', r.dryRun, c.progress),
    ...judgeCall(c, 'progress.import (commit)', r.commit, c.progress),
  );
  if (r.parse.stored) report.failures.push('plans.parse changed the database');
  if (r.dryRun.stored) report.failures.push('progress.import dry run changed the database');
  report.failures.push(...r.checks);
  if (r.cpuMs > MAX_CASE_CPU_MS) report.failures.push(`took ${(r.cpuMs / 1000).toFixed(1)} s of CPU, over the ${MAX_CASE_CPU_MS / 1000} s limit`);
  if (r.maxRssMb > MAX_CASE_RSS_MB) report.failures.push(`peak memory ${r.maxRssMb} MB, over the ${MAX_CASE_RSS_MB} MB limit`);
  const calls = [r.parse, r.dryRun, r.commit];
  report.crashed = calls.some((x) => x.verdict === 'crash');
  // A bad input counts as rejected when the import refused it, previewed and committed.
  report.rejected = r.commit.verdict === 'rejected' && r.dryRun.verdict === 'rejected';
  report.imported = r.commit.verdict === 'ok';
  report.stored = calls.some((x) => x.verdict === 'rejected' && x.stored);
  return report;
}

function caseLine(r: CaseReport): string {
  const res = r.result;
  const verdicts = res ? [res.parse, res.dryRun, res.commit].map((x) => x.verdict.padEnd(8)).join(' ') : 'no result'.padEnd(26);
  const cost = res ? `${(res.cpuMs / 1000).toFixed(1).padStart(5)} s CPU ${String(res.maxRssMb).padStart(5)} MB` : '';
  const mark = r.failures.length ? '✗' : '✓';
  return `  ${mark} ${r.case.file.padEnd(28)} ${verdicts} ${cost}`;
}

async function main(): Promise<number> {
  const started = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-safety-'));
  try {
    const [bundles, base, crashBase] = await Promise.all([bundleChildren(), buildCorpusBase(work), ONLY ? null : buildCrashBase(work)]);
    const runtimeDir = path.join(work, 'runtime');
    fs.mkdirSync(runtimeDir);
    await buildRuntimeCorpus(runtimeDir, base.template);

    console.log('Hostile and broken files (plans.parse · import dry run · import commit · CPU time · peak memory):');
    const reports = await pool(ONLY ? BAD_CASES.filter((c) => ONLY.includes(c.file)) : BAD_CASES, 2, async (c) => {
      const file = path.join(c.runtime ? runtimeDir : SMALL_DIR, c.file);
      if (!fs.existsSync(file)) {
        return { case: c, result: null, failures: [`missing file ${file} (run: npx tsx tests/fixtures/bad/generate.ts)`], rejected: false, imported: false, crashed: false, stored: false };
      }
      const r = await runCase(bundles, base, c, file, work);
      console.log(caseLine(r));
      for (const f of r.failures) console.log(`      ${f}`);
      if (VERBOSE && r.result) for (const [k, v] of Object.entries({ parse: r.result.parse, dryRun: r.result.dryRun, commit: r.result.commit })) console.log(`      ${k}: ${v.message.slice(0, 200)}`);
      return r;
    });
    fs.rmSync(runtimeDir, { recursive: true, force: true }); // the 200 MB file and the bombs

    console.log(`\nKill test: ${crashBase ? KILL_POINTS : 0} SIGKILLs during a commit of a returned sheet (seed ${KILL_SEED})…`);
    const crash = crashBase ? await runCrashTest(bundles, crashBase, work, KILL_POINTS, KILL_SEED) : { commitMs: 0, rowsImported: 0, points: [], failures: [] };
    const tally = (o: string) => crash.points.filter((p) => p.outcome === o).length;
    console.log(`  one commit of ${crash.rowsImported} rows takes ${crash.commitMs} ms; outcomes: ${tally('none')} none, ${tally('whole')} whole, ${tally('partial')} partial, ${tally('unopenable')} unopenable`);
    for (const f of crash.failures) console.log(`      ${f}`);

    const failed = reports.filter((r) => r.failures.length);
    const rejected = reports.filter((r) => r.rejected).length;
    const imported = reports.filter((r) => r.imported).length;
    const stored = reports.filter((r) => r.stored).length;
    const crashes = reports.filter((r) => r.crashed).length;
    const partial = tally('partial') + tally('unopenable');
    console.log(
      `\nsafety: ${rejected} bad inputs rejected, ${imported} imported safely, ${stored} stored, ${crashes} crashes; ` +
        `${crash.points.length} kill points, ${partial} partial imports (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
    if (failed.length || crash.failures.length) {
      console.log(`FAILED: ${failed.map((r) => r.case.file).join(', ')}${crash.failures.length ? `${failed.length ? '; ' : ''}kill test` : ''}`);
      return 1;
    }
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error((err as Error).stack ?? String(err));
    process.exit(1);
  },
);
