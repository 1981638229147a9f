import { create } from 'zustand';

// UI state only: which plan and period the user is looking at. Data lives in the backend.
interface UiState {
  planId: number | null;
  periodCode: string | null;
  setPlan(planId: number | null): void;
  setPeriod(code: string | null): void;
}

const PLAN_KEY = 'taizhang.planId';
/**
 * The period chosen, as "planId:code": kept over a reload of the page (F5 in browser mode), not over
 * a restart, which opens on each page's own default (the current period, the latest reported).
 */
const PERIOD_KEY = 'taizhang.period';

function keptPeriod(planId: number | null): string | null {
  const [plan, code] = (sessionStorage.getItem(PERIOD_KEY) ?? '').split(':');
  return planId !== null && Number(plan) === planId && code ? code : null;
}

const initialPlan = Number(localStorage.getItem(PLAN_KEY)) || null;

export const useUi = create<UiState>((set, get) => ({
  planId: initialPlan,
  periodCode: keptPeriod(initialPlan),
  setPlan(planId) {
    if (planId) localStorage.setItem(PLAN_KEY, String(planId));
    else localStorage.removeItem(PLAN_KEY);
    sessionStorage.removeItem(PERIOD_KEY);
    set({ planId, periodCode: null });
  },
  setPeriod(periodCode) {
    const { planId } = get();
    if (planId !== null && periodCode) sessionStorage.setItem(PERIOD_KEY, `${planId}:${periodCode}`);
    else sessionStorage.removeItem(PERIOD_KEY);
    set({ periodCode });
  },
}));
