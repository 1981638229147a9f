// The 通报 drafts of the session, per plan and period ("planId/period"): kept while the official
// moves between periods and pages; the app frame asks before a reload would drop them.
import { create } from 'zustand';
import type { Narrative } from '../../../../electron/shared/api/reports';

interface DraftStore {
  drafts: Record<string, Narrative>;
  put(key: string, draft: Narrative): void;
  drop(key: string): void;
}

export const useDrafts = create<DraftStore>((set) => ({
  drafts: {},
  put: (key, draft) => set((s) => ({ drafts: { ...s.drafts, [key]: draft } })),
  drop: (key) =>
    set((s) => {
      const { [key]: _dropped, ...rest } = s.drafts;
      return { drafts: rest };
    }),
}));

/** Some 通报 has changes not saved yet. */
export const useHasNarrativeDrafts = () => useDrafts((s) => Object.keys(s.drafts).length > 0);
