// Migration 002: the covering indexes behind the period summary and the trend, and the query plans
// that rely on them. Without them the summary reads every progress row of the period, texts and all.
import { describe, expect, it } from 'vitest';
import { Db } from '../../../electron/db/db';
import { migrate } from '../../../electron/db/migrate';
import { PLAN_ASSIGNMENTS_SQL, PLAN_REPORT_STATUSES_SQL } from '../../../electron/db/repos/progress';
import { SQL } from '../../../electron/db/repos/reports';
import { backendPerSuite } from '../../helpers/backendPerSuite';
import { withDbAt } from '../../helpers/dbAt';

const indexColumns = (db: Db, index: string) => db.all<{ name: string }>('SELECT name FROM pragma_index_info(?) ORDER BY seqno', [index]).map((c) => c.name);

describe('migration 002_summary_indexes', () => {
  it('indexes a v1 database’s progress and task units, keeping every row', () =>
    withDbAt(1, async (db) => {
      db.raw.exec(`
        INSERT INTO plans (id, title, fingerprint, created_at, updated_at) VALUES (1, '计划', 'fp', 'now', 'now');
        INSERT INTO tasks (id, plan_id, ord, seq, content, created_at, updated_at) VALUES (1, 1, 1, '1', '任务', 'now', 'now');
        INSERT INTO units (id, name, created_at) VALUES (1, '甲局', 'now');
        INSERT INTO task_units (task_id, unit_id, role, ord) VALUES (1, 1, 'lead', 0);
        INSERT INTO periods (id, plan_id, code, start_date, end_date) VALUES (1, 1, '2023Q3', '2023-07-01', '2023-09-30');
        INSERT INTO progress (task_id, unit_id, period_id, status, progress, updated_at, updated_by)
          VALUES (1, 1, 1, 'on_track', '推进中。', 'now', 'test');`);

      expect(await migrate(db, { backup: null })).toContain(2);
      expect(indexColumns(db, 'progress_period_status')).toEqual(['period_id', 'task_id', 'unit_id', 'status']);
      expect(indexColumns(db, 'task_units_task_order')).toEqual(['task_id', 'role', 'ord', 'unit_id']);
      expect(db.get('SELECT task_id, unit_id, status, progress FROM progress')).toEqual({ task_id: 1, unit_id: 1, status: 'on_track', progress: '推进中。' });
      expect(db.pragma('integrity_check')).toBe('ok');
    }));
});

describe('the summary’s query plans', () => {
  const b = backendPerSuite();

  const plan = (sql: string, params: unknown[]) =>
    b.db.raw
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...params)
      .map((r) => (r as { detail: string }).detail)
      .join('\n');

  it('reads a period’s statuses and the tasks’ units from the covering indexes alone', () => {
    const statuses = plan(SQL.reportStatuses, [1]);
    expect(statuses).toMatch(/SEARCH progress USING COVERING INDEX progress_period_status \(period_id=\?\)/);
    expect(statuses).not.toMatch(/SCAN progress/);

    const units = plan(PLAN_ASSIGNMENTS_SQL, [1]);
    expect(units).toMatch(/SEARCH tu USING COVERING INDEX task_units_task_order \(task_id=\?\)/);
    expect(units).not.toMatch(/SCAN (tu|task_units)\b/);
  });

  it('reads the texts of a period, or of some of its tasks, by index search, never a full scan', () => {
    const all = plan(SQL.reports, [1]);
    expect(all).toMatch(/SEARCH progress USING INDEX \w+ \(period_id=\?\)/);
    expect(all).not.toMatch(/SCAN progress/);

    const some = plan(SQL.taskReportTexts, [1, '[1,2]']);
    expect(some).toMatch(/SEARCH progress USING INDEX \w+ \(period_id=\? AND task_id=\?\)/);
    expect(some).not.toMatch(/SCAN progress/);
  });

  it('reads every report status of the plan (matrix, trend) from the covering index too', () => {
    const statuses = plan(PLAN_REPORT_STATUSES_SQL, [1]);
    expect(statuses).toMatch(/SEARCH progress USING COVERING INDEX progress_period_status \(period_id=\?\)/);
    expect(statuses).not.toMatch(/SCAN progress\b/);
  });
});
