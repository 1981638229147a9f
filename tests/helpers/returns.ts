// Filling exported templates the way a bureau would, and dumping the database to prove a rejected
// file changed nothing.
import ExcelJS from 'exceljs';
import type { Db } from '../../electron/db/db';
import type { FileInput, FileOutput } from '../../electron/shared/api/method';

export interface Fill {
  progress: string;
  status?: string;
  problems?: string;
  nextSteps?: string;
  remarks?: string;
}

export interface FillOptions {
  /** Copy only the visible sheet's values into a new workbook (the hidden identification is lost). */
  resave?: boolean;
  /** Reverse the order of the task rows. */
  reverse?: boolean;
  /** Delete the row of this 序号. */
  deleteSeq?: string;
  /** Replace the 填报单位 line (another unit signing the form, a joint report). */
  unitLine?: string;
}

const HEADERS = { progress: '进展情况', status: '完成状态', problems: '存在问题', nextSteps: '下步计划', remarks: '备注' } as const;

/**
 * 省财政厅's re-typed return for 2023年第三季度 (its tasks in the seed plan are 7, 8 and 9): a title,
 * the 填报单位 line, the given header and rows; `edit` changes the sheet before it is written.
 */
export async function financeReturn(
  name: string,
  header: string[],
  rows: (string | number | Date)[][],
  edit?: (ws: ExcelJS.Worksheet) => void,
): Promise<FileInput> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['省财政厅2023年第三季度推进情况']);
  ws.addRow(['填报单位：省财政厅']);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return { name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

export const visibleSheet = (wb: ExcelJS.Workbook) => wb.worksheets.find((ws) => ws.state === 'visible')!;

/** Column numbers of the template's header row (row 3), by header text. */
export function headerColumns(ws: ExcelJS.Worksheet): Map<string, number> {
  const cols = new Map<string, number>();
  ws.getRow(3).eachCell((cell, col) => cols.set(String(cell.value), col));
  return cols;
}

/** Rows whose first cell is a task 序号, as [rowNumber, seq]. */
export function taskRows(ws: ExcelJS.Worksheet): [number, string][] {
  const rows: [number, string][] = [];
  ws.eachRow((row, n) => {
    const v = row.getCell(1).value;
    if (n > 3 && typeof v === 'string' && /^\d+$/.test(v)) rows.push([n, v]);
  });
  return rows;
}

/** Fills a template in the input columns; `fill(seq)` gives the report for a task, or null to leave it blank. */
export async function fillTemplate(
  file: FileOutput,
  fill: (seq: string) => Fill | null,
  options: FillOptions = {},
): Promise<FileInput> {
  const wb = await loadWorkbook(file.bytes);
  const ws = visibleSheet(wb);
  const cols = headerColumns(ws);
  for (const [n, seq] of taskRows(ws)) {
    const f = fill(seq);
    if (!f) continue;
    for (const [key, header] of Object.entries(HEADERS)) {
      const value = f[key as keyof Fill];
      if (value !== undefined) ws.getRow(n).getCell(cols.get(header)!).value = value;
    }
  }
  if (options.unitLine !== undefined) {
    const line = options.unitLine;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (String(cell.value).startsWith('填报单位：')) cell.value = line;
      }),
    );
  }
  if (options.reverse) reverseTaskRows(ws);
  if (options.deleteSeq) {
    const target = taskRows(ws).find(([, seq]) => seq === options.deleteSeq);
    if (target) ws.spliceRows(target[0], 1);
  }
  const out = options.resave ? valuesOnly(ws) : wb;
  return { name: file.fileName, bytes: new Uint8Array(await out.xlsx.writeBuffer()) };
}

function reverseTaskRows(ws: ExcelJS.Worksheet): void {
  const rows = taskRows(ws);
  const values = rows.map(([n]) => (ws.getRow(n).values as ExcelJS.CellValue[]).slice());
  rows.forEach(([n], i) => {
    const row = ws.getRow(n);
    const v = values[values.length - 1 - i]!;
    for (let c = 1; c < Math.max(v.length, 12); c++) row.getCell(c).value = v[c] ?? null;
  });
}

/** A new workbook with just the sheet's cell values, as when a unit copies the table into its own file. */
function valuesOnly(ws: ExcelJS.Worksheet): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const copy = wb.addWorksheet('Sheet1');
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    row.eachCell((cell, col) => {
      if (cell.type !== ExcelJS.ValueType.Merge) copy.getRow(n).getCell(col).value = cell.value;
    });
  });
  return wb;
}

/** Every table's rows (blobs as hex), to compare the database before and after. */
export function dumpDb(db: Db): string {
  const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    out[name] = db.all<Record<string, unknown>>(`SELECT * FROM "${name}" ORDER BY rowid`).map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v])),
    );
  }
  return JSON.stringify(out);
}
