// Files in and out of the page: the native dialogs in the desktop app, the browser's otherwise.
import type { FileFilter } from '../../../electron/shared/bridge';
import type { FileInput, FileOutput } from '../../../electron/shared/contract';
import { unwrap } from './client';

export async function saveFile(out: FileOutput): Promise<string | null> {
  if (window.taizhang) return unwrap(await window.taizhang.saveFile(out.fileName, out.bytes));
  const blob = new Blob([out.bytes as BlobPart], { type: out.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = out.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return out.fileName;
}

export async function fileToInput(file: File): Promise<FileInput> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Opens a chooser; in the browser a hidden <input type=file>. */
export async function pickFiles(filters: FileFilter[], multiple: boolean): Promise<FileInput[]> {
  if (window.taizhang) return unwrap(await window.taizhang.openFiles(filters, multiple));
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.onchange = async () => resolve(await Promise.all([...(input.files ?? [])].map(fileToInput)));
    input.click();
  });
}

export async function printPage(): Promise<void> {
  if (window.taizhang) return window.taizhang.print();
  window.print();
}

/** A Word document (its tables are named 表格1, 表格2… where a workbook has sheets). */
export const isWordFileName = (name: string): boolean => /\.docx$/i.test(name);
