// Stores a previewed plan: a new plan, or a corrected version of a stored one updated in place —
// tasks that match (same number and text, or clearly the same task) keep their ids and so their
// progress; new ones are added, vanished ones removed. A dry run only counts. Runs inside the
// registry's transaction.
import { sha256Of } from '../files/sha256';
import type { PlanImportResult, UnrelatedReplace } from '../../shared/api/plans';
import type { FileInput } from '../../shared/api/method';
import { AppError } from '../../shared/result';
import { oneRolePerUnit, ROLES, type ParsedPlan, type ParsedTask, type Role, type Task } from '../../shared/types';
import {
  currentPlanId,
  deleteTask,
  findPlanBySourceSha,
  getPlan,
  insertPlan,
  insertPlanImport,
  insertTask,
  listSections,
  listTasks,
  parkTaskOrds,
  placeTask,
  progressRecordCounts,
  replaceSections,
  setTaskUnits,
  updatePlanRow,
  updateTaskRow,
  type TaskFields,
} from '../../db/repos/plans';
import type { Db } from '../../db/db';
import type { Ctx } from '../context';
import { cleanUnitName } from '../units/names';
import { UnitDirectory } from '../units/resolve';
import { planFingerprint } from './fingerprint';
import { deadlineReadingWarning, unreadableDeadlineWarning } from '../../shared/deadlineWarnings';
import { withoutStaleWarnings } from '../../shared/taskWarnings';
import { parseDeadline, planYears, yearUnknownWarning } from './deadline';
import { matchTasks } from './reconcile';

export interface StorePlanInput {
  plan: ParsedPlan;
  original?: FileInput;
  replacePlanId?: number;
  dryRun: boolean;
  /** See plans.import: a second plan from the same file, an update by an unrelated plan. */
  allowDuplicate?: boolean;
  allowUnrelated?: boolean;
}

export function storePlan(ctx: Ctx, previewed: StorePlanInput): PlanImportResult {
  const input = { ...previewed, plan: withDeadlinesFromText(previewed.plan) };
  const { plan } = input;
  checkPlanInput(ctx.db, input);
  const directory = new UnitDirectory(ctx.db);
  const warnings = [
    ...plan.warnings.map((message) => ({ seq: '', message })),
    ...plan.tasks.flatMap((t) => t.warnings.map((message) => ({ seq: t.seq, message }))),
  ];
  const result =
    input.replacePlanId === undefined ? createPlan(ctx, directory, input) : replacePlan(ctx, directory, input, input.replacePlanId);
  if (!input.dryRun && input.original && result.planId !== null) {
    const { name, bytes } = input.original;
    insertPlanImport(ctx.db, {
      planId: result.planId,
      fileName: name,
      sha256: sha256Of(bytes),
      bytes,
      importedAt: ctx.now().toISOString(),
      importedBy: ctx.user,
      summary: { ...result, warnings: warnings.length },
    });
  }
  return { ...result, warnings };
}

/**
 * The refusals of storePlan: a plan the schema lets through but that cannot be stored, or a plan to
 * replace that is gone. Asked first by a re-import, so that a refused one takes no safety copy.
 */
export function checkPlanInput(db: Db, input: Pick<StorePlanInput, 'plan' | 'replacePlanId' | 'original' | 'allowDuplicate'>): void {
  checkPlan(input.plan);
  if (input.replacePlanId !== undefined && !getPlan(db, input.replacePlanId)) {
    throw new AppError('NOT_FOUND', `要更新的计划（编号 ${input.replacePlanId}）不存在`);
  }
  // The same file imported twice as new plans gives two ledgers that split the bureaus' returns.
  const same = input.replacePlanId === undefined && !input.allowDuplicate && input.original ? planFromSameFile(db, input.original) : undefined;
  if (same) {
    throw new AppError(
      'CONFLICT',
      `文件“${input.original!.name}”已导入为计划 ${same.planId}《${same.title}》，未重复导入。要用它更新该计划，请选择更新计划 ${same.planId}；确要另存为一份新计划，请确认后再导入。`,
      same,
    );
  }
}

/** The plan already imported from a file with the same bytes, if any. */
export function planFromSameFile(db: Db, file: FileInput): { planId: number; title: string } | undefined {
  return findPlanBySourceSha(db, sha256Of(file.bytes));
}

/** Below this share of the stored plan's tasks kept, an update that deletes progress is taken for another plan. */
const RELATED_SHARE = 0.5;

/** The unrelated-update check (see UnrelatedReplace): null when the update is an ordinary revision. */
function unrelatedReplace(oldTitle: string, newTitle: string, oldTasks: number, keptTasks: number, removed: Counts['removedTasks']): UnrelatedReplace | null {
  const progressRecords = removed.reduce((n, t) => n + t.progressRecords, 0);
  if (!progressRecords || keptTasks >= oldTasks * RELATED_SHARE) return null;
  return { oldTitle, newTitle, oldTasks, keptTasks, progressRecords };
}

/** Refuses an update by an unrelated plan unless the user confirmed it. */
export function refuseUnrelated(planId: number, unrelated: UnrelatedReplace | null, input: Pick<StorePlanInput, 'allowUnrelated'>): void {
  if (!unrelated || input.allowUnrelated) return;
  throw new AppError('CONFLICT', `${unrelatedReplaceMessage(planId, unrelated)}未更新；确需如此，请确认后再更新。`, unrelated);
}

export function unrelatedReplaceMessage(planId: number, u: UnrelatedReplace): string {
  return (
    `《${u.newTitle}》与计划 ${planId}《${u.oldTitle}》看来不是同一份计划：原有 ${u.oldTasks} 项任务，新文件里只找到 ${u.keptTasks} 项，` +
    `更新将删除 ${u.progressRecords} 条已填报的进展记录。`
  );
}

/** What the schema cannot check: sections that exist, and task numbers that are unique. */
function checkPlan(plan: ParsedPlan): void {
  const seen = new Set<string>();
  for (const t of plan.tasks) {
    if (t.sectionIndex !== null && t.sectionIndex >= plan.sections.length) {
      throw new AppError('INVALID_INPUT', `任务 ${t.seq} 所属的部分不存在（第 ${t.sectionIndex + 1} 部分）`);
    }
    const seq = t.seq.trim();
    if (!seq) throw new AppError('INVALID_INPUT', `任务“${t.content.slice(0, 20)}…”没有序号`);
    if (seen.has(seq)) throw new AppError('INVALID_INPUT', `序号 ${seq} 出现了不止一次，请先修改为不重复的序号`);
    seen.add(seq);
  }
}

type Counts = Omit<PlanImportResult, 'warnings'>;

function createPlan(ctx: Ctx, directory: UnitDirectory, input: StorePlanInput): Counts {
  const { plan } = input;
  const counts = { created: true, tasksAdded: plan.tasks.length, tasksUpdated: 0, tasksUnchanged: 0, tasksRemoved: 0, removedTasks: [], unrelated: null };
  if (input.dryRun) return { planId: null, ...counts };
  const now = ctx.now().toISOString();
  const planId = insertPlan(
    ctx.db,
    { ...planFields(plan), isCurrent: currentPlanId(ctx.db) === null },
    now,
  );
  const sectionIds = replaceSections(ctx.db, planId, plan.sections);
  plan.tasks.forEach((t, ord) => {
    const taskId = insertTask(ctx.db, planId, taskFields(t, ord, sectionIds), now);
    setTaskUnits(ctx.db, taskId, unitIds(directory, t, now));
  });
  ctx.audit({
    action: 'plan.import',
    objectType: 'plan',
    objectId: planId,
    summary: `导入计划《${plan.title}》：${plan.sections.length} 个部分，${plan.tasks.length} 项任务`,
    after: { title: plan.title, sections: plan.sections.length, tasks: plan.tasks.length, file: input.original?.name ?? null, newUnits: directory.created },
  });
  return { planId, ...counts };
}

function replacePlan(ctx: Ctx, directory: UnitDirectory, input: StorePlanInput, planId: number): Counts {
  const { plan } = input;
  const before = getPlan(ctx.db, planId);
  if (!before) throw new AppError('NOT_FOUND', `要更新的计划（编号 ${planId}）不存在`);
  const oldTasks = listTasks(ctx.db, planId);
  const oldSections = new Map(listSections(ctx.db, planId).map((s) => [s.id, `${s.numeral}\u0000${s.title}`]));
  const matches = matchTasks(oldTasks, plan.tasks);
  const kept = new Set(matches.filter((m): m is number => m !== null));
  const removed = oldTasks.filter((_, i) => !kept.has(i));

  let tasksUpdated = 0;
  let tasksUnchanged = 0;
  plan.tasks.forEach((t, i) => {
    const m = matches[i];
    if (m === null || m === undefined) return;
    const old = oldTasks[m]!;
    const section = t.sectionIndex === null ? undefined : plan.sections[t.sectionIndex];
    const sameSection = (old.sectionId === null ? undefined : oldSections.get(old.sectionId)) === (section && `${section.numeral}\u0000${section.title}`);
    if (sameSection && sameTask(old, t, directory)) tasksUnchanged++;
    else tasksUpdated++;
  });
  const removedTasks = removedWithRecords(ctx.db, removed);
  const counts = {
    created: false,
    tasksAdded: matches.filter((m) => m === null).length,
    tasksUpdated,
    tasksUnchanged,
    tasksRemoved: removed.length,
    removedTasks,
    unrelated: unrelatedReplace(before.title, plan.title.trim(), oldTasks.length, kept.size, removedTasks),
  };
  if (input.dryRun) return { planId, ...counts };
  refuseUnrelated(planId, counts.unrelated, input);

  const now = ctx.now().toISOString();
  updatePlanRow(ctx.db, planId, planFields(plan), now);
  parkTaskOrds(ctx.db, planId);
  const sectionIds = replaceSections(ctx.db, planId, plan.sections);
  for (const t of removed) deleteTask(ctx.db, t.id);
  plan.tasks.forEach((t, ord) => {
    const m = matches[ord];
    const fields = taskFields(t, ord, sectionIds);
    if (m === null || m === undefined) {
      setTaskUnits(ctx.db, insertTask(ctx.db, planId, fields, now), unitIds(directory, t, now));
    } else if (sameTask(oldTasks[m]!, t, directory)) {
      placeTask(ctx.db, oldTasks[m]!.id, fields.sectionId, ord); // unchanged: keeps its updated_at
    } else {
      updateTaskRow(ctx.db, oldTasks[m]!.id, fields, now);
      setTaskUnits(ctx.db, oldTasks[m]!.id, unitIds(directory, t, now));
    }
  });
  ctx.audit({
    action: 'plan.reimport',
    objectType: 'plan',
    objectId: planId,
    summary:
      `重新导入计划《${plan.title}》：新增 ${counts.tasksAdded} 项，修改 ${counts.tasksUpdated} 项，` +
      `未变 ${counts.tasksUnchanged} 项，删除 ${counts.tasksRemoved} 项`,
    before: { title: before.title, tasks: before.taskCount, removed: removed.map((t) => ({ seq: t.seq, content: t.content })) },
    after: { title: plan.title, tasks: plan.tasks.length, file: input.original?.name ?? null, newUnits: directory.created },
  });
  return { planId, ...counts };
}

/** What an update removes, for the official to check before the progress recorded on it goes too. */
function removedWithRecords(db: Db, removed: readonly { id: number; seq: string; content: string }[]): Counts['removedTasks'] {
  const records = progressRecordCounts(db, removed.map((t) => t.id));
  return removed.map((t) => ({ seq: t.seq, content: t.content, progressRecords: records.get(t.id) ?? 0 }));
}

function planFields(plan: ParsedPlan) {
  return {
    title: plan.title.trim(),
    description: plan.description,
    startYear: plan.startYear,
    endYear: plan.endYear,
    fingerprint: planFingerprint(plan.tasks.map((t) => ({ seq: t.seq.trim(), content: t.content }))),
  };
}

/**
 * The preview lets the official correct a 完成时限 as text, and the title (which may name the
 * plan's years, as a plan pasted without its title did not): read the years and each date from the
 * text again, exactly as parsing did (and as tasks.update does), so what is stored follows the
 * corrections. A time limit without a year that the plan's years now settle loses its warning.
 */
function withDeadlinesFromText(plan: ParsedPlan): ParsedPlan {
  const years = planYears(plan.title, plan.tasks.map((t) => t.deadlineText));
  return {
    ...plan,
    ...years,
    tasks: plan.tasks.map((t) => {
      const read = parseDeadline(t.deadlineText, years.endYear);
      // Warnings the corrected units and text no longer bear out go; a corrected text that reads as no date gets its own.
      let warnings = withoutStaleWarnings(t);
      const aboutThisText = warnings.some((w) => w.includes(`“${t.deadlineText}”`));
      if (read.deadline) warnings = warnings.filter((w) => w !== yearUnknownWarning(t.deadlineText));
      else if (t.deadlineText && !read.recognized && !aboutThisText) warnings = [...warnings, unreadableDeadlineWarning(t.deadlineText)];
      // A corrected text that is again not of the usual kind says how it was read, as parsing would.
      if (read.reading && !aboutThisText) warnings = [...warnings, deadlineReadingWarning(t.deadlineText, read.reading)];
      return { ...t, deadline: read.deadline, continuous: read.continuous, warnings };
    }),
  };
}

function taskFields(t: ParsedTask, ord: number, sectionIds: number[]): TaskFields {
  return {
    sectionId: t.sectionIndex === null ? null : (sectionIds[t.sectionIndex] ?? null),
    ord,
    seq: t.seq.trim(),
    content: t.content,
    responsibilityText: t.responsibilityText,
    deadline: t.deadline,
    deadlineText: t.deadlineText,
    continuous: t.continuous,
    warnings: t.warnings,
  };
}

function unitIds(directory: UnitDirectory, t: ParsedTask, now: string): Record<Role, number[]> {
  const ids = { lead: [], joint: [], cooperating: [], national: [] } as Record<Role, number[]>;
  for (const role of ROLES) {
    for (const name of t.units[role]) {
      if (cleanUnitName(name)) ids[role].push(directory.ensure(name, now, role === 'national').unit.id);
    }
  }
  return oneRolePerUnit(ids);
}

/** The same task as stored: number, text, time limit and units (compared by the unit they resolve to). */
function sameTask(old: Task, t: ParsedTask, directory: UnitDirectory): boolean {
  if (old.seq !== t.seq.trim() || old.content !== t.content || old.deadlineText !== t.deadlineText) return false;
  if (old.deadline !== t.deadline || old.continuous !== t.continuous) return false;
  // As unitIds stores them: each unit once, in its most responsible role.
  const resolved = (role: Role) => t.units[role].map((n) => directory.find(n)?.name ?? cleanUnitName(n)).filter(Boolean);
  const units = oneRolePerUnit({ lead: resolved('lead'), joint: resolved('joint'), cooperating: resolved('cooperating'), national: resolved('national') });
  return ROLES.every((role) => units[role].length === old.units[role].length && units[role].every((n, i) => n === old.units[role][i]));
}
