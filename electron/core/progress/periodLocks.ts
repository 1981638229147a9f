// Locking a period: a closed period refuses imports and edits until it is unlocked. Audit-logged.
import type { Ctx } from '../context';
import { setPeriodLocked } from '../../db/repos/periods';
import type { Period } from '../../shared/types';
import { requirePlan } from './ledger';
import { ensurePeriod, toPeriod } from './planPeriods';

export function setLocked(ctx: Ctx, planId: number, code: string, locked: boolean): Period {
  const plan = requirePlan(ctx.db, planId);
  const before = toPeriod(ensurePeriod(ctx.db, planId, code));
  if (before.locked === locked) return before;
  setPeriodLocked(ctx.db, before.id, locked);
  const after = { ...before, locked };
  ctx.audit({
    action: locked ? 'period.lock' : 'period.unlock',
    objectType: 'period',
    objectId: before.id,
    summary: `${locked ? '锁定' : '解除锁定'}《${plan.title}》${before.label}`,
    before: { locked: before.locked },
    after: { locked },
  });
  return after;
}
