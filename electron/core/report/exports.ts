// reports.export: the period's 汇总表 (.xlsx), 通报 (.docx) or print view (.html), all from one
// summary and the current 通报 text (the saved one when the official edited it).
import type { Db } from '../../db/db';
import type { FileOutput } from '../../shared/api/method';
import { safeFileName } from '../files/fileName';
import { MIME } from '../files/mime';
import { quotedTitle } from '../../shared/format';
import { titleLines } from './blocks';
import { buildNoticeDocx } from './docx';
import { renderReportHtml } from './html';
import { buildPeriodReport } from './periodReport';
import { summaryTableTitle } from './presentation';
import { currentNarrative } from './savedNarrative';
import { buildSummaryWorkbook } from './xlsx';

export type ReportFormat = 'xlsx' | 'docx' | 'html';

export async function exportReport(db: Db, planId: number, period: string, format: ReportFormat, now: Date): Promise<FileOutput> {
  const summary = buildPeriodReport(db, planId, period);
  // Named as titled: “2022-2023年工作要点2023年第三季度…” would run the plan's years into the period's.
  if (format === 'xlsx') {
    return { fileName: safeFileName(`${summaryTableTitle(summary)}.xlsx`), mime: MIME.xlsx, bytes: await buildSummaryWorkbook(summary) };
  }
  const { narrative } = currentNarrative(db, planId, summary.period, () => summary, now);
  const name = safeFileName(`${titleLines(narrative.title).join('') || `${quotedTitle(summary.planTitle)}${summary.periodLabel}推进情况通报`}.${format}`);
  if (format === 'docx') return { fileName: name, mime: MIME.docx, bytes: await buildNoticeDocx(summary, narrative) };
  return { fileName: name, mime: MIME.html, bytes: new TextEncoder().encode(renderReportHtml(summary, narrative)) };
}
