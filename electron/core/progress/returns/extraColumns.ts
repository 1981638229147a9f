// Columns of a returned table that are none of the form's fields: a bureau's own "佐证材料" or
// "责任处室", a second progress column ("主要做法" beside "工作成效"), a column whose header is merged
// over from its neighbour's. Their words go into the record (nothing a bureau wrote is dropped);
// only columns of the plan's own data (a second unit or deadline column) are left out.
import { columnName } from '../../sheets/xml';
import type { SheetGrid } from '../workbook/grid';
import { classifyHeader, headerRowsOf, INPUT_FIELDS, type HeaderLayout, type InputField } from './headers';

export interface ExtraColumn {
  /** 0-based column index. */
  col: number;
  /** What the column is called, put before its text ("佐证材料：…"); null when it continues the field's own column. */
  label: string | null;
  into: InputField;
}

/** The form's names for the fields, as the official is told where a column's words went. */
export const INPUT_FIELD_NAMES: Record<InputField, string> = {
  progress: '进展情况',
  status: '完成状态',
  problems: '存在问题',
  nextSteps: '下步计划',
  remarks: '备注',
};

/** "“责任处室”“佐证材料”列不是填报表的栏目，内容已记入备注；“工作成效”列已并入进展情况。" */
export function extraColumnsNote(columns: readonly { label: string; into: InputField }[]): string | null {
  if (!columns.length) return null;
  const names = (into: InputField) => [...new Set(columns.filter((c) => c.into === into).map((c) => `“${c.label}”`))].join('');
  const toRemarks = names('remarks');
  const merged = INPUT_FIELDS.filter((f) => f !== 'remarks' && names(f)).map((f) => `${names(f)}列已并入${INPUT_FIELD_NAMES[f]}`);
  const parts = [...(toRemarks ? [`${toRemarks}列不是填报表的栏目，内容已记入备注（前面注明列名）`] : []), ...merged];
  return `${parts.join('；')}。`;
}

const isInputField = (f: unknown): f is InputField => (INPUT_FIELDS as readonly unknown[]).includes(f);

/** The extra columns of the table, left to right, up to `width` columns. */
export function extraColumns(sheet: SheetGrid, layout: HeaderLayout, width: number): ExtraColumn[] {
  const headerRows = headerRowsOf(sheet, layout);
  const mapped = new Map<number, InputField | null>();
  for (const [field, col] of Object.entries(layout.columns)) mapped.set(col, isInputField(field) ? field : null);
  for (const option of layout.statusOptions) mapped.set(option.col, 'status');
  const extras: ExtraColumn[] = [];
  for (let c = 0; c < width; c++) {
    if (mapped.has(c)) continue;
    const label = headerWord(headerRows, c);
    if (label === null) {
      // A header merged across from a field's column: the column goes on with that field.
      const from = mergedFrom(sheet, layout, c);
      const field = from === null ? undefined : mapped.get(from);
      if (field === undefined) extras.push({ col: c, label: letterLabel(c), into: 'remarks' });
      else if (field === 'status') extras.push({ col: c, label: headerWord(headerRows, from!) ?? letterLabel(from!), into: 'remarks' });
      else if (field !== null) extras.push({ col: c, label: null, into: field });
      continue;
    }
    const field = classifyHeader(label);
    // A second unit, deadline or task column repeats the plan; a second status would spoil the status word.
    if (field !== null && !isInputField(field)) continue;
    extras.push({ col: c, label, into: field === null || field === 'status' ? 'remarks' : field });
  }
  return extras;
}

/** The lowest header word over a column (a sub-column's under its group's), or null when it has none. */
export const headerWord = (headerRows: string[][], col: number): string | null =>
  headerRows.map((row) => (row[col] ?? '').trim()).filter(Boolean).pop() ?? null;

/** A column without a header, named as Excel and WPS show it: "L列". */
const letterLabel = (col: number) => `${columnName(col + 1)}列`;

/** The column whose header cell a horizontal merge stretches over column `col`, if any. */
function mergedFrom(sheet: SheetGrid, layout: HeaderLayout, col: number): number | null {
  for (const m of sheet.merges) {
    if (m.left < col && m.right >= col && m.top <= layout.headerRow && m.bottom >= layout.firstHeaderRow) return m.left;
  }
  return null;
}
