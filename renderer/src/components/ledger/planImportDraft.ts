// A plan in the import preview, with the official's corrections and the choice to update or add:
// kept while the official looks at another page and comes back (as dropped returns and 通报 drafts
// are), until saved or given up; the app frame asks before a reload drops it.
import { create } from 'zustand';
import type { ParsedPlan } from '../../../../electron/shared/types';
import type { PendingImport } from './ImportSourceModal';
import type { SaveMode } from './SimilarPlanChoice';

interface PlanImportDraft {
  pending: PendingImport | null;
  /** The plan as corrected in the preview. */
  plan: ParsedPlan | null;
  mode: SaveMode;
  start(pending: PendingImport): void;
  edit(change: (plan: ParsedPlan) => ParsedPlan): void;
  setMode(mode: SaveMode): void;
  drop(): void;
}

export const usePlanImportDraft = create<PlanImportDraft>((set) => ({
  pending: null,
  plan: null,
  mode: 'update',
  start: (pending) => set({ pending, plan: pending.parsed.plan, mode: 'update' }),
  edit: (change) => set((s) => (s.plan ? { plan: change(s.plan) } : {})),
  setMode: (mode) => set({ mode }),
  drop: () => set({ pending: null, plan: null, mode: 'update' }),
}));

/** A plan waits in the import preview. */
export const useHasPlanImportDraft = () => usePlanImportDraft((s) => s.pending !== null);
