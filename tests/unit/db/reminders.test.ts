// Migration 006: the reminders table. A v5 database gains it empty; it keeps one reminder a unit a
// day, and goes with its period.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { insertReminders, remindedDays } from '../../../electron/db/repos/reminders';
import { withDbAt } from '../../helpers/dbAt';

describe('migration 006_reminders', () => {
  it('adds an empty reminders table to a v5 database, one reminder a unit a day, deleted with its period', () =>
    withDbAt(5, async (db) => {
      db.raw.exec(`INSERT INTO plans (id, title, fingerprint, created_at, updated_at) VALUES (1, '计划', 'fp', 'now', 'now');
        INSERT INTO periods (id, plan_id, code, start_date, end_date) VALUES (3, 1, '2023Q3', '2023-07-01', '2023-09-30');
        INSERT INTO units (id, name, created_at) VALUES (5, '省法院', 'now');`);
      expect(await migrate(db, { backup: null })).toContain(6);
      expect(remindedDays(db, 3).size).toBe(0);
      const sent = { periodId: 3, unitIds: [5], sentAt: '2023-10-08T02:00:00.000Z', sentBy: '张三' };
      expect(insertReminders(db, { ...sent, sentOn: '2023-10-08' })).toBe(1);
      expect(insertReminders(db, { ...sent, sentOn: '2023-10-08' })).toBe(0);
      expect(insertReminders(db, { ...sent, sentOn: '2023-10-12' })).toBe(1);
      expect(remindedDays(db, 3).get(5)).toEqual(['2023-10-08', '2023-10-12']);
      expect(() => insertReminders(db, { ...sent, sentOn: '10月8日' })).toThrow(/CHECK/);
      db.run('DELETE FROM periods WHERE id = 3');
      expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reminders')!.n).toBe(0);
    }));
});
