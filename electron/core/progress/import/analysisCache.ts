// The file analyses of the last preview, kept for the commit that follows it: the official previews a
// batch, then commits the very same files, and analysing every row again (matching it to the plan,
// comparing it with the stored records) is most of an import after reading. The commit goes through
// the same code as the preview; it only skips analysing a file when the kept analysis is certainly
// what analysing again would give:
//  - the same plan, file bytes and name, decision for the file, and unit and period named by the
//    call: everything analyseFile reads besides the database (the key);
//  - the database unchanged since the preview: no write through this connection and no commit by
//    another (repos/progress changeStamp), checked when the call starts;
//  - during the commit, no earlier file of the batch has written records of the same unit and
//    period: the only thing one file's writes change in what another file's analysis reads. (The
//    import entry and the audit log are not read; a period the batch creates is unlocked and holds
//    only records the batch wrote.) A preview's analysis compared with what an earlier file of its
//    batch would write (assumesBatchWrites) is never reused: that file may not be written at all.
// The session also gives the analyses what the call's earlier files change for a later file of the
// same unit and period (BatchView): in a preview their writes, which it assumes; in both, the records
// as they stood when the call began, which decide whether a file of another period waits.
// Only a dry run that changed nothing leaves analyses behind, and only those of its own files.
import type { Db } from '../../../db/db';
import { changeStamp, type RecordRow } from '../../../db/repos/progress';
import type { ProgressFields } from '../../../shared/api/progress';
import type { BatchView, Decision, FileAnalysis } from './analyseFile';
import { MAX_CACHED_ROWS } from './parseCache';

/** What a file's analysis depends on besides the database. */
export interface AnalysisKey {
  planId: number;
  sha256: string;
  name: string;
  unit: string | undefined;
  period: string | undefined;
  decision: Decision | undefined;
}

const keyText = (k: AnalysisKey) => JSON.stringify([k.planId, k.sha256, k.name, k.unit ?? null, k.period ?? null, k.decision ?? null]);
const ownerKey = (unitId: number | null, period: string | null) => `${unitId}:${period}`;
const ownerOf = (a: FileAnalysis) => ownerKey(a.unitId, a.result.period);

export class AnalysisCache {
  private stamp: string | null = null;
  private kept = new Map<string, FileAnalysis>();

  /** Starts an import call: what was kept survives only if the database is as it was left. */
  begin(db: Db): AnalysisSession {
    const stamp = changeStamp(db);
    const usable = stamp === this.stamp ? this.kept : new Map<string, FileAnalysis>();
    this.kept = new Map();
    this.stamp = null;
    return new AnalysisSession(usable, (analyses) => {
      // Kept only when nothing was written meanwhile, so every analysis still describes the database.
      if (changeStamp(db) !== stamp) return;
      this.kept = analyses;
      this.stamp = stamp;
    });
  }
}

/** One import call's use of the cache. */
export class AnalysisSession implements BatchView {
  private readonly used = new Map<string, FileAnalysis>();
  /** Unit–period pairs whose records this call has written. */
  private readonly written = new Set<string>();
  /** A dry run's counterpart: what its files would write, by unit–period pair and task. */
  private readonly wouldWrite = new Map<string, Map<number, ProgressFields>>();
  /** Each unit–period pair's records as they stood when the call began, once a file of it was analysed. */
  private readonly before = new Map<string, ReadonlyMap<number, RecordRow>>();

  constructor(
    private readonly usable: ReadonlyMap<string, FileAnalysis>,
    private readonly keep: (analyses: Map<string, FileAnalysis>) => void,
  ) {}

  /** The kept analysis for the key, unless this call has since written what it read; else a fresh one. */
  analysis(key: AnalysisKey, analyse: () => FileAnalysis): FileAnalysis {
    const text = keyText(key);
    const kept = this.usable.get(text);
    const owner = kept && ownerOf(kept);
    const reusable = kept && owner && !kept.assumesBatchWrites && !this.written.has(owner) && !this.wouldWrite.has(owner);
    // A kept analysis read the records before any write of this call: they are the call's "before".
    if (reusable && !this.before.has(owner)) this.before.set(owner, kept.stored);
    const analysis = reusable ? kept : analyse();
    if (!this.written.size) this.used.set(text, analysis);
    return analysis;
  }

  /** The file's records have been written: analyses of the same unit and period are stale now. */
  wrote(analysis: FileAnalysis): void {
    this.written.add(ownerOf(analysis));
  }

  /** A dry run accepted the file: later files of its unit and period are compared with its writes (pendingWrites). */
  previewed(analysis: FileAnalysis): void {
    if (!analysis.built?.writes.length) return;
    const owner = ownerOf(analysis);
    let writes = this.wouldWrite.get(owner);
    if (!writes) this.wouldWrite.set(owner, (writes = new Map()));
    for (const w of analysis.built.writes) writes.set(w.task.id, w.fields);
  }

  pendingWrites(unitId: number, period: string): ReadonlyMap<number, ProgressFields> | undefined {
    return this.wouldWrite.get(ownerKey(unitId, period));
  }

  storedBefore(unitId: number, period: string, current: ReadonlyMap<number, RecordRow>): ReadonlyMap<number, RecordRow> {
    const owner = ownerKey(unitId, period);
    let records = this.before.get(owner);
    if (!records) this.before.set(owner, (records = current));
    return records;
  }

  /** Ends the call: a dry run leaves its analyses for the commit (up to as many rows as parseCache keeps). */
  end(): void {
    let rows = 0;
    for (const a of this.used.values()) rows += a.result.rows.length;
    if (!this.written.size && rows <= MAX_CACHED_ROWS) this.keep(this.used);
  }
}

const caches = new WeakMap<Db, AnalysisCache>();

/** The cache of the open database (another database, e.g. after a restore, starts empty). */
export function analysisCacheFor(db: Db): AnalysisCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new AnalysisCache()));
  return cache;
}
