// The page's one cache of report texts (see reportTextsCache.ts), shared by the dashboard's and the
// task list's tables, and the hook through which a table loads the texts of the tasks it shows.
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { PeriodFigures, UnitReportTexts } from '../../../../electron/shared/api/reports';
import { api } from '../../api/client';
import { ReportTextsCache } from './reportTextsCache';

const ReportTextsContext = createContext<ReportTextsCache | null>(null);

interface ProviderProps {
  planId: number;
  summary: PeriodFigures;
  children: ReactNode;
}

export function ReportTextsProvider({ planId, summary, children }: ProviderProps) {
  // A new cache with every loaded summary, so texts are never older than the figures beside them.
  const cache = useMemo(
    () => new ReportTextsCache((taskIds) => api('reports.taskReports', { planId, period: summary.period, taskIds })),
    [planId, summary],
  );
  return <ReportTextsContext.Provider value={cache}>{children}</ReportTextsContext.Provider>;
}

export interface ReportTextsView {
  /** The task's texts; undefined while loading. */
  textsOf(taskId: number): UnitReportTexts[] | undefined;
  error: string | null;
  retry(): void;
}

/** The texts of the tasks shown, loading those not loaded yet. */
export function useReportTexts(taskIds: readonly number[]): ReportTextsView {
  const cache = useContext(ReportTextsContext);
  if (!cache) throw new Error('useReportTexts needs a ReportTextsProvider');
  useSyncExternalStore(cache.subscribe, cache.snapshot);
  const key = taskIds.join(',');
  useEffect(() => cache.load(idsOf(key)), [cache, key]);
  return { textsOf: (taskId) => cache.get(taskId), error: cache.error, retry: () => cache.load(idsOf(key)) };
}

const idsOf = (key: string): number[] => (key ? key.split(',').map(Number) : []);
