import postgres from 'postgres';
import { busyError } from './db-error.js';
import type { Database, Queryable, Row } from './database.js';

export interface PostgresOptions {
  /** schema to work in (tests use a fresh one per run); defaults to the server's search_path */
  schema?: string;
  max?: number;
}

type Sql = postgres.Sql | postgres.TransactionSql;

/** A COPY the server refused; the rows are intact and the transaction usable again. */
export class CopyRefused extends Error {
  constructor(override readonly cause: unknown) {
    super('COPY refused');
    this.name = 'CopyRefused';
  }
}

function asQueryable(sql: Sql): Queryable {
  return {
    async query<T = Row>(text: string, params?: readonly unknown[]) {
      const rows = await sql.unsafe<T[]>(text, (params ?? []) as postgres.ParameterOrJSON<never>[]);
      return [...rows];
    },
    async exec(script: string) {
      await sql.unsafe(script);
    },
    async copyFrom(target: string, columns: readonly string[], data: string) {
      // postgres.js (3.4) loses an error the server sends after the last row: the stream never
      // finishes and the error is not raised. So the COPY runs under a savepoint and a query
      // queued behind it tells the outcome; on a refusal the caller's reason is found by loading
      // the same rows another way (see restore-rows.ts), so the error thrown here is only a signal.
      await sql.unsafe('SAVEPOINT signoff_copy');
      const stream = await sql.unsafe(`COPY ${target} (${columns.join(', ')}) FROM STDIN`).writable();
      await new Promise<void>((resolve, reject) => stream.write(data, (e) => (e ? reject(e) : resolve())));
      stream.end();
      // end() hands the stream's final step to the next tick; until it runs the driver refuses
      // every query ("COPY_IN_PROGRESS")
      await new Promise((resolve) => setImmediate(resolve));
      try {
        await sql.unsafe('RELEASE SAVEPOINT signoff_copy');
      } catch (e) {
        await sql.unsafe('ROLLBACK TO SAVEPOINT signoff_copy');
        throw new CopyRefused(e);
      }
    },
  };
}

/**
 * Repositories pass jsonb parameters as JSON text, which PGlite stores as is; postgres.js would
 * JSON-encode that text a second time (storing a jsonb string), so its json serializer passes
 * strings through and encodes only objects.
 */
const JSON_TYPE = {
  to: 114,
  from: [114, 3802],
  serialize: (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x)),
  parse: (x: string): unknown => JSON.parse(x),
};

/** serialization_failure and deadlock_detected: the transaction was rolled back and may simply run again */
const TRANSIENT = new Set(['40001', '40P01']);
const ATTEMPTS = 4;

/**
 * Runs a transaction again when PostgreSQL rolled it back for a serialization failure or a
 * deadlock (issue 16), a bounded number of times with a short random pause; when it still fails
 * the caller gets a typed, retryable `busy` error instead of a driver error (a 500). The whole
 * transaction body re-runs, so it must not have effects outside the database: ours do not.
 */
export async function retryTransient<T>(run: () => Promise<T>, attempts = ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code !== 'string' || !TRANSIENT.has(code)) throw e;
      if (attempt >= attempts) throw busyError();
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20 * attempt));
    }
  }
}

/** A pooled PostgreSQL connection through postgres.js. */
export function openPostgres(url: string, options: PostgresOptions = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    types: { json: JSON_TYPE },
    ...(options.schema ? { connection: { search_path: options.schema } } : {}),
  });
  return {
    kind: 'postgres',
    ...asQueryable(sql),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      retryTransient(() => sql.begin((tx) => fn(asQueryable(tx))) as Promise<T>),
    close: () => sql.end({ timeout: 5 }),
  };
}
