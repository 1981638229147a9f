// The 通报's 附件: the 推进情况汇总表 on A4 landscape pages, one row per task with every unit's
// progress text, the header row repeated on each page. It is by far the biggest part of the file
// (a 2,000-task plan gives tens of thousands of cell paragraphs): cell text takes its format from
// the table styles (docxLayout TABLE_STYLES).
import type { PeriodSummary, TaskSummaryRow } from '../../shared/api/reports';
import { sectionLabel } from '../../shared/sections';
import { STATUS_FILLS } from '../sheets/style';
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
  tableTitleXml,
} from './docxLayout';
import { collectiveUnits, combinedProgress, LIGHT_FILLS, lightText, RESPONSIBLE_HEADER, responsibleUnits, summaryNote, taskStatusText } from './presentation';
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

/** ARGB (as the spreadsheets store colours) → RRGGBB. */
const rgb = (argb: string) => argb.slice(2);

function taskRowXml(task: TaskSummaryRow, collective: ReadonlySet<string>): string {
  return rowXml(
    cellXml(linesXml(task.seq, CELL_TEXT_CENTRED), { width: WIDTHS[0]! }) +
      cellXml(linesXml(task.content, CELL_TEXT), { width: WIDTHS[1]! }) +
      cellXml(linesXml(responsibleUnits(task).join('、'), CELL_TEXT_CENTRED), { width: WIDTHS[2]! }) +
      cellXml(linesXml(taskStatusText(task), CELL_TEXT_CENTRED), { width: WIDTHS[3]!, fill: rgb(STATUS_FILLS[task.status]!) }) +
      cellXml(linesXml(lightText(task), CELL_TEXT_CENTRED), { width: WIDTHS[4]!, fill: rgb(LIGHT_FILLS[task.light]) }) +
      cellXml(linesXml(combinedProgress(task, collective), CELL_TEXT), { width: WIDTHS[5]! }),
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
    tableTitleXml('推进情况汇总表') +
    paragraphXml(runXml(summaryNote(s), { font: FONTS.body, size: SIZES.table }), { spacing: { line: 400, after: 120 }, align: 'center' }) +
    summaryTableXml(s) +
    sectionXml({ ...footers, newPage: true, landscape: true, page: A4, margins: LANDSCAPE_MARGINS })
  );
}
