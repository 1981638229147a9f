// A plan's reporting periods: created from its years on first use, looked up by code, locked.
import type { Db } from '../../db/db';
import type { PlanBasics } from '../../db/repos/progress';
import { getPeriod, insertPeriods, listPeriods, type PeriodRow } from '../../db/repos/periods';
import { isPeriodOfKind, lastMonthOf, parsePeriod, periodEndingIn, periodLabel, periodsOfYears, type PeriodInfo } from '../../shared/periods';
import { AppError } from '../../shared/result';
import { PERIOD_KIND_LABELS, type Period } from '../../shared/types';
import { requirePlan } from './ledger';

export function toPeriod(row: PeriodRow): Period {
  return {
    id: row.id,
    planId: row.planId,
    code: row.code,
    label: periodLabel(row.code),
    startDate: row.startDate,
    endDate: row.endDate,
    locked: row.locked === 1,
    reported: row.reported === 1,
  };
}

/** The plan's periods of its current kind, creating those of its years that are missing. */
export function planPeriods(db: Db, plan: PlanBasics, thisYear: number): Period[] {
  const first = plan.startYear ?? plan.endYear ?? thisYear;
  const last = Math.max(first, plan.endYear ?? first);
  insertPeriods(db, plan.id, periodsOfYears(plan.periodKind, first, last));
  return listPeriods(db, plan.id)
    .filter((p) => isPeriodOfKind(p.code, plan.periodKind))
    .map(toPeriod);
}

/**
 * The calendar of a period the plan may have: one of its reporting cycle, in its years (any year when
 * the plan names none). Refuses any other code, so that nothing is stored under a period the plan never lists.
 */
export function periodOfPlan(plan: PlanBasics, code: string): PeriodInfo {
  const info = parsePeriod(code);
  if (!info) throw new AppError('INVALID_INPUT', `期次“${code}”格式不正确，应为 2023Q3、2023M07 或 2023H2。`, { period: code });
  if (info.kind !== plan.periodKind) {
    const like = periodEndingIn(plan.periodKind, info.year, lastMonthOf(info.kind, info.index)).code;
    throw new AppError(
      'INVALID_INPUT',
      `计划《${plan.title}》${PERIOD_KIND_LABELS[plan.periodKind]}报送，期次“${code}”（${info.label}）不是它的期次，应写成 ${like} 这样。`,
      { period: code },
    );
  }
  const first = plan.startYear ?? plan.endYear;
  const last = plan.endYear ?? plan.startYear;
  if (first !== null && last !== null && (info.year < first || info.year > last)) {
    const years = first === last ? `${first}年` : `${first}—${last}年`;
    throw new AppError('INVALID_INPUT', `期次“${info.label}”不在计划《${plan.title}》的年度（${years}）内。`, { period: code });
  }
  return info;
}

/**
 * The period row for a code, created when missing and the plan may have it (periodOfPlan). A period
 * already stored is used as it is: one of the cycle the plan had before, with its records, stays usable.
 */
export function ensurePeriod(db: Db, planId: number, code: string): PeriodRow {
  const existing = getPeriod(db, planId, code);
  if (existing) return existing;
  insertPeriods(db, planId, [periodOfPlan(requirePlan(db, planId), code)]);
  return getPeriod(db, planId, code)!;
}

export function periodLockedError(code: string): AppError {
  const label = periodLabel(code);
  return new AppError(
    'PERIOD_LOCKED',
    `${label}已锁定，不能再导入或修改该期的推进情况。如确需修改，请先解除该期的锁定（进展填报页上方的“解锁本期”）。`,
    { period: code },
  );
}

export function assertUnlocked(period: PeriodRow): void {
  if (period.locked) throw periodLockedError(period.code);
}

/**
 * The period's calendar, without storing anything: the stored row's dates when the period exists (of any
 * cycle, as ensurePeriod), else those of its code, when the plan may have it (periodOfPlan).
 */
export function resolvePeriod(db: Db, planId: number, code: string): { info: PeriodInfo; periodId: number | null } {
  const row = getPeriod(db, planId, code);
  const info = parsePeriod(code);
  if (row && info) return { info: { ...info, startDate: row.startDate, endDate: row.endDate }, periodId: row.id };
  return { info: periodOfPlan(requirePlan(db, planId), code), periodId: null };
}
