// A digest of every row of every table: equal digests before and after a call mean it stored nothing.
import { createHash } from 'node:crypto';
import type { Db } from '../../electron/db/db';

export function tableDigest(db: Db): string {
  const hash = createHash('sha256');
  const tables = db.all<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  for (const { name } of tables) {
    hash.update(`\0table ${name}\0`);
    for (const row of db.all<Record<string, unknown>>(`SELECT * FROM "${name}" ORDER BY rowid`)) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v)));
    }
  }
  return hash.digest('hex');
}

/** Row counts per table, to tell a whole import from none (and from part of one). */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db.all<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  return Object.fromEntries(tables.map(({ name }) => [name, db.get<{ n: number }>(`SELECT count(*) AS n FROM "${name}"`)!.n]));
}
