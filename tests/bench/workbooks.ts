// Returned progress workbooks as units really send them back: our exported template filled in,
// re-typed tables with their own headers and column order, and legacy .xls files.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { STATUS_LABELS, type ParsedTask } from '../../electron/shared/types';
import { progressText, type Rng } from './generate';

export type ReturnedLayout = 'template' | 'retyped' | 'xls';

/** One re-typed layout: its headers in column order, and whether it keeps the task numbers. */
interface RetypedLayout {
  headers: Record<Field, string | null>;
  shuffleColumns: boolean;
  shuffleRows: boolean;
}

type Field = 'seq' | 'content' | 'progress' | 'status' | 'problems' | 'nextSteps';
const FIELDS: Field[] = ['seq', 'content', 'progress', 'status', 'problems', 'nextSteps'];

const RETYPED_LAYOUTS: RetypedLayout[] = [
  {
    headers: { seq: '序号', content: '工作任务', progress: '进展情况', status: '完成状态', problems: '存在问题', nextSteps: '下一步打算' },
    shuffleColumns: false,
    shuffleRows: false,
  },
  {
    headers: { seq: '编号', content: '重点任务', progress: '工作进展', status: '推进状态', problems: '困难和问题', nextSteps: '下步工作计划' },
    shuffleColumns: true,
    shuffleRows: false,
  },
  {
    headers: { seq: null, content: '工作要点', progress: '完成情况', status: '进度', problems: '问题', nextSteps: '下一步' },
    shuffleColumns: true,
    shuffleRows: true,
  },
];

/** The task text as a unit re-types it: mostly exact, sometimes with punctuation changed or cut short. */
function retypedContent(rng: Rng, content: string): string {
  const r = rng.next();
  if (r < 0.8) return content;
  if (r < 0.95) return content.replace(/，/g, ',').replace(/。$/, '');
  return content.slice(0, content.indexOf('。') + 1) || content;
}

/** The rows of a returned table, as plain strings in the layout's column order. */
function retypedTable(rng: Rng, unit: string, periodLabel: string, tasks: readonly ParsedTask[]) {
  const layout = rng.pick(RETYPED_LAYOUTS);
  const present = FIELDS.filter((f) => layout.headers[f] !== null);
  const columns = layout.shuffleColumns ? [...present.slice(0, 2), ...rng.shuffle(present.slice(2))] : present;
  const ordered = layout.shuffleRows ? rng.shuffle(tasks) : tasks;
  const body = ordered.map((task) => {
    const text = progressText(rng, periodLabel);
    const values: Record<Field, string> = {
      seq: task.seq,
      content: retypedContent(rng, task.content),
      progress: text.progress,
      status: text.statusWord,
      problems: text.problems,
      nextSteps: text.nextSteps,
    };
    return columns.map((f) => values[f]);
  });
  return {
    title: `${unit}${periodLabel}工作要点落实情况`,
    note: `填报单位：${unit}\u3000\u3000联系人：张三\u3000\u3000联系电话：0351-1234567`,
    header: columns.map((f) => layout.headers[f]!),
    body,
  };
}

/** A re-typed .xlsx, written as a unit's clerk would in WPS: a title, a note line, a header, the rows. */
export async function writeRetypedXlsx(file: string, rng: Rng, unit: string, periodLabel: string, tasks: readonly ParsedTask[]) {
  const table = retypedTable(rng, unit, periodLabel, tasks);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow([table.title]);
  ws.mergeCells(1, 1, 1, table.header.length);
  ws.addRow([table.note]);
  ws.addRow(table.header).font = { bold: true };
  for (const row of table.body) ws.addRow(row);
  await wb.xlsx.writeFile(file);
}

/** A legacy .xls (BIFF8) of the same kind, as older office suites save it. */
export function writeRetypedXls(file: string, rng: Rng, unit: string, periodLabel: string, tasks: readonly ParsedTask[]) {
  const table = retypedTable(rng, unit, periodLabel, tasks);
  const ws = XLSX.utils.aoa_to_sheet([[table.title], [table.note], table.header, ...table.body]);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: table.header.length - 1 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  fs.writeFileSync(file, XLSX.write(wb, { bookType: 'xls', type: 'buffer' }) as Buffer);
}

const TEMPLATE_COLUMNS: [Field, RegExp][] = [
  ['status', /状态/],
  ['progress', /进展|完成情况/],
  ['problems', /问题|困难/],
  ['nextSteps', /下一步|下步|打算/],
  ['seq', /^(序号|编号)$/],
  ['content', /任务|要点|内容/],
];

/** Finds the header row of our template by its column titles; null when the sheet has none. */
function findHeader(ws: ExcelJS.Worksheet): { row: number; cols: Partial<Record<Field, number>> } | null {
  for (let r = 1; r <= Math.min(ws.rowCount, 15); r++) {
    const cols: Partial<Record<Field, number>> = {};
    ws.getRow(r).eachCell((cell, col) => {
      const text = String(cell.text ?? '').replace(/\s/g, '');
      const hit = TEMPLATE_COLUMNS.find(([field, re]) => re.test(text) && !(field in cols));
      if (hit) cols[hit[0]] = col;
    });
    if (cols.progress && (cols.seq || cols.content)) return { row: r, cols };
  }
  return null;
}

/**
 * Our exported fill-in workbook, filled in as a unit would: status from the drop-down list, the
 * progress, problems and next steps typed into their columns; a few rows left blank.
 * Returns how many task rows were filled.
 */
export async function fillTemplate(bytes: Uint8Array, file: string, rng: Rng, periodLabel: string, tasksBySeq: ReadonlyMap<string, ParsedTask>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  let filled = 0;
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    const header = findHeader(ws);
    if (!header) continue;
    const { cols } = header;
    for (let r = header.row + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const seq = cols.seq ? String(row.getCell(cols.seq).text ?? '').trim() : '';
      if (!tasksBySeq.has(seq) || rng.chance(0.03)) continue;
      const text = progressText(rng, periodLabel);
      const put = (field: Field, value: string) => {
        if (cols[field]) row.getCell(cols[field]).value = value;
      };
      put('status', STATUS_LABELS[text.status]);
      put('progress', text.progress);
      put('problems', text.problems);
      put('nextSteps', text.nextSteps);
      filled++;
    }
  }
  if (filled === 0) throw new Error(`no task rows found to fill in the exported template for ${file}`);
  await wb.xlsx.writeFile(file);
  return filled;
}

/** One workbook of `tasks.length` rows, streamed to disk so even 20,000 rows take about a second. */
export async function writeLargeReturn(file: string, rng: Rng, unit: string, periodLabel: string, tasks: readonly ParsedTask[]) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Sheet1');
  const header = ['序号', '工作任务', '进展情况', '完成状态', '存在问题', '下一步打算'];
  ws.addRow([`${unit}${periodLabel}工作要点落实情况`]).commit();
  ws.addRow(header).commit();
  for (const task of tasks) {
    const text = progressText(rng, periodLabel);
    ws.addRow([task.seq, task.content, text.progress, text.statusWord, text.problems, text.nextSteps]).commit();
  }
  ws.commit();
  await wb.commit();
}
