// Which period the summary opens on.
import type { TrendPoint } from '../../../../electron/shared/api/reports';
import type { Period } from '../../../../electron/shared/types';
import { defaultPeriod } from '../progress/periods';

/**
 * The latest period some unit reported in (the quarter being summarised is usually the one just
 * collected, not the one under way); without any report, the progress page's default.
 */
export function defaultSummaryPeriod(periods: Period[], trend: TrendPoint[] | null): Period | null {
  const reported = new Set((trend ?? []).filter((p) => p.unreported < p.tasks).map((p) => p.period));
  return [...periods].reverse().find((p) => reported.has(p.code)) ?? defaultPeriod(periods);
}
