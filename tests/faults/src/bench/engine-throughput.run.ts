import { afterAll, beforeAll, describe, it } from 'vitest';
import { isQuick, ratioOf, writeResult, type BenchRow } from '../../../../scripts/bench/result.js';
import { DATABASE_URL } from '../harness/fault-size.js';
import { leaveTemplateId } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { demoPeople, round, runLoad } from './engine-load.js';
import { taskFromDatabase } from './leave-cycle.js';
import { pgbenchInit, pgbenchTps } from './pgbench.js';
import { statementCeilings } from './statement-ceilings.js';

const QUICK = isQuick();
const SECONDS = QUICK ? 3 : 20;
const CLIENTS = QUICK ? [4] : [1, 4, 16, 64];
const GOAL_RATIO = 0.5;
const GOAL_P99_MS = 50;

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
    [server] = await Promise.all([
      startServerProcess({ databaseUrl: app.url, seedDemo: true }),
      pgbenchInit(baseline.url),
    ]);
  });
  afterAll(async () => {
    await server?.stop();
    await app?.drop();
    await baseline?.drop();
  });

  it('measures actions per second, p50 and p99 at each client count', async () => {
    // one session per person, shared by the clients: each request still resolves its session
    const people = await demoPeople(server.url);
    const target = {
      people,
      templateId: await leaveTemplateId(app.sql),
      nextTask: taskFromDatabase(app.sql),
    };
    const rows: BenchRow[] = [];
    for (const clients of CLIENTS) {
      const p = await runLoad(target, clients, SECONDS);
      const tps = await pgbenchTps(baseline.url, clients, SECONDS);
      const ratio = ratioOf(p.perSecond, tps);
      const at = `${clients} client${clients === 1 ? '' : 's'}`;
      const p99Goal = clients === 16 ? { goal: `p99 < ${GOAL_P99_MS} ms`, met: p.p99 < GOAL_P99_MS } : {};
      rows.push(
        {
          measure: `actions/s, ${at} (ratio = actions/s ÷ pgbench TPS)`,
          value: round(p.perSecond),
          unit: 'actions/s',
          baseline: { name: `pgbench TPC-B TPS, ${at}`, value: Math.round(tps), unit: 'TPS' },
          ...(ratio === undefined ? {} : { ratio }),
          goal: `≥ ${GOAL_RATIO}×`,
          met: (ratio ?? 0) >= GOAL_RATIO,
        },
        { measure: `p50 per action, ${at}`, value: round(p.p50), unit: 'ms' },
        { measure: `p99 per action, ${at}`, value: round(p.p99), unit: 'ms', ...p99Goal },
        {
          measure: `failed actions, ${at}`,
          value: p.failed,
          unit: 'actions',
          goal: '= 0',
          met: p.failed === 0,
        },
      );
    }
    const ceilings = await statementCeilings();
    if (ceilings)
      rows.push(
        {
          measure: 'statements per submit (ceiling asserted by statements-per-action.test.ts)',
          value: ceilings.submit,
          unit: 'statements',
          goal: '≤ 12',
          met: ceilings.submit <= 12,
        },
        {
          measure: 'statements per approval (ceiling asserted by statements-per-action.test.ts)',
          value: ceilings.approve,
          unit: 'statements',
          goal: '≤ 8',
          met: ceilings.approve <= 8,
        },
      );
    const path = writeResult({
      bench: 'engine',
      title: 'Approval actions over HTTP against pgbench',
      rows,
      notes: [
        `Each client loops: 张三 submits a 3-day leave, 李四 approves, 王五 approves, for ${SECONDS} s; an action is one of the three calls, p50/p99 are per action.`,
        `pgbench -n -c C -j 2 -T ${SECONDS} (TPC-B, scale 10) runs on another database of the same PostgreSQL 15 right after each engine window.`,
        'One session per person, shared by the clients; the next task is read from the database outside the server.',
      ],
    });
    console.log(`[bench engine] ${path}\n${JSON.stringify(rows, null, 2)}`);
  });
});
