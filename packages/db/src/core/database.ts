/** A row as it comes back from the driver: column name to value. */
export type Row = Record<string, unknown>;

/** The one small interface every repository is written against; PGlite and postgres.js both sit behind it. */
export interface Queryable {
  query<T = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements with no parameters (migrations). */
  exec(script: string): Promise<void>;
  /**
   * Bulk load through COPY … FROM STDIN in PostgreSQL's text format: `target` and `columns` are
   * quoted identifiers, `data` the rows (tab-separated, `\N` for NULL, one per line). Both
   * drivers offer it; a Queryable without it (a test double) is loaded row by row instead.
   */
  copyFrom?(target: string, columns: readonly string[], data: string): Promise<void>;
  /**
   * What this process keeps per database for its transactions (issue 15: the org snapshots),
   * given to a tenant's transaction by withTenant; absent elsewhere, where nothing is cached.
   */
  readonly memo?: Map<string, unknown>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
