import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DATABASE_URL } from '../harness/fault-size.js';
import { login } from '../harness/http-session.js';
import { leaveTemplateId } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { leaveCycles, percentile, type CycleStats } from './leave-cycle.js';
import { pgbenchInit, pgbenchTps } from './pgbench.js';

const QUICK = process.env.BENCH_QUICK === '1';
const SECONDS = QUICK ? 3 : 20;
const CLIENTS = QUICK ? [1, 4] : [1, 4, 16, 64];
const OUT = process.env.BENCH_OUT ?? new URL('../../../../docs/bench/engine.json', import.meta.url).pathname;

/**
 * Issue 15, the engine over HTTP beside pgbench: a `signoff start` process on a scratch
 * PostgreSQL database, C clients each looping submit + two approvals of a 3-day leave for
 * SECONDS, then pgbench TPC-B (scale 10) with C connections on the same server. Ratios, not
 * absolute numbers, are what to compare across machines. `BENCH_QUICK=1` is the smoke size.
 */
describe.runIf(DATABASE_URL)('engine throughput against pgbench', () => {
  let app: ScratchDatabase;
  let baseline: ScratchDatabase;
  let server: ServerProcess;
  beforeAll(async () => {
    app = await createScratchDatabase(DATABASE_URL ?? '', 'bench');
    baseline = await createScratchDatabase(DATABASE_URL ?? '', 'pgbench');
    server = await startServerProcess({ databaseUrl: app.url, seedDemo: true });
    await pgbenchInit(baseline.url);
  });
  afterAll(async () => {
    await server?.stop();
    await app?.drop();
    await baseline?.drop();
  });

  it('measures actions per second, p50 and p99 at each client count', async () => {
    // one session per person, shared by the clients: each request still resolves its session
    const [zhang, li, wang] = await Promise.all(
      ['zhang.san', 'li.si', 'wang.wu'].map((u) => login(server.url, u)),
    );
    if (!zhang || !li || !wang) throw new Error('login failed');
    const templateId = await leaveTemplateId(app.sql);
    const rows: Record<string, number>[] = [];
    for (const clients of CLIENTS) {
      const stats: CycleStats = { actions: 0, failed: 0, latencies: [] };
      const started = performance.now();
      const until = Date.now() + SECONDS * 1000;
      await Promise.all(
        Array.from({ length: clients }, () =>
          leaveCycles({ zhang, li, wang, templateId, db: app, until, stats }),
        ),
      );
      const seconds = (performance.now() - started) / 1000;
      const sorted = [...stats.latencies].sort((a, b) => a - b);
      const tps = await pgbenchTps(baseline.url, clients, SECONDS);
      const perSecond = stats.actions / seconds;
      rows.push({
        clients,
        actionsPerSecond: Math.round(perSecond * 10) / 10,
        p50ms: Math.round(percentile(sorted, 50) * 10) / 10,
        p99ms: Math.round(percentile(sorted, 99) * 10) / 10,
        failed: stats.failed,
        pgbenchTps: Math.round(tps),
        ratio: Math.round((perSecond / tps) * 1000) / 1000,
      });
    }
    const report = {
      bench: 'engine',
      at: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
      seconds: SECONDS,
      rows,
    };
    console.log(JSON.stringify(report, null, 2));
    if (!QUICK) await writeFile(OUT, `${JSON.stringify(report, null, 2)}\n`);
  });
});
