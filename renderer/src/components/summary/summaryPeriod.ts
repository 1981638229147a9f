// Which period the summary opens on.
import type { Period } from '../../../../electron/shared/types';
import { defaultPeriod } from '../progress/periods';

/**
 * The latest period some unit reported in (the quarter being summarised is usually the one just
 * collected, not the one under way); without any report, the progress page's default.
 */
export function defaultSummaryPeriod(periods: Period[]): Period | null {
  return periods.findLast((p) => p.reported) ?? defaultPeriod(periods);
}
