// The official's choices in the import preview, keyed as progress.import expects: by a file's sha256,
// or by an entry's decisionKey ("sha256:表格3") for another table of a file imported with allTables
// ("…@12" for a joint return recorded for another unit it names).
// Pure functions: every change returns a new decisions object, which re-runs the preview.
import type { ImportedFile, ImportedRow, UnmatchedRow } from '../../../../electron/shared/api/progress';
import type { Input } from '../../../../electron/shared/contract';

export type ImportDecisions = NonNullable<Input<'progress.import'>['decisions']>;
export type FileDecision = ImportDecisions[string];

function patchFile(all: ImportDecisions, key: string, patch: (d: FileDecision) => FileDecision): ImportDecisions {
  return { ...all, [key]: patch(all[key] ?? {}) };
}

/** An entry of the batch: unique even for the same file dropped twice under two names (which share a decisionKey). */
export const entryKey = (f: Pick<ImportedFile, 'file' | 'decisionKey'>) => `${f.file}\u0000${f.decisionKey}`;

/** The file the official dropped that the entry came from: itself, or the zip it was taken out of. */
export const droppedName = (f: Pick<ImportedFile, 'file' | 'archive'>) => f.archive ?? f.file;

/** The entry's decisions (see ImportedFile.decisionKey). */
export const decisionOf = (all: ImportDecisions, file: ImportedFile): FileDecision | undefined => all[file.decisionKey];

export function withUnit(all: ImportDecisions, key: string, unit: string | undefined): ImportDecisions {
  return patchFile(all, key, (d) => ({ ...d, unit }));
}

export function withPeriod(all: ImportDecisions, key: string, period: string | undefined): ImportDecisions {
  return patchFile(all, key, (d) => ({ ...d, period }));
}

/** The day this file came in, where it differs from the batch's (undefined: as the batch). */
export function withReceivedOn(all: ImportDecisions, key: string, receivedOn: string | undefined): ImportDecisions {
  return patchFile(all, key, (d) => ({ ...d, receivedOn }));
}

/** Another of the file's tables: the choices made on the first (its rows, unit, period) go with it. */
export function withSheet(all: ImportDecisions, sha: string, sheet: string): ImportDecisions {
  return { ...all, [sha]: { sheet } };
}

/** The file's other tables too, each an entry of its own; the choices made on the first stay with it. */
export function withAllTables(all: ImportDecisions, sha: string): ImportDecisions {
  return patchFile(all, sha, (d) => ({ ...d, allTables: true }));
}

/** A joint return (ImportedFile.jointUnits) recorded for each unit it names too (on) or only for the unit it is read as. */
export function withJointUnits(all: ImportDecisions, key: string, on: boolean): ImportDecisions {
  return patchFile(all, key, (d) => ({ ...d, jointUnits: on || undefined }));
}

/** An entry standing for one of a file's several tables; not a joint return's entry for another unit, which is the same table. */
export const isTableEntry = (f: ImportedFile) => f.decisionKey !== f.sha256 && f.jointOf === undefined;

/** A batch with a file taken with all its tables has an entry per table, and is counted in tables. */
export const countsTables = (files: readonly ImportedFile[]) => files.some(isTableEntry);

/** The entries of files and tables, not the joint returns' entries for other units (see jointRecordsNote). */
export const fileEntries = (files: readonly ImportedFile[]) => files.filter((f) => f.jointOf === undefined);

/** “（联合报送，另记为省商务厅的报送）” for the joint returns' entries among `entries`, or ''. */
export function jointRecordsNote(entries: readonly ImportedFile[]): string {
  const units = [...new Set(entries.filter((f) => f.jointOf !== undefined).map((f) => f.unit ?? ''))];
  if (!units.length) return '';
  const named = units.length > 3 ? `${units.slice(0, 3).join('、')}等 ${units.length} 个单位` : units.join('、');
  return `（联合报送，另记为${named}的报送）`;
}

/** “2 个文件”, or “3 张表” in a batch counted in tables. */
export const entriesLabel = (n: number, inTables: boolean) => (inTables ? `${n} 张表` : `${n} 个文件`);

/**
 * Entries that cannot be imported, counted as what they are: files (an empty or damaged file, a PDF,
 * another plan's form), or tables where one of a file's several tables is refused (“3 个文件、1 张表”).
 */
export function refusedLabel(refused: readonly ImportedFile[], all: readonly ImportedFile[]): string {
  const listedByTable = new Set(all.filter(isTableEntry).map((f) => f.sha256));
  const tables = refused.filter((f) => listedByTable.has(f.sha256)).length;
  const files = refused.length - tables;
  return [files ? `${files} 个文件` : '', tables ? `${tables} 张表` : ''].filter(Boolean).join('、');
}

/** Tables of the file that allTables would add: not other periods' sheets of a per-period workbook, nor tables imported already. */
export const tablesToAdd = (file: ImportedFile) => file.otherTables.filter((t) => !t.byPeriod && !t.imported);

/** taskId: the task the row belongs to; null: skip the row; undefined: back to the automatic match. */
export function withRowTask(all: ImportDecisions, key: string, row: number, taskId: number | null | undefined): ImportDecisions {
  return patchFile(all, key, (d) => {
    const rows = { ...d.rows };
    if (taskId === undefined) delete rows[String(row)];
    else rows[String(row)] = taskId;
    return { ...d, rows };
  });
}

/** Confirms every low-confidence guess of a file at once. */
export function withAllGuessesConfirmed(all: ImportDecisions, file: ImportedFile): ImportDecisions {
  return patchFile(all, file.decisionKey, (d) => {
    const rows = { ...d.rows };
    for (const r of file.rows) if (r.lowConfidence && r.taskId !== null && rows[String(r.row)] === undefined) rows[String(r.row)] = r.taskId;
    return { ...d, rows };
  });
}

/** keep: the stored value of the task stays; otherwise the file's value overwrites it. */
export function withKeep(all: ImportDecisions, key: string, taskId: number, keep: boolean): ImportDecisions {
  return patchFile(all, key, (d) => {
    const rest = (d.keep ?? []).filter((id) => id !== taskId);
    return { ...d, keep: keep ? [...rest, taskId] : rest };
  });
}

export function rowTaskChoice(d: FileDecision | undefined, row: number): number | null | undefined {
  return d?.rows?.[String(row)];
}

export function isKept(d: FileDecision | undefined, taskId: number | null): boolean {
  return taskId !== null && (d?.keep ?? []).includes(taskId);
}

/** Rows that matched no task and that the official has not yet assigned one: they are not imported. */
export function unassignedRows(file: ImportedFile, d: FileDecision | undefined): UnmatchedRow[] {
  return file.unmatched.filter((u) => rowTaskChoice(d, u.row) === undefined);
}

/** A low-confidence guess (or a held row) the official has not yet confirmed or reassigned. */
export const isPending = (r: ImportedRow, d: FileDecision | undefined): boolean => r.lowConfidence && rowTaskChoice(d, r.row) === undefined;

/** The file's rows that wait for the official (isPending). */
export function pendingRows(file: ImportedFile, d: FileDecision | undefined): ImportedRow[] {
  return file.rows.filter((r) => isPending(r, d));
}

export interface BatchCounts {
  importable: number;
  /** Files with nothing to write: the same file twice, or content already imported. */
  skipped: number;
  rejected: number;
  pending: number;
  /** Rows of importable files that matched no task and are not assigned one (see unassignedRows). */
  unmatched: number;
  /** Files waiting for the official to pick their period (ImportedFile.periodConflict). */
  periodConflicts: number;
  /** Files waiting for the official to pick their unit (ImportedFile.unitConflict). */
  unitConflicts: number;
  /** “（联合报送，另记为…的报送）” for the joint returns to be recorded for other units too, or ''. */
  jointRecords: string;
  /** Rows that will change stored progress. */
  writes: number;
}

/** The row will be stored: matched and settled, not skipped, not kept, and different from what is stored. */
export function willWrite(r: ImportedRow, d: FileDecision | undefined): boolean {
  const choice = rowTaskChoice(d, r.row);
  if (choice === null || r.taskId === null || (r.lowConfidence && choice === undefined)) return false;
  return r.diff !== 'unchanged' && !isKept(d, r.taskId);
}

/**
 * The batch's files before `file` that report for its unit and period and will be imported: imported
 * first, what they write is part of what the file's rows are compared with.
 */
export function earlierOfOwner(files: readonly ImportedFile[], file: ImportedFile): string[] {
  if (file.unitId === null || file.period === null) return [];
  const earlier = files.slice(0, files.indexOf(file));
  return earlier.filter((f) => f.status !== 'rejected' && f.unitId === file.unitId && f.period === file.period).map((f) => f.file);
}

/** Held back like a refused file only until the official picks its period or unit. */
export const waitsForChoice = (f: ImportedFile): boolean => f.periodConflict !== null || f.unitConflict !== null;

/**
 * Refused whatever unit or period is chosen: a file that could not be read (not a spreadsheet, damaged,
 * no table in it), or another plan's form. Nothing to choose or check is offered for it.
 */
export const refusedWhateverChosen = (f: ImportedFile): boolean => f.status === 'rejected' && (f.sheet === null || f.otherPlan !== undefined);

/** Entries refused for good: not those waiting for the official's choice (waitsForChoice). */
export const refusedEntries = (files: readonly ImportedFile[]) => files.filter((f) => f.status === 'rejected' && !waitsForChoice(f));

/**
 * An entry that is (or was) imported into another period than the one chosen: a file naming its own
 * period, as on last quarter's reused form. Said in the batch's summary, not only in the file's panel.
 */
export const goesToOtherPeriod = (f: ImportedFile, chosen: string) => f.status !== 'rejected' && !f.skipped && f.period !== null && f.period !== chosen;

/** The entries of goesToOtherPeriod, counted as files and tables (a joint return's entries for other units go with it). */
export const inOtherPeriods = (files: readonly ImportedFile[], chosen: string) => fileEntries(files).filter((f) => goesToOtherPeriod(f, chosen));

export function batchCounts(files: ImportedFile[], decisions: ImportDecisions): BatchCounts {
  const importable = files.filter((f) => f.status !== 'rejected' && !f.skipped);
  const counted = fileEntries(files);
  return {
    importable: fileEntries(importable).length,
    skipped: counted.filter((f) => f.skipped).length,
    rejected: refusedEntries(counted).length,
    pending: importable.reduce((n, f) => n + pendingRows(f, decisionOf(decisions, f)).length, 0),
    unmatched: importable.reduce((n, f) => n + unassignedRows(f, decisionOf(decisions, f)).length, 0),
    periodConflicts: files.filter((f) => f.periodConflict).length,
    unitConflicts: files.filter((f) => f.unitConflict).length,
    jointRecords: jointRecordsNote(importable),
    writes: importable.reduce((n, f) => n + f.rows.filter((r) => willWrite(r, decisionOf(decisions, f))).length, 0),
  };
}
