// Printing the report. One design for both shells: the print route (#/summary?print=1…) renders the
// print-view HTML as the page itself, with the app's navigation hidden, and then prints the page.
// - Desktop: window.taizhang.print / printToPdf print the whole window (webContents), so the
//   window must show the report alone; an iframe would print as one clipped box.
// - Browser: window.print() prints the same page; 另存为PDF is the print dialog's PDF destination.
// The preview iframe (ReportPreview) shows the same HTML isolated from the app's styles.
import { unwrap } from '../../api/client';
import { printPage } from '../../api/files';
import { navigate } from '../../router';
import type { ReportHtml } from './useReportHtml';

export type PrintAction = 'print' | 'pdf';

interface ShownReport {
  planId: number;
  period: string;
  report: ReportHtml;
}

/**
 * The report the preview shows, and the one handed to the print route opened from it: what is
 * printed is what was previewed, without exporting it again (for 2,000 tasks some 4 MB of HTML,
 * 0.3–0.6 s of waiting).
 */
let shownInPreview: ShownReport | null = null;
let handedOver: ShownReport | null = null;

/** The preview says which report it shows (null once it shows none). */
export function setShownInPreview(shown: ShownReport | null): void {
  shownInPreview = shown;
}

/** Opens the print route for a period; with an action it prints (or saves a PDF) and comes back. */
export function openPrintView(planId: number, period: string, action?: PrintAction): void {
  handedOver = shownInPreview?.planId === planId && shownInPreview.period === period ? shownInPreview : null;
  navigate('summary', { print: 1, plan: planId, period, action });
}

/** The report handed over by the preview for this plan and period, if any (the print route loads it otherwise). */
export const handedOverReport = (planId: number, period: string): ReportHtml | null =>
  handedOver?.planId === planId && handedOver.period === period ? handedOver.report : null;

/** Forgets the handed-over report once the print route holds it, so a later visit loads afresh. */
export function dropHandedOverReport(): void {
  handedOver = null;
}

/** Removes the action from the address without a route change (history.replaceState fires no hashchange). */
export function dropActionFromAddress(): void {
  const [route = '', query = ''] = window.location.hash.split('?');
  const params = new URLSearchParams(query);
  params.delete('action');
  const rest = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${route}${rest ? `?${rest}` : ''}`);
}

/** "2023年第三季度推进情况.html" → "….pdf" */
export const pdfNameOf = (fileName: string): string => fileName.replace(/\.html?$/i, '') + '.pdf';

/** Prints the page as it is now; resolves when the print dialog closed. */
export const printCurrentPage = (): Promise<void> => printPage();

/**
 * Saves the page as PDF: through the desktop shell's save dialog (the saved path, or null when
 * cancelled), or through the browser's print dialog ('dialog').
 */
export async function saveCurrentPageAsPdf(fileName: string): Promise<string | null | 'dialog'> {
  // Portrait by default; the report's own @page rules turn its table pages to landscape.
  if (window.taizhang) return unwrap(await window.taizhang.printToPdf(pdfNameOf(fileName), false));
  window.print();
  return 'dialog';
}
