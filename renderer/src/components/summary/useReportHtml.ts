// The print view of a period (reports.export as html): the one HTML the preview shows and the
// print route prints.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';

export interface ReportHtml {
  html: string;
  /** The export's file name, e.g. for the PDF saved from it. */
  fileName: string;
}

/** Loads the print view; `revision` reloads it (after the 通报 text was saved). */
export function useReportHtml(
  planId: number | null,
  period: string | null,
  revision = 0,
): { report: ReportHtml | null; error: string | null } {
  const key = planId && period ? `${planId}/${period}/${revision}` : null;
  const [state, setState] = useState<{ key: string; report: ReportHtml | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!planId || !period) return;
    let live = true;
    const loadKey = `${planId}/${period}/${revision}`;
    api('reports.export', { planId, period, format: 'html' }).then(
      (out) => live && setState({ key: loadKey, report: { html: new TextDecoder().decode(out.bytes), fileName: out.fileName }, error: null }),
      (e: Error) => live && setState({ key: loadKey, report: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [planId, period, revision]);
  const current = state?.key === key ? state : null;
  return { report: current?.report ?? null, error: current?.error ?? null };
}
