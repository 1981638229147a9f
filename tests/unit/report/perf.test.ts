// The summary at scale: 2,000 tasks, 40 units, 12 quarters of reports (about 200k progress rows).
// Correctness only: speed is measured by `npm run bench` (summary_200k), not asserted here; the query
// plans are pinned by tests/unit/db/summaryIndexes.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodsOfYears } from '../../../electron/shared/periods';
import { PROGRESS_STATUSES } from '../../../electron/shared/types';
import { generatePlan, prng } from '../../bench/generate';
import { testBackend, type TestBackend } from '../../helpers/backend';
import { importPlan } from '../../helpers/reportData';

let b: TestBackend;
let planId: number;
let rows = 0;

beforeAll(async () => {
  b = await testBackend();
  const { plan } = generatePlan({
    tasks: 2000,
    units: 40,
    extraUnitsPerTask: 8,
    tasksPerSection: 100,
    startYear: 2022,
    endYear: 2024,
    seed: 20231001,
    title: '性能测试工作要点',
  });
  planId = await importPlan(b, plan);
  const db = b.db;
  const rng = prng(7);
  const pairs = db.all<{ task_id: number; unit_id: number }>(
    `SELECT tu.task_id, tu.unit_id FROM task_units tu JOIN tasks t ON t.id = tu.task_id
      WHERE t.plan_id = ? AND tu.role <> 'national'`,
    [planId],
  );
  const insertPeriod = db.raw.prepare('INSERT INTO periods (plan_id, code, start_date, end_date) VALUES (?, ?, ?, ?)');
  const insert = db.raw.prepare(
    `INSERT INTO progress (task_id, unit_id, period_id, status, progress, problems, next_steps, updated_at, updated_by)
     VALUES (?, ?, ?, ?, '本季度按计划推进相关工作，完成阶段性目标。', ?, '下一步继续推进。', '2023-10-08T00:00:00Z', 'perf')`,
  );
  db.transaction(() => {
    for (const p of periodsOfYears('quarter', 2022, 2024)) {
      const periodId = Number(insertPeriod.run(planId, p.code, p.startDate, p.endDate).lastInsertRowid);
      for (const { task_id, unit_id } of pairs) {
        if (rng.chance(0.03)) continue; // a few units stay silent
        insert.run(task_id, unit_id, periodId, rng.chance(0.05) ? null : rng.pick(PROGRESS_STATUSES), rng.chance(0.2) ? '专业人才短缺。' : '');
        rows++;
      }
    }
  });
}, 120_000);
afterAll(() => b.close());

describe('summary at scale', () => {
  it('computes a period summary over 200k progress rows' , async () => {
    expect(rows).toBeGreaterThan(180_000);
    const s = await b.call('reports.summary', { planId, period: '2023Q3' });
    expect(s.totals.tasks).toBe(2000);
    expect(s.byUnit.length).toBe(40);
  });

  it('lists each report of the period once, with its texts on demand for the same units', async () => {
    const s = await b.call('reports.summary', { planId, period: '2023Q3' });
    const inPeriod = b.db.get<{ n: number; problems: number }>(
      `SELECT count(*) AS n, count(NULLIF(pr.problems, '')) AS problems FROM progress pr JOIN periods pe ON pe.id = pr.period_id
        WHERE pe.plan_id = ? AND pe.code = '2023Q3'`,
      [planId],
    )!;
    expect(s.tasks.reduce((n, t) => n + t.reports.length, 0)).toBe(inPeriod.n);
    const texts = await b.call('reports.taskReports', { planId, period: '2023Q3' });
    const units = (list: { unit: string }[]) => list.map((r) => r.unit).sort();
    for (const [i, task] of texts.entries()) expect(units(task.reports), s.tasks[i]!.seq).toEqual(units(s.tasks[i]!.reports));
    expect(texts.flatMap((t) => t.reports).filter((r) => r.problems).length).toBe(inPeriod.problems);
  });

  it('computes the trend consistently with each period summary' , async () => {
    const trend = await b.call('reports.trend', { planId });
    expect(trend.map((p) => p.period)).toEqual(periodsOfYears('quarter', 2022, 2024).map((p) => p.code).filter((c) => c <= currentQuarter()));
    const q3 = trend.find((p) => p.period === '2023Q3')!;
    const s = await b.call('reports.summary', { planId, period: '2023Q3' });
    expect({ ...q3, period: undefined, periodLabel: undefined }).toEqual({ ...s.totals, period: undefined, periodLabel: undefined });
  });
});

function currentQuarter(): string {
  const now = new Date();
  return `${now.getFullYear()}Q${Math.floor(now.getMonth() / 3) + 1}`;
}
