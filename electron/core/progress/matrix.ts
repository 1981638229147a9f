// progress.matrix: every task's status in every period of the plan, by the one status rule.
import type { Ctx } from '../context';
import { listPlanStatuses } from '../../db/repos/progress';
import type { ProgressMatrix } from '../../shared/api/progress';
import type { TaskPeriodStatus } from '../../shared/types';
import { loadLedger, type Ledger } from './ledger';
import { planPeriods } from './planPeriods';
import { taskStatus, type UnitReport } from './taskStatus';

export function progressMatrix(ctx: Ctx, planId: number): ProgressMatrix {
  return matrixOf(ctx, loadLedger(ctx.db, planId));
}

/** The matrix of a loaded plan, its rows in plan order. */
export function matrixOf(ctx: Ctx, ledger: Ledger): ProgressMatrix {
  const planId = ledger.plan.id;
  const periods = planPeriods(ctx.db, ledger.plan, ctx.now().getFullYear());
  const codeOf = new Map(periods.map((p) => [p.id, p.code]));
  const reports = new Map<string, UnitReport[]>(); // "code:taskId"
  for (const s of listPlanStatuses(ctx.db, planId)) {
    const code = codeOf.get(s.periodId);
    const task = ledger.taskById.get(s.taskId);
    if (!code || !task) continue;
    const assigned = task.units.find((u) => u.unitId === s.unitId);
    const report: UnitReport = { role: assigned ? (assigned.national ? 'national' : assigned.role) : null, status: s.status };
    const key = `${code}:${s.taskId}`;
    const list = reports.get(key);
    if (list) list.push(report);
    else reports.set(key, [report]);
  }
  return {
    periods,
    rows: ledger.tasks.map((t) => {
      const cells: Record<string, TaskPeriodStatus> = {};
      for (const p of periods) cells[p.code] = taskStatus(reports.get(`${p.code}:${t.id}`) ?? []);
      return { taskId: t.id, seq: t.seq, content: t.content, cells };
    }),
  };
}
