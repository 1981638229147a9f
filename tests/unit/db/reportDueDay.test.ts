// Migration 008: a plan's 报送时限 as a day of each period's last month ("每月25日前"). A v7 database
// keeps its plans and their due days counted from the period's end; the new column is unset and
// refuses a day no month has.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { getPlan } from '../../../electron/db/repos/plans';
import { withDbAt } from '../../helpers/dbAt';

describe('migration 008_report_due_day', () => {
  it('adds the due day to a v7 database’s plans, unset, keeping their due days', () =>
    withDbAt(7, async (db) => {
      db.raw.exec("INSERT INTO plans (id, title, fingerprint, created_at, updated_at, report_due_days) VALUES (1, '计划', 'fp', 'now', 'now', 10);");
      expect(await migrate(db, { backup: null })).toEqual([8]);
      expect(getPlan(db, 1)).toMatchObject({ title: '计划', reportDueDays: 10, reportDueDay: null });
      db.run('UPDATE plans SET report_due_days = NULL, report_due_day = 25 WHERE id = 1');
      expect(getPlan(db, 1)).toMatchObject({ reportDueDays: null, reportDueDay: 25 });
      expect(() => db.run('UPDATE plans SET report_due_day = 32 WHERE id = 1')).toThrow(/CHECK/);
      expect(() => db.run('UPDATE plans SET report_due_day = 0 WHERE id = 1')).toThrow(/CHECK/);
    }));
});
