// The list of plans, shared by every page that shows a plan picker. Reload it after anything
// that adds, renames or deletes a plan so all pickers agree.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { PlanSummary } from '../../../electron/shared/types';
import { api } from '../api/client';
import { takePreloaded } from '../api/preload';
import { selectedPlanId } from '../../../electron/shared/planSelection';
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
      const plans = await (takePreloaded('plans.list', {}) ?? api('plans.list', {}));
      keepSelectionValid(plans); // first, so whoever sees the new list sees a valid selection
      set({ plans, error: null });
      return plans;
    } catch (e) {
      set({ plans: [], error: (e as Error).message });
      return [];
    }
  },
}));

/** The selected plan must exist (see selectedPlanId). */
function keepSelectionValid(plans: PlanSummary[]): void {
  const { planId, setPlan } = useUi.getState();
  const valid = selectedPlanId(plans, planId);
  if (valid !== planId) setPlan(valid);
}

let firstLoad: Promise<PlanSummary[]> | null = null;

/** Loads the plan list unless that has begun: every picker on the first screen asks, one request answers. */
function loadPlansOnce(): Promise<PlanSummary[]> {
  firstLoad ??= usePlans.getState().reload();
  return firstLoad;
}

/** The plan list, loaded on first use. */
export function usePlanList(): PlansState {
  useEffect(() => void loadPlansOnce(), []);
  return usePlans();
}
