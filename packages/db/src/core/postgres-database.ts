import postgres from 'postgres';
import { busyError, databaseUnavailableError } from './db-error.js';
import type { Database, Queryable, Row } from './database.js';
import { inFlight, slotPool, type Slot } from './postgres-slots.js';

export interface PostgresOptions {
  /** schema to work in (tests use a fresh one per run); defaults to the server's search_path */
  schema?: string;
  max?: number;
}

type Sql = postgres.Sql;

/** how every statement is sent: a transaction watches its connection, the pool maps connection loss */
type Send = (run: () => Promise<unknown>) => Promise<unknown>;
/** how a COPY is sent: like a statement, but its refusal leaves the transaction usable */
type Guard = <T>(run: () => Promise<T>) => Promise<T>;

/** A COPY the server refused; the rows are intact and the transaction usable again. */
export class CopyRefused extends Error {
  constructor(override readonly cause: unknown) {
    super('COPY refused');
    this.name = 'CopyRefused';
  }
}

function asQueryable(sql: Sql, send: Send, guard: Guard): Queryable {
  return {
    async query<T = Row>(text: string, params?: readonly unknown[]) {
      const rows = (await send(() =>
        sql.unsafe<T[]>(text, (params ?? []) as postgres.ParameterOrJSON<never>[]),
      )) as T[];
      return [...rows];
    },
    async exec(script: string) {
      await send(() => sql.unsafe(script));
    },
    async copyFrom(target: string, columns: readonly string[], data: string) {
      // postgres.js (3.4) loses an error the server sends after the last row: the stream never
      // finishes and the error is not raised. So the COPY runs under a savepoint and a query
      // queued behind it tells the outcome; on a refusal the caller's reason is found by loading
      // the same rows another way (see restore-rows.ts), so the error thrown here is only a signal
      // and the transaction goes on. Each step is guarded: none may reach a reconnected connection.
      await guard(() => sql.unsafe('SAVEPOINT signoff_copy'));
      const copy = `COPY ${target} (${columns.join(', ')}) FROM STDIN`;
      const stream = await guard(() => sql.unsafe(copy).writable());
      await new Promise<void>((resolve, reject) => stream.write(data, (e) => (e ? reject(e) : resolve())));
      stream.end();
      // end() hands the stream's final step to the next tick; until it runs the driver refuses
      // every query ("COPY_IN_PROGRESS")
      await new Promise((resolve) => setImmediate(resolve));
      try {
        await guard(() => sql.unsafe('RELEASE SAVEPOINT signoff_copy'));
      } catch (e) {
        await guard(() => sql.unsafe('ROLLBACK TO SAVEPOINT signoff_copy'));
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
 * The database cannot be reached or dropped the connection: SQLSTATE class 08 (connection
 * exception; PgBouncer's "server conn crashed?" too), 57P01-03 (admin or crash shutdown, still
 * starting up), 53300 (too many connections), and postgres.js's and Node's own socket errors.
 */
const CONNECTION_CODES = new Set(
  `57P01 57P02 57P03 53300 CONNECTION_CLOSED CONNECTION_ENDED CONNECTION_DESTROYED CONNECT_TIMEOUT
   ECONNREFUSED ECONNRESET EPIPE ETIMEDOUT EHOSTUNREACH ENETUNREACH`.split(/\s+/),
);

export function isConnectionError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('08') || CONNECTION_CODES.has(code));
}

/** A transaction that never reached the database (no connection, BEGIN refused) may simply run again. */
class NotStarted extends Error {
  constructor(override readonly cause: unknown) {
    super('the transaction did not start');
  }
}

/**
 * Runs a transaction again when PostgreSQL rolled it back for a serialization failure or a
 * deadlock (issue 16), or when it could not start for want of a connection, a bounded number of
 * times with a short random pause; when it still fails the caller gets a typed, retryable `busy`
 * (or `databaseUnavailable`) error instead of a driver error (a 500). The whole transaction body
 * re-runs, so it must not have effects outside the database: ours do not. A connection lost once
 * the transaction ran is never retried: its COMMIT may have landed.
 */
export async function retryTransient<T>(run: () => Promise<T>, attempts = ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (e instanceof NotStarted) {
        if (attempt >= attempts) throw databaseUnavailableError();
        await new Promise((r) => setTimeout(r, 150 * attempt + Math.random() * 100));
        continue;
      }
      if (isConnectionError(e)) throw databaseUnavailableError();
      const code = (e as { code?: unknown }).code;
      if (typeof code !== 'string' || !TRANSIENT.has(code)) throw e;
      if (attempt >= attempts) throw busyError();
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20 * attempt));
    }
  }
}

/**
 * One transaction on a slot, with BEGIN/COMMIT/ROLLBACK of its own. Once the slot's connection
 * closed (its client's `onclose`, which runs as the socket is dropped, before anything can
 * reconnect it) nothing more is sent: a statement would run on a fresh connection, outside the
 * transaction. As with `sql.begin`, a query that failed fails the transaction even when the body
 * caught it.
 */
async function runTransaction<T>(slot: Slot, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const { sql } = slot;
  const closes = slot.closes;
  let failed: Error | undefined;
  // nor after a socket error: what is written before the close would never be answered
  const usable = () => {
    if (slot.closes !== closes || slot.suspect) throw databaseUnavailableError();
  };
  const guard = <R>(run: () => Promise<R>) => {
    usable();
    return inFlight(slot, run);
  };
  const send = async (run: () => Promise<unknown>) => {
    try {
      return await guard(run);
    } catch (e) {
      failed ??= e instanceof Error ? e : new Error(String(e));
      throw e;
    }
  };
  try {
    // max: 1, so postgres.js lets a plain BEGIN through
    await inFlight(slot, () => sql.unsafe('BEGIN'));
  } catch (e) {
    throw isConnectionError(e) ? new NotStarted(e) : e;
  }
  try {
    const result = await fn(asQueryable(sql, send, guard));
    if (failed !== undefined) throw failed;
    await send(() => sql.unsafe('COMMIT'));
    return result;
  } catch (e) {
    if (slot.closes === closes && !slot.suspect)
      await inFlight(slot, () => sql.unsafe('ROLLBACK')).catch(() => undefined);
    // a body that carried on after a failed query only sees "in failed transaction": the first error is the reason
    throw (e as { code?: unknown }).code === '25P02' && failed !== undefined ? failed : e;
  }
}

/**
 * A pool of PostgreSQL connections through postgres.js (see Slot). Behind PgBouncer in
 * transaction mode add `?prepare=false` to the URL (postgres.js reads it): every query of ours is
 * unnamed already, this also covers the driver's own type lookup on connect.
 */
export function openPostgres(url: string, options: PostgresOptions = {}): Database {
  const pool = slotPool(
    (onclose) =>
      postgres(url, {
        max: 1,
        onnotice: () => {},
        onclose,
        types: { json: JSON_TYPE },
        ...(options.schema ? { connection: { search_path: options.schema } } : {}),
      }),
    options.max ?? 10,
  );
  const direct = (slot: Slot) => async (run: () => Promise<unknown>) => {
    try {
      return await inFlight(slot, run);
    } catch (e) {
      throw isConnectionError(e) ? databaseUnavailableError() : e;
    }
  };
  /** a statement outside any transaction takes a slot for just its own time */
  const plain = (slot: Slot) => asQueryable(slot.sql, direct(slot), (run) => inFlight(slot, run));
  const anySlot: Queryable = {
    query: <T = Row>(text: string, params?: readonly unknown[]) =>
      pool.use((slot) => plain(slot).query<T>(text, params)),
    exec: (script) => pool.use((slot) => plain(slot).exec(script)),
    copyFrom: (target, columns, data) =>
      pool.use(async (slot) => plain(slot).copyFrom?.(target, columns, data)),
  };
  return {
    kind: 'postgres',
    ...anySlot,
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      retryTransient(() => pool.use((slot) => runTransaction(slot, fn))),
    close: pool.end,
  };
}
