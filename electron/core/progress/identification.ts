// The hidden identification every fill-in template carries (a veryHidden sheet): which plan, period
// and unit it was made for, and which task each row is. A returned template is matched by it exactly,
// even after the unit sorted or deleted rows — rows are found by their 序号 and task text, not position.
import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { comparableText } from './text';
import type { SheetGrid } from './workbook/grid';

export const ID_SHEET_NAME = '_taizhang_id';
const MARKER = 'taizhang-progress-template';
const VERSION = 1;

export interface SheetIdentity {
  sheet: string;
  unitId: number;
  unit: string;
  tasks: { taskId: number; seq: string; contentKey: string }[];
}

export interface TemplateIdentity {
  planId: number;
  planTitle: string;
  fingerprint: string;
  period: string;
  sheets: SheetIdentity[];
}

/** A short stable key of a task's text, insensitive to spacing, punctuation and full-width forms. */
export function contentKey(content: string): string {
  return createHash('sha1').update(comparableText(content)).digest('hex').slice(0, 16);
}

export function writeIdentity(wb: ExcelJS.Workbook, identity: TemplateIdentity): void {
  const ws = wb.addWorksheet(ID_SHEET_NAME, { state: 'veryHidden' });
  ws.addRow([MARKER, VERSION]);
  ws.addRow(['plan', identity.planId, identity.planTitle]);
  ws.addRow(['fingerprint', identity.fingerprint]);
  ws.addRow(['period', identity.period]);
  for (const s of identity.sheets) {
    ws.addRow(['sheet', s.sheet, s.unitId, s.unit]);
    for (const t of s.tasks) ws.addRow(['task', s.sheet, t.taskId, t.seq, t.contentKey]);
  }
}

/** The identification in a workbook's sheets, or null when there is none (or it is unreadable). */
export function readIdentity(sheets: SheetGrid[]): TemplateIdentity | null {
  const grid = sheets.find((s) => s.rows[0]?.[0] === MARKER);
  if (!grid) return null;
  const identity: TemplateIdentity = { planId: 0, planTitle: '', fingerprint: '', period: '', sheets: [] };
  const bySheet = new Map<string, SheetIdentity>();
  for (const row of grid.rows.slice(1)) {
    const [kind, a = '', b = '', c = '', d = ''] = row;
    if (kind === 'plan') {
      identity.planId = Number(a);
      identity.planTitle = b;
    } else if (kind === 'fingerprint') identity.fingerprint = a;
    else if (kind === 'period') identity.period = a;
    else if (kind === 'sheet') {
      const s: SheetIdentity = { sheet: a, unitId: Number(b), unit: c, tasks: [] };
      identity.sheets.push(s);
      bySheet.set(a, s);
    } else if (kind === 'task') {
      bySheet.get(a)?.tasks.push({ taskId: Number(b), seq: c, contentKey: d });
    }
  }
  if (!Number.isInteger(identity.planId) || identity.planId <= 0 || !identity.sheets.length) return null;
  return identity;
}

/** The identification of the sheet the table was read from: by name, or the only one there is. */
export function identityOfSheet(identity: TemplateIdentity, sheetName: string): SheetIdentity | null {
  return identity.sheets.find((s) => s.sheet === sheetName) ?? (identity.sheets.length === 1 ? identity.sheets[0]! : null);
}
