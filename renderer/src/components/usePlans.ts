// The list of plans, shared by every page that shows a plan picker. Reload it after anything
// that adds, renames or deletes a plan so all pickers agree.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { PlanSummary } from '../../../electron/shared/types';
import { api } from '../api/client';
import { useUi } from '../store';

interface PlansState {
  /** null until the first load finishes. */
  plans: PlanSummary[] | null;
  error: string | null;
  reload(): Promise<PlanSummary[]>;
}

export const usePlans = create<PlansState>((set) => ({
  plans: null,
  error: null,
  async reload() {
    try {
      const plans = await api('plans.list', {});
      set({ plans, error: null });
      keepSelectionValid(plans);
      return plans;
    } catch (e) {
      set({ plans: [], error: (e as Error).message });
      return [];
    }
  },
}));

/** The selected plan must exist; otherwise fall back to the plan marked current, then the newest. */
function keepSelectionValid(plans: PlanSummary[]): void {
  const { planId, setPlan } = useUi.getState();
  if (planId !== null && plans.some((p) => p.id === planId)) return;
  const fallback = plans.find((p) => p.isCurrent) ?? plans[plans.length - 1] ?? null;
  if ((fallback?.id ?? null) !== planId) setPlan(fallback?.id ?? null);
}

/** The plan list, loaded on first use. */
export function usePlanList(): PlansState {
  const state = usePlans();
  const loaded = state.plans !== null;
  const { reload } = state;
  useEffect(() => {
    if (!loaded) void reload();
  }, [loaded, reload]);
  return state;
}
