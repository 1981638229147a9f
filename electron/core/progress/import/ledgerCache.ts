// The plan's ledger and its matcher, kept from an import's preview for its commit: loading a
// 20,000-task ledger twice costs a good part of the import. Valid only while nothing in the database
// changed (lastWhileUnchanged), so a stale ledger is never used.
import type { Db } from '../../../db/db';
import { lastWhileUnchanged } from '../../memo';
import { loadLedger, type Ledger } from '../ledger';
import { TaskMatcher } from './matchRows';

const lastLedger = lastWhileUnchanged<{ ledger: Ledger; matcher: TaskMatcher }>();

export function importLedger(db: Db, planId: number): { ledger: Ledger; matcher: TaskMatcher } {
  return lastLedger(db, String(planId), () => {
    const ledger = loadLedger(db, planId);
    return { ledger, matcher: new TaskMatcher(ledger) };
  });
}
