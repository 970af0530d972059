import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export interface ScratchDatabase {
  name: string;
  /** the connection string of the new database, for a server process's DATABASE_URL */
  url: string;
  /** a superuser connection to it, for the checks a test makes after the run */
  sql: postgres.Sql;
  drop(): Promise<void>;
}

/** The same server and credentials as `url`, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A fresh, empty database on the cluster `serverUrl` points at: the server processes a test
 * spawns migrate it themselves, as they would in production. Dropped (connections and all) after.
 */
export async function createScratchDatabase(serverUrl: string, prefix = 'faults'): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  const sql = postgres(url, { max: 2, onnotice: () => undefined });
  return {
    name,
    url,
    sql,
    async drop() {
      await sql.end({ timeout: 5 });
      const again = postgres(serverUrl, { max: 1, onnotice: () => undefined });
      await again.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}
