// SQL for reporting periods (periods table).
import type { Db } from '../db';

export interface PeriodRow {
  id: number;
  planId: number;
  code: string;
  startDate: string;
  endDate: string;
  locked: number;
  /** 1 when any unit has a progress record in the period (one probe of the progress index). */
  reported: number;
}

const COLUMNS = `id, plan_id AS planId, code, start_date AS startDate, end_date AS endDate, locked,
  EXISTS (SELECT 1 FROM progress WHERE progress.period_id = periods.id) AS reported`;

export function listPeriods(db: Db, planId: number): PeriodRow[] {
  return db.all<PeriodRow>(`SELECT ${COLUMNS} FROM periods WHERE plan_id = ? ORDER BY start_date, code`, [planId]);
}

export function getPeriod(db: Db, planId: number, code: string): PeriodRow | undefined {
  return db.get<PeriodRow>(`SELECT ${COLUMNS} FROM periods WHERE plan_id = ? AND code = ?`, [planId, code]);
}

export function getPeriodById(db: Db, id: number): PeriodRow | undefined {
  return db.get<PeriodRow>(`SELECT ${COLUMNS} FROM periods WHERE id = ?`, [id]);
}

/** The plan's period of the same kind (Q/M/H) just before `period`, if any. */
export function previousPeriod(db: Db, period: Pick<PeriodRow, 'planId' | 'code' | 'startDate'>): PeriodRow | undefined {
  return db.get<PeriodRow>(
    `SELECT ${COLUMNS} FROM periods
      WHERE plan_id = ? AND substr(code, 5, 1) = substr(?, 5, 1) AND start_date < ?
      ORDER BY start_date DESC LIMIT 1`,
    [period.planId, period.code, period.startDate],
  );
}

/** Adds the periods that are missing; existing ones (and their lock) stay as they are. */
export function insertPeriods(db: Db, planId: number, periods: { code: string; startDate: string; endDate: string }[]): void {
  for (const p of periods) {
    db.run('INSERT OR IGNORE INTO periods (plan_id, code, start_date, end_date) VALUES (?, ?, ?, ?)', [
      planId,
      p.code,
      p.startDate,
      p.endDate,
    ]);
  }
}

export function setPeriodLocked(db: Db, id: number, locked: boolean): void {
  db.run('UPDATE periods SET locked = ? WHERE id = ?', [locked ? 1 : 0, id]);
}
