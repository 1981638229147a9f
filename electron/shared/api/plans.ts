import * as z from 'zod';
import type { ParsedPlan, PlanDetail, PlanSummary, Task } from '../types';
import { command, fileInput, id, query, type FileOutput } from './method';

const taskUnits = z.object({
  lead: z.array(z.string()),
  joint: z.array(z.string()),
  cooperating: z.array(z.string()),
  national: z.array(z.string()),
});

/** Most tasks one plan may hold. */
export const MAX_PLAN_TASKS = 20_000;

/** A parsed (and possibly hand-corrected) plan, as the preview shows it and import stores it. */
export const parsedPlanSchema = z.object({
  title: z.string().min(1).max(500),
  description: z.string().max(20_000),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
  sections: z.array(z.object({ numeral: z.string(), title: z.string() })),
  tasks: z
    .array(
      z.object({
        seq: z.string().max(50),
        sectionIndex: z.number().int().nonnegative().nullable(),
        content: z.string().min(1).max(32_767),
        responsibilityText: z.string().max(5_000),
        units: taskUnits,
        deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
        deadlineText: z.string().max(500),
        continuous: z.boolean(),
        warnings: z.array(z.string()),
      }),
    )
    .min(1)
    .max(MAX_PLAN_TASKS),
  warnings: z.array(z.string()),
});

/** Where a plan comes from: pasted text, or a .txt/.docx/.xlsx/.xls file. */
export const planSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(20 * 1024 * 1024), title: z.string().optional() }),
  z.object({ kind: z.literal('file'), file: fileInput, title: z.string().optional() }),
]);

export interface PlanParseResult {
  plan: ParsedPlan;
  sourceName: string;
  /**
   * An existing plan this looks like a revision of, offered as the re-import target: the plan imported
   * from this very file, else the newest with the same title.
   */
  similarPlanId: number | null;
  /** The plan this same file (same sha256) was already imported as; importing it as a new plan again needs allowDuplicate. */
  sameFilePlan: { planId: number; title: string } | null;
}

/**
 * An update by a plan that has little to do with the stored one: it would delete progress records and
 * keeps fewer than half of the stored plan's tasks. Refused unless allowUnrelated; a dry run reports it.
 */
export interface UnrelatedReplace {
  oldTitle: string;
  newTitle: string;
  oldTasks: number;
  /** Stored tasks the new plan keeps (found in it by number and text, or clearly similar text). */
  keptTasks: number;
  /** Progress records that go with the tasks it deletes. */
  progressRecords: number;
}

export interface PlanImportResult {
  planId: number | null; // null on a dry run that would create a plan
  created: boolean;
  tasksAdded: number;
  tasksUpdated: number;
  tasksUnchanged: number;
  tasksRemoved: number;
  /** The tasks an update removes, each with how many progress records go with it (empty when creating). */
  removedTasks: { seq: string; content: string; progressRecords: number }[];
  warnings: { seq: string; message: string }[];
  /** Set when the update is one UnrelatedReplace describes (on a dry run, or when allowed); null otherwise. */
  unrelated: UnrelatedReplace | null;
}

export const plansApi = {
  'plans.list': query<PlanSummary[]>()(z.object({})),
  'plans.get': query<PlanDetail>()(z.object({ planId: id })),
  /**
   * The plan the ledger opens with (see shared/planSelection): the remembered one while it exists,
   * else the current one, else the newest; null when there is none. Lets the first screen ask for
   * it at once, before the plan list has arrived.
   */
  'plans.getSelected': query<PlanDetail | null>()(z.object({ remembered: id.nullable() })),
  /** Parses a source into a ledger preview; stores nothing. */
  'plans.parse': query<PlanParseResult>()(z.object({ source: planSource })),
  /**
   * Stores a (previewed, possibly edited) plan. With replacePlanId it updates that plan in place,
   * keeping tasks (and their progress) that match by sequence and content. dryRun reports what would change.
   */
  'plans.import': command<PlanImportResult>()(
    z.object({
      plan: parsedPlanSchema,
      original: fileInput.optional(),
      replacePlanId: id.optional(),
      dryRun: z.boolean().default(false),
      /** Store it as a new plan even though the same file (by sha256) is already a plan's source. */
      allowDuplicate: z.boolean().default(false),
      /** Update replacePlanId even when the new plan has little to do with it (see UnrelatedReplace). */
      allowUnrelated: z.boolean().default(false),
    }),
  ),
  /** Loads the bundled sample plan (载入示例). */
  'plans.importSample': command<PlanImportResult>()(z.object({})),
  'plans.update': command<PlanSummary>()(
    z.object({
      planId: id,
      title: z.string().min(1).max(500).optional(),
      description: z.string().max(20_000).optional(),
      periodKind: z.enum(['quarter', 'month', 'half']).optional(),
      isCurrent: z.literal(true).optional(),
      /** Reports due this many days after each period's end (negative: before it); null clears it. */
      reportDueDays: z.number().int().min(-60).max(60).nullable().optional(),
      /** Or reports due on this day of each period's last month (每月25日前); null clears it. */
      reportDueDay: z.number().int().min(1).max(31).nullable().optional(),
      /** Whom the bureaus send their reports to; '' clears it. */
      reportContact: z.string().max(200).optional(),
      /** The settings as the form showed them: those left as shown are not written; one changed meanwhile is refused (CONFLICT). */
      shown: z
        .object({
          title: z.string().max(500),
          description: z.string().max(20_000),
          periodKind: z.enum(['quarter', 'month', 'half']),
          reportDueDays: z.number().int().nullable(),
          reportDueDay: z.number().int().nullable(),
          reportContact: z.string().max(200),
        })
        .partial()
        .optional(),
    }),
  ),
  'plans.delete': command<{ deleted: true }>()(z.object({ planId: id })),
  'tasks.update': command<Task>()(
    z.object({
      taskId: id,
      seq: z.string().min(1).max(50).optional(),
      content: z.string().min(1).max(32_767).optional(),
      units: taskUnits.optional(),
      deadlineText: z.string().max(500).optional(),
      /** The task as the edit form showed it: fields left as shown are not written; one changed meanwhile is refused (CONFLICT). */
      shown: z
        .object({ seq: z.string().max(50), content: z.string().max(32_767), units: taskUnits, deadlineText: z.string().max(500) })
        .partial()
        .optional(),
    }),
  ),
  /** 任务分工台账 .xlsx (ledger sheet and a by-unit sheet). */
  'plans.exportLedger': query<FileOutput>()(z.object({ planId: id, format: z.enum(['xlsx', 'docx']).default('xlsx') })),
};
