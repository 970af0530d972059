import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { isQuick, ratioOf, writeResult, type BenchRow } from '../../../../scripts/bench/result.js';
import { DATABASE_URL } from '../harness/fault-size.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { demoPeople, mergeLoad, round, runLoad, type LoadPoint, type LoadTarget } from './engine-load.js';
import { taskFromServer } from './leave-cycle.js';
import { busy, perAction, pgliteNotes } from './pglite-notes.js';

const QUICK = isQuick();
const CLIENTS = QUICK ? [4] : [1, 4];
const ROUNDS = QUICK ? 1 : 2;
const SECONDS = QUICK ? 3 : 10;

type Backend = 'pglite' | 'postgres';

async function leaveTemplate(target: Pick<LoadTarget, 'people'>): Promise<string> {
  const r = await target.people.zhang.query<{ key: string; templateId: string }[]>('forms.listPublished');
  const id = r.ok ? r.data.find((f) => f.key === 'leave')?.templateId : undefined;
  if (!id) throw new Error('the demo tenant has no published leave form');
  return id;
}

/**
 * Issue 15, what a newcomer gets: `signoff start` with no DATABASE_URL runs on the embedded PGlite
 * (PostgreSQL compiled to WebAssembly, inside the server's own process, one connection). The same
 * leave loop against it and against a process on PostgreSQL 15, interleaved in one run, with the
 * CPU each used (/proc): the figure that says what limits PGlite. The next task is asked of the
 * server for both (no other process can open PGlite's files), so that read is part of the load.
 */
describe.runIf(DATABASE_URL)('engine throughput on PGlite against PostgreSQL', () => {
  let dataDir: string;
  let pgDb: ScratchDatabase;
  let servers: Record<Backend, ServerProcess>;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'signoff-bench-pglite-'));
    pgDb = await createScratchDatabase(DATABASE_URL ?? '', 'bench_pg');
    const [pglite, postgres] = await Promise.all([
      startServerProcess({ databaseUrl: '', dataDir, seedDemo: true }),
      startServerProcess({ databaseUrl: pgDb.url, seedDemo: true }),
    ]);
    servers = { pglite, postgres };
  });
  afterAll(async () => {
    await Promise.all([servers?.pglite.stop(), servers?.postgres.stop()]);
    await pgDb?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('measures PGlite beside PostgreSQL, and the CPU of each', async () => {
    const targets = {} as Record<Backend, LoadTarget>;
    for (const backend of ['pglite', 'postgres'] as const) {
      const server = servers[backend];
      const people = await demoPeople(server.url);
      targets[backend] = {
        people,
        templateId: await leaveTemplate({ people }),
        nextTask: taskFromServer(),
        serverPid: server.pid(),
        backends: backend === 'postgres' ? { sql: pgDb.sql, database: pgDb.name } : undefined,
      };
      await runLoad(targets[backend], 1, 1); // warm what each process caches
    }
    const rows: BenchRow[] = [];
    const points: { clients: number; pglite: LoadPoint; postgres: LoadPoint }[] = [];
    for (const clients of CLIENTS) {
      const w: Record<Backend, LoadPoint[]> = { pglite: [], postgres: [] };
      for (let r = 0; r < ROUNDS; r++) {
        const order = r % 2 === 0 ? (['postgres', 'pglite'] as const) : (['pglite', 'postgres'] as const);
        for (const b of order) w[b].push(await runLoad(targets[b], clients, SECONDS));
      }
      const lite = withCpu(w.pglite);
      const pg = withCpu(w.postgres);
      points.push({ clients, pglite: lite, postgres: pg });
      const ratio = ratioOf(lite.perSecond, pg.perSecond);
      const at = `${clients} client${clients === 1 ? '' : 's'}`;
      rows.push(
        {
          measure: `actions/s, ${at}, PGlite (ratio = ÷ PostgreSQL)`,
          value: round(lite.perSecond),
          unit: 'actions/s',
          baseline: { name: `PostgreSQL 15, ${at}`, value: round(pg.perSecond), unit: 'actions/s' },
          ...(ratio === undefined ? {} : { ratio }),
          goal: 'measured and explained',
        },
        {
          measure: `p50 per action, ${at}, PGlite`,
          value: round(lite.p50),
          unit: 'ms',
          baseline: { name: 'PostgreSQL 15', value: round(pg.p50), unit: 'ms' },
        },
        {
          measure: `p99 per action, ${at}, PGlite`,
          value: round(lite.p99),
          unit: 'ms',
          baseline: { name: 'PostgreSQL 15', value: round(pg.p99), unit: 'ms' },
        },
        {
          measure: `server main thread busy, ${at}, PGlite (% of one core)`,
          value: round(busy(lite.cpu?.mainThread, lite.seconds)),
          unit: '%',
          baseline: {
            name: 'PostgreSQL 15: server main thread',
            value: round(busy(pg.cpu?.mainThread, pg.seconds)),
            unit: '%',
          },
        },
        {
          measure: `server main thread ready but waiting for a core, ${at}, PGlite (% of the wall time)`,
          value: round(busy(lite.cpu?.mainThreadWaitingForCpu, lite.seconds)),
          unit: '%',
          baseline: {
            name: 'PostgreSQL 15: server main thread',
            value: round(busy(pg.cpu?.mainThreadWaitingForCpu, pg.seconds)),
            unit: '%',
          },
        },
        {
          // the most one thread can give: what PGlite reaches when its thread has a core to itself
          measure: `ceiling: actions/s if the main thread had a whole core, ${at}, PGlite (1000 ÷ main-thread CPU ms per action)`,
          value: round(ceiling(lite)),
          unit: 'actions/s',
          baseline: {
            name: 'PostgreSQL 15: the same for its server main thread',
            value: round(ceiling(pg)),
            unit: 'actions/s',
          },
        },
        {
          measure: `CPU per action, ${at}, PGlite (server process, database inside)`,
          value: round(perAction(lite.cpu?.process, lite.actions)),
          unit: 'ms',
          baseline: {
            name: 'PostgreSQL 15: server process + its backends',
            value: round(perAction((pg.cpu?.process ?? 0) + (pg.cpu?.backends ?? 0), pg.actions)),
            unit: 'ms',
          },
        },
        {
          measure: `failed actions, ${at}, both`,
          value: lite.failed + pg.failed,
          unit: 'actions',
          goal: '= 0',
          met: lite.failed + pg.failed === 0,
        },
      );
    }
    const path = writeResult({
      bench: 'engine-pglite',
      title: 'Approval actions over HTTP on the embedded PGlite against PostgreSQL',
      rows,
      notes: pgliteNotes(points, { rounds: ROUNDS, seconds: SECONDS }),
    });
    console.log(`[bench engine-pglite] ${path}\n${JSON.stringify(rows, null, 2)}`);
  });
});

/** 1000 ms ÷ the main thread's CPU ms per action: the throughput at which that thread would be busy all the time. */
function ceiling(p: LoadPoint): number {
  const ms = perAction(p.cpu?.mainThread, p.actions);
  return ms > 0 ? 1000 / ms : 0;
}

/** The windows as one, with their CPU summed. */
function withCpu(windows: LoadPoint[]): LoadPoint {
  const sum = (f: (c: NonNullable<LoadPoint['cpu']>) => number | undefined) =>
    windows.reduce((s, p) => s + (p.cpu ? (f(p.cpu) ?? 0) : 0), 0);
  return {
    ...mergeLoad(windows),
    cpu: {
      process: sum((c) => c.process),
      mainThread: sum((c) => c.mainThread),
      mainThreadWaitingForCpu: sum((c) => c.mainThreadWaitingForCpu),
      backends: sum((c) => c.backends),
    },
  };
}
