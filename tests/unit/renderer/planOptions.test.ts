import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../../electron/shared/types';
import { planOptions } from '../../../renderer/src/components/planOptions';

const plan = (id: number, title: string, taskCount: number) => ({ id, title, taskCount }) as PlanSummary;

describe('the plan picker’s options', () => {
  it('name each plan with its task count, and plans of the same title also by their number', () => {
    expect(planOptions([plan(1, '2024年工作要点', 18), plan(2, '2025年工作要点', 30), plan(3, '2024年工作要点', 18)])).toEqual([
      { value: 1, label: '2024年工作要点（编号 1，18项）' },
      { value: 2, label: '2025年工作要点（30项）' },
      { value: 3, label: '2024年工作要点（编号 3，18项）' },
    ]);
  });
});
