import type Database from 'better-sqlite3';
import { withAccessErrors } from './accessErrors';

export type Params = Record<string, unknown> | unknown[];

/**
 * The one way the code talks SQL: parameterised statements, cached by their text.
 * Values are always bound, never spliced into the SQL.
 */
export class Db {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly raw: Database.Database,
    readonly path: string,
    /** How the connection is closed (the app's own database is checked and noted: see cleanClose). */
    private readonly closeConnection: (raw: Database.Database) => void = (raw) => raw.close(),
    /** Called after each commit (of a transaction, or of a write outside one). */
    private readonly afterCommit: () => void = () => {},
  ) {}

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.raw.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  all<T>(sql: string, params: Params = []): T[] {
    return this.statement(sql).all(params) as T[];
  }

  /**
   * Rows as arrays in column order. For reads of many thousand rows: better-sqlite3 builds arrays
   * much faster than objects, and mapping them to objects in JS is cheap.
   */
  tuples<T extends unknown[]>(sql: string, params: Params = []): T[] {
    const key = `tuples\0${sql}`;
    let stmt = this.statements.get(key);
    if (!stmt) {
      stmt = this.raw.prepare(sql).raw(true);
      this.statements.set(key, stmt);
    }
    return stmt.all(params) as T[];
  }

  /**
   * Rows as arrays, for a query selecting one value: `json_group_array(json_array(…))`. For many
   * thousand small rows of numbers and short words: JSON.parse builds them in about half the time
   * better-sqlite3 takes to return them one by one (rows of long texts gain little).
   */
  jsonTuples<T extends unknown[]>(sql: string, params: Params = []): T[] {
    return JSON.parse(this.tuples<[string | null]>(sql, params)[0]?.[0] ?? '[]') as T[];
  }

  get<T>(sql: string, params: Params = []): T | undefined {
    return this.statement(sql).get(params) as T | undefined;
  }

  /** Runs a write; returns the new row id and the count of changed rows. */
  run(sql: string, params: Params = []): { id: number; changes: number } {
    const r = withAccessErrors(this.path, () => this.statement(sql).run(params));
    if (!this.raw.inTransaction) this.afterCommit();
    return { id: Number(r.lastInsertRowid), changes: r.changes };
  }

  /**
   * Runs fn in a transaction (a savepoint when nested): commits on return, rolls back on throw.
   * It begins IMMEDIATE, taking the write lock first: a transaction that has read and then asks for
   * the lock gets SQLITE_BUSY at once while another connection writes (SQLite skips the busy timeout
   * there to avoid deadlock), whereas BEGIN IMMEDIATE waits out the timeout for the lock.
   */
  transaction<T>(fn: () => T): T {
    const result = withAccessErrors(this.path, () => this.raw.transaction(fn).immediate());
    if (!this.raw.inTransaction) this.afterCommit();
    return result;
  }

  get inTransaction(): boolean {
    return this.raw.inTransaction;
  }

  pragma<T = unknown>(source: string): T {
    return this.raw.pragma(source, { simple: true }) as T;
  }

  close(): void {
    this.statements.clear();
    if (this.raw.open) this.closeConnection(this.raw);
  }
}
