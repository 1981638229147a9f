// One hostile file against the real handlers, in its own process (so a crash, a hang or a memory
// blow-up is contained and measured): plans.parse, progress.import dry run, then commit.
// Prints one line "RESULT <json>".
import fs from 'node:fs';
import { openBackend } from '../../electron/core/backend';
import type { ProgressImportResult } from '../../electron/shared/api/progress';
import type { Envelope } from '../../electron/shared/result';
import type { BadCase } from '../fixtures/bad/cases';
import { tableDigest } from './digest';
import { checkImport } from './importChecks';

export interface CaseSpec {
  dbPath: string;
  backupDir: string;
  filePath: string;
  planId: number;
  unitId: number;
  case: BadCase;
}

export type Verdict = 'ok' | 'rejected' | 'crash';

export interface CallResult {
  verdict: Verdict;
  code: string | null;
  message: string;
  ms: number;
  /** The call changed the database. */
  stored: boolean;
}

export interface CaseResult {
  parse: CallResult;
  dryRun: CallResult;
  commit: CallResult;
  checks: string[];
  /** CPU time of the whole process (user + system), start-up included: unlike wall time, not inflated by a busy machine. */
  cpuMs: number;
  maxRssMb: number;
}

const spec = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as CaseSpec;

async function main(): Promise<CaseResult> {
  const b = await openBackend({ dbPath: spec.dbPath, transport: 'cli', backupDir: spec.backupDir });
  const read = fs.readFileSync(spec.filePath);
  const file = { name: spec.case.file, bytes: new Uint8Array(read.buffer, read.byteOffset, read.byteLength) };

  const measure = async (name: string, input: unknown, judge: (env: Envelope<unknown>) => Omit<CallResult, 'ms' | 'stored'>): Promise<CallResult> => {
    const before = tableDigest(b.ctx.db);
    const t0 = Date.now();
    let result: Omit<CallResult, 'ms' | 'stored'>;
    try {
      result = judge(await b.registry.invoke(name, input, b.ctx));
    } catch (err) {
      result = { verdict: 'crash', code: null, message: `threw: ${(err as Error).stack ?? String(err)}` };
    }
    return { ...result, ms: Date.now() - t0, stored: tableDigest(b.ctx.db) !== before };
  };

  const parse = await measure('plans.parse', { source: { kind: 'file', file } }, envelopeVerdict);
  const importInput = (dryRun: boolean) => ({ planId: spec.planId, files: [file], dryRun });
  const dryRun = await measure('progress.import', importInput(true), importVerdict);
  const commit = await measure('progress.import', importInput(false), importVerdict);
  const checks = commit.verdict === 'ok' && spec.case.check ? await checkImport(b, spec.case.check, spec.planId, spec.unitId) : [];
  b.close();
  const usage = process.resourceUsage();
  return { parse, dryRun, commit, checks, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000), maxRssMb: Math.round(usage.maxRSS / 1024) };
}

/** An error envelope is a rejection, unless it is INTERNAL (an unexpected exception): that is a crash. */
function envelopeVerdict(env: Envelope<unknown>): Omit<CallResult, 'ms' | 'stored'> {
  if (env.ok) return { verdict: 'ok', code: null, message: '' };
  return { verdict: env.error.code === 'INTERNAL' ? 'crash' : 'rejected', code: env.error.code, message: env.error.message };
}

/**
 * progress.import reports an unreadable file as data: status 'rejected' with its errors. A zip of
 * returns gives a result per file inside it: rejected when every one of them is.
 */
function importVerdict(env: Envelope<unknown>): Omit<CallResult, 'ms' | 'stored'> {
  if (!env.ok) return envelopeVerdict(env);
  const { files } = env.value as ProgressImportResult;
  if (!files.length) return { verdict: 'crash', code: null, message: 'no result for the file' };
  if (files.every((f) => f.status === 'rejected')) return { verdict: 'rejected', code: 'BAD_FILE', message: files.flatMap((f) => f.errors).join('；') };
  return { verdict: 'ok', code: null, message: files.flatMap((f) => f.warnings).join('；') };
}

main().then(
  (r) => console.log(`RESULT ${JSON.stringify(r)}`),
  (err: unknown) => {
    console.error((err as Error).stack ?? String(err));
    process.exit(1);
  },
);
