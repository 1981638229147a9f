// SQL for the 催报 sent to units, per period (see migration 006).
import type { Db } from '../db';

export interface NewReminders {
  periodId: number;
  unitIds: readonly number[];
  /** The day they were sent (YYYY-MM-DD, this machine's calendar). */
  sentOn: string;
  sentAt: string;
  sentBy: string;
}

/** Records the reminders; a unit already reminded that day keeps its one record. Returns how many are new. */
export function insertReminders(db: Db, r: NewReminders): number {
  let added = 0;
  for (const unitId of r.unitIds) {
    added += db.run(
      'INSERT INTO reminders (period_id, unit_id, sent_on, sent_at, sent_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      [r.periodId, unitId, r.sentOn, r.sentAt, r.sentBy],
    ).changes;
  }
  return added;
}

/** Withdraws the reminders recorded on one day for a period (recorded by mistake); returns their units' names. */
export function deleteReminders(db: Db, periodId: number, sentOn: string): string[] {
  const units = db
    .all<{ name: string }>('SELECT u.name FROM reminders r JOIN units u ON u.id = r.unit_id WHERE r.period_id = ? AND r.sent_on = ? ORDER BY r.id', [periodId, sentOn])
    .map((u) => u.name);
  db.run('DELETE FROM reminders WHERE period_id = ? AND sent_on = ?', [periodId, sentOn]);
  return units;
}

/** The days each unit was reminded for a period, earliest first. */
export function remindedDays(db: Db, periodId: number): Map<number, string[]> {
  const days = new Map<number, string[]>();
  const rows = db.all<{ unitId: number; sentOn: string }>('SELECT unit_id AS unitId, sent_on AS sentOn FROM reminders WHERE period_id = ? ORDER BY sent_on', [periodId]);
  for (const r of rows) {
    const list = days.get(r.unitId);
    if (list) list.push(r.sentOn);
    else days.set(r.unitId, [r.sentOn]);
  }
  return days;
}

/** A merged unit's reminders become the surviving unit's; a day both were reminded stays one reminder. */
export function moveReminders(db: Db, sourceId: number, targetId: number): void {
  db.run('UPDATE OR IGNORE reminders SET unit_id = ? WHERE unit_id = ?', [targetId, sourceId]);
  db.run('DELETE FROM reminders WHERE unit_id = ?', [sourceId]);
}
