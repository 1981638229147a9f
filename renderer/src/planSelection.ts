import type { PlanSummary } from '../../electron/shared/types';

/** The plan to show: the selected one while it exists, else the plan marked current, else the newest. */
export function selectedPlanId(plans: readonly PlanSummary[], selected: number | null): number | null {
  if (selected !== null && plans.some((p) => p.id === selected)) return selected;
  return (plans.find((p) => p.isCurrent) ?? plans[plans.length - 1])?.id ?? null;
}
