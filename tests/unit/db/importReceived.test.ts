// Migration 005: the 收到日期 of an imported file. A v4 database keeps its imports, none of them with
// a day stated, and the new column refuses anything but a YYYY-MM-DD day.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { getImport } from '../../../electron/db/repos/imports';
import { withDbAt } from '../../helpers/dbAt';

describe('migration 005_import_received', () => {
  it('adds an unstated 收到日期 to a v4 database’s imports', () =>
    withDbAt(4, async (db) => {
      db.raw.exec(`INSERT INTO plans (id, title, fingerprint, created_at, updated_at) VALUES (1, '计划', 'fp', 'now', 'now');
        INSERT INTO imports (id, plan_id, kind, file_name, sha256, size, bytes, imported_at, imported_by, outcome, summary)
          VALUES (7, 1, 'progress', '省科技厅.xlsx', 'ab', 1, x'01', '2023-10-20T02:00:00.000Z', '张三', 'imported', '{"filledOn":"2023-10-09"}');`);
      expect(await migrate(db, { backup: null })).toContain(5);
      expect(getImport(db, 7)).toMatchObject({ fileName: '省科技厅.xlsx', receivedOn: null, filledOn: '2023-10-09' });
      db.run("UPDATE imports SET received_on = '2023-10-08' WHERE id = 7");
      expect(getImport(db, 7)?.receivedOn).toBe('2023-10-08');
      expect(() => db.run("UPDATE imports SET received_on = '2023年10月8日' WHERE id = 7")).toThrow(/CHECK/);
    }));
});
