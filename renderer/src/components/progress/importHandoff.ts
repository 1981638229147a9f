// Another table of an imported file, handed to 导入报送表 (from 导入记录, or from the result of the
// import just made): the stored original is previewed there with that table chosen, for the period
// it was imported for, as if the official had dropped the file again and chosen the table.
import { App } from 'antd';
import { create } from 'zustand';
import type { ImportSummary, TableInFile } from '../../../../electron/shared/api/progress';
import type { FileInput } from '../../../../electron/shared/contract';
import { api } from '../../api/client';
import { navigate } from '../../router';
import { useUi } from '../../store';

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

/** The import whose file holds the table: its record, or as much of it as the import's result gives. */
export type ImportOfFile = Pick<ImportSummary, 'id' | 'sha256' | 'period'>;

/** Opens 导入报送表 on `sheet` of the file an import took another table of. */
export function useImportOtherTable(): (from: ImportOfFile, sheet: string) => Promise<void> {
  const { message } = App.useApp();
  const setPeriod = useUi((s) => s.setPeriod);
  const hand = useImportHandoff((s) => s.hand);
  return async (from, sheet) => {
    try {
      const original = await api('imports.file', { importId: from.id });
      hand({ file: { name: original.fileName, bytes: new Uint8Array(original.bytes) }, sha256: from.sha256, sheet });
      setPeriod(from.period);
      navigate('progress', { tab: 'import' });
    } catch (e) {
      message.error((e as Error).message);
    }
  };
}

/** 工作表“省法院”（1 行）; a Word document's tables are named 表格1, 表格2… already. */
export const tableLabel = (t: TableInFile, word: boolean) => `${word ? '' : '工作表'}“${t.sheet}”（${t.rows} 行）`;
