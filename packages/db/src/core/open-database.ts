import { mkdir } from 'node:fs/promises';
import type { Database } from './database.js';
import { openPglite } from './pglite-database.js';
import { openPostgres } from './postgres-database.js';

export interface OpenOptions {
  /** postgres://… — when absent, the embedded PGlite is used */
  databaseUrl?: string | undefined;
  /** where PGlite keeps its files; `memory` for a throwaway database */
  dataDir?: string;
  schema?: string;
}

/** PostgreSQL when a URL is given, otherwise the embedded PGlite under ./data/. */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    return openPostgres(options.databaseUrl, options.schema ? { schema: options.schema } : {});
  }
  const dir = options.dataDir ?? './data/pglite';
  if (dir === 'memory') return openPglite();
  await mkdir(dir, { recursive: true });
  return openPglite(dir);
}
