// Status totals per period (趋势): every task's status in every period (progress/planStatuses).
// Only the periods of the plan's reporting cycle (a plan switched from quarters to half-years keeps
// its quarters' records, unlisted); periods that have not started yet are left out; tasks nobody
// reported on count as unreported.
import type { Db } from '../../db/db';
import { listPeriods } from '../../db/repos/periods';
import { listTaskIds } from '../../db/repos/reports';
import type { TrendPoint } from '../../shared/api/reports';
import { isPeriodOfKind, periodLabel } from '../../shared/periods';
import { lastWhileUnchanged } from '../memo';
import { planTaskStatuses } from '../progress/planStatuses';
import { addToTotals, emptyTotals, requirePlan } from './summary';

/**
 * The last trend worked out, kept while the data and the day are the same: the summary page asks
 * again each time it opens, and on a large plan the trend takes the backend several times as long
 * as the period's own figures.
 */
const lastTrend = lastWhileUnchanged<TrendPoint[]>();

/** `today` is YYYY-MM-DD; periods starting after it are not shown. */
export function computeTrend(db: Db, planId: number, today: string): TrendPoint[] {
  return lastTrend(db, `${planId}|${today}`, () => trendOf(db, planId, today));
}

function trendOf(db: Db, planId: number, today: string): TrendPoint[] {
  const plan = requirePlan(db, planId);
  const taskIds = listTaskIds(db, planId);
  const statuses = planTaskStatuses(db, planId);
  return listPeriods(db, planId)
    .filter((p) => isPeriodOfKind(p.code, plan.periodKind) && p.startDate <= today)
    .map((p) => {
      const byTask = statuses.get(p.id);
      const totals = emptyTotals();
      for (const id of taskIds) addToTotals(totals, byTask?.get(id) ?? 'unreported');
      return { period: p.code, periodLabel: periodLabel(p.code), ...totals };
    });
}
