import { create } from 'zustand';

// UI state only: which plan and period the user is looking at. Data lives in the backend.
interface UiState {
  planId: number | null;
  periodCode: string | null;
  setPlan(planId: number | null): void;
  setPeriod(code: string | null): void;
}

const PLAN_KEY = 'taizhang.planId';

export const useUi = create<UiState>((set) => ({
  planId: Number(localStorage.getItem(PLAN_KEY)) || null,
  periodCode: null,
  setPlan(planId) {
    if (planId) localStorage.setItem(PLAN_KEY, String(planId));
    else localStorage.removeItem(PLAN_KEY);
    set({ planId, periodCode: null });
  },
  setPeriod(periodCode) {
    set({ periodCode });
  },
}));
