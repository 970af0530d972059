import type { Command } from 'commander';
import { createApiDeps } from '@signoff/api';
import {
  catalogDemoLoginLines,
  DEMO_TENANT_CODE,
  seedCatalogTenants,
  seedDemoTenant,
  seedDemoTripTemplate,
} from '@signoff/api/demo';
import { migrate, openDatabase } from '@signoff/db';
import { demoLoginLines, startServer } from '@signoff/server';

interface DbFlags {
  dataDir: string;
}

const dataDirOption = [
  '--data-dir <dir>',
  'where the embedded database keeps its files (ignored with DATABASE_URL)',
  './data/pglite',
] as const;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`端口无效 / invalid port: ${value} (0–65535)`);
  }
  return port;
}

export function registerServerCommands(program: Command): void {
  program
    .command('start')
    .description('start the server: API, web app and job loop on one port')
    .option('--port <port>', 'port to listen on (or PORT)', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to bind', process.env.HOST ?? '127.0.0.1')
    .option(...dataDirOption)
    .option('--seed-demo', 'create the demo tenant on first start', false)
    .option(
      '--test-clock',
      'tests only: POST /test/clock { advanceHours } moves the server clock and runs due jobs (refused when NODE_ENV=production)',
      false,
    )
    .action(
      async (flags: DbFlags & { port: string; host: string; seedDemo: boolean; testClock: boolean }) => {
        const server = await startServer({
          port: parsePort(flags.port),
          host: flags.host,
          databaseUrl: process.env.DATABASE_URL,
          dataDir: flags.dataDir,
          seedDemo: flags.seedDemo,
          testClock: flags.testClock,
          // another build of the web app (a test run's own); by default the repository's apps/web/dist
          ...(process.env.SIGNOFF_WEB_DIR ? { webDir: process.env.SIGNOFF_WEB_DIR } : {}),
        });
        const lines = [
          '',
          `Signoff is running at ${server.url}`,
          `database: ${server.db.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${flags.dataDir}`}`,
          ...(flags.seedDemo
            ? ['', `Demo logins (company code / 企业代码: ${DEMO_TENANT_CODE}):`, ...demoLoginLines()]
            : []),
          ...(flags.seedDemo
            ? ['', 'Starter catalogs (company code / 企业代码, logins):', ...catalogDemoLoginLines()]
            : []),
          ...(flags.testClock
            ? [
                '',
                'TEST CLOCK ON / 测试时钟已开启: POST /test/clock {"advanceHours": n} moves time forward (this machine only)',
              ]
            : []),
          '',
          'Press Ctrl+C to stop.',
          '',
        ];
        process.stdout.write(lines.join('\n'));
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.stdout.write('\nstopping…\n');
            void server.close().then(resolve);
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      },
    );

  program
    .command('migrate')
    .description('apply pending database migrations')
    .option(...dataDirOption)
    .action(async (flags: DbFlags) => {
      const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: flags.dataDir });
      try {
        const result = await migrate(db);
        process.stdout.write(
          result.applied.length === 0
            ? `database is up to date (version ${result.current})\n`
            : `applied ${result.applied.map((m) => `${m.version} ${m.name}`).join(', ')}; now at version ${result.current}\n`,
        );
      } finally {
        await db.close();
      }
    });

  program
    .command('seed-demo')
    .description(
      'create the demo tenants: demo (leave form), real-estate and small-company (starter catalogs); skips those that exist',
    )
    .option(...dataDirOption)
    .action(async (flags: DbFlags) => {
      const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: flags.dataDir });
      try {
        await migrate(db);
        const result = await seedDemoTenant(createApiDeps(db));
        await seedDemoTripTemplate(createApiDeps(db));
        process.stdout.write(
          result.created
            ? `demo tenant created (company code ${DEMO_TENANT_CODE})\n${demoLoginLines().join('\n')}\n`
            : `demo tenant already exists (company code ${DEMO_TENANT_CODE}); nothing changed\n`,
        );
        const catalogs = await seedCatalogTenants(createApiDeps(db));
        for (const c of catalogs) {
          process.stdout.write(
            `${c.tenantCode}: ${c.created ? `created with the ${c.catalog} catalog (${c.templates} flows)` : 'already exists; nothing changed'}\n`,
          );
        }
        if (catalogs.some((c) => c.created)) process.stdout.write(`${catalogDemoLoginLines().join('\n')}\n`);
      } finally {
        await db.close();
      }
    });
}
