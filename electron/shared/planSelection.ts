// Which plan the ledger shows, decided the same way by the renderer and by plans.getSelected.
import type { PlanSummary } from './types';

/** The plan to show: the selected one while it exists, else the plan marked current, else the newest. */
export function selectedPlanId(plans: readonly PlanSummary[], selected: number | null): number | null {
  if (selected !== null && plans.some((p) => p.id === selected)) return selected;
  const current = plans.find((p) => p.isCurrent);
  if (current) return current.id;
  // The newest is the last imported, wherever the list (sorted by year) puts it.
  return plans.length ? Math.max(...plans.map((p) => p.id)) : null;
}
