// Migration 003: the import change log drops its `after` copies. A v2 database keeps every change's
// state before, and an import made before the upgrade can still be undone — or is still refused when
// its records were changed again since.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Db } from '../../../electron/db/db';
import { migrate } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { tempDir, testBackend, type TestBackend } from '../../helpers/backend';

const IMPORTED_AT = '2023-10-08T02:00:00.000Z';
const BEFORE = { taskId: 1, unitId: 1, periodId: 1, status: 'not_started', statusText: '未启动', progress: '尚未开展。', problems: '', nextSteps: '', remarks: '', importId: null, updatedAt: '2023-10-01T00:00:00.000Z', updatedBy: '张三' };

/** A v2 file holding one import of 甲局's 2023Q3 report: task 1 updated (it had a record), task 2 added. */
async function v2WithImport(): Promise<string> {
  const file = path.join(tempDir(), 'v2.db');
  const db = new Db(new Database(file), file);
  try {
    await migrate(db, { backup: null, migrations: MIGRATIONS.filter((m) => m.version <= 2) });
    const after = (taskId: number) => JSON.stringify({ ...BEFORE, taskId, status: 'on_track', progress: '按计划推进。', importId: 1, updatedAt: IMPORTED_AT });
    db.raw.exec(`
      INSERT INTO plans (id, title, fingerprint, created_at, updated_at) VALUES (1, '计划', 'fp', 'now', 'now');
      INSERT INTO tasks (id, plan_id, ord, seq, content, created_at, updated_at) VALUES
        (1, 1, 1, '1', '任务一', 'now', 'now'), (2, 1, 2, '2', '任务二', 'now', 'now');
      INSERT INTO units (id, name, created_at) VALUES (1, '甲局', 'now');
      INSERT INTO task_units (task_id, unit_id, role, ord) VALUES (1, 1, 'lead', 0), (2, 1, 'lead', 0);
      INSERT INTO periods (id, plan_id, code, start_date, end_date) VALUES (1, 1, '2023Q3', '2023-07-01', '2023-09-30');
      INSERT INTO imports (id, plan_id, kind, file_name, sha256, size, bytes, unit_id, period_id, imported_at, imported_by, outcome)
        VALUES (1, 1, 'progress', '甲局.xlsx', 'sha', 1, x'00', 1, 1, '${IMPORTED_AT}', '张三', 'imported');
      INSERT INTO progress (task_id, unit_id, period_id, status, status_text, progress, import_id, updated_at, updated_by) VALUES
        (1, 1, 1, 'on_track', '', '按计划推进。', 1, '${IMPORTED_AT}', '张三'),
        (2, 1, 1, 'on_track', '', '按计划推进。', 1, '${IMPORTED_AT}', '张三');`);
    db.run('INSERT INTO import_changes (import_id, task_id, unit_id, period_id, before, after) VALUES (1, 1, 1, 1, ?, ?), (1, 2, 1, 1, NULL, ?)', [
      JSON.stringify(BEFORE),
      after(1),
      after(2),
    ]);
  } finally {
    db.close();
  }
  return file;
}

const columns = (db: Db) => db.all<{ name: string }>("SELECT name FROM pragma_table_info('import_changes')").map((c) => c.name);

let backend: TestBackend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

describe('migration 003_changes_without_after', () => {
  it('drops the after copies and keeps every change with its state before', async () => {
    const file = await v2WithImport();
    const db = new Db(new Database(file), file);
    try {
      expect(await migrate(db, { backup: null })).toContain(3);
      expect(columns(db)).toEqual(['id', 'import_id', 'task_id', 'unit_id', 'period_id', 'before']);
      expect(db.all('SELECT task_id AS taskId, before FROM import_changes ORDER BY id')).toEqual([
        { taskId: 1, before: JSON.stringify(BEFORE) },
        { taskId: 2, before: null },
      ]);
      expect(db.pragma('integrity_check')).toBe('ok');
      expect(db.pragma('foreign_key_check')).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('undoes an import made before the upgrade', async () => {
    backend = await testBackend({ dbPath: await v2WithImport() });
    await backend.call('imports.undo', { importId: 1 });
    expect(backend.db.all('SELECT task_id AS taskId, status, progress, import_id AS importId FROM progress ORDER BY task_id')).toEqual([
      { taskId: 1, status: 'not_started', progress: '尚未开展。', importId: null },
    ]);
  });

  it('still refuses to undo it once a record was edited since', async () => {
    backend = await testBackend({ dbPath: await v2WithImport() });
    backend.db.run("UPDATE progress SET progress = '手工改过。', import_id = NULL, updated_at = '2023-10-09T00:00:00.000Z' WHERE task_id = 2");
    const env = await backend.invoke('imports.undo', { importId: 1 });
    expect(env).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { taskIds: [2] } } });
  });
});
