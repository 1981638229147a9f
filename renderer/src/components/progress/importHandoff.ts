// Another table of an imported file, handed from 导入记录 to 导入报送表: the stored original is
// previewed there with that table chosen, as if the official had dropped the file again.
import { create } from 'zustand';
import type { FileInput } from '../../../../electron/shared/contract';

export interface TableHandoff {
  file: FileInput;
  sha256: string;
  sheet: string;
}

interface HandoffState {
  pending: TableHandoff | null;
  hand(handoff: TableHandoff): void;
  /** The handoff, once: taking it clears it. */
  take(): TableHandoff | null;
}

export const useImportHandoff = create<HandoffState>((set, get) => ({
  pending: null,
  hand(handoff) {
    set({ pending: handoff });
  },
  take() {
    const { pending } = get();
    if (pending) set({ pending: null });
    return pending;
  },
}));
