// A plan's reporting periods: created from its years on first use, looked up by code, locked.
import type { Db } from '../../db/db';
import type { PlanBasics } from '../../db/repos/progress';
import { getPeriod, insertPeriods, listPeriods, type PeriodRow } from '../../db/repos/periods';
import { isPeriodOfKind, parsePeriod, periodsOfYears, type PeriodInfo } from '../../shared/periods';
import { AppError } from '../../shared/result';
import type { Period } from '../../shared/types';

export function toPeriod(row: PeriodRow): Period {
  return {
    id: row.id,
    planId: row.planId,
    code: row.code,
    label: parsePeriod(row.code)?.label ?? row.code,
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

/** The period row for a code, created when missing (a plan may get reports outside its years). */
export function ensurePeriod(db: Db, planId: number, code: string): PeriodRow {
  const existing = getPeriod(db, planId, code);
  if (existing) return existing;
  const info = parsePeriod(code);
  if (!info) throw new AppError('INVALID_INPUT', `期次“${code}”格式不正确，应为 2023Q3、2023M07 或 2023H2。`);
  insertPeriods(db, planId, [info]);
  return getPeriod(db, planId, code)!;
}

export function periodLockedError(code: string): AppError {
  const label = parsePeriod(code)?.label ?? code;
  return new AppError(
    'PERIOD_LOCKED',
    `${label}已锁定，不能再导入或修改该期的推进情况。如确需修改，请先解除该期的锁定（进展填报页上方的“解锁本期”）。`,
    { period: code },
  );
}

export function assertUnlocked(period: PeriodRow): void {
  if (period.locked) throw periodLockedError(period.code);
}

/** The period's calendar: the stored row's dates when the period exists, else those of its code. */
export function resolvePeriod(db: Db, planId: number, code: string): { info: PeriodInfo; periodId: number | null } {
  const info = parsePeriod(code);
  if (!info) throw new AppError('INVALID_INPUT', `期次格式不正确：${code}（应为 2023Q3、2023M07 或 2023H2）`);
  const row = getPeriod(db, planId, code);
  if (!row) return { info, periodId: null };
  return { info: { ...info, startDate: row.startDate, endDate: row.endDate }, periodId: row.id };
}
