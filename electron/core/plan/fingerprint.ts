// A plan's fingerprint: identifies the task list a fill-in template was made from, so a returned
// form can be checked against the plan it belongs to.
import { createHash } from 'node:crypto';

/** sha256 over each task's "seq<TAB>content" line, first 16 hex digits. */
export function planFingerprint(tasks: readonly { seq: string; content: string }[]): string {
  const hash = createHash('sha256');
  for (const t of tasks) hash.update(`${t.seq}\t${t.content}\n`);
  return hash.digest('hex').slice(0, 16);
}
