// Minimal rows written straight into a test database, so the safety tests do not depend on the
// plan and progress importers: a plan with periods, enough to see counts change and come back.
import type { Db } from '../../../electron/db/db';

export function seedPlan(db: Db, title: string, periods = 4): number {
  const now = new Date().toISOString();
  const { id } = db.run(
    `INSERT INTO plans (title, start_year, end_year, fingerprint, created_at, updated_at) VALUES (?, 2022, 2023, ?, ?, ?)`,
    [title, `fp-${title}`, now, now],
  );
  for (let q = 1; q <= periods; q++) {
    db.run('INSERT INTO periods (plan_id, code, start_date, end_date) VALUES (?, ?, ?, ?)', [
      id,
      `2022Q${q}`,
      `2022-${String(q * 3 - 2).padStart(2, '0')}-01`,
      `2022-${String(q * 3).padStart(2, '0')}-28`,
    ]);
  }
  return id;
}

export const planTitles = (db: Db) => db.all<{ title: string }>('SELECT title FROM plans ORDER BY id').map((r) => r.title);
