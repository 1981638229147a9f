// The returns dropped for import, per plan, with the official's choices on them and the batch's
// 收到日期: kept while the official looks at another page (单位管理 to add an alias, the ledger
// to check a task) and comes back, as the 通报 drafts are; the app frame asks before a reload drops them.
import { create } from 'zustand';
import type { FileInput } from '../../../../electron/shared/contract';
import type { ImportDecisions } from './importDecisions';

export interface KeptBatch {
  files: FileInput[];
  decisions: ImportDecisions;
  /** YYYY-MM-DD, or null when not stated. */
  receivedOn: string | null;
}

export const EMPTY_BATCH: KeptBatch = { files: [], decisions: {}, receivedOn: null };

interface KeptBatches {
  batches: Record<number, KeptBatch>;
  update(planId: number, change: (batch: KeptBatch) => KeptBatch): void;
}

export const useKeptBatches = create<KeptBatches>((set) => ({
  batches: {},
  update: (planId, change) =>
    set((s) => {
      const next = change(s.batches[planId] ?? EMPTY_BATCH);
      const { [planId]: _old, ...others } = s.batches;
      const empty = next.files.length === 0 && next.receivedOn === null;
      return { batches: empty ? others : { ...others, [planId]: next } };
    }),
}));

/** Some plan has returns dropped and not yet imported. */
export const useHasKeptBatches = () => useKeptBatches((s) => Object.values(s.batches).some((b) => b.files.length > 0));
