// One returned file → its table and the clues to whom and when it belongs: the hidden
// identification, the 填报单位 line, the title's period, the 填报日期. No database here, so all files
// of a batch are read before the import's transaction starts.
import type { FileInput } from '../../../shared/api/method';
import { AppError } from '../../../shared/result';
import { sha256Of } from '../../files/sha256';
import { lastMonthOf, parsePeriod, periodEndingIn, type PeriodInfo } from '../../../shared/periods';
import { identityOfSheet, readIdentity, type SheetIdentity, type TemplateIdentity } from '../identification';
import { findDateInText, findPeriodInText, findYearInText, type PeriodHint } from '../periodText';
import { isUnitLine, type SheetGrid, type WorkbookGrid } from '../workbook/grid';
import { readWorkbook, RETURN_FORMATS } from '../workbook/readWorkbook';
import { findHeader, headerRowsOf, inputColumns, type HeaderLayout } from './headers';
import { readTableRows, signatureDate, type SourceRow, type TableRows } from './tableRows';
import { headerWord } from './extraColumns';
import { joinSplitTables, type Continuation } from './splitTables';
import { sheetBlocks, type SheetBlock } from './stackedTables';
import { columnName } from '../../sheets/xml';
import { citedPlansOf, type CitedPlan } from './citedPlan';
import { planItemsIn, readReport, type ReportInfo } from './reportGrid';

export interface ReturnedTable {
  file: FileInput;
  sha256: string;
  sheet: string;
  /** 1-based row number of the (last) header row. */
  headerRow: number;
  identity: TemplateIdentity | null;
  sheetIdentity: SheetIdentity | null;
  /** Unit name written on the form (填报单位：…), as written. */
  unitText: string | null;
  /** The header of the column of the plan's units (“责任单位”“牵头单位”), or null without one. */
  unitColumn: string | null;
  /** Lines around the table (title first), where a unit may be named when there is no 填报单位 line. */
  surroundings: string[];
  /** The periods the title, then the file name, write: the first the plan can read decides. */
  periodHints: { hint: PeriodHint; source: 'title' | 'filename' }[];
  /** The plans the title or file name say the form reports on (see citedPlan); empty when they name none. */
  citedPlans: CitedPlan[];
  fillDate: string | null;
  rows: SourceRow[];
  /** Columns beyond the form's fields whose words went into a field (see extraColumns). */
  extraColumns: TableRows['extraColumns'];
  /** Another unit's table below this one in the same sheet, not read (see readTableRows). */
  anotherTable: TableRows['anotherTable'];
  /** A filled cell merged over several tasks' rows, its text given to each (see readTableRows). */
  sharedCells: TableRows['sharedCells'];
  /** Totals and lines typed under the table, left out of the rows (see readTableRows). */
  leftOut: TableRows['leftOut'];
  /** Rows whose comments went into 备注 (see readTableRows). */
  commentedRows: TableRows['commentedRows'];
  /** The words heading the columns the unit ticks its status in (see statusOptions); empty for most forms. */
  statusOptions: string[];
  /** Progress kept in one column per period (see periodColumns); empty for most forms. */
  periodColumns: TableRows['periodColumns'];
  /** Formula cells below the header saved without their result, read as empty: 1-based row, the column's header (or 第N列). */
  uncomputed: { row: number; column: string }[];
  /** Hidden rows (1-based) among the table's rows, and hidden columns with text in them: read all the same. */
  hidden: { rows: number[]; columns: { letter: string; header: string | null }[] };
  /** Word tables after it read as its rows, a table cut in two by a page break (see splitTables); empty for most. */
  continuations: Continuation[];
  /**
   * Where the table is: a sheet of a workbook, a table in a Word document (named 表格1, 表格2…), or a
   * Word document without one read as a report in words (文字报告, see reportGrid), whose rows are its paragraphs.
   */
  kind: 'sheet' | 'wordTable' | 'report';
  /** For a report in words: its items and closing sections, as the preview tells them; null otherwise. */
  report: ReportInfo | null;
  /**
   * Other sheets that hold a filled-in table too: only the chosen one is imported, the official is told
   * of these. `byPeriod`: the workbook keeps one sheet per period, so choosing that period imports it.
   * `position`: the table's place in the file.
   */
  otherTables: { sheet: string; filled: number; byPeriod: boolean; position: number }[];
}

/** How messages name a table: “表格2” in a Word document, 工作表“三季度” in a workbook, 文字报告. */
export const tableName = (t: Pick<ReturnedTable, 'kind' | 'sheet'>) => (t.kind === 'sheet' ? `工作表“${t.sheet}”` : t.sheet);

/** How messages name a row of a table: 第3行, or 第3段 of a report in words. */
export const rowName = (t: Pick<ReturnedTable, 'kind'>, row: number | string) => `第${row}${t.kind === 'report' ? '段' : '行'}`;

/** What the official chose for a file: its period, and the sheet (or Word table) to import. */
export interface ReadChoice {
  period?: string | null;
  sheet?: string | null;
}

/**
 * Reads a returned file; throws AppError (BAD_FILE, FILE_TOO_LARGE) naming the file when it cannot.
 * Among several tables, the one `choice.sheet` names when it holds one, else the one for
 * `choice.period` (a code such as "2023Q3") in a file of one table per period, else the fullest.
 */
export function readReturn(file: FileInput, sha256 = sha256Of(file.bytes), choice: ReadChoice = {}): ReturnedTable {
  return readReturnTables(file, sha256, choice, false)[0]!;
}

/**
 * The chosen table as readReturn reads it, then — with `everyTable` — each of the file's other filled
 * tables that is not another period's (a compilation of several units' tables), each read just as
 * readReturn would read it when chosen. The file is parsed once.
 */
export function readReturnTables(file: FileInput, sha256: string, choice: ReadChoice, everyTable: boolean): ReturnedTable[] {
  const book = readWorkbook(file);
  const identity = readIdentity(book.sheets);
  const wanted = choice.period ? parsePeriod(choice.period) : null;
  const { sheets, continuations } = joinSplitTables(book.sheets);
  const tables = findTables(sheets);
  // A Word document without a progress table may be a report in words, item by item — or the plan itself.
  if (!tables.length && book.paragraphs) refusePlanText(file, book.paragraphs);
  const report = !tables.length && book.paragraphs ? readReport(book.paragraphs) : null;
  const found = report ? findTables([report.sheet]) : tables;
  const read = (chosen: string | null) => tableOf({ file, sha256, book, identity, found, wanted, continuations, report }, chosen);
  const first = read(choice.sheet ?? null);
  if (!everyTable) return [first];
  return [first, ...tablesToExpand(first).map(read)];
}

/** The other tables `everyTable` reads (not other periods' sheets), in the file's order (表格1, 表格2…). */
export function tablesToExpand(first: ReturnedTable): string[] {
  return first.otherTables
    .filter((t) => !t.byPeriod)
    .sort((a, b) => a.position - b.position)
    .map((t) => t.sheet);
}

/** A file parsed once, from which each of its tables is read. */
interface ParsedFile {
  file: FileInput;
  sha256: string;
  book: WorkbookGrid;
  identity: TemplateIdentity | null;
  found: readonly FoundTable[];
  wanted: PeriodInfo | null;
  continuations: readonly Continuation[];
  /** The document read as a report in words, when it has no progress table. */
  report: ReturnType<typeof readReport>;
}

function tableOf({ file, sha256, book, identity, found, wanted, continuations, report }: ParsedFile, chosen: string | null): ReturnedTable {
  const format = book.format;
  const { tables, perPeriod } = orderTables(found, wanted, chosen);
  const table = tables[0];
  if (chosen && table && table.sheet.name !== chosen) {
    const where = report ? '' : format === 'docx' ? '表格' : '工作表';
    throw new AppError(
      'BAD_FILE',
      `文件“${file.name}”中没有选定的${where}“${chosen}”，或其中没有推进情况表（可选的有：${tables.map((t) => `“${t.sheet.name}”`).join('、')}）。`,
    );
  }
  if (!table) throw noTableError(file, book);
  const { sheet, layout } = table;
  const { rows, extraColumns, surroundings, linesAbove, periodColumns, anotherTable, sharedCells, leftOut, commentedRows } = table.read ?? readTableRows(sheet, layout);
  const unitLine = surroundings.find(isUnitLine);
  const dateLine = surroundings.find((t) => isDateLine(t) && findDateInText(t));
  // Else the 落款 under the table (never the title or a task's row): the last dated line typed under
  // the table's rows, or among the paragraphs after a Word table.
  const signed = [...leftOut.map((l) => l.text), ...(sheet.around?.below ?? [])].map(signatureDate).filter((d) => d !== null).at(-1);
  const titleLines = surroundings.filter((t) => !isDateLine(t));
  // In a file of several tables (one per period, filled or not), the table's own period; else the first written around it.
  const severalTables = tables.filter((t) => t.sheet.state === 'visible').length > 1;
  const titleHint = severalTables && table.period ? withYear(table.period, titleLines) : titleLines.map(findPeriodInText).find((h) => h !== null);
  const nameHint = findPeriodInText(file.name.replace(/\.[^.]+$/, ''));
  return {
    file,
    sha256,
    sheet: sheet.name,
    kind: report ? 'report' : format === 'docx' ? 'wordTable' : 'sheet',
    report: report?.info ?? null,
    headerRow: layout.headerRow + 1,
    identity,
    // The identification is the sheet's first table's: not of one stacked below it.
    sheetIdentity: identity && sheet.firstRow === undefined ? identityOfSheet(identity, sheet.name) : null,
    // A report's signature names its unit as a 填报单位 line does.
    unitText: unitLine ? unitFromLine(unitLine) : (report?.signedBy ?? null),
    unitColumn: layout.columns.unit === undefined ? null : (headerWord(headerRowsOf(sheet, layout), layout.columns.unit) ?? '责任单位'),
    surroundings,
    periodHints: [
      ...(titleHint ? [{ hint: titleHint, source: 'title' as const }] : []),
      ...(nameHint ? [{ hint: nameHint, source: 'filename' as const }] : []),
    ],
    citedPlans: citedPlansOf(surroundings.slice(0, linesAbove).filter((t) => !isUnitLine(t) && !isDateLine(t)), file.name),
    fillDate: dateLine ? findDateInText(dateLine) : signed ? findDateInText(signed) : null,
    rows,
    extraColumns,
    // A table below that is offered as one of the file's tables needs no word of its own.
    anotherTable: table.end < sheet.rows.length ? null : anotherTable,
    sharedCells,
    leftOut,
    commentedRows,
    continuations: continuations.filter((c) => c.into === sheet.name),
    statusOptions: layout.statusOptions.map((o) => o.word),
    periodColumns,
    uncomputed: uncomputedCells(sheet, layout),
    hidden: hiddenOfTable(sheet, layout, rows),
    otherTables: tables
      .slice(1)
      .filter((t) => t.filled > 0)
      // With no period chosen, any sheet of a workbook kept one per period is another period's.
      .map((t) => ({
        sheet: t.sheet.name,
        filled: t.filled,
        byPeriod: perPeriod && (wanted ? choosable(t.period, wanted) : t.period !== null),
        position: found.indexOf(t),
      })),
  };
}

/** A plan's text is no unit's report: read as one, each task would be “progress” of the unit it was assigned to. */
function refusePlanText(file: FileInput, paragraphs: readonly string[]): void {
  const plan = planItemsIn(paragraphs);
  if (!plan) return;
  throw new AppError(
    'BAD_FILE',
    `文件“${file.name}”看来是计划文本，不是单位报送的推进情况：其中 ${plan.tasks} 项（共 ${plan.items} 项）以括号中的责任单位（“……牵头……”）结尾，后面没有写进展，未导入。` +
      '如要导入这份计划，请用“导入计划”；如是文字报告，请在各项后写明进展。',
  );
}

function noTableError(file: FileInput, book: WorkbookGrid): AppError {
  // Text that is neither a table (.csv) nor a numbered report: said as before text was read for reports.
  if (book.format === 'text') return new AppError('BAD_FILE', `文件“${file.name}”的内容是纯文本（.txt），此处需要：${RETURN_FORMATS}；逐项编号写明各项任务进展的文字报告也可读入。`);
  if (book.format === 'docx' && !book.sheets.length) {
    return new AppError(
      'BAD_FILE',
      `文件“${file.name}”是 Word 文档，其中没有表格，也没有逐项编号的进展：推进情况表应是文档中的一个表格，` +
        '表头有“序号”或“工作任务”列，以及“进展情况”“完成状态”“存在问题”等列中的至少一列；' +
        '文字报告应逐项编号写明各项任务的进展（如“一、……（第3项）。……”），可按文字报告读入。',
    );
  }
  const names = book.sheets.filter((s) => s.state === 'visible').map((s) => `“${s.name}”`);
  return new AppError(
    'BAD_FILE',
    `文件“${file.name}”中没有找到推进情况表的表头（已查看${book.format === 'docx' ? '文档中的' : '工作表'}${names.join('、') || '（无）'}）：` +
      '表头应有“序号”或“工作任务”列，以及“进展情况”“完成状态”“存在问题”等列中的至少一列' +
      (book.format === 'docx' ? '；文字报告应逐项编号写明各项任务的进展（如“一、……（第3项）。……”），可按文字报告读入。' : '。'),
  );
}

function uncomputedCells(sheet: SheetGrid, layout: HeaderLayout): ReturnedTable['uncomputed'] {
  if (!sheet.uncomputed) return [];
  const header = headerRowsOf(sheet, layout);
  const columnName = (c: number) => header.map((row) => row[c]?.trim()).filter(Boolean).at(-1) ?? `第${c + 1}列`;
  return sheet.uncomputed.filter(({ r }) => r > layout.headerRow).map(({ r, c }) => ({ row: r + 1, column: columnName(c) }));
}

/** The sheet's hidden rows that are rows of the table, and its hidden columns that hold something in them. */
function hiddenOfTable(sheet: SheetGrid, layout: HeaderLayout, rows: readonly SourceRow[]): ReturnedTable['hidden'] {
  if (!sheet.hiddenRows && !sheet.hiddenColumns) return { rows: [], columns: [] };
  const read = rows.map((r) => r.row);
  const hiddenRows = new Set(sheet.hiddenRows);
  const header = headerRowsOf(sheet, layout);
  const columns = (sheet.hiddenColumns ?? [])
    .filter((c) => read.some((row) => (sheet.rows[row - 1]?.[c] ?? '').trim()))
    .map((c) => ({ letter: columnName(c + 1), header: headerWord(header, c) }));
  return { rows: read.filter((row) => hiddenRows.has(row - 1)), columns };
}

/** Whether a sheet's period is one the official can choose in a plan of `wanted`'s kind ("7月" is not, in a plan of quarters). */
function choosable(hint: PeriodHint | null, wanted: PeriodInfo | null): boolean {
  if (!hint || !wanted) return false;
  return lastMonthOf(wanted.kind, periodEndingIn(wanted.kind, hint.year ?? wanted.year, hint.endMonth).index) === hint.endMonth;
}

/** "填报日期：…", "报送时间：…": a line that dates the form rather than naming its period. */
const isDateLine = (line: string) => /日期|时间/.test(line);

interface FoundTable extends SheetBlock {
  /** Rows below the header with something in a reported column. */
  filled: number;
  /** The period the sheet's name or the lines above its table name ("三季度", "2023年第二季度"). */
  period: PeriodHint | null;
}

/**
 * The sheets (or Word tables) with a recognisable header, in the file's order, with their filled
 * rows; a table stacked below another unit's on a sheet as one of its own (see stackedTables).
 */
function findTables(sheets: readonly SheetGrid[]): FoundTable[] {
  const found: FoundTable[] = [];
  for (const whole of sheets) {
    if (whole.state === 'veryHidden') continue;
    const header = findHeader(whole);
    if (!header) continue;
    for (const block of sheetBlocks(whole, header)) {
      const { sheet, layout, end } = block;
      const inputCols = inputColumns(layout);
      const filled = sheet.rows.slice(layout.headerRow + 1, end).filter((r) => inputCols.some((c) => (r[c] ?? '').trim())).length;
      found.push({ ...block, filled, period: periodOfTable(sheet, layout) });
    }
  }
  return found;
}

/**
 * The tables, the one to import first: the one the official chose (`chosen`, a sheet's or Word
 * table's name), then visible sheets before hidden ones, filled-in tables before empty ones; among a
 * workbook of one sheet per period ("一季度", "二季度"…), the requested period's, else the latest;
 * then the most filled-in rows.
 */
function orderTables(found: readonly FoundTable[], wanted: PeriodInfo | null, chosen: string | null): { tables: FoundTable[]; perPeriod: boolean } {
  // Periods decide only in a workbook of several filled tables for different periods.
  const periodOrder = (t: FoundTable) => (t.period ? (t.period.year ?? 0) * 12 + t.period.endMonth : -1);
  const perPeriod = new Set(found.filter((t) => t.filled > 0 && t.period).map(periodOrder)).size > 1;
  const isWanted = (t: FoundTable) =>
    perPeriod && !!wanted && !!t.period && t.period.endMonth === lastMonthOf(wanted.kind, wanted.index) && (t.period.year ?? wanted.year) === wanted.year;
  const latest = (t: FoundTable) => (perPeriod ? periodOrder(t) : 0);
  // Stable: between equals, the earlier sheet.
  const tables = [...found].sort(
    (a, b) =>
      Number(b.sheet.name === chosen) - Number(a.sheet.name === chosen) ||
      Number(a.sheet.state !== 'visible') - Number(b.sheet.state !== 'visible') ||
      Number(b.filled > 0) - Number(a.filled > 0) ||
      Number(isWanted(b)) - Number(isWanted(a)) ||
      latest(b) - latest(a) ||
      b.filled - a.filled,
  );
  return { tables, perPeriod };
}

/**
 * The period a table is headed with: its sheet's name ("三季度"), else the nearest line above its
 * header — rows of the sheet, then the paragraphs above a table in Word ("三、第三季度").
 */
function periodOfTable(sheet: SheetGrid, layout: HeaderLayout): PeriodHint | null {
  const above = [...(sheet.around?.above ?? []), ...sheet.rows.slice(sheet.firstRow ?? 0, layout.firstHeaderRow).map((r) => r.join(' '))];
  for (const text of [sheet.name, ...above.filter((t) => !isDateLine(t)).reverse()]) {
    const hint = findPeriodInText(text);
    if (hint) return hint;
  }
  return null;
}

/** A hint without its year ("三季度") takes the year of the title lines ("省财政厅2023年工作要点推进情况"). */
function withYear(hint: PeriodHint, titleLines: string[]): PeriodHint {
  if (hint.year !== null) return hint;
  const year = titleLines.map(findYearInText).find((y) => y !== null);
  return year ? { ...hint, year } : hint;
}

/** "填报单位：省知识产权局（盖章）  填报人：…", "填报单位（盖章）：省知识产权局" → "省知识产权局". */
export function unitFromLine(line: string): string | null {
  const m = /(?:填报|报送)单位(?:名称)?\s*(?:[(（]\s*(?:盖章|公章|签章|章)\s*[)）])?\s*[:：]?\s*(.*)$/u.exec(line);
  if (!m) return null;
  const name = m[1]!
    .split(/\s{2,}|\t|填报人|联系人|联系电话|填报日期|报送日期|审核人|日期/u)[0]!
    .replace(/[(（]\s*(盖章|公章|签章|章)\s*[)）]/gu, '')
    .replace(/[:：\s]+$/u, '')
    .trim();
  return name || null;
}
