import * as z from 'zod';
import type { Period, ProgressFields, TaskPeriodStatus } from '../types';
import { calendarDay, command, fileInput, id, query, type FileOutput } from './method';

/** Period codes: 2023Q3 (quarter), 2023M07 (month), 2023H2 (half-year). */
export const periodCode = z.string().regex(/^\d{4}(Q[1-4]|M(0[1-9]|1[0-2])|H[12])$/, '格式应为 2023Q3、2023M07 或 2023H2');

export type MatchMethod = 'id' | 'seq' | 'content';
export type RowDiff = 'new' | 'changed' | 'unchanged';

export type { ProgressFields };

export interface ImportedRow extends ProgressFields {
  /** 1-based row number in the sheet. */
  row: number;
  seq: string;
  taskId: number | null;
  match: MatchMethod | null;
  /** 0..1; 1 for id and seq matches. */
  score: number;
  /**
   * Present (true) on a content match by a quote: the row's task text is found in one of the unit's
   * tasks only ("蓝天专项整治"), so `score`, the likeness of the whole texts, may be low for a sure match.
   */
  quoted?: true;
  /** Needs the official's confirmation before it is trusted. */
  lowConfidence: boolean;
  diff: RowDiff;
  previous: ProgressFields | null;
  warnings: string[];
}

/** A filled row no task was found for: what the unit wrote in it, for the official to assign or leave. */
export interface UnmatchedRow {
  row: number;
  seq: string;
  content: string;
  progress: string;
  /** The status as the unit wrote it (read as a status once the row is assigned a task). */
  statusText: string;
  problems: string;
  nextSteps: string;
  remarks: string;
}

/** A filled table of a returned file (a workbook's sheet, or a Word document's 表格1…) and its filled rows. */
export interface TableInFile {
  sheet: string;
  rows: number;
  /**
   * Another period's sheet of a workbook kept one sheet per period: imported by choosing that period,
   * not taken by allTables. Present only when true.
   */
  byPeriod?: true;
  /** Taken by an earlier import of the same file that still stands (in a preview's otherTables). Present only when true. */
  imported?: true;
}

export interface ImportedFile {
  /** The file's name; for a file taken out of a zip of returns, "包名.zip/内部路径". */
  file: string;
  /** The dropped zip the file was taken out of (its name, as sent). Present only for such files. */
  archive?: string;
  /**
   * The title of the plan whose form this is, when it is another plan's: refused whatever unit or
   * period is chosen. Present only for such files.
   */
  otherPlan?: string;
  sha256: string;
  /**
   * Where the official's choices for this entry go in `decisions`: the file's sha256, or, for another
   * table of a file imported with `allTables`, "sha256:table" (e.g. "…:表格3"; sheet names hold no ':'),
   * and for a joint return recorded for another unit it names, the entry's key and "@unit id".
   */
  decisionKey: string;
  unit: string | null;
  unitId: number | null;
  period: string | null;
  status: 'imported' | 'rejected' | 'dry-run';
  /**
   * Nothing of it is (or would be) written, by no fault of its own: the same file twice in the batch,
   * or the same content as its earlier import. Its status stays imported / dry-run; a warning says why.
   */
  skipped: boolean;
  sheet: string | null;
  headerRow: number | null;
  /**
   * 'report': a Word document without a progress table, read as a report in words (文字报告), item by
   * numbered item; its rows' numbers are then its paragraphs' (第N段). Present only for such a file.
   */
  readAs?: 'report';
  /** How the unit and period were found: 'hidden' | 'cell' | 'sheet' (the unit's only) | 'title' | 'filename' | 'given'. */
  unitSource: string | null;
  periodSource: string | null;
  importId: number | null;
  /** An earlier import of the same bytes, if any. */
  duplicateOf: number | null;
  rows: ImportedRow[];
  unmatched: UnmatchedRow[];
  errors: string[];
  warnings: string[];
  /**
   * The file names another period than the one chosen for the import, and would change that
   * period's stored reports (a reused last-quarter template, or a correction): not imported until the
   * official picks the period (decisions[sha256].period). Null otherwise.
   */
  periodConflict: { written: string; chosen: string; changes: number } | null;
  /**
   * The 收到日期 stated when these bytes (this table of them) were imported before, that import since
   * undone: the commit keeps it unless a day is stated now, for the file or the batch. Null otherwise.
   */
  receivedOnBefore: string | null;
  /**
   * The form's identification names one unit and its 填报单位 line another (one unit filled in the
   * other's form): not imported until the official picks the unit (decisions[sha256].unit). Null otherwise.
   */
  unitConflict: { identified: string; written: string } | null;
  /**
   * The file's other filled tables (sheets of a workbook, or tables of a Word document), with their
   * filled rows: one table is imported per file, another when the official picks it
   * (decisions[sha256].sheet), or every one of them with decisions[sha256].allTables. Under
   * allTables it names only what is still left: another period's sheet.
   */
  otherTables: TableInFile[];
  /**
   * A joint return (联合报送): the other units of the plan its 填报单位 line names, that the table is not
   * recorded for yet. With decisions[decisionKey].jointUnits it is recorded for each of them too: an
   * entry each, with decisionKey "<this entry's key>@<unit id>" and `jointOf`. Present only for such a table.
   */
  jointUnits?: string[];
  /** On the entry recording a joint return for another unit it names: the unit the table was read as. */
  jointOf?: string;
}

export interface ProgressImportResult {
  files: ImportedFile[];
}

/**
 * Per-file choices from the preview, keyed by the file's sha256 — or by an entry's decisionKey
 * ("sha256:table") for another table of a file imported with allTables, or ("…@unit id") for a joint
 * return recorded for another unit it names.
 */
export const importDecisions = z.record(
  z.string(),
  z.object({
    unit: z.string().optional(),
    period: periodCode.optional(),
    /** Row number → task id chosen by the official (null: do not import that row). */
    rows: z.record(z.string(), id.nullable()).optional(),
    /** Task ids whose stored values are kept instead of overwritten. */
    keep: z.array(id).optional(),
    /** The sheet (or Word table, 表格1…) to import, of a file with several filled in. */
    sheet: z.string().max(255).optional(),
    /**
     * Also import each other filled table of the file that is not another period's sheet (a
     * compilation of several units' tables): each becomes an entry of its own (see decisionKey).
     */
    allTables: z.boolean().optional(),
    /**
     * Record a joint return (ImportedFile.jointUnits) for each unit it names, not only for the one it
     * is read as: each other unit becomes an entry of its own (see ImportedFile.jointUnits).
     */
    jointUnits: z.boolean().optional(),
    /** The day the office received this file, where it differs from the batch's receivedOn. */
    receivedOn: calendarDay.optional(),
  }),
);

export interface ProgressRow extends ProgressFields {
  taskId: number;
  seq: string;
  unitId: number;
  unit: string;
  period: string;
  importId: number | null;
  updatedAt: string;
  updatedBy: string;
  /** Same progress text as the unit's previous period (未更新). */
  stale: boolean;
}

export interface ImportSummary {
  id: number;
  planId: number | null;
  kind: 'plan' | 'progress';
  fileName: string;
  sha256: string;
  size: number;
  unit: string | null;
  period: string | null;
  importedAt: string;
  importedBy: string;
  outcome: 'imported' | 'undone';
  /**
   * The day the office received the file (YYYY-MM-DD), as the official stated it when importing or
   * afterwards; null when not stated. Lateness is judged by it before anything else.
   */
  receivedOn: string | null;
  /** The 填报日期 written on the form (YYYY-MM-DD); null when it states none, and for a plan's import. */
  filledOn: string | null;
  /** Progress records the import wrote; for a plan's import, the tasks it added or changed. */
  rows: number;
  /**
   * Other filled tables of the file (sheets, or Word tables 表格1…) that no standing import of the
   * same file took: still to import. Empty for most files, and for an undone import.
   */
  tablesNotImported: TableInFile[];
}

export interface SubmissionUnit {
  unitId: number;
  unit: string;
  expectedTasks: number;
  coveredTasks: number;
  state: 'submitted' | 'partial' | 'missing';
  files: { importId: number; fileName: string; importedAt: string }[];
  staleTasks: number;
  missingSeqs: string[];
  /**
   * Late against the plan's due date: still missing (or partial) after it, or first reported after it.
   * Always false when the plan sets no due date.
   */
  late: boolean;
  /** The day the unit first reported for the period (YYYY-MM-DD), as lateness is judged; null while it has not. */
  reportedOn: string | null;
  /**
   * What reportedOn rests on: the 收到日期 the official stated for its file ('received'), the 填报日期
   * on the form ('filled'), the day the file was imported ('imported'), or — no file — the day its
   * report was typed in ('entered'). Null with reportedOn.
   */
  reportedOnBasis: 'received' | 'filled' | 'imported' | 'entered' | null;
  /** The days the office recorded a 催报 to the unit for this period (YYYY-MM-DD), earliest first. */
  remindedOn: string[];
  /**
   * Its files imported for this period that went into another one, the period written in the file
   * (a reused form of an earlier period): `period` is where they are recorded.
   */
  filedElsewhere: { importId: number; fileName: string; importedAt: string; period: string }[];
}

export interface SubmissionLedger {
  period: string;
  /** When the period's reports are due (YYYY-MM-DD), from the plan's 报送时限; null when not set. */
  dueDate: string | null;
  /** The units expected to report: every provincial unit with a task, collective names aside. */
  units: SubmissionUnit[];
  /** Collective names with tasks (各有关市县政府): not one unit that reports, so not counted or chased. */
  collectiveNames: string[];
  /** Ready-to-copy 催报 text naming the missing and partial units and their tasks. */
  reminderText: string;
}

export interface ProgressMatrix {
  periods: Period[];
  rows: { taskId: number; seq: string; content: string; cells: Record<string, TaskPeriodStatus> }[];
}

export const progressApi = {
  /** The plan's reporting periods (created from its years on first use). */
  'periods.list': query<Period[]>()(z.object({ planId: id })),
  'periods.setLocked': command<Period>()(z.object({ planId: id, period: periodCode, locked: z.boolean() })),

  /** 下发填报表: per-unit workbooks for a period. */
  'templates.export': query<{ files: FileOutput[] }>()(
    z.object({
      planId: id,
      period: periodCode,
      unitIds: z.array(id).optional(),
      layout: z.enum(['perUnit', 'zip', 'workbook']).default('perUnit'),
      includePrevious: z.boolean().default(false),
    }),
  ),

  /** Reads returned spreadsheets; with dryRun (the preview) stores nothing. Commit = the same call with dryRun false. */
  'progress.import': command<ProgressImportResult>()(
    z.object({
      planId: id,
      files: z.array(fileInput).min(1).max(500),
      period: periodCode.optional(),
      unit: z.string().optional(),
      dryRun: z.boolean().default(true),
      decisions: importDecisions.optional(),
      /** The day the office received these files (收到日期), stored with each file imported. */
      receivedOn: calendarDay.optional(),
    }),
  ),
  'progress.list': query<{ records: ProgressRow[] }>()(z.object({ planId: id, period: periodCode })),
  'progress.history': query<{ records: ProgressRow[] }>()(z.object({ taskId: id })),
  /** Manual entry or correction of one unit's report on one task. */
  'progress.save': command<ProgressRow>()(
    z.object({
      planId: id,
      period: periodCode,
      taskId: id,
      unitId: id,
      status: z.enum(['completed', 'on_track', 'delayed', 'not_started']).nullable(),
      progress: z.string().max(32_767),
      problems: z.string().max(32_767).default(''),
      nextSteps: z.string().max(32_767).default(''),
      remarks: z.string().max(32_767).default(''),
      /** The report as the form showed it: fields left as shown are not written; one changed meanwhile is refused (CONFLICT). */
      shown: z
        .object({
          status: z.enum(['completed', 'on_track', 'delayed', 'not_started']).nullable(),
          progress: z.string().max(32_767),
          problems: z.string().max(32_767),
          nextSteps: z.string().max(32_767),
          remarks: z.string().max(32_767),
        })
        .partial()
        .optional(),
    }),
  ),
  'progress.matrix': query<ProgressMatrix>()(z.object({ planId: id })),
  /** 各期推进情况一览表 (.xlsx): the matrix's tasks (those given, as filtered on screen) by period. */
  'progress.exportMatrix': query<FileOutput>()(
    z.object({ planId: id, taskIds: z.array(id).max(100_000).optional(), filterText: z.string().max(200).optional() }),
  ),

  'imports.list': query<ImportSummary[]>()(z.object({ planId: id.optional() })),
  /** Restores every value the import changed to what it was before. */
  'imports.undo': command<ImportSummary>()(z.object({ importId: id })),
  /** States (or, with null, clears) the day the office received an imported return: lateness is judged by it. */
  'imports.setReceivedOn': command<ImportSummary>()(z.object({ importId: id, receivedOn: calendarDay.nullable() })),
  /** The original file, byte for byte. */
  'imports.file': query<FileOutput>()(z.object({ importId: id })),

  'submissions.get': query<SubmissionLedger>()(z.object({ planId: id, period: periodCode })),
  /**
   * Records that today's 催报 went to every unit still missing or partial for the period (the units
   * the notice chases); a unit reminded today already keeps its one record. Returns the ledger.
   */
  'submissions.remind': command<SubmissionLedger>()(z.object({ planId: id, period: periodCode })),
  /** Withdraws the 催报 recorded on that day for the period (NOT_FOUND when there is none). Returns the ledger. */
  'submissions.withdrawReminders': command<SubmissionLedger>()(z.object({ planId: id, period: periodCode, remindedOn: calendarDay })),
};
