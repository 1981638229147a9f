// Plan-level changes: title, description, reporting cycle, which plan is current, deletion. Audited.
import { deletePlanRow, getPlan, listPlans, setCurrentPlan, updatePlanRow } from '../../db/repos/plans';
import { AppError } from '../../shared/result';
import { PERIOD_KIND_LABELS, type PeriodKind, type PlanSummary } from '../../shared/types';
import type { Ctx } from '../context';

export interface PlanEdit {
  planId: number;
  title?: string;
  description?: string;
  periodKind?: PeriodKind;
  isCurrent?: true;
}

export function requirePlan(ctx: Ctx, planId: number): PlanSummary {
  const plan = getPlan(ctx.db, planId);
  if (!plan) throw new AppError('NOT_FOUND', `计划（编号 ${planId}）不存在，可能已被删除`);
  return plan;
}

export function updatePlan(ctx: Ctx, edit: PlanEdit): PlanSummary {
  const before = requirePlan(ctx, edit.planId);
  const title = edit.title?.trim();
  if (edit.title !== undefined && !title) throw new AppError('INVALID_INPUT', '计划标题不能为空');
  updatePlanRow(ctx.db, before.id, { title, description: edit.description, periodKind: edit.periodKind }, ctx.now().toISOString());
  if (edit.isCurrent) setCurrentPlan(ctx.db, before.id);
  const after = requirePlan(ctx, before.id);
  const changes = [
    after.title !== before.title && `标题改为《${after.title}》`,
    after.description !== before.description && '修改说明',
    after.periodKind !== before.periodKind && `报送周期改为${PERIOD_KIND_LABELS[after.periodKind]}`,
    after.isCurrent && !before.isCurrent && '设为当前计划',
  ].filter(Boolean);
  ctx.audit({
    action: 'plan.update',
    objectType: 'plan',
    objectId: before.id,
    summary: `修改计划《${before.title}》：${changes.join('，') || '无变化'}`,
    before,
    after,
  });
  return after;
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
