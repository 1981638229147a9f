// Plans and units for progress tests, through the real methods (plans.import, units.addAlias).
import type { ParsedPlan } from '../../electron/shared/types';
import type { TestBackend } from './backend';
import { SEED_PLAN } from './seedPlan';

export async function createPlan(b: TestBackend, plan: ParsedPlan = SEED_PLAN): Promise<number> {
  const result = await b.call('plans.import', { plan });
  if (!result.planId) throw new Error('plans.import stored no plan');
  return result.planId;
}

export function unitId(b: TestBackend, name: string): number {
  const unit = b.db.get<{ id: number }>('SELECT id FROM units WHERE name = ?', [name]);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit.id;
}

export async function addAlias(b: TestBackend, unitName: string, alias: string): Promise<void> {
  await b.call('units.addAlias', { unitId: unitId(b, unitName), alias });
}
