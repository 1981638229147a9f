// progress.import: parse → match → preview, and the commit is the very same path with dryRun false.
// `prepareImport` reads every file outside the transaction; `runImport` resolves, matches and compares
// against the database and — unless it is a dry run — writes each file in its own savepoint, so one
// bad file never stops (or half-writes) the others.
import type { Ctx } from '../../context';
import type { ImportedFile, ProgressImportResult } from '../../../shared/api/progress';
import type { FileInput } from '../../../shared/api/method';
import { getPeriod, type PeriodRow } from '../../../db/repos/periods';
import { listRecordsOfUnit, type RecordRow } from '../../../db/repos/progress';
import { findStandingImportsBySha } from '../../../db/repos/imports';
import { parsePeriod } from '../../../shared/periods';
import { AppError } from '../../../shared/result';
import type { Ledger } from '../ledger';
import { assertUnlocked, ensurePeriod, periodLockedError } from '../planPeriods';
import { readReturn, sha256Of, type ReturnedTable } from '../returns/readReturn';
import { buildRows, type FileDecision } from './buildRows';
import type { ParseCache, ReadOutcome } from './parseCache';
import { commitFile } from './commitFile';
import { importLedger } from './ledgerCache';
import type { TaskMatcher } from './matchRows';
import { judgeIdentity, resolvePeriod, resolveUnit, type IdentityTrust } from './resolveOwner';
import { UnitFinder } from './unitFinder';

export interface ImportRequest {
  planId: number;
  files: FileInput[];
  period?: string;
  unit?: string;
  dryRun: boolean;
  decisions?: FileDecisions;
}

/** The official's choices per file, keyed by its sha256 (see importDecisions in the contract). */
export type FileDecisions = Record<string, FileDecision & { unit?: string; period?: string }>;

export type PreparedFile = { file: FileInput; sha256: string } & ({ table: ReturnedTable; error: null } | { table: null; error: string });

/** Reads every file; a file that cannot be read carries its Chinese reason instead of a table. */
export async function prepareImport(files: readonly FileInput[], cache: ParseCache): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = [];
  for (const file of files) {
    const sha256 = sha256Of(file.bytes);
    let outcome = cache.get(sha256, file.name);
    if (!outcome) {
      outcome = readOne(file, sha256);
      cache.set(sha256, file.name, outcome);
    }
    prepared.push(outcome.table ? { file, sha256, table: { ...outcome.table, file }, error: null } : { file, sha256, table: null, error: outcome.error });
    // Yield between files so a long batch does not hold up other work of the process.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return prepared;
}

function readOne(file: FileInput, sha256: string): ReadOutcome {
  try {
    return { table: readReturn(file, sha256), error: null };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { table: null, error: err.message };
  }
}

export function runImport(ctx: Ctx, req: ImportRequest, prepared: readonly PreparedFile[]): ProgressImportResult {
  const { ledger, matcher } = importLedger(ctx.db, req.planId);
  if (req.period) {
    const period = getPeriod(ctx.db, req.planId, req.period);
    if (period?.locked) throw periodLockedError(req.period);
  }
  const batch: Batch = {
    ctx,
    req,
    ledger,
    units: new UnitFinder(ctx.db, ledger),
    matcher,
    seen: new Map(),
    owners: new Map(),
  };
  return { files: prepared.map((p) => importOne(batch, p)) };
}

interface Batch {
  ctx: Ctx;
  req: ImportRequest;
  ledger: Ledger;
  units: UnitFinder;
  matcher: TaskMatcher;
  /** sha256 → file name, for the same file twice in one batch. */
  seen: Map<string, string>;
  /** "unitId:period" → file name, for two files of one unit and period in one batch. */
  owners: Map<string, string>;
}

function importOne(batch: Batch, p: PreparedFile): ImportedFile {
  const { ctx, req, ledger } = batch;
  const out = emptyResult(p, req.dryRun);
  const reject = (reason: string): ImportedFile => ({ ...out, status: 'rejected', errors: [...out.errors, reason] });
  if (p.error !== null) return reject(p.error);
  const table = p.table;
  out.sheet = table.sheet;
  out.headerRow = table.headerRow;

  const twin = batch.seen.get(p.sha256);
  if (twin !== undefined) {
    out.warnings.push(`与本批中的文件“${twin}”内容完全相同，已跳过。`);
    return out;
  }
  batch.seen.set(p.sha256, p.file.name);

  const trust = judgeIdentity(table, ledger);
  if (trust.otherPlan) {
    return reject(`文件“${p.file.name}”是《${table.identity!.planTitle}》的填报表，不属于当前的《${ledger.plan.title}》，未导入。`);
  }
  if (trust.warning) out.warnings.push(trust.warning);

  const decision = req.decisions?.[p.sha256];
  const { unitId, periodRow } = identifyOwner(batch, table, trust, decision, out);
  const stored = storedRecords(ctx, periodRow, unitId);
  const unitTaskIds = unitId === null ? null : new Set(ledger.units.get(unitId)?.tasks.map((t) => t.task.id));
  if (unitId !== null && !unitTaskIds?.size) out.warnings.push(`“${out.unit}”在本工作要点中没有需要填报的任务，已按全部任务匹配。`);

  const matches = batch.matcher.matchRows(table.rows, unitId, trust.trusted ? table.sheetIdentity : null);
  const built = buildRows(table.rows, matches, ledger, stored, decision, unitTaskIds);
  out.rows = built.rows;
  out.unmatched = built.unmatched;
  out.warnings.push(...built.warnings);
  if (!table.rows.length) out.warnings.push('表中没有填报内容。');
  if (out.errors.length) return { ...out, status: 'rejected' };

  const owner = `${unitId}:${out.period}`;
  const sibling = batch.owners.get(owner);
  if (sibling) out.warnings.push(`本批中的文件“${sibling}”也是${out.unit}${parsePeriod(out.period!)!.label}的填报表，相同任务以后导入的为准。`);
  batch.owners.set(owner, p.file.name);

  const earlier = findStandingImportsBySha(ctx.db, req.planId, p.sha256)[0];
  if (earlier) {
    out.duplicateOf = earlier.id;
    out.warnings.push(`该文件已于 ${earlier.importedAt.slice(0, 10)} 导入过（导入记录 #${earlier.id}）。`);
    if (!built.writes.length) {
      out.warnings.push('内容与已导入的记录相同，无需再次导入。');
      return out;
    }
  }
  if (req.dryRun) return out;

  try {
    // A savepoint of its own: a failure here leaves the batch's other files as they were.
    out.importId = ctx.db.transaction(() => {
      const period = ensurePeriod(ctx.db, req.planId, out.period!);
      assertUnlocked(period);
      return commitFile(ctx, { ledger, file: p.file, sha256: p.sha256, unitId: unitId!, unit: out.unit!, period, table, built, stored });
    });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return reject(`文件“${p.file.name}”未导入：${err.message}`);
  }
  return out;
}

function emptyResult(p: PreparedFile, dryRun: boolean): ImportedFile {
  return {
    file: p.file.name,
    sha256: p.sha256,
    unit: null,
    unitId: null,
    period: null,
    status: dryRun ? 'dry-run' : 'imported',
    sheet: null,
    headerRow: null,
    unitSource: null,
    periodSource: null,
    importId: null,
    duplicateOf: null,
    rows: [],
    unmatched: [],
    errors: [],
    warnings: [],
  };
}

/** Settles the file's unit and period into `out` (or its errors) and finds the period's row if it exists. */
function identifyOwner(
  batch: Batch,
  table: ReturnedTable,
  trust: IdentityTrust,
  decision: FileDecisions[string] | undefined,
  out: ImportedFile,
): { unitId: number | null; periodRow: PeriodRow | null } {
  const { ctx, req, ledger } = batch;
  const unit = resolveUnit(table, trust, batch.units, decision?.unit, req.unit);
  const period = resolvePeriod(table, trust, ledger, decision?.period, req.period);
  out.warnings.push(...unit.warnings, ...period.warnings);
  if (unit.value) Object.assign(out, { unit: unit.value.unit, unitId: unit.value.unitId, unitSource: unit.source });
  if (period.value) Object.assign(out, { period: period.value, periodSource: period.source });
  if (unit.error) out.errors.push(unit.error);
  if (period.error) out.errors.push(period.error);
  const periodRow = period.value ? (getPeriod(ctx.db, req.planId, period.value) ?? null) : null;
  if (periodRow?.locked) out.errors.push(periodLockedError(periodRow.code).message);
  return { unitId: unit.value?.unitId ?? null, periodRow };
}

/** The unit's stored records of the period, by task (empty when the period does not exist yet). */
function storedRecords(ctx: Ctx, period: PeriodRow | null, unitId: number | null): Map<number, RecordRow> {
  if (!period || unitId === null) return new Map();
  return new Map(listRecordsOfUnit(ctx.db, period.id, unitId).map((r) => [r.taskId, r]));
}
