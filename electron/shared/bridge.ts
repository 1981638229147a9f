// What the preload script exposes to the page as `window.taizhang`. Nothing else crosses.
import type { FileInput } from './api/method';
import type { Envelope } from './result';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export type PathKind = 'database' | 'newDatabase' | 'folder';

export interface TaizhangBridge {
  /** Calls one contract method in the main process. */
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Shows the system save dialog and writes the bytes: the saved path, null if cancelled, or why it could not be written. */
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<Envelope<string | null>>;
  /** Shows the system open dialog: the chosen files' names and bytes, or why one could not be read. */
  openFiles(filters: FileFilter[], multiple: boolean): Promise<Envelope<FileInput[]>>;
  /** Prints the current page through the system print dialog. */
  print(): Promise<void>;
  /** Saves the current page as PDF (A4) where the user chooses: the saved path, null if cancelled, or why it could not be written. */
  printToPdf(suggestedName: string, landscape: boolean): Promise<Envelope<string | null>>;
  /** Asks for a path with the system dialog: a database to open, a new database file, or a folder. Null if cancelled. */
  choosePath(kind: PathKind): Promise<string | null>;
}

export const IPC_CHANNELS = {
  invoke: 'taizhang:invoke',
  saveFile: 'taizhang:save-file',
  openFiles: 'taizhang:open-files',
  print: 'taizhang:print',
  printToPdf: 'taizhang:print-to-pdf',
  choosePath: 'taizhang:choose-path',
} as const;
