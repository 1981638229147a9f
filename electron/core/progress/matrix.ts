// progress.matrix: every task's status in every period of the plan, by the one status rule.
import type { Ctx } from '../context';
import type { ProgressMatrix } from '../../shared/api/progress';
import type { TaskPeriodStatus } from '../../shared/types';
import { loadLedger, type Ledger } from './ledger';
import { planPeriods } from './planPeriods';
import { planTaskStatuses } from './planStatuses';

export function progressMatrix(ctx: Ctx, planId: number): ProgressMatrix {
  return matrixOf(ctx, loadLedger(ctx.db, planId));
}

/** The matrix of a loaded plan, its rows in plan order. */
export function matrixOf(ctx: Ctx, ledger: Ledger): ProgressMatrix {
  const periods = planPeriods(ctx.db, ledger.plan, ctx.now().getFullYear());
  const assignments = ledger.tasks.flatMap((t) => t.units.map((u) => ({ taskId: t.id, unitId: u.unitId, role: u.role })));
  const statuses = planTaskStatuses(ctx.db, ledger.plan.id, assignments);
  return {
    periods,
    rows: ledger.tasks.map((t) => {
      const cells: Record<string, TaskPeriodStatus> = {};
      for (const p of periods) cells[p.code] = statuses.get(p.id)?.get(t.id) ?? 'unreported';
      return { taskId: t.id, seq: t.seq, content: t.content, cells };
    }),
  };
}
