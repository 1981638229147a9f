// The plan's ledger and its matcher, kept from an import's preview for its commit: loading a
// 20,000-task ledger twice costs a good part of the import. Valid only while nothing in the database
// changed (repos/progress changeStamp), so a stale ledger is never used.
import type { Db } from '../../../db/db';
import { changeStamp } from '../../../db/repos/progress';
import { loadLedger, type Ledger } from '../ledger';
import { TaskMatcher } from './matchRows';

interface Entry {
  planId: number;
  stamp: string;
  ledger: Ledger;
  matcher: TaskMatcher;
}

const entries = new WeakMap<Db, Entry>();

export function importLedger(db: Db, planId: number): { ledger: Ledger; matcher: TaskMatcher } {
  const stamp = changeStamp(db);
  const hit = entries.get(db);
  if (hit && hit.planId === planId && hit.stamp === stamp) return hit;
  const ledger = loadLedger(db, planId);
  const entry = { planId, stamp, ledger, matcher: new TaskMatcher(ledger) };
  entries.set(db, entry);
  return entry;
}
