// What a returned file's rows are: rows of a table, or the paragraphs of a report read in words (文字报告).
import type { ImportedFile } from '../../../../electron/shared/api/progress';

export type RowWord = '行' | '段';

export const rowWordOf = (file: Pick<ImportedFile, 'readAs'>): RowWord => (file.readAs === 'report' ? '段' : '行');

/** What a batch's rows are, counted together: 行 of tables, 段 of reports, 条 (entries) where both are in it. */
export function batchRowWord(files: readonly Pick<ImportedFile, 'readAs'>[]): RowWord | '条' {
  const words = new Set(files.map(rowWordOf));
  return words.size > 1 ? '条' : (words.values().next().value ?? '行');
}
