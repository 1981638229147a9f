// Every write on the progress page (import, undo, manual entry, lock) bumps one counter; views
// that show stored progress reload when it moves, so the tabs never disagree.
import { useEffect, useRef } from 'react';
import { create } from 'zustand';

interface DataVersionState {
  version: number;
  bump(): void;
}

export const useDataVersion = create<DataVersionState>((set) => ({
  version: 0,
  bump: () => set((s) => ({ version: s.version + 1 })),
}));

/** Calls `reload` whenever progress data changed elsewhere on the page. */
export function useReloadOnChange(reload: () => Promise<void>): void {
  const version = useDataVersion((s) => s.version);
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    void reload();
  }, [version, reload]);
}
