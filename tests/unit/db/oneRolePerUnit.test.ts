// Migration 007: one role per unit on a task. A v6 database where a merge left a unit both 牵头 and
// 配合 on one task keeps the 牵头 only; from then on a second role for the unit is ignored.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { setTaskUnits } from '../../../electron/db/repos/plans';
import { withDbAt } from '../../helpers/dbAt';

const rolesOn = (db: Parameters<Parameters<typeof withDbAt>[1]>[0], taskId: number) =>
  db.all<{ unitId: number; role: string }>('SELECT unit_id AS unitId, role FROM task_units WHERE task_id = ? ORDER BY unit_id, role', [taskId]);

describe('migration 007_one_role_per_unit', () => {
  it('keeps the more responsible of a unit’s roles on a task, and holds it so', () =>
    withDbAt(6, async (db) => {
      db.raw.exec(`INSERT INTO plans (id, title, fingerprint, created_at, updated_at) VALUES (1, '计划', 'fp', 'now', 'now');
        INSERT INTO tasks (id, plan_id, ord, seq, content, created_at, updated_at) VALUES (10, 1, 1, '1', '任务一', 'now', 'now'), (11, 1, 2, '2', '任务二', 'now', 'now');
        INSERT INTO units (id, name, created_at) VALUES (5, '省知识产权局', 'now'), (6, '省贸促会', 'now');
        INSERT INTO task_units (task_id, unit_id, role, ord) VALUES
          (10, 5, 'cooperating', 0), (10, 5, 'lead', 0), (10, 6, 'cooperating', 1),
          (11, 5, 'national', 0), (11, 5, 'joint', 0), (11, 6, 'joint', 1);`);
      expect(await migrate(db, { backup: null })).toContain(7);
      expect(rolesOn(db, 10)).toEqual([
        { unitId: 5, role: 'lead' },
        { unitId: 6, role: 'cooperating' },
      ]);
      expect(rolesOn(db, 11)).toEqual([
        { unitId: 5, role: 'joint' },
        { unitId: 6, role: 'joint' },
      ]);
      // Given twice, the unit keeps the first, most responsible role only.
      setTaskUnits(db, 10, { lead: [6], joint: [], cooperating: [6, 5], national: [] });
      expect(rolesOn(db, 10)).toEqual([
        { unitId: 5, role: 'cooperating' },
        { unitId: 6, role: 'lead' },
      ]);
    }));
});
