// Crash safety: a large import commit is killed (SIGKILL) at seeded random moments; each time the
// database must open, pass integrity_check, and hold the whole import or none of it.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../electron/db/connection';
import { seededRandom } from '../helpers/random';
import { pool, runChild, type Bundles } from './children';
import { tableCounts } from './digest';
import type { CrashBase } from './setup';

export interface KillPoint {
  /** Milliseconds after the transaction began, or 'done': the moment the commit returned, before the connection closes. */
  delayMs: number | 'done';
  outcome: 'none' | 'whole' | 'partial' | 'unopenable';
  detail: string;
}

export interface CrashReport {
  commitMs: number;
  rowsImported: number;
  points: KillPoint[];
  failures: string[];
}

const CHILD_TIMEOUT_MS = 120_000;

/** Runs the import uninterrupted in a copy; returns how long its transaction took and the counts after. */
async function calibrate(bundles: Bundles, base: CrashBase, dir: string) {
  const db = path.join(dir, 'calibrate.db');
  fs.copyFileSync(base.dbPath, db);
  let commitAt = 0;
  let doneAt = 0;
  const run = await runChild(bundles.crashChild, [db, base.returnFile, path.join(dir, 'calibrate-backups')], {
    timeoutMs: CHILD_TIMEOUT_MS,
    onLine: (line) => {
      if (line === 'commit') commitAt = Date.now();
      if (line === 'done') doneAt = Date.now();
    },
  });
  if (run.code !== 0 || !doneAt) throw new Error(`the uninterrupted import failed: ${run.stderr || run.stdout}`);
  const commitMs = doneAt - commitAt;
  return { commitMs, whole: await countsOf(db) };
}

async function countsOf(file: string): Promise<Record<string, number>> {
  const db = await openDatabase(file);
  try {
    return tableCounts(db);
  } finally {
    db.close();
  }
}

/** Kills right after a commit returned, proving a committed import survives SIGKILL whole. */
const KILLS_AT_DONE = 3;

export async function runCrashTest(bundles: Bundles, base: CrashBase, dir: string, killPoints: number, seed: number): Promise<CrashReport> {
  const none = await countsOf(base.dbPath);
  const { commitMs, whole } = await calibrate(bundles, base, dir);
  const rowsImported = (whole.progress ?? 0) - (none.progress ?? 0);
  const random = seededRandom(seed);
  // Spread over the transaction and past it (its length varies with the machine's load).
  const delays: KillPoint['delayMs'][] = [
    ...Array.from({ length: killPoints }, () => Math.round(random() * commitMs * 1.5)),
    ...Array.from({ length: KILLS_AT_DONE }, () => 'done' as const),
  ];
  const same = (a: Record<string, number>, b: Record<string, number>) => JSON.stringify(a) === JSON.stringify(b);

  const points = await pool(delays, 2, async (delayMs, i): Promise<KillPoint> => {
    const db = path.join(dir, `kill-${i}.db`);
    fs.copyFileSync(base.dbPath, db);
    const run = await runChild(bundles.crashChild, [db, base.returnFile, path.join(dir, `kill-${i}-backups`)], {
      timeoutMs: CHILD_TIMEOUT_MS,
      onLine: (line, kill) => {
        if (line === 'commit' && delayMs !== 'done') setTimeout(kill, delayMs);
        if (line === 'done' && delayMs === 'done') kill();
      },
    });
    let counts: Record<string, number>;
    try {
      counts = await countsOf(db); // openDatabase runs the integrity check and refuses a damaged file
    } catch (err) {
      return { delayMs, outcome: 'unopenable', detail: (err as Error).message };
    } finally {
      for (const f of fs.readdirSync(dir).filter((n) => n.startsWith(`kill-${i}.`) || n.startsWith(`kill-${i}-`))) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
    }
    const outcome = same(counts, whole) ? 'whole' : same(counts, none) ? 'none' : 'partial';
    const how = run.signal === 'SIGKILL' ? 'killed' : `exited ${run.code}`;
    return { delayMs, outcome, detail: outcome === 'partial' ? `${how}; counts ${JSON.stringify(counts)}` : how };
  });

  const failures = points.flatMap((p, i) =>
    p.outcome === 'partial' || p.outcome === 'unopenable' ? [`kill point ${i + 1} at ${p.delayMs === 'done' ? 'the commit' : `+${p.delayMs} ms`}: ${p.outcome} (${p.detail})`] : [],
  );
  const atDone = points.filter((p) => p.delayMs === 'done');
  if (atDone.some((p) => p.outcome !== 'whole')) failures.push('an import killed right after its commit returned was not kept whole');
  if (rowsImported <= 0) failures.push('the uninterrupted import stored no progress rows: nothing was tested');
  return { commitMs, rowsImported, points, failures };
}
