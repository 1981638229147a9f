// Exporting a file the backend makes and saving it where the user chooses, as every export button
// does: which export is running (its button spins), the saved path or the error as a message.
import { App } from 'antd';
import { useState } from 'react';
import type { FileOutput } from '../../../electron/shared/contract';
import { saveFile } from './files';

export function useFileExport<Key extends string = string>(): { busy: Key | null; run(key: Key, make: () => Promise<FileOutput>): Promise<void> } {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Key | null>(null);
  const run = async (key: Key, make: () => Promise<FileOutput>) => {
    setBusy(key);
    try {
      const saved = await saveFile(await make());
      if (saved) message.success(`已导出：${saved}`);
    } catch (e) {
      message.error((e as Error).message, 8);
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
