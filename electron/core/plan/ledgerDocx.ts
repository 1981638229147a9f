// 任务分工表 .docx: the ledger as offices attach it to a 实施方案 — the title, then one table on A4
// landscape pages (header row repeated on every page, a row per section, one unit per line),
// "— 1 —" page numbers. A role column no task fills (a plan without 配合单位 or national
// counterparts) is left out rather than printed empty. It reads back through the plan importer as
// the same ledger.
import { sectionLabel } from '../../shared/sections';
import type { PlanDetail, Task } from '../../shared/types';
import {
  A4,
  BODY,
  CELL_HEADING_CENTRED,
  CELL_SECTION_ROW,
  CELL_TEXT,
  CELL_TEXT_CENTRED,
  landscapeColumns,
  LANDSCAPE_MARGINS,
  PAGE_NUMBER_FOOTER,
  TABLE_HEADER_FILL,
  TABLE_STYLES,
  tableTitleXml,
} from '../report/docxLayout';
import { FOOTER_ID, packDocx } from '../report/docxPackage';
import { cellXml, linesXml, rowXml, sectionXml, tableXml } from '../report/wordml';
import { LEDGER_COLUMNS, ledgerGroups, ledgerTitle, type LedgerColumn } from './ledgerLayout';

const OPTIONAL_HEADERS = new Set(['配合单位', '国家层面']);

/** The columns the plan has something in. */
function columnsOf(plan: PlanDetail): LedgerColumn[] {
  return LEDGER_COLUMNS.filter((c) => !OPTIONAL_HEADERS.has(c.header) || plan.tasks.some((t) => c.text(t) !== ''));
}

function ledgerTableXml(plan: PlanDetail): string {
  const columns = columnsOf(plan);
  const table = landscapeColumns(columns.map((c) => c.width));
  const widths = table.columns;
  const fullWidth = widths.reduce((a, b) => a + b, 0);
  // A task's row stays on one page (a row taller than a page still flows on): a 责任单位 list cut
  // at the page foot reads as a shorter list.
  const taskRow = (t: Task) =>
    rowXml(columns.map((c, i) => cellXml(linesXml(c.text(t), c.leftAligned ? CELL_TEXT : CELL_TEXT_CENTRED), { width: widths[i]! })).join(''), {
      cantSplit: true,
    });

  const header = columns.map((c, i) => cellXml(linesXml(c.header, CELL_HEADING_CENTRED), { width: widths[i]!, fill: TABLE_HEADER_FILL })).join('');
  const rows = [rowXml(header, { header: true, cantSplit: true })];
  for (const { section, tasks } of ledgerGroups(plan)) {
    if (section) {
      rows.push(rowXml(cellXml(linesXml(sectionLabel(section), CELL_SECTION_ROW), { width: fullWidth, span: columns.length }), { cantSplit: true }));
    }
    for (const t of tasks) rows.push(taskRow(t));
  }
  return tableXml(table, rows.join(''));
}

export function buildLedgerDocx(plan: PlanDetail): Promise<Uint8Array> {
  const title = ledgerTitle(plan.title);
  return packDocx({
    body: tableTitleXml(title) + ledgerTableXml(plan) + sectionXml({ footer: FOOTER_ID, landscape: true, page: A4, margins: LANDSCAPE_MARGINS }),
    footer: PAGE_NUMBER_FOOTER,
    defaults: BODY,
    styles: TABLE_STYLES,
    title,
    creator: '工作要点台账',
  });
}
