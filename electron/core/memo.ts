// Remembering what was worked out before: a pure function of a string, for readers that meet the
// same few hundred texts over and over (unit names, responsibility clauses: a plan names the same
// units task after task); and a read of the database, for as long as the database is unchanged.
import type { Db } from '../db/db';
import { changeStamp } from '../db/repos/progress';

/**
 * `read`, answering from memory for a text it has read before. Results are shared between callers,
 * so they must not be changed. Bounded: when full, it forgets everything and starts afresh.
 */
export function memoize<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      result = read(text);
      if (results.size >= limit) results.clear();
      results.set(text, result);
    }
    return result;
  };
}

/**
 * `work`'s result for a key, answered from memory while the database has not changed since
 * (changeStamp: this connection's writes, other connections' commits). One value per database: the
 * last key asked for. For reads that are slow on large plans and asked for again unchanged.
 */
export function lastWhileUnchanged<T>(): (db: Db, key: string, work: () => T) => T {
  const last = new WeakMap<Db, { key: string; value: T }>();
  return (db, key, work) => {
    const stamped = `${key}|${changeStamp(db)}`;
    const hit = last.get(db);
    if (hit?.key === stamped) return hit.value;
    const value = work();
    last.set(db, { key: stamped, value });
    return value;
  };
}
