// The plan with its whole ledger, as the ledger page shows it. A 2,000-task plan is about 2 MB of
// text read from some 20,000 rows, asked for at every start and on every return to the ledger: it
// is read once and answered from memory while the database is unchanged.
import type { Db } from '../../db/db';
import { getPlanDetail, listPlans } from '../../db/repos/plans';
import { selectedPlanId } from '../../shared/planSelection';
import type { PlanDetail } from '../../shared/types';
import { lastWhileUnchanged } from '../memo';

const lastPlanDetail = lastWhileUnchanged<PlanDetail | undefined>();

/** Shared between callers while the database is unchanged: not to be modified. */
export function planDetail(db: Db, planId: number): PlanDetail | undefined {
  return lastPlanDetail(db, String(planId), () => getPlanDetail(db, planId));
}

/** The plan the ledger opens with (see shared/planSelection), or null when there is none. */
export function selectedPlanDetail(db: Db, remembered: number | null): PlanDetail | null {
  const planId = selectedPlanId(listPlans(db), remembered);
  return planId === null ? null : (planDetail(db, planId) ?? null);
}
