// Plans and units for progress tests, through the real methods (plans.import, units.addAlias).
import type { FileOutput } from '../../electron/shared/api/method';
import type { ParsedPlan, PeriodKind } from '../../electron/shared/types';
import { testBackend, type TestBackend } from './backend';
import { SEED_PLAN } from './seedPlan';

export async function createPlan(b: TestBackend, plan: ParsedPlan = SEED_PLAN): Promise<number> {
  const result = await b.call('plans.import', { plan });
  if (!result.planId) throw new Error('plans.import stored no plan');
  return result.planId;
}

/** A plan read from its text as 导入计划 reads it, stored, reported on by `periodKind`. */
export async function createPlanFromText(b: TestBackend, text: string, periodKind: PeriodKind): Promise<number> {
  const { plan } = await b.call('plans.parse', { source: { kind: 'text', text } });
  const planId = await createPlan(b, plan);
  await b.call('plans.update', { planId, periodKind });
  return planId;
}

export function unitId(b: TestBackend, name: string): number {
  const unit = b.db.get<{ id: number }>('SELECT id FROM units WHERE name = ?', [name]);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit.id;
}

export async function addAlias(b: TestBackend, unitName: string, alias: string): Promise<void> {
  await b.call('units.addAlias', { unitId: unitId(b, unitName), alias });
}

export function taskIdOf(b: TestBackend, planId: number, seq: string): number {
  const task = b.db.get<{ id: number }>('SELECT id FROM tasks WHERE plan_id = ? AND seq = ?', [planId, seq]);
  if (!task) throw new Error(`no task ${seq}`);
  return task.id;
}

export interface FinanceReturnSetup {
  b: TestBackend;
  planId: number;
  finance: number;
  /** 省财政厅's 2023Q3 fill-in template, to fill and send back. */
  template: FileOutput;
}

/** What the import tests start from: the seed plan on `b` and 省财政厅's 2023Q3 template. */
export async function seedFinanceReturn(b: TestBackend): Promise<Omit<FinanceReturnSetup, 'b'>> {
  const planId = await createPlan(b);
  const finance = unitId(b, '省财政厅');
  const template = (await b.call('templates.export', { planId, period: '2023Q3', unitIds: [finance] })).files[0]!;
  return { planId, finance, template };
}

/** The same on a fresh backend, for tests that each want their own. */
export async function financeReturnSetup(): Promise<FinanceReturnSetup> {
  const b = await testBackend();
  return { b, ...(await seedFinanceReturn(b)) };
}
