import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createApiDeps, createJobHandler, createMailer, DEMO_LOGINS, DEMO_PASSWORD, DEMO_TENANT_CODE, seedCatalogTenants, seedDemoTenant } from '@signoff/api';
import { migrate, openDatabase, startJobLoop, type Database } from '@signoff/db';
import { createServer } from './create-server.js';

export interface StartOptions {
  port?: number;
  host?: string;
  databaseUrl?: string | undefined;
  dataDir?: string;
  seedDemo?: boolean;
  webDir?: string;
  logLevel?: string;
  /** run this process's share of the job queue (timers, reminders, webhooks); default true */
  jobs?: boolean;
  jobPollMs?: number;
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
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  });
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir ?? './data/pglite' });
  const migrated = await migrate(db);
  logger.info({ database: db.kind, applied: migrated.applied.map((m) => m.version), current: migrated.current }, 'database ready');
  // SMTP_URL (smtp://user:pass@host:587) turns e-mail on; without it notices stay in the app
  const deps = createApiDeps(db, { mailer: createMailer({ url: process.env.SMTP_URL, from: process.env.SMTP_FROM }) });
  if (options.seedDemo) {
    const seeded = await seedDemoTenant(deps);
    logger.info({ created: seeded.created, tenant: DEMO_TENANT_CODE }, 'demo tenant ready');
    const catalogs = await seedCatalogTenants(deps);
    logger.info({ tenants: catalogs.map((c) => ({ code: c.tenantCode, created: c.created })) }, 'catalog demo tenants ready');
  }
  const app = await createServer({ deps, webDir: options.webDir ?? DEFAULT_WEB_DIR, logger });
  const address = await app.listen({ port: options.port ?? 3000, host: options.host ?? '127.0.0.1' });
  // Every process runs a loop; they share the work through the database (SKIP LOCKED).
  const jobs =
    options.jobs === false
      ? null
      : startJobLoop({
          db,
          handler: createJobHandler(deps),
          pollMs: options.jobPollMs ?? 1000,
          onOutcome: (o) => {
            if (o.kind === 'failed') logger.warn({ job: o.job.id, kind: o.job.kind, error: o.error }, 'job failed, will retry');
          },
          onError: (err) => logger.error({ err }, 'job loop error'),
        });
  let closing: Promise<void> | undefined;
  return {
    url: address.replace('[::1]', 'localhost'),
    db,
    close() {
      closing ??= (async () => {
        await app.close();
        await jobs?.stop();
        deps.mailer?.close();
        await db.close();
      })();
      return closing;
    },
  };
}

export function demoLoginLines(): string[] {
  return DEMO_LOGINS.map((d) => `  ${d.login.padEnd(10)} ${DEMO_PASSWORD}   ${d.name} · ${d.role.zh} / ${d.role.en}`);
}
