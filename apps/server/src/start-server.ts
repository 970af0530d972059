import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { allowHostsFrom, createApiDeps, createJobHandler, createMailer } from '@signoff/api';
import {
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_TENANT_CODE,
  seedCatalogTenants,
  seedDemoTenant,
  seedDemoTripTemplate,
} from '@signoff/api/demo';
import { migrate, openDatabase, type Database } from '@signoff/db';
import { createServer } from './create-server.js';
import { trustProxyFrom } from './request-security.js';
import { jobRunner } from './job-runner.js';
import { assertTestClockAllowed, createTestClock } from './test-clock.js';

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
  /**
   * The clock is real time plus an offset that `POST /test/clock { advanceHours }` moves forward
   * (running the jobs then due), for browser tests of deadlines. Refused when NODE_ENV=production.
   */
  testClock?: boolean;
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
    redact: [
      'req.headers.cookie',
      'req.headers["x-csrf-token"]',
      'req.headers.authorization',
      'res.headers["set-cookie"]',
    ],
  });
  // refused before anything is opened, so a production start fails at once and changes nothing
  if (options.testClock) assertTestClockAllowed();
  const clock = options.testClock ? createTestClock() : undefined;
  const db = await openDatabase({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir ?? './data/pglite',
  });
  const migrated = await migrate(db);
  logger.info(
    { database: db.kind, applied: migrated.applied.map((m) => m.version), current: migrated.current },
    'database ready',
  );
  // SMTP_URL (smtp://user:pass@host:587) turns e-mail on; without it notices stay in the app
  const deps = createApiDeps(db, {
    mailer: createMailer({ url: process.env.SMTP_URL, from: process.env.SMTP_FROM }),
    // on-premise receivers the operator allows although their addresses are private
    webhookTargets: { allowHosts: allowHostsFrom(process.env.WEBHOOK_ALLOW_HOSTS) },
    ...(clock ? { clock: clock.now } : {}),
  });
  if (options.seedDemo) {
    const seeded = await seedDemoTenant(deps);
    await seedDemoTripTemplate(deps);
    logger.info({ created: seeded.created, tenant: DEMO_TENANT_CODE }, 'demo tenant ready');
    const catalogs = await seedCatalogTenants(deps);
    logger.info(
      { tenants: catalogs.map((c) => ({ code: c.tenantCode, created: c.created })) },
      'catalog demo tenants ready',
    );
  }
  // Every process runs a loop; they share the work through the database (SKIP LOCKED).
  const jobs = jobRunner({
    db,
    handler: createJobHandler(deps),
    clock: deps.clock,
    pollMs: options.jobPollMs ?? 1000,
    background: options.jobs !== false,
    onOutcome: (o) => {
      if (o.kind === 'failed')
        logger.warn({ job: o.job.id, kind: o.job.kind, error: o.error }, 'job failed, will retry');
    },
    onError: (err) => logger.error({ err }, 'job loop error'),
  });
  const testClock = clock
    ? {
        advanceHours: async (hours: number) => {
          const now = clock.advanceHours(hours);
          const ran = await jobs.runDue();
          logger.info({ advancedHours: hours, now: now.toISOString(), jobsRun: ran }, 'test clock moved');
          return clock.now();
        },
      }
    : undefined;
  if (clock)
    logger.warn("test clock on: POST /test/clock moves this server's time (never use it in production)");
  const app = await createServer({
    deps,
    webDir: options.webDir ?? DEFAULT_WEB_DIR,
    logger,
    // parsed before anything listens: a TRUST_PROXY the operator mistyped stops the start with its reason
    trustProxy: trustProxyFrom(process.env.TRUST_PROXY),
    ...(process.env.PUBLIC_URL ? { publicUrl: process.env.PUBLIC_URL } : {}),
    ...(testClock ? { testClock } : {}),
  });
  const address = await app.listen({ port: options.port ?? 3000, host: options.host ?? '127.0.0.1' });
  jobs.start();
  let closing: Promise<void> | undefined;
  return {
    url: address.replace('[::1]', 'localhost'),
    db,
    close() {
      closing ??= (async () => {
        await app.close();
        await jobs.stop();
        deps.mailer?.close();
        await db.close();
      })();
      return closing;
    },
  };
}

export function demoLoginLines(): string[] {
  return DEMO_LOGINS.map(
    (d) => `  ${d.login.padEnd(10)} ${DEMO_PASSWORD}   ${d.name} · ${d.role.zh} / ${d.role.en}`,
  );
}
