// Which plan the app shows: boot.ts asks for it (plans.getSelected) before React renders, and the plan
// list keeps the selection valid by the same rule, so the answer asked for early is the one the ledger takes.
import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../../electron/shared/types';
import { selectedPlanId } from '../../../electron/shared/planSelection';

const plan = (id: number, isCurrent = false): PlanSummary => ({
  id,
  title: `计划${id}`,
  description: '',
  startYear: 2023,
  endYear: 2023,
  periodKind: 'quarter',
  isCurrent,
  reportDueDays: null,
  reportDueDay: null,
  reportContact: '',
  taskCount: 1,
  createdAt: '2023-01-01T00:00:00Z',
  updatedAt: '2023-01-01T00:00:00Z',
});

describe('selectedPlanId', () => {
  it('keeps the selected plan while it exists', () => {
    expect(selectedPlanId([plan(1, true), plan(2)], 2)).toBe(2);
  });

  it('falls back to the plan marked current, then to the newest', () => {
    expect(selectedPlanId([plan(1), plan(2, true), plan(3)], 9)).toBe(2);
    expect(selectedPlanId([plan(1), plan(3)], null)).toBe(3);
    expect(selectedPlanId([plan(3), plan(1)], null)).toBe(3); // plans.list puts later years first

  });

  it('selects nothing without plans', () => {
    expect(selectedPlanId([], 4)).toBeNull();
  });
});
