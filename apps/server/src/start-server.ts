import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createApiDeps, DEMO_LOGINS, DEMO_PASSWORD, DEMO_TENANT_CODE, seedDemoTenant } from '@signoff/api';
import { migrate, openDatabase, type Database } from '@signoff/db';
import { createServer } from './create-server.js';

export interface StartOptions {
  port?: number;
  host?: string;
  databaseUrl?: string | undefined;
  dataDir?: string;
  seedDemo?: boolean;
  webDir?: string;
  logLevel?: string;
}

export interface RunningServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Opens the database, migrates, optionally seeds the demo tenant, and listens. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const logger = pino({
    level: options.logLevel ?? process.env.LOG_LEVEL ?? 'info',
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
  });
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir ?? './data/pglite' });
  const migrated = await migrate(db);
  logger.info({ database: db.kind, applied: migrated.applied.map((m) => m.version), current: migrated.current }, 'database ready');
  const deps = createApiDeps(db);
  if (options.seedDemo) {
    const seeded = await seedDemoTenant(deps);
    logger.info({ created: seeded.created, tenant: DEMO_TENANT_CODE }, 'demo tenant ready');
  }
  const app = await createServer({ deps, webDir: options.webDir ?? DEFAULT_WEB_DIR, logger });
  const address = await app.listen({ port: options.port ?? 3000, host: options.host ?? '127.0.0.1' });
  let closing: Promise<void> | undefined;
  return {
    url: address.replace('[::1]', 'localhost'),
    db,
    close() {
      closing ??= (async () => {
        await app.close();
        await db.close();
      })();
      return closing;
    },
  };
}

export function demoLoginLines(): string[] {
  return DEMO_LOGINS.map((d) => `  ${d.login.padEnd(10)} ${DEMO_PASSWORD}   ${d.name} · ${d.role.zh} / ${d.role.en}`);
}
