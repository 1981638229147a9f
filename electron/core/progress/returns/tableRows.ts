// The data rows of a returned table, below its header: section rows, notes, signature lines and blank
// rows left out; vertically merged cells filled down; "同上" copied from the row above.
import { cleanCellText, isSameAsAbove, normalizeSeq, seqListOf } from '../text';
import { dateCellInWords, type SheetGrid } from '../workbook/grid';
import { extraColumns, headerWord, type ExtraColumn } from './extraColumns';
import { headerRowsOf, INPUT_FIELDS, inputColumns, type Field, type HeaderLayout, type InputField } from './headers';
import { latestColumn, periodColumnsOf, type PeriodColumn } from './periodColumns';
import { tickedStatus } from './statusOptions';
import { isUnitLine } from '../workbook/grid';

export interface SourceRow {
  /** 1-based row number in the sheet. */
  row: number;
  /** The sequence number cell as written, and normalised ("（3）" → "3"); null when not a number. */
  seqText: string;
  seq: string | null;
  /** A 序号 cell naming several tasks ("12-13", "12、13"): their numbers (seq is then null); null otherwise. */
  seqs: string[] | null;
  content: string;
  fields: Record<InputField, string>;
  /**
   * The 备注 column's own text: fields.remarks also gathers columns the form does not have (责任人,
   * 联系电话) and notes of ticked boxes, which are no report of progress.
   */
  remarksCell: string;
  /**
   * The district sub-header the row stands under ("太原市" alone on a row above), if any: a unit that
   * reports per district repeats each task under each, and the merged report keeps whose part is whose.
   */
  group: string | null;
  /** The 完成时限 column as the unit wrote it ('' without one): the plan's, unless the unit rewrote it. */
  deadlineCell: string;
  /** The 责任单位 (牵头单位…) column as the unit wrote it ('' without one): the plan's, unless rewritten. */
  unitCell: string;
  /** The task columns came from cells merged down from the row above (one task over several rows). */
  continuesAbove: boolean;
  /** With progress in one column per period (TableRows.periodColumns): each column's text, in their order. */
  progressByPeriod?: string[];
}

export interface TableRows {
  rows: SourceRow[];
  /** Columns beyond the form's fields whose words went into a field, as the official is told: "“佐证材料”列 → 备注". */
  extraColumns: { label: string; into: InputField }[];
  /** Text outside the table (title, 填报单位 line, notes and signatures), for finding unit and period. */
  surroundings: string[];
  /** How many of `surroundings`, from the first, are above the table: its title and what precedes the header. */
  linesAbove: number;
  /** The section titles met, in order. */
  sections: string[];
  /** Progress columns named by period, when there are several (see periodColumns); a row's progress is the latest's. */
  periodColumns: Omit<PeriodColumn, 'col'>[];
  /**
   * Where another unit's table starts below this one in the same sheet (its 填报单位 line over the
   * header again): reading stops there, so its rows are not taken for this unit's.
   */
  anotherTable: { row: number; line: string } | null;
  /**
   * A filled-in cell merged down over several data rows: its one text went to each of them (the
   * tasks they match decide whether that is one task's rows or several tasks'). `rows` 1-based, first
   * and last; `column` the header's word; `dataRows` the data rows under it, 1-based.
   */
  sharedCells: { rows: [number, number]; column: string; dataRows: number[] }[];
  /**
   * Rows below the header that are no task's report, as written: totals (合计、小计) and what is typed
   * under the table (填报人、联系电话、审核人、单位（盖章）, a date). Kept out of the rows; the official is told.
   */
  leftOut: { row: number; text: string }[];
  /** Rows (1-based) whose cells' comments (批注) went into their 备注 as “批注：…”. */
  commentedRows: number[];
}

const SECTION_RE = /^([一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+(部分|章|节|项))/u;
const NOTE_RE = /^(注|备注|说明|填报说明|填表说明|附注|备考)\s*\d*\s*[:：、.]|^注\s*\d|^[*※]/u;
const SIGNATURE_RE = /(填报人|联系人|联系电话|审核人|签发人|单位负责人|分管领导|填报日期|报送日期|填报单位|（盖章）)/u;
/** A totals row: "合计", "小 计", "合计：3项" in its first filled cell. */
/** A district sub-header: a place's name alone on a row ("太原市", "小店区：", "大同市人民政府"). */
const DISTRICT_RE = /^[\p{Script=Han}]{1,10}(省|市|州|盟|地区|县|区|旗)(人民政府|政府)?[:：]?$/u;
const TOTAL_RE = /^(合计|小计|总计|共计)([:：].*)?$/su;
const DATE_WORDS = String.raw`(\d{4}|[〇○零一二三四五六七八九]{4})\s*[年./-]\s*[\d一二三四五六七八九十]{1,3}\s*[月./-]\s*[\d一二三四五六七八九十]{1,3}\s*日?`;
/** A date alone on a line under the table: "2023年10月8日", "2023.10.8", "二〇二三年十月八日". */
const DATE_LINE_RE = new RegExp(`^${DATE_WORDS}$`, 'u');
/** A date ending a line, after a space or a colon: "填报人：赵强    联系电话：…    2023年10月11日". */
const DATE_AT_END_RE = new RegExp(`(?:^|[\\s:：])(${DATE_WORDS})$`, 'u');
const SIGNER_RE = /填报人|联系人|联系电话|审核人|签发人/u;

/**
 * The date of a 落款 under the table, as written (for findDateInText): a date alone on its line, or
 * one ending the 填报人 line — offices sign so as often as they write "填报日期：".
 */
export function signatureDate(line: string): string | null {
  const text = line.trim();
  if (DATE_LINE_RE.test(text)) return text;
  return SIGNER_RE.test(text) ? (DATE_AT_END_RE.exec(text)?.[1] ?? null) : null;
}

export function readTableRows(sheet: SheetGrid, layout: HeaderLayout): TableRows {
  const first = layout.headerRow + 1;
  const text = cellText(sheet);
  const filled = verticalMergeFill(sheet, first, text);
  const raw = (r: number, c: number) => filled.get(cellKey(r, c)) ?? text(r, c);
  const cols = layout.columns;
  const col = (f: Field) => cols[f];
  const cell = (r: number, c: number | undefined) => (c === undefined ? '' : cleanCellText(raw(r, c)));
  const above = sheet.rows.slice(sheet.firstRow ?? 0, layout.firstHeaderRow).map(joinRow);
  const surroundings = [...(sheet.around?.above ?? []), ...above].filter(Boolean);
  const linesAbove = surroundings.length;
  const sections: string[] = [];
  const rows: SourceRow[] = [];
  const contentCol = cols.content ?? cols.seq;
  const headerRows = headerRowsOf(sheet, layout);
  // The header's words, for telling a header repeated further down (a table pasted page by page) from data.
  const headerWords = new Set(headerRows.flatMap((row) => row.map(cleanCellText)));
  const width = sheet.rows.reduce((w, r, i) => (i >= first ? Math.max(w, r.length) : w), 0);
  const { periodColumns, extras } = splitPeriodColumns(headerRows, layout, extraColumns(sheet, layout, width));
  const latest = periodColumns.length ? periodColumns[latestColumn(periodColumns)]!.col : undefined;
  const yesMeansCompleted = cols.status !== undefined && YES_NO_STATUS.test(headerWord(headerRows, cols.status) ?? '');
  const usedExtras = new Set<ExtraColumn>();
  /** The last 填报单位 line met among the rows, while no data row has followed it. */
  let unitLine: { row: number; line: string; at: number } | null = null;
  let anotherTable: TableRows['anotherTable'] = null;
  const leftOut: TableRows['leftOut'] = [];
  let group: string | null = null;
  const commentsOf = commentsByRow(sheet);
  const commentedRows: number[] = [];

  for (let r = first; r < sheet.rows.length; r++) {
    const seqText = cell(r, col('seq'));
    const seq = normalizeSeq(seqText);
    const seqs = seq ? null : seqListOf(seqText);
    // A row with a task number is a data row; only the others need telling apart.
    if (!seq && !seqs) {
      const texts: string[] = [];
      for (let c = 0; c < width; c++) {
        const t = cleanCellText(raw(r, c));
        if (t) texts.push(t);
      }
      if (!texts.length) continue;
      const only = new Set(texts).size === 1 ? texts[0]! : null;
      if (only !== null && SECTION_RE.test(only)) {
        sections.push(only);
        continue;
      }
      if (only !== null && DISTRICT_RE.test(only)) {
        group = only.replace(/[:：]$/u, '');
        continue;
      }
      // Totals, and a date typed under the table: nothing to match, and no period to read from (a
      // 落款 date names the day of filling, not the period).
      if (TOTAL_RE.test(texts[0]!.replace(/\s+/g, '')) || (only !== null && DATE_LINE_RE.test(only))) {
        leftOut.push({ row: r + 1, text: texts.join('  ') });
        continue;
      }
      // Notes, and "填报人：…  联系电话：…" lines under the table, whichever columns they landed in.
      const aside =
        only !== null && (NOTE_RE.test(only) || SIGNATURE_RE.test(only)) ? only : SIGNATURE_RE.test(texts.join(' ')) && texts.every((t) => t.length <= 40) ? texts.join('  ') : null;
      if (aside !== null) {
        if (isUnitLine(aside)) unitLine = { row: r + 1, line: aside, at: surroundings.length };
        surroundings.push(aside);
        if (!NOTE_RE.test(aside)) leftOut.push({ row: r + 1, text: aside });
        continue;
      }
      if (texts.length >= 2 && texts.every((t) => headerWords.has(t))) {
        // The header again under a 填报单位 line: the next unit's table, not a page's repeated header.
        if (unitLine) {
          anotherTable = { row: unitLine.row, line: unitLine.line };
          surroundings.splice(unitLine.at, 1);
          if (leftOut.at(-1)?.row === unitLine.row) leftOut.pop();
          break;
        }
        continue;
      }
    }
    unitLine = null;
    const fields: Record<InputField, string> = {
      progress: cell(r, latest ?? col('progress')),
      status: cell(r, col('status')),
      problems: cell(r, col('problems')),
      nextSteps: cell(r, col('nextSteps')),
      remarks: cell(r, col('remarks')),
    };
    // "是否完成：是" says 已完成; "否" only that it is not done yet.
    if (yesMeansCompleted && YES.test(fields.status)) fields.status = '已完成';
    else if (yesMeansCompleted && NO.test(fields.status)) fields.status = '未完成';
    if (layout.statusOptions.length) {
      const ticked = tickedStatus(layout.statusOptions, (c) => cell(r, c));
      fields.status = ticked.word;
      fields.remarks = [fields.remarks, ...ticked.notes].filter(Boolean).join('\n');
    }
    // A comment on the row is the unit's word too: kept in 备注 (never taken for progress, see remarksCell).
    const comments = commentsOf.get(r);
    if (comments) {
      fields.remarks = [fields.remarks, ...comments.map((text) => `批注：${text}`)].filter(Boolean).join('\n');
      commentedRows.push(r + 1);
    }
    rows.push({
      row: r + 1,
      seqText,
      seq,
      seqs,
      // "重点任务\n具体措施", as the plan's table reader joins them: the measure says which task of the heading's.
      content: [cell(r, col('content')), cell(r, col('measure'))].filter(Boolean).join('\n'),
      fields,
      remarksCell: cell(r, col('remarks')),
      deadlineCell: cell(r, col('deadline')),
      unitCell: cell(r, col('unit')),
      group,
      continuesAbove: contentCol !== undefined && filled.has(cellKey(r, contentCol)),
      ...(periodColumns.length ? { progressByPeriod: periodColumns.map((p) => cell(r, p.col)) } : {}),
    });
  }
  surroundings.push(...(sheet.around?.below ?? []));
  resolveSameAsAbove(rows);
  for (const { row, fields } of rows) {
    for (const extra of extras) {
      const text = cell(row - 1, extra.col);
      if (!text) continue;
      usedExtras.add(extra);
      const piece = extra.label === null ? text : `${extra.label}：${text}`;
      fields[extra.into] = fields[extra.into] ? `${fields[extra.into]}\n${piece}` : piece;
    }
  }
  const extraColumnsUsed = extras
    .filter((e) => usedExtras.has(e) && e.label !== null)
    .map((e) => ({ label: e.label!, into: e.into }));
  return {
    rows,
    extraColumns: extraColumnsUsed,
    surroundings,
    linesAbove,
    sections,
    periodColumns: periodColumns.map(({ label, hint }) => ({ label, hint })),
    anotherTable,
    sharedCells: sharedCells(sheet, layout, headerRows, rows),
    leftOut,
    commentedRows,
  };
}

/** Filled cells of the columns units write in, merged over several data rows (see TableRows.sharedCells). */
function sharedCells(sheet: SheetGrid, layout: HeaderLayout, headerRows: string[][], rows: readonly SourceRow[]): TableRows['sharedCells'] {
  const written = new Set(inputColumns(layout));
  const out: TableRows['sharedCells'] = [];
  for (const m of sheet.merges) {
    if (m.bottom === m.top || m.top <= layout.headerRow || !written.has(m.left) || !(sheet.rows[m.top]?.[m.left] ?? '').trim()) continue;
    // A merge may run far below the last row.
    const dataRows = rows.filter((r) => r.row - 1 >= m.top && r.row - 1 <= m.bottom).map((r) => r.row);
    if (dataRows.length > 1) out.push({ rows: [m.top + 1, m.bottom + 1], column: headerWord(headerRows, m.left) ?? `第${m.left + 1}列`, dataRows });
  }
  return out;
}

/** A status column asking yes or no ("是否完成"), and the answers that mean yes. */
const YES_NO_STATUS = /是否(已经?)?完成|完成与否/u;
const YES = /^(是|√|✓|✔|[yY]|yes|YES)$/u;
const NO = /^(否|×|✗|✘|[nN]|no|NO)$/u;

/** The progress columns named by period, if several, and the extra columns besides them. */
function splitPeriodColumns(headerRows: string[][], layout: HeaderLayout, allExtras: ExtraColumn[]): { periodColumns: PeriodColumn[]; extras: ExtraColumn[] } {
  const progress = layout.columns.progress;
  const candidates = [...(progress === undefined ? [] : [progress]), ...allExtras.filter((e) => e.into === 'progress').map((e) => e.col)];
  const periodColumns = periodColumnsOf(candidates.map((col) => ({ col, label: headerWord(headerRows, col) ?? '' })));
  return { periodColumns, extras: allExtras.filter((e) => !periodColumns.some((p) => p.col === e.col)) };
}

const joinRow = (row: string[]) => row.map((t) => t.trim()).filter(Boolean).join('  ');

/** A cell as one number (rows and columns are far below 2^26), so no key string is made per cell read. */
const cellKey = (r: number, c: number) => r * 2 ** 26 + c;

/** Comment texts by 0-based row, in the order of their columns. */
function commentsByRow(sheet: SheetGrid): Map<number, string[]> {
  const byRow = new Map<number, string[]>();
  const sorted = [...(sheet.comments ?? [])].sort((a, b) => a.r - b.r || a.c - b.c);
  for (const { r, text } of sorted) byRow.set(r, [...(byRow.get(r) ?? []), text]);
  return byRow;
}

/** A cell's text as the unit saw it: a date in words (“2023年6月30日”), not as the reader writes dates. */
function cellText(sheet: SheetGrid): (r: number, c: number) => string {
  const plain = (r: number, c: number) => sheet.rows[r]?.[c] ?? '';
  if (!sheet.dates) return plain;
  const dates = new Set(sheet.dates.map(({ r, c }) => cellKey(r, c)));
  return (r, c) => (dates.has(cellKey(r, c)) ? dateCellInWords(plain(r, c)) : plain(r, c));
}

/**
 * cellKey → text for the cells below the top of a vertical merge (one task over several rows):
 * they show the merged text, so they read as having it.
 */
function verticalMergeFill(sheet: SheetGrid, fromRow: number, cellText: (r: number, c: number) => string): Map<number, string> {
  const filled = new Map<number, string>();
  for (const m of sheet.merges) {
    if (m.bottom === m.top || m.bottom < fromRow) continue;
    const text = cellText(m.top, m.left);
    const bottom = Math.min(m.bottom, sheet.rows.length - 1); // a merge may run far below the last row
    for (let r = Math.max(m.top + 1, fromRow); r <= bottom; r++) filled.set(cellKey(r, m.left), text);
  }
  return filled;
}

/** "同上" in a cell means the same text as that column in the row above. */
function resolveSameAsAbove(rows: SourceRow[]): void {
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const above = rows[i - 1]!;
    for (const f of INPUT_FIELDS) {
      if (isSameAsAbove(row.fields[f])) row.fields[f] = above.fields[f];
    }
    row.progressByPeriod?.forEach((text, i) => {
      if (isSameAsAbove(text)) row.progressByPeriod![i] = above.progressByPeriod![i]!;
    });
    if (isSameAsAbove(row.content)) row.content = above.content;
  }
}
