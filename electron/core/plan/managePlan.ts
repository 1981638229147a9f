// Plan-level changes: title, description, reporting cycle, which plan is current, deletion. Audited.
import type { Db } from '../../db/db';
import { deletePlanRow, getPlan, listPlans, listTasks, setCurrentPlan, updatePlanRow, updateTaskRow } from '../../db/repos/plans';
import { yearSpan } from '../../shared/format';
import { planReportDueWording } from '../../shared/periods';
import { AppError } from '../../shared/result';
import { PERIOD_KIND_LABELS, type PeriodKind, type PlanSummary } from '../../shared/types';
import type { Ctx } from '../context';
import { fieldsToWrite } from '../staleEdit';
import { planNotFound } from './notFound';
import { parseDeadline, planYears, yearUnknownWarning } from './deadline';

export interface PlanEdit {
  planId: number;
  title?: string;
  description?: string;
  periodKind?: PeriodKind;
  isCurrent?: true;
  /** Days from each period's end the reports are due (negative: before); null clears it. */
  reportDueDays?: number | null;
  /** Or the day of each period's last month they are due (每月25日前); null clears it. Setting one clears the other. */
  reportDueDay?: number | null;
  reportContact?: string;
  /** The settings as the form showed them: those left as shown keep what is stored now (see staleEdit). */
  shown?: Partial<Pick<PlanSummary, 'title' | 'description' | 'periodKind' | 'reportDueDays' | 'reportDueDay' | 'reportContact'>>;
}

const PLAN_FIELD_LABELS = {
  title: '计划名称',
  description: '说明',
  periodKind: '报送周期',
  reportDue: '报送时限',
  reportContact: '报送联系人',
};

/** The due days and due day to store: a plan's reports are due one way, so setting one clears the other. */
function reportDueOf(edit: PlanEdit): Pick<PlanEdit, 'reportDueDays' | 'reportDueDay'> {
  const days = edit.reportDueDays;
  const day = edit.reportDueDay;
  if (typeof days === 'number' && typeof day === 'number') {
    throw new AppError('INVALID_INPUT', '报送时限只能设一种：每期结束前后若干天，或每期最后一个月的某日');
  }
  if (typeof day === 'number') return { reportDueDay: day, reportDueDays: null };
  if (typeof days === 'number') return { reportDueDays: days, reportDueDay: null };
  return { reportDueDays: days, reportDueDay: day };
}

export function requirePlan(ctx: Ctx, planId: number): PlanSummary {
  const plan = getPlan(ctx.db, planId);
  if (!plan) throw planNotFound(planId);
  return plan;
}

export function updatePlan(ctx: Ctx, edit: PlanEdit): PlanSummary {
  const before = requirePlan(ctx, edit.planId);
  if (edit.title !== undefined && !edit.title.trim()) throw new AppError('INVALID_INPUT', '计划名称不能为空');
  const now = ctx.now().toISOString();
  const due = (p: Pick<PlanEdit, 'reportDueDays' | 'reportDueDay'>) => [p.reportDueDays ?? null, p.reportDueDay ?? null];
  const asked = reportDueOf(edit);
  const edited = fieldsToWrite(
    `计划《${before.title}》`,
    { title: before.title, description: before.description, periodKind: before.periodKind, reportDue: due(before), reportContact: before.reportContact },
    {
      title: edit.title?.trim(),
      description: edit.description,
      periodKind: edit.periodKind,
      reportDue: asked.reportDueDays === undefined && asked.reportDueDay === undefined ? undefined : due(asked),
      reportContact: edit.reportContact?.trim(),
    },
    edit.shown && { ...edit.shown, reportDue: due(edit.shown) },
    PLAN_FIELD_LABELS,
  );
  const { title, reportDue } = edited;
  // A title that names the plan's years (a plan pasted without its title had none) sets them, as at import.
  const years = title && title !== before.title ? yearsNamedBy(title) : null;
  const reportDueSet = reportDue ? { reportDueDays: reportDue[0] ?? null, reportDueDay: reportDue[1] ?? null } : {};
  updatePlanRow(
    ctx.db,
    before.id,
    { title, description: edited.description, periodKind: edited.periodKind, ...reportDueSet, reportContact: edited.reportContact, ...years },
    now,
  );
  const dated = years ? dateYearlessDeadlines(ctx.db, before.id, years.endYear, now) : 0;
  if (edit.isCurrent) setCurrentPlan(ctx.db, before.id);
  const after = requirePlan(ctx, before.id);
  const changes = [
    after.title !== before.title && `标题改为《${after.title}》`,
    (after.startYear !== before.startYear || after.endYear !== before.endYear) && `计划年度改为${yearSpan(after) ?? '未定'}`,
    dated > 0 && `${dated} 项任务未写年份的完成时限按${after.endYear}年补全日期`,
    after.description !== before.description && '修改说明',
    after.periodKind !== before.periodKind && `报送周期改为${PERIOD_KIND_LABELS[after.periodKind]}`,
    after.isCurrent && !before.isCurrent && '设为当前计划',
    planReportDueWording(after) !== planReportDueWording(before) && `报送时限改为${planReportDueWording(after)}`,
    after.reportContact !== before.reportContact && `报送联系人改为${after.reportContact ? `“${after.reportContact}”` : '未定'}`,
  ].filter(Boolean);
  // Settings saved as they were (计划设置 opened and saved again) are no change to record.
  if (changes.length) {
    ctx.audit({
      action: 'plan.update',
      objectType: 'plan',
      objectId: before.id,
      summary: `修改计划《${before.title}》：${changes.join('，')}`,
      before,
      after,
    });
  }
  return after;
}

/** The years a title names, if any: a new title that names none leaves the plan's years as they were. */
function yearsNamedBy(title: string): { startYear: number; endYear: number } | null {
  const { startYear, endYear } = planYears(title, []);
  return startYear !== null && endYear !== null ? { startYear, endYear } : null;
}

/** Dates the time limits written without a year ("年底前") that had none for want of the plan's year. Returns how many. */
function dateYearlessDeadlines(db: Db, planId: number, endYear: number, now: string): number {
  let dated = 0;
  for (const task of listTasks(db, planId)) {
    if (task.deadline || task.continuous || !task.deadlineText) continue;
    const read = parseDeadline(task.deadlineText, endYear);
    if (!read.deadline) continue;
    const warnings = task.warnings.filter((w) => w !== yearUnknownWarning(task.deadlineText));
    updateTaskRow(db, task.id, { ...task, deadline: read.deadline, continuous: read.continuous, warnings }, now);
    dated++;
  }
  return dated;
}

/** Deletes a plan with everything recorded under it; another plan becomes current if it was. */
export function deletePlan(ctx: Ctx, planId: number): { deleted: true } {
  const plan = requirePlan(ctx, planId);
  deletePlanRow(ctx.db, planId);
  if (plan.isCurrent) {
    const next = listPlans(ctx.db)[0];
    if (next) setCurrentPlan(ctx.db, next.id);
  }
  ctx.audit({
    action: 'plan.delete',
    objectType: 'plan',
    objectId: planId,
    summary: `删除计划《${plan.title}》（${plan.taskCount} 项任务及其进展记录）`,
    before: plan,
  });
  return { deleted: true };
}
