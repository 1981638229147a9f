// The 通报's 附件: the 推进情况汇总表 on A4 landscape pages, one row per task with every unit's
// progress text, the header row repeated on each page. It is by far the biggest part of the file
// (a 2,000-task plan gives tens of thousands of cell paragraphs), so cell text takes its font, size
// and line height from two paragraph styles instead of repeating them in every run.
import type { PeriodSummary, TaskSummaryRow } from '../../shared/api/reports';
import { sectionLabel } from '../../shared/sections';
import { TASK_STATUS_LABELS } from '../../shared/types';
import { STATUS_FILLS } from '../sheets/style';
import { A4, FIXED_LINE, FONTS, HEADING, SIZES } from './docxLayout';
import type { ParagraphStyle } from './docxPackage';
import { combinedProgress, responsibleUnits, summaryNote } from './presentation';
import { tasksBySection } from './summary';
import { cellXml, linesXml, mm, paragraphXml, rowXml, runXml, sectionXml, tableXml, type ParagraphFormat } from './wordml';

const CELL_LINE = { line: 300, before: 0, after: 0 };

/** Table text (小四 仿宋) and table headings (小四 黑体). */
export const ANNEX_STYLES: readonly ParagraphStyle[] = [
  { id: 'AnnexText', name: '汇总表文字', paragraph: { spacing: CELL_LINE }, run: { font: FONTS.body, size: SIZES.table } },
  { id: 'AnnexHeading', name: '汇总表标题', paragraph: { spacing: CELL_LINE }, run: { font: FONTS.heading, size: SIZES.table } },
];

const TEXT: ParagraphFormat = { style: 'AnnexText' };
const TEXT_CENTRED: ParagraphFormat = { style: 'AnnexText', align: 'center' };
const HEADING_CENTRED: ParagraphFormat = { style: 'AnnexHeading', align: 'center' };
/** A section row stays on the page of its first task. */
const SECTION_ROW: ParagraphFormat = { style: 'AnnexHeading', keepNext: true };

const LANDSCAPE_MARGINS = { top: mm(26), bottom: mm(24), left: mm(30), right: mm(30) };
const TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;
const COLUMNS = [
  { header: '序号', share: 0.06 },
  { header: '工作任务', share: 0.3 },
  { header: '牵头单位', share: 0.14 },
  { header: '完成状态', share: 0.1 },
  { header: '进展情况', share: 0.4 },
];
const WIDTHS = COLUMNS.map((c) => Math.floor(TEXT_WIDTH * c.share));
const TABLE_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
const TABLE = { columns: WIDTHS, borderSize: 4, cellMargins: { top: 40, bottom: 40, left: 80, right: 80 } };
const HEADER_FILL = 'F2F2F2';

/** ARGB (as the spreadsheets store colours) → RRGGBB. */
const rgb = (argb: string) => argb.slice(2);

function taskRowXml(task: TaskSummaryRow): string {
  return rowXml(
    cellXml(linesXml(task.seq, TEXT_CENTRED), { width: WIDTHS[0]! }) +
      cellXml(linesXml(task.content, TEXT), { width: WIDTHS[1]! }) +
      cellXml(linesXml(responsibleUnits(task).join('、'), TEXT_CENTRED), { width: WIDTHS[2]! }) +
      cellXml(linesXml(TASK_STATUS_LABELS[task.status], TEXT_CENTRED), { width: WIDTHS[3]!, fill: rgb(STATUS_FILLS[task.status]!) }) +
      cellXml(linesXml(combinedProgress(task), TEXT), { width: WIDTHS[4]! }),
  );
}

function summaryTableXml(s: PeriodSummary): string {
  const header = COLUMNS.map((c, i) => cellXml(linesXml(c.header, HEADING_CENTRED), { width: WIDTHS[i]!, fill: HEADER_FILL })).join('');
  const rows = [rowXml(header, { header: true, cantSplit: true })];
  const groups = tasksBySection(s);
  for (const { section, tasks } of groups) {
    if (groups.length > 1 || section.numeral) {
      rows.push(rowXml(cellXml(linesXml(sectionLabel(section), SECTION_ROW), { width: TABLE_WIDTH, span: COLUMNS.length }), { cantSplit: true }));
    }
    for (const task of tasks) rows.push(taskRowXml(task));
  }
  return tableXml(TABLE, rows.join(''));
}

/** The 附件 section: its label, title, figures note and table, on landscape pages with `footer`. */
export function annexXml(s: PeriodSummary, footer: string): string {
  return (
    paragraphXml(runXml('附件', HEADING), { spacing: FIXED_LINE }) +
    paragraphXml(runXml('推进情况汇总表', { font: FONTS.title, size: SIZES.tableTitle, bold: true }), { spacing: { line: 720 }, align: 'center' }) +
    paragraphXml(runXml(summaryNote(s), { font: FONTS.body, size: SIZES.table }), { spacing: { line: 400, after: 120 }, align: 'center' }) +
    summaryTableXml(s) +
    sectionXml({ footer, newPage: true, landscape: true, page: A4, margins: { ...LANDSCAPE_MARGINS, header: mm(15), footer: mm(15) } })
  );
}
