// Migration 004: a plan's 报送时限 (days from each period's end) and 报送联系人. A v3 database keeps
// its plans, none of them with a due date, and the new columns refuse a due date beyond two months.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { getPlan } from '../../../electron/db/repos/plans';
import { withDbAt } from '../../helpers/dbAt';

describe('migration 004_report_due', () => {
  it('adds the due days and the contact to a v3 database’s plans, unset', () =>
    withDbAt(3, async (db) => {
      db.raw.exec("INSERT INTO plans (id, title, fingerprint, created_at, updated_at) VALUES (1, '计划', 'fp', 'now', 'now');");
      expect(await migrate(db, { backup: null })).toContain(4);
      expect(getPlan(db, 1)).toMatchObject({ title: '计划', reportDueDays: null, reportContact: '' });
      db.run('UPDATE plans SET report_due_days = -5 WHERE id = 1');
      expect(getPlan(db, 1)?.reportDueDays).toBe(-5);
      expect(() => db.run('UPDATE plans SET report_due_days = 400 WHERE id = 1')).toThrow(/CHECK/);
    }));
});
