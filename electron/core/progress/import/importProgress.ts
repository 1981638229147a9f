// progress.import: parse → match → preview, and the commit is the very same path with dryRun false.
// `prepareImport` reads every file outside the transaction; `runImport` resolves, matches and compares
// against the database and — unless it is a dry run — writes each file that passes its checks, so one
// bad file never stops the others (and none is ever half-written: see importOne).
import type { Ctx } from '../../context';
import type { ImportedFile, ProgressImportResult } from '../../../shared/api/progress';
import type { FileInput } from '../../../shared/api/method';
import { getPeriod, type PeriodRow } from '../../../db/repos/periods';
import { isoDateInWords, localDate } from '../../../shared/format';
import { parsePeriod } from '../../../shared/periods';
import { AppError } from '../../../shared/result';
import type { Ledger } from '../ledger';
import { assertUnlocked, ensurePeriod, periodLockedError } from '../planPeriods';
import { assertReceivedBy } from '../receivedOn';
import { archiveFiles } from '../../files/archive';
import { sha256Of } from '../../files/sha256';
import { readReturnTables, tableName, tablesToExpand, type ReadChoice, type ReturnedTable } from '../returns/readReturn';
import { analyseFile, emptyResult, otherTablesOf, type AnalysisInput, type Decision } from './analyseFile';
import { analysisCacheFor, type AnalysisSession } from './analysisCache';
import type { ParseCache, ReadOutcome } from './parseCache';
import { commitFile } from './commitFile';
import { importLedger } from './ledgerCache';
import { SiblingTableIndex } from './siblingTables';
import { UnitFinder, type FoundUnit } from './unitFinder';

export interface ImportRequest {
  planId: number;
  files: FileInput[];
  period?: string;
  unit?: string;
  dryRun: boolean;
  decisions?: FileDecisions;
  /** The day the office received the files (YYYY-MM-DD), stored with each one imported. */
  receivedOn?: string;
}

/** The official's choices per file, keyed by its sha256 (see importDecisions in the contract). */
export type FileDecisions = Record<string, StatedDecision>;

/** A file's decision as the call states it: the analysis's choices, and the day the file came in. */
type StatedDecision = Decision & { receivedOn?: string };

/** One table to import: a file's (chosen) table, or another table of a file imported with allTables. */
export type PreparedFile = {
  file: FileInput;
  sha256: string;
  key: string;
  /** The dropped zip the file was taken out of (see archiveFiles), or null. */
  archive: string | null;
} & ({ table: ReturnedTable; error: null } | { table: null; error: string });

/** The decision key of another table of a file imported with allTables (see ImportedFile.decisionKey). */
export const tableKey = (sha256: string, sheet: string) => `${sha256}:${sheet}`;

/**
 * Reads every file; a file that cannot be read carries its Chinese reason instead of a table.
 * The sheet the official chose for the file, or the period (for the file, else for the batch), picks
 * the table in a file of several; with allTables, the file's other tables follow it.
 */
export async function prepareImport(
  files: readonly FileInput[],
  cache: ParseCache,
  chosen: Pick<ImportRequest, 'period' | 'decisions'> = {},
): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = [];
  for (const dropped of files) {
    let unpacked: FileInput[] | null;
    try {
      unpacked = archiveFiles(dropped);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const sha256 = sha256Of(dropped.bytes);
      prepared.push({ file: dropped, sha256, key: sha256, archive: null, table: null, error: err.message });
      continue;
    }
    const archive = unpacked ? dropped.name : null;
    for (const file of unpacked ?? [dropped]) {
      const sha256 = sha256Of(file.bytes);
      const decision = chosen.decisions?.[sha256];
      const choice = { period: decision?.period ?? chosen.period ?? null, sheet: decision?.sheet ?? null };
      readTables(file, sha256, choice, decision?.allTables ?? false, cache).forEach((outcome, i) => {
        const key = i === 0 ? sha256 : tableKey(sha256, outcome.table!.sheet);
        const found = { file, sha256, key, archive };
        prepared.push(outcome.table ? { ...found, table: { ...outcome.table, file }, error: null } : { ...found, table: null, error: outcome.error });
      });
      // Yield between files so a long batch does not hold up other work of the process.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return prepared;
}

/** The chosen table, and with `everyTable` the others (see readReturnTables), from the cache when all are there. */
function readTables(file: FileInput, sha256: string, choice: ReadChoice, everyTable: boolean, cache: ParseCache): ReadOutcome[] {
  const otherChoices = (first: ReadOutcome) =>
    everyTable && first.table ? tablesToExpand(first.table).map((sheet) => ({ period: choice.period, sheet })) : [];
  const first = cache.get(sha256, file.name, choice);
  if (first) {
    const others = otherChoices(first).map((c) => cache.get(sha256, file.name, c));
    if (others.every((o) => o !== null)) return [first, ...(others as ReadOutcome[])];
  }
  let read: ReadOutcome[];
  try {
    read = readReturnTables(file, sha256, choice, everyTable).map((table) => ({ table, error: null }));
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    read = [{ table: null, error: err.message }];
  }
  read.forEach((outcome, i) => cache.set(sha256, file.name, i === 0 ? choice : { period: choice.period, sheet: outcome.table!.sheet }, outcome));
  return read;
}

export function runImport(ctx: Ctx, req: ImportRequest, prepared: readonly PreparedFile[]): ProgressImportResult {
  const { ledger, matcher } = importLedger(ctx.db, req.planId);
  for (const day of [req.receivedOn, ...Object.values(req.decisions ?? {}).map((d) => d.receivedOn)]) if (day) assertReceivedBy(day, ctx.now());
  if (req.period) {
    const period = getPeriod(ctx.db, req.planId, req.period);
    if (period?.locked) throw periodLockedError(req.period);
  }
  let units: UnitFinder | undefined;
  const analyses = analysisCacheFor(ctx.db).begin(ctx.db);
  const batch: Batch = {
    ctx,
    req,
    ledger,
    input: {
      db: ctx.db,
      ledger,
      matcher,
      units: () => (units ??= new UnitFinder(ctx.db, ledger)),
      unit: req.unit,
      period: req.period,
      batch: analyses,
      today: localDate(ctx.now()),
    },
    analyses,
    seen: new Map(),
    owners: new Map(),
    written: new Set(),
  };
  batch.input.siblings = siblingTablesOf(batch.input, req.decisions, prepared);
  const files = prepared.flatMap((p) => importEntries(batch, p).map((imported) => (p.archive === null ? imported : { ...imported, archive: p.archive })));
  batch.analyses.end();
  return { files };
}

/**
 * Whether committing the files would write anything: at least one file that is neither refused nor
 * skipped (imported before, nothing new). Asked before the commit so that a call that writes nothing
 * takes no safety copy. A dry run, so its analyses are kept for the commit that follows.
 */
export function importWillWrite(ctx: Ctx, req: ImportRequest, prepared: readonly PreparedFile[]): boolean {
  return runImport(ctx, { ...req, dryRun: true }, prepared).files.some((f) => f.status === 'dry-run' && !f.skipped);
}

interface Batch {
  ctx: Ctx;
  req: ImportRequest;
  ledger: Ledger;
  input: AnalysisInput;
  analyses: AnalysisSession;
  /** Decision key → file name, for the same file (or table) twice in one batch. */
  seen: Map<string, string>;
  /** "unitId:period" → the file (or table of a file), for two of one unit and period in one batch. */
  owners: Map<string, { sha256: string; name: string }>;
  /** The imports this call wrote. */
  written: Set<number>;
}

/** The key of the entry recording a joint return for another unit it names (see ImportedFile.decisionKey). */
const jointKey = (key: string, unitId: number) => `${key}@${unitId}`;

/**
 * The prepared table's entry, and under the jointUnits decision one more for each other unit a joint
 * return names (see jointReturn.ts), written after it in the same call.
 */
function importEntries(batch: Batch, p: PreparedFile): ImportedFile[] {
  if (p.error !== null) return [importOne(batch, p, undefined).out];
  const chosen = decisionFor(batch.req.decisions, p);
  const { out, recordAlsoFor } = importOne(batch, p, chosen);
  if (!recordAlsoFor.length) return [out];
  const { unit: _readAs, ...asRead } = chosen ?? {};
  const others = recordAlsoFor.map((partner) => {
    const key = jointKey(p.key, partner.unitId);
    // The table's own choices (its period, sheet, day received) hold for each unit's entry, unless stated for it.
    const own = batch.req.decisions?.[key];
    const decision = { ...asRead, rows: undefined, keep: undefined, ...own, unit: partner.unit, jointUnits: true, jointPrimary: out.unitId! };
    return importOne(batch, { ...p, key }, decision).out;
  });
  return [out, ...others];
}

function importOne(batch: Batch, p: PreparedFile, chosen: StatedDecision | undefined): { out: ImportedFile; recordAlsoFor: readonly FoundUnit[] } {
  const { ctx, req } = batch;
  const status = req.dryRun ? 'dry-run' : 'imported';
  const alone = (out: ImportedFile) => ({ out, recordAlsoFor: [] });
  if (p.error !== null) return alone({ ...emptyResult(p), status: 'rejected', errors: [p.error] });
  const table = p.table;

  const twin = batch.seen.get(p.key);
  if (twin !== undefined) {
    const skipped = emptyResult(table);
    return alone({ ...skipped, decisionKey: p.key, status, skipped: true, warnings: [`与本批中的文件“${twin}”内容完全相同，已跳过。`] });
  }
  batch.seen.set(p.key, p.file.name);

  // The day the file came in is no part of how it reads: the analysis neither sees it nor is keyed by it.
  const { receivedOn: statedReceivedOn, ...choices } = chosen ?? {};
  const decision = chosen && choices;
  const key = { planId: req.planId, sha256: p.sha256, name: p.file.name, unit: req.unit, period: req.period, decision };
  const analysis = batch.analyses.analysis(key, () => analyseFile(batch.input, table, decision));
  // The analysis may be the preview's: this call's result gets arrays of its own for what it adds.
  const out: ImportedFile = {
    ...analysis.result,
    decisionKey: p.key,
    status,
    warnings: [...analysis.result.warnings],
    errors: [...analysis.result.errors],
  };
  // A joint return's other units have entries of their own, whatever becomes of this one.
  const done = (result: ImportedFile) => ({ out: result, recordAlsoFor: analysis.recordAlsoFor });
  if (out.errors.length || !analysis.built) return done({ ...out, status: 'rejected' });

  const owner = `${analysis.unitId}:${out.period}`;
  const sibling = batch.owners.get(owner);
  // Another table of the same file is merged with, not replaced (see SiblingTables): said by the analysis.
  // Members' forms of a collective (各乡镇（街道）) are parts of its record, not replacing one another.
  if (sibling && sibling.sha256 !== p.sha256 && !analysis.member) {
    out.warnings.push(`本批中的${sibling.name}也是${out.unit}${parsePeriod(out.period!)!.label}的填报表，相同任务以后导入的为准。`);
  }
  batch.owners.set(owner, { sha256: p.sha256, name: p.key === p.sha256 ? `文件“${p.file.name}”` : `文件“${p.file.name}”中的${tableName(table)}` });

  // The same file imported before: again, or another of its tables (a compilation of several units').
  // Rows the official has yet to confirm are not written (the preview asks about them).
  const unconfirmed = out.rows.filter((r) => r.lowConfidence).map((r) => r.row);
  const unconfirmedNote = `第 ${unconfirmed.join('、')} 行匹配可信度较低，确认其任务前不导入；确认后再次导入本文件即可。`;
  // Tables of the file this very call has just written are not 'imported before'.
  const standing = analysis.standing.filter((e) => !batch.written.has(e.id));
  const sameTable = standing.filter((e) => e.sheet === null || e.sheet === table.sheet);
  const earlier = sameTable.find((e) => e.unitId === analysis.unitId);
  // The same table recorded for another unit: a joint return recorded unit by unit, or a slip.
  const forOthers = sameTable.filter((e) => e.unitId !== analysis.unitId);
  if (earlier) {
    out.duplicateOf = earlier.id;
    out.warnings.push(`该文件已于 ${localDate(new Date(earlier.importedAt))} 导入过（导入记录 #${earlier.id}）。`);
    if (!analysis.built.writes.length) {
      out.warnings.push(unconfirmed.length ? unconfirmedNote : '内容与已导入的记录相同，无需再次导入。');
      return done({ ...out, skipped: true });
    }
  } else if (forOthers.length) {
    const named = forOthers.map((e) => `${batch.ledger.units.get(e.unitId!)?.unit ?? '其他单位'}（导入记录 #${e.id}）`).join('、');
    out.warnings.push(`该文件已于 ${localDate(new Date(forOthers[0]!.importedAt))} 记为${named}的报送，这次记为${out.unit}的报送。`);
  } else if (standing.length) {
    const named = standing.map((e) => `“${e.sheet}”（导入记录 #${e.id}）`).join('、');
    out.warnings.push(`该文件中的${named}已导入过，这次导入的是“${table.sheet}”。`);
  }
  // Every row as stored already, from another file of the same content or entered by hand: nothing to
  // record. (Rows the official chose to keep are a decision on a file received: it is recorded.)
  if (!earlier && out.rows.length && out.rows.every((r) => r.diff === 'unchanged' && !r.lowConfidence)) {
    out.warnings.push('各行与已存的记录相同，无需导入。');
    return done({ ...out, skipped: true });
  }
  // Undone and imported again: the file still came in on the day stated then, unless a day is stated now.
  const carriedReceivedOn = (statedReceivedOn ?? req.receivedOn) ? null : out.receivedOnBefore;
  if (carriedReceivedOn) out.warnings.push(`该文件此前导入时写明的收到日期是${isoDateInWords(carriedReceivedOn)}（那次导入已撤销），这次沿用；如不对，请写明收到日期。`);
  if (req.dryRun) {
    batch.analyses.previewed(analysis);
    return done(out);
  }
  if (unconfirmed.length) out.warnings.push(unconfirmedNote);

  // Refused, if at all, before anything of the file is written (ensurePeriod writes only a new,
  // unlocked period). Writing itself refuses nothing: whatever fails there aborts the whole call,
  // whose transaction then leaves the database as it was. So no file is ever half-written, without
  // a savepoint per file — SQLite journals every page again inside one, which costs more than the
  // writes of a long file.
  let period: PeriodRow;
  try {
    period = ensurePeriod(ctx.db, req.planId, out.period!);
    assertUnlocked(period);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return done({ ...out, status: 'rejected', errors: [...out.errors, `文件“${p.file.name}”未导入：${err.message}`] });
  }
  out.importId = commitFile(ctx, {
    ledger: batch.ledger,
    file: p.file,
    sha256: p.sha256,
    unitId: analysis.unitId!,
    unit: out.unit!,
    period,
    sheet: table.sheet,
    headerRow: table.headerRow,
    otherTables: otherTablesOf(table, { leftToImport: true }),
    filledOn: table.fillDate,
    receivedOn: statedReceivedOn ?? req.receivedOn ?? carriedReceivedOn,
    chosenPeriod: analysis.chosenInstead,
    built: analysis.built,
    stored: analysis.stored,
  });
  batch.analyses.wrote(analysis);
  batch.written.add(out.importId);
  return done(out);
}

/**
 * The reports of every table of each file imported with several of its tables, read before any of them
 * is imported (see siblingTables.ts). A file of one table needs none.
 */
function siblingTablesOf(input: AnalysisInput, decisions: FileDecisions | undefined, prepared: readonly PreparedFile[]): SiblingTableIndex {
  const index = new SiblingTableIndex();
  const byFile = new Map<string, (PreparedFile & { table: ReturnedTable })[]>();
  const keys = new Set<string>();
  for (const p of prepared) {
    // The same table twice (one file under two names) is skipped as a twin, not merged.
    if (p.table === null || keys.has(p.key)) continue;
    keys.add(p.key);
    byFile.set(p.sha256, [...(byFile.get(p.sha256) ?? []), p]);
  }
  for (const [sha256, tables] of byFile) {
    if (tables.length < 2) continue;
    const alone = { ...input, batch: undefined, siblings: undefined };
    index.addFile(
      sha256,
      tables.map((p) => ({ table: { sheet: p.table.sheet, name: tableName(p.table) }, analysis: analyseFile(alone, p.table, decisionFor(decisions, p)) })),
    );
  }
  return index;
}

/** The official's choices for a table: the file's, or under allTables another table's own (by its key). */
function decisionFor(decisions: FileDecisions | undefined, p: PreparedFile & { table: ReturnedTable }): StatedDecision | undefined {
  if (p.key === p.sha256) return decisions?.[p.sha256];
  // Its tables came in with the file: the day stated for the file holds for each, unless stated apart.
  const receivedOn = decisions?.[p.key]?.receivedOn ?? decisions?.[p.sha256]?.receivedOn;
  return { ...decisions?.[p.key], sheet: p.table.sheet, allTables: true, ...(receivedOn ? { receivedOn } : {}) };
}
