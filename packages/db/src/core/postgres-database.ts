import postgres from 'postgres';
import type { Database, Queryable, Row } from './database.js';

export interface PostgresOptions {
  /** schema to work in (tests use a fresh one per run); defaults to the server's search_path */
  schema?: string;
  max?: number;
}

type Sql = postgres.Sql | postgres.TransactionSql;

function asQueryable(sql: Sql): Queryable {
  return {
    async query<T = Row>(text: string, params?: readonly unknown[]) {
      const rows = await sql.unsafe<T[]>(text, (params ?? []) as postgres.ParameterOrJSON<never>[]);
      return [...rows];
    },
    async exec(script: string) {
      await sql.unsafe(script);
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
      sql.begin((tx) => fn(asQueryable(tx))) as Promise<T>,
    close: () => sql.end({ timeout: 5 }),
  };
}
