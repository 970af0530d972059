import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from './database.js';

/**
 * The embedded default: a real PostgreSQL compiled to WebAssembly, kept under a data directory
 * (or in memory when none is given), so a fresh machine runs Signoff with nothing installed.
 * PGlite has one connection; it queues transactions itself, so callers need no lock.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;
  const asQueryable = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T = Row>(text: string, params?: readonly unknown[]) {
      const result = await q.query<T>(text, params ? [...params] : undefined);
      return result.rows;
    },
    async exec(script: string) {
      await q.exec(script);
    },
    // PGlite has no client stream: COPY reads the rows from a blob it exposes as /dev/blob
    async copyFrom(target: string, columns: readonly string[], data: string) {
      await q.query(`COPY ${target} (${columns.join(', ')}) FROM '/dev/blob'`, [], {
        blob: new Blob([data]),
      });
    },
  });
  return {
    kind: 'pglite',
    ...asQueryable(pg),
    transaction: (fn) => pg.transaction((tx) => fn(asQueryable(tx))),
    close: () => pg.close(),
  };
}
