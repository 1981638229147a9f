// What a returned file's rows are: rows of a table, or the paragraphs of a report read in words (文字报告).
import type { ImportedFile } from '../../../../electron/shared/api/progress';

export type RowWord = '行' | '段';

export const rowWordOf = (file: Pick<ImportedFile, 'readAs'>): RowWord => (file.readAs === 'report' ? '段' : '行');
