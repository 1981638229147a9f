// Finding the header row of a returned table and what each column holds, by the words bureaus use.
import { memoize } from '../../memo';
import { readStatus } from '../statusWords';
import type { SheetGrid } from '../workbook/grid';
import { statusOptionsOf, type StatusOption } from './statusOptions';

export type Field =
  | 'seq'
  | 'content'
  | 'measure'
  | 'role'
  | 'deadline'
  | 'unit'
  | 'previous'
  | 'progress'
  | 'status'
  | 'problems'
  | 'nextSteps'
  | 'remarks';

/** The fields a unit fills in; a header needs at least one of them. */
export const INPUT_FIELDS = ['progress', 'status', 'problems', 'nextSteps', 'remarks'] as const satisfies readonly Field[];
export type InputField = (typeof INPUT_FIELDS)[number];

/** Headers that name the status column outright; "完成进度" or "进度" may hold a percentage instead. */
const NAMED_STATUS = /完成状态|进展状态|推进状态|任务状态|是否完成/;

// Order matters: "上期进展情况" is the previous period, "完成时限" a deadline, "完成情况说明" progress.
// All words are Chinese (classifyHeader skips text without Chinese).
const HEADER_RULES: { field: Field; re: RegExp }[] = [
  { field: 'previous', re: /^(上期|上季度|上一期|上月|上次|前期)/ },
  { field: 'deadline', re: /时限|完成时间|时间节点|截止时间|完成期限|完成时间节点/ },
  { field: 'status', re: new RegExp(`${NAMED_STATUS.source}|^(完成情况|完成进度|进度情况|完成程度)$|^(目前|当前|工作|推进|实施|执行|总体|整体)?(进度|状态)$`) },
  {
    field: 'progress',
    re: /进展情况|工作进展|推进情况|完成情况说明|进展|落实情况|工作完成情况|完成情况及|工作开展情况|开展情况|执行情况|主要工作|主要做法|工作成效/,
  },
  { field: 'problems', re: /存在问题|存在的问题|困难和问题|困难问题|问题和困难|问题及困难|^问题$|困难/ },
  { field: 'nextSteps', re: /下步|下一步|下阶段|后续计划|后续安排|工作打算|工作计划/ },
  { field: 'remarks', re: /^(备注|说明|其他)$/ },
  { field: 'seq', re: /^(序号|编号|任务序号|任务编号|序|号|项次)$|序号/ },
  // A task table's 具体措施 under its 重点任务 heading, as the plan itself was laid out (see layoutOf).
  { field: 'measure', re: /^(具体措施|工作措施|主要措施|推进措施|具体举措|主要举措|重点举措|措施|举措)$/ },
  {
    field: 'content',
    re: /工作任务|重点任务|任务内容|工作要点|任务名称|主要任务|具体任务|工作内容|任务事项|工作事项|目标任务|重点工作|具体工作|工作名称|工作项目|^(任务|事项|内容)$/,
  },
  { field: 'role', re: /责任类型|职责类型|承担方式|参与方式|角色|牵头.?配合|责任分工/ },
  { field: 'unit', re: /单位/ },
];

/** Header text with spaces, line breaks and bracketed hints ("（下拉选择）") removed. */
function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/[*:：]/g, '');
}

/** A header's key is a short label; anything longer is data. */
const MAX_KEY_CHARS = 20;

/**
 * Characters that are, or under NFKC become, the opening bracket of a hint headerKey removes
 * (( [ 【 and forms like （ ［ ⑴ ㈠ ﹙ ︻). Ranges are generous; a test checks every code point.
 */
export const HINT_OPENERS = /[([（［【\u2000-\u24ff\u3200-\u32ff\ufe30-\ufe6f\u{1f100}-\u{1f1ff}]/u;

/**
 * True when the key would surely be too long, found without building it (most cells of the rows
 * searched are task texts): more CJK ideographs than a key may have — NFKC keeps them, and they are
 * neither spaces nor marks — and no bracketed hint that could take some away.
 */
function surelyTooLong(text: string): boolean {
  if (text.length <= MAX_KEY_CHARS) return false;
  let ideographs = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff && ++ideographs > MAX_KEY_CHARS) return !HINT_OPENERS.test(text);
  }
  return false;
}

/**
 * Characters from U+2E80 on, where the CJK blocks begin, and 〈 〉, which NFKC moves there: text
 * without any of them has no Chinese in its key, and every header word above is Chinese.
 */
export const MAYBE_CHINESE = /[\u2329\u232a\u2e80-\uffff]/;

/** False for text that surely names no column, found cheaply: no Chinese, or far too long. */
const mayBeHeader = (text: string) => MAYBE_CHINESE.test(text) && !surelyTooLong(text);

/** Remembered: the same headers and status words come back in file after file. */
const fieldOf = memoize((text: string): Field | null => {
  const key = headerKey(text);
  if (!key || key.length > MAX_KEY_CHARS) return null;
  return HEADER_RULES.find((r) => r.re.test(key))?.field ?? null;
}, 5_000);

export const classifyHeader = (text: string): Field | null => (mayBeHeader(text) ? fieldOf(text) : null);

type NamedOption = Omit<StatusOption, 'col'>;

/** A header naming one status ("已完成", "正在推进"): a column the unit ticks. Status words are short. */
const optionOf = memoize((text: string): NamedOption | null => {
  const key = headerKey(text);
  if (!key || key.length > 8) return null;
  const { status } = readStatus(key);
  return status && { word: text.trim(), status };
}, 5_000);

export interface HeaderLayout {
  /** 0-based index of the (last) header row; data starts below it. */
  headerRow: number;
  /** 0-based first header row (differs from headerRow for two-row headers). */
  firstHeaderRow: number;
  columns: Partial<Record<Field, number>>;
  /** Columns the unit ticks its status in (then there is no status column); empty for most forms. */
  statusOptions: StatusOption[];
  score: number;
}

/** What one header row says of each column: the field it names, or the status a unit ticks there. */
interface RowHeads {
  fields: (Field | null)[];
  /** Empty unless the row names two statuses or more (a row of options). */
  options: (NamedOption | null)[];
}

/** The header's rows, one or two. */
export const headerRowsOf = (sheet: SheetGrid, layout: HeaderLayout): string[][] => sheet.rows.slice(layout.firstHeaderRow, layout.headerRow + 1);

/** The columns the unit fills in, status options included. */
export const inputColumns = (layout: HeaderLayout): number[] => [
  ...INPUT_FIELDS.flatMap((f) => (layout.columns[f] === undefined ? [] : [layout.columns[f]])),
  ...layout.statusOptions.map((o) => o.col),
];

const SEARCH_ROWS = 40;

/** The field each cell of a row names (rows and cells may be missing). */
const rowFields = (row: string[] | undefined) => Array.from(row ?? [], (text = '') => classifyHeader(text));

function rowHeads(row: string[] | undefined): RowHeads {
  const cells = row ?? [];
  const fields: (Field | null)[] = [];
  let options: (NamedOption | null)[] | null = null;
  let firstStatus: string | null = null;
  let mixed = false;
  for (let c = 0; c < cells.length; c++) {
    const text = cells[c] ?? '';
    const header = mayBeHeader(text);
    fields.push(header ? fieldOf(text) : null);
    const option = header ? optionOf(text) : null;
    if (!option) continue;
    (options ??= new Array<NamedOption | null>(cells.length).fill(null))[c] = option;
    firstStatus ??= option.status;
    mixed ||= option.status !== firstStatus;
  }
  // A data row holds one status word; a header row of options names two or more.
  return { fields, options: mixed ? options! : [] };
}

/** The field of each column from one or two stacked header rows; the lower row's word wins. */
const columnFields = (rows: string[][]) => stacked(rows.map(rowFields));

/**
 * The best header within the first rows of the sheet, or null when none qualifies. Two stacked
 * rows (a merged group title over sub-columns) are tried too; they win only by adding fields.
 */
export function findHeader(sheet: SheetGrid): HeaderLayout | null {
  // A table stacked below another on its sheet is searched for below the other's rows.
  const start = sheet.firstRow ?? 0;
  const limit = Math.min(sheet.rows.length, start + SEARCH_ROWS);
  // Each cell of the first rows is classified once; a two-row header stacks two rows' fields.
  const heads = Array.from(sheet.rows.slice(start, limit + 1), rowHeads);
  const singles = heads.map((h, i) => layoutOf(h, start + i, start + i));
  const namesAField = heads.map((h) => h.options.length > 0 || h.fields.some((f) => f !== null));
  let best: HeaderLayout | null = null;
  const consider = (candidate: HeaderLayout | null) => {
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  };
  for (let i = 0; start + i < limit; i++) {
    const r = start + i;
    consider(singles[i] ?? null);
    // Two rows add up to more than either alone only when each names a field.
    if (r + 1 >= sheet.rows.length || !namesAField[i] || !namesAField[i + 1]) continue;
    const pair = [heads[i]!, heads[i + 1]!];
    const double = layoutOf({ fields: stacked(pair.map((h) => h.fields)), options: stacked(pair.map((h) => h.options)) }, r, r + 1);
    const alone = Math.max(singles[i]?.score ?? 0, singles[i + 1]?.score ?? 0);
    if (double && double.score > alone) consider(double);
  }
  return best && statusColumnByContent(sheet, preferNamedStatusColumn(sheet, refineStatusColumns(sheet, best)));
}

/** Rows looked at to tell what a column holds. */
const SAMPLE_ROWS = 50;

/**
 * Without a status column, a column of no known field whose cells are status words (“按序时推进”,
 * “滞后”) under a header of the unit's own (“推进程度”) is the status: left to 备注, the word
 * would be lost to the summary, and the task counted as on track.
 */
function statusColumnByContent(sheet: SheetGrid, layout: HeaderLayout): HeaderLayout {
  if (layout.columns.status !== undefined || layout.statusOptions.length) return layout;
  const known = new Set(Object.values(layout.columns));
  const fields = columnFields(headerRowsOf(sheet, layout));
  const sample = sheet.rows.slice(layout.headerRow + 1, layout.headerRow + 1 + SAMPLE_ROWS);
  const width = Math.max(0, ...sample.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    if (known.has(c) || (fields[c] ?? null) !== null) continue;
    if (holdsStatusWords(sample.map((r) => (r[c] ?? '').trim()).filter(Boolean))) {
      return { ...layout, columns: { ...layout.columns, status: c } };
    }
  }
  return layout;
}

/** Most of the (two or more) filled cells are short status words. */
function holdsStatusWords(texts: string[]): boolean {
  if (texts.length < 2) return false;
  const words = texts.filter((t) => t.length <= 12 && readStatus(t).status !== null).length;
  return words / texts.length >= 0.8;
}

/** Of two status columns ("完成进度" holding 80%, then "完成状态"), the one its header names outright. */
function preferNamedStatusColumn(sheet: SheetGrid, layout: HeaderLayout): HeaderLayout {
  const chosen = layout.columns.status;
  if (chosen === undefined) return layout;
  const headers = headerRowsOf(sheet, layout);
  const named = (c: number) => headers.some((row) => NAMED_STATUS.test(headerKey(row[c] ?? '')));
  if (named(chosen)) return layout;
  const better = columnFields(headers).findIndex((f, c) => f === 'status' && named(c));
  return better < 0 ? layout : { ...layout, columns: { ...layout.columns, status: better } };
}

/** What each column of stacked header rows says (read per row); the lower row's word wins. */
function stacked<T>(rows: (T | null)[][]): (T | null)[] {
  const width = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => {
    let said: T | null = null;
    for (const row of rows) said = row[c] ?? said;
    return said;
  });
}

function layoutOf({ fields, options }: RowHeads, first: number, last: number): HeaderLayout | null {
  const columns: Partial<Record<Field, number>> = {};
  fields.forEach((field, c) => {
    if (field && columns[field] === undefined) columns[field] = c;
  });
  // 具体措施 without a 重点任务 beside it is the task's text itself.
  if (columns.content === undefined && columns.measure !== undefined) {
    columns.content = columns.measure;
    delete columns.measure;
  }
  // Status options stand for the status column, unless the form has one of its own beside them
  // (a group title like "完成情况" over the options reads as one, and is no column of its own).
  let statusOptions = options.length ? statusOptionsOf(options) : [];
  if (statusOptions.length) {
    if (columns.status === undefined || statusOptions.some((o) => o.col === columns.status)) delete columns.status;
    else statusOptions = [];
  }
  const found = Object.keys(columns).length + (statusOptions.length ? 2 : 0);
  const inputs = INPUT_FIELDS.filter((f) => columns[f] !== undefined).length + (statusOptions.length ? 1 : 0);
  const keys = (columns.seq !== undefined ? 1 : 0) + (columns.content !== undefined ? 1 : 0);
  // A 备注 or 说明 column alone reports nothing: “序号 | 说明” is a sheet of instructions.
  const reports = statusOptions.length > 0 || INPUT_FIELDS.some((f) => f !== 'remarks' && columns[f] !== undefined);
  if (!reports || !keys) return null;
  return { headerRow: last, firstHeaderRow: first, columns, statusOptions, score: found + inputs };
}

/**
 * "完成情况" names the status in some forms and the narrative in others. Without a progress column,
 * a status-named column that holds sentences (or the wordier of two, as in 完成情况 beside 进度) is
 * the progress text.
 */
function refineStatusColumns(sheet: SheetGrid, layout: HeaderLayout): HeaderLayout {
  if (layout.columns.progress !== undefined || layout.columns.status === undefined) return layout;
  const fields = columnFields(headerRowsOf(sheet, layout));
  const statusCols = fields.flatMap((f, c) => (f === 'status' ? [c] : []));
  const sample = sheet.rows.slice(layout.headerRow + 1, layout.headerRow + 51);
  const meanLength = (c: number) => {
    const texts = sample.map((r) => (r[c] ?? '').trim()).filter(Boolean);
    return texts.length ? texts.reduce((n, t) => n + t.length, 0) / texts.length : 0;
  };
  const wordiest = statusCols.reduce((a, b) => (meanLength(b) > meanLength(a) ? b : a));
  if (statusCols.length < 2 && meanLength(wordiest) <= 12) return layout;
  const status = statusCols.find((c) => c !== wordiest);
  const columns = { ...layout.columns, progress: wordiest };
  if (status === undefined) delete columns.status;
  else columns.status = status;
  return { ...layout, columns };
}
