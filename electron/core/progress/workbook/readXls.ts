// Legacy .xls (and WPS .et) → grids with SheetJS.
import * as XLSX from '@e965/xlsx';
import type { FileInput } from '../../../shared/api/method';
import { AppError } from '../../../shared/result';
import { commentText, hiddenParts, isPercentFormat, percentDecimals, percentText, valueText, type SheetGrid, type SheetState } from './grid';

const STATES: SheetState[] = ['visible', 'hidden', 'veryHidden'];

export function readXls({ name, bytes }: FileInput): SheetGrid[] {
  let wb: XLSX.WorkBook;
  try {
    // cellStyles: without it the library skips the column records, and with them which columns are hidden.
    wb = XLSX.read(bytes, { type: 'array', cellDates: true, cellNF: true, cellFormula: false, cellHTML: false, cellStyles: true, cellText: false, dense: true });
  } catch (err) {
    const message = (err as Error).message;
    if (/password|encrypt/i.test(message)) {
      throw new AppError('BAD_FILE', `文件“${name}”已加密（设置了打开密码），无法读取。请在 WPS 或 Excel 中取消密码、另存后再导入。`);
    }
    // The library's own message (often an internal TypeError on a cut-off file) means nothing to the official.
    throw new AppError('BAD_FILE', `文件“${name}”不是完整的 Excel 97-2003 工作簿（内容不完整或已损坏，可能在传输中被截断），无法读取。请用 WPS 或 Excel 打开后另存为 .xlsx 再导入。`);
  }
  return wb.SheetNames.map((sheetName, i) => {
    const ws = wb.Sheets[sheetName]! as XLSX.WorkSheet & { '!data'?: (XLSX.CellObject | undefined)[][] };
    const dates: { r: number; c: number }[] = [];
    const comments: NonNullable<SheetGrid['comments']> = [];
    // Array.from, not map: the dense rows have holes where rows are empty.
    const rows = Array.from(ws['!data'] ?? [], (row, r) =>
      row
        ? Array.from(row, (cell, c) => {
            const text = cellText(cell);
            if (cell?.t === 'd' && text !== '') dates.push({ r, c });
            for (const note of cell?.c ?? []) {
              // The library leaves the comment's formatting runs after its text, from a NUL on.
              const said = commentText((note.t ?? '').split('\u0000')[0]!, note.a);
              if (said) comments.push({ r, c, text: said });
            }
            return text;
          })
        : [],
    );
    const merges = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
    const hidden = hiddenParts(rows, indexesOf(ws['!rows']), indexesOf(ws['!cols']));
    return { name: sheetName, state: STATES[wb.Workbook?.Sheets?.[i]?.Hidden ?? 0] ?? 'visible', rows, merges, ...(dates.length ? { dates } : {}), ...(comments.length ? { comments } : {}), ...hidden };
  });
}

/** The cell's value as text (formatted text is not generated: it costs a tenth of the read); errors as nothing. */
function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.t === 'e' || cell.t === 'z') return '';
  if (cell.t === 'n' && typeof cell.z === 'string' && isPercentFormat(cell.z)) return percentText(cell.v as number, percentDecimals(cell.z));
  return valueText(cell.v);
}

/** Indexes of the hidden rows (or columns) among the library's row (column) properties. */
function indexesOf(props: ({ hidden?: boolean } | undefined)[] | undefined): number[] {
  const out: number[] = [];
  props?.forEach((p, i) => {
    if (p?.hidden) out.push(i);
  });
  return out;
}
