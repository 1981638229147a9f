// reports.export: the period's 汇总表 (.xlsx), 通报 (.docx) or print view (.html), all from one
// summary and the current 通报 text (the saved one when the official edited it).
import type { Db } from '../../db/db';
import type { FileOutput } from '../../shared/api/method';
import { safeFileName } from '../files/fileName';
import { MIME } from '../files/mime';
import { titleLines } from './blocks';
import { buildNoticeDocx } from './docx';
import { renderReportHtml } from './html';
import { buildPeriodReport } from './periodReport';
import { currentNarrative } from './savedNarrative';
import { buildSummaryWorkbook } from './xlsx';

export type ReportFormat = 'xlsx' | 'docx' | 'html';

export async function exportReport(db: Db, planId: number, period: string, format: ReportFormat, now: Date): Promise<FileOutput> {
  const summary = buildPeriodReport(db, planId, period);
  const base = `${summary.planTitle}${summary.periodLabel}`;
  if (format === 'xlsx') {
    return { fileName: safeFileName(`${base}推进情况汇总表.xlsx`), mime: MIME.xlsx, bytes: await buildSummaryWorkbook(summary) };
  }
  const { narrative } = currentNarrative(db, planId, summary.period, () => summary, now);
  const name = safeFileName(`${titleLines(narrative.title).join('') || `${base}推进情况通报`}.${format}`);
  if (format === 'docx') return { fileName: name, mime: MIME.docx, bytes: await buildNoticeDocx(summary, narrative) };
  return { fileName: name, mime: MIME.html, bytes: new TextEncoder().encode(renderReportHtml(summary, narrative)) };
}
