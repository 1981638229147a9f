// The 通报's 附件: the 推进情况汇总表 on A4 landscape pages, one row per task with every unit's
// progress text, the header row repeated on each page; a row shorter than a third of the page is
// kept on one page. It is by far the biggest part of the file
// (a 2,000-task plan gives tens of thousands of cell paragraphs): cell text takes its format from
// the table styles (docxLayout TABLE_STYLES).
import type { PeriodSummary, TaskSummaryRow } from '../../shared/api/reports';
import { sectionLabel } from '../../shared/sections';
import { STATUS_FILLS, wrappedLines } from '../sheets/style';
import {
  A4,
  CELL_HEADING_CENTRED,
  CELL_SECTION_ROW,
  CELL_TEXT,
  CELL_TEXT_CENTRED,
  FIXED_LINE,
  FONTS,
  HEADING,
  landscapeColumns,
  LANDSCAPE_MARGINS,
  SIZES,
  TABLE_HEADER_FILL,
  TABLE_LINE,
  tableTitleXml,
} from './docxLayout';
import { collectiveUnits, combinedProgress, LIGHT_FILLS, lightText, RESPONSIBLE_HEADER, responsibleUnits, summaryNote, summaryTableTitle, taskStatusText } from './presentation';
import { tasksBySection } from './summary';
import { cellXml, linesXml, paragraphXml, rowXml, runXml, sectionXml, tableXml, type SectionFormat } from './wordml';

// The same columns as the print view (html.ts), so the .docx and the PDF of a 通报 say the same.
const COLUMNS = [
  { header: '序号', share: 0.05 },
  { header: '工作任务', share: 0.25 },
  { header: RESPONSIBLE_HEADER, share: 0.13 },
  { header: '完成状态', share: 0.09 },
  { header: '预警', share: 0.12 },
  { header: '进展情况', share: 0.36 },
];
const TABLE = landscapeColumns(COLUMNS.map((c) => c.share));
const WIDTHS = TABLE.columns;
const TABLE_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);

/** A 12 pt character, in twips. */
const CHAR = SIZES.table * 10;
/** Below this estimated height a row is kept on one page; a taller one may split rather than leave most of a page empty. */
const KEEP_WHOLE_HEIGHT = (A4.width - LANDSCAPE_MARGINS.top - LANDSCAPE_MARGINS.bottom) / 3;

/** The row's estimated height (twips): its cells' text wrapped in their columns, the tallest cell's lines. */
function estimatedHeight(texts: readonly string[]): number {
  const m = TABLE.cellMargins;
  const lines = Math.max(...texts.map((text, i) => wrappedLines(text, 2 * Math.floor((WIDTHS[i]! - m.left - m.right) / CHAR))));
  return lines * TABLE_LINE.line + m.top + m.bottom;
}

/** ARGB (as the spreadsheets store colours) → RRGGBB. */
const rgb = (argb: string) => argb.slice(2);

function taskRowXml(task: TaskSummaryRow, collective: ReadonlySet<string>): string {
  const texts = [task.seq, task.content, responsibleUnits(task).join('、'), taskStatusText(task), lightText(task), combinedProgress(task, collective)];
  return rowXml(
    cellXml(linesXml(texts[0]!, CELL_TEXT_CENTRED), { width: WIDTHS[0]! }) +
      cellXml(linesXml(texts[1]!, CELL_TEXT), { width: WIDTHS[1]! }) +
      cellXml(linesXml(texts[2]!, CELL_TEXT_CENTRED), { width: WIDTHS[2]! }) +
      cellXml(linesXml(texts[3]!, CELL_TEXT_CENTRED), { width: WIDTHS[3]!, fill: rgb(STATUS_FILLS[task.status]!) }) +
      cellXml(linesXml(texts[4]!, CELL_TEXT_CENTRED), { width: WIDTHS[4]!, fill: rgb(LIGHT_FILLS[task.light]) }) +
      cellXml(linesXml(texts[5]!, CELL_TEXT), { width: WIDTHS[5]! }),
    { cantSplit: estimatedHeight(texts) < KEEP_WHOLE_HEIGHT },
  );
}

function summaryTableXml(s: PeriodSummary): string {
  const header = COLUMNS.map((c, i) => cellXml(linesXml(c.header, CELL_HEADING_CENTRED), { width: WIDTHS[i]!, fill: TABLE_HEADER_FILL })).join('');
  const rows = [rowXml(header, { header: true, cantSplit: true })];
  const groups = tasksBySection(s);
  const collective = collectiveUnits(s);
  for (const { section, tasks } of groups) {
    if (groups.length > 1 || section.numeral) {
      rows.push(rowXml(cellXml(linesXml(sectionLabel(section), CELL_SECTION_ROW), { width: TABLE_WIDTH, span: COLUMNS.length }), { cantSplit: true }));
    }
    for (const task of tasks) rows.push(taskRowXml(task, collective));
  }
  return tableXml(TABLE, rows.join(''));
}

/** The 附件 section: its label, title, figures note and table, on landscape pages with `footer`. */
export function annexXml(s: PeriodSummary, footers: Pick<SectionFormat, 'footer' | 'evenFooter'>): string {
  return (
    paragraphXml(runXml('附件', HEADING), { spacing: FIXED_LINE }) +
    tableTitleXml(summaryTableTitle(s)) +
    paragraphXml(runXml(summaryNote(s), { font: FONTS.body, size: SIZES.table }), { spacing: { line: 400, after: 120 }, align: 'center' }) +
    summaryTableXml(s) +
    sectionXml({ ...footers, newPage: true, landscape: true, page: A4, margins: LANDSCAPE_MARGINS })
  );
}
