import { afterAll, beforeAll, describe, it } from 'vitest';
import { isQuick, ratioOf, writeResult, type BenchRow } from '../../../../scripts/bench/result.js';
import { DATABASE_URL } from '../harness/fault-size.js';
import { leaveTemplateId } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { demoPeople, mergeLoad, round, runLoad, type LoadPoint, type LoadTarget } from './engine-load.js';
import { growDemoOrg } from './grow-org.js';
import { taskFromDatabase } from './leave-cycle.js';

const QUICK = isQuick();
const CLIENTS = QUICK ? [4] : [4, 16];
/** windows per size and client count, taken in the order small, big, big, small, … so drift cancels */
const ROUNDS = QUICK ? 1 : 2;
const SECONDS = QUICK ? 2 : 10;
const PEOPLE = 1000;
const GOAL = 0.95;

async function peopleIn(db: ScratchDatabase): Promise<number> {
  const [row] = await db.sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE t.code = 'demo' AND u.active`;
  return row?.n ?? 0;
}

/**
 * Issue 15: org size must not matter. Two `signoff start` processes on two scratch databases of
 * the same PostgreSQL: the demo tenant as seeded, and the same tenant grown to 1000 people through
 * the org import (divisions with heads, 35 more beside 张三 in 工程部). The same leave loop runs
 * against each in turn, interleaved, and the ratio big ÷ small is the figure. The demo tenant
 * is seeded with 5 people (the database holds 49 with the catalog tenants).
 */
describe.runIf(DATABASE_URL)('engine throughput with a 1000-person company', () => {
  let smallDb: ScratchDatabase;
  let bigDb: ScratchDatabase | undefined;
  let small: ServerProcess;
  let big: ServerProcess | undefined;
  beforeAll(async () => {
    if (QUICK) {
      // the smoke size spares the second start (the slow part): one process, measured before and after it grows
      smallDb = await createScratchDatabase(DATABASE_URL ?? '', 'bench_org');
      small = await startServerProcess({ databaseUrl: smallDb.url, seedDemo: true });
      return;
    }
    const [a, b] = await Promise.all([
      createScratchDatabase(DATABASE_URL ?? '', 'bench_small'),
      createScratchDatabase(DATABASE_URL ?? '', 'bench_big'),
    ]);
    [smallDb, bigDb] = [a, b];
    [small, big] = await Promise.all([
      startServerProcess({ databaseUrl: a.url, seedDemo: true }),
      startServerProcess({ databaseUrl: b.url, seedDemo: true }),
    ]);
    await growDemoOrg(big.url, PEOPLE);
  });
  afterAll(async () => {
    await Promise.all([small?.stop(), big?.stop()]);
    await Promise.all([smallDb?.drop(), bigDb?.drop()]);
  });

  it('runs as fast with 1000 people as with the demo few', async () => {
    const targetOf = async (url: string, db: ScratchDatabase): Promise<LoadTarget> => ({
      people: await demoPeople(url),
      templateId: await leaveTemplateId(db.sql),
      nextTask: taskFromDatabase(db.sql),
    });
    const windows = new Map<string, Record<'small' | 'big', LoadPoint[]>>(
      CLIENTS.map((c) => [String(c), { small: [], big: [] }]),
    );
    const measure = async (size: 'small' | 'big', target: LoadTarget, clients: number) =>
      windows.get(String(clients))?.[size].push(await runLoad(target, clients, SECONDS));
    let smallPeople: number;
    let bigPeople: number;
    if (!bigDb || !big) {
      const target = await targetOf(small.url, smallDb);
      smallPeople = await peopleIn(smallDb);
      await runLoad(target, 1, 1);
      for (const clients of CLIENTS) await measure('small', target, clients);
      await growDemoOrg(small.url, PEOPLE);
      bigPeople = await peopleIn(smallDb);
      for (const clients of CLIENTS) await measure('big', target, clients);
    } else {
      [smallPeople, bigPeople] = [await peopleIn(smallDb), await peopleIn(bigDb)];
      const targets = { small: await targetOf(small.url, smallDb), big: await targetOf(big.url, bigDb) };
      // one unmeasured window each, so both processes have warmed what they cache before the first figure
      await runLoad(targets.small, 1, 1);
      await runLoad(targets.big, 1, 1);
      for (const clients of CLIENTS)
        for (let r = 0; r < ROUNDS; r++) {
          const order = r % 2 === 0 ? (['small', 'big'] as const) : (['big', 'small'] as const);
          for (const size of order) await measure(size, targets[size], clients);
        }
    }
    const rows: BenchRow[] = [];
    for (const clients of CLIENTS) {
      const w = windows.get(String(clients)) ?? { small: [], big: [] };
      const s = mergeLoad(w.small);
      const b = mergeLoad(w.big);
      const ratio = ratioOf(b.perSecond, s.perSecond);
      const at = `${clients} clients`;
      rows.push(
        {
          measure: `actions/s, ${at}, ${bigPeople} people (ratio = ÷ the same tenant at ${smallPeople} people)`,
          value: round(b.perSecond),
          unit: 'actions/s',
          baseline: {
            name: `demo tenant as seeded (${smallPeople} people), ${at}`,
            value: round(s.perSecond),
            unit: 'actions/s',
          },
          ...(ratio === undefined ? {} : { ratio }),
          goal: `≥ ${GOAL}×`,
          met: (ratio ?? 0) >= GOAL,
        },
        {
          measure: `p50 per action, ${at}, ${bigPeople} people`,
          value: round(b.p50),
          unit: 'ms',
          baseline: { name: `${smallPeople} people`, value: round(s.p50), unit: 'ms' },
        },
        {
          measure: `p99 per action, ${at}, ${bigPeople} people`,
          value: round(b.p99),
          unit: 'ms',
          baseline: { name: `${smallPeople} people`, value: round(s.p99), unit: 'ms' },
        },
        {
          measure: `failed actions, ${at}, both sizes`,
          value: b.failed + s.failed,
          unit: 'actions',
          goal: '= 0',
          met: b.failed + s.failed === 0,
        },
      );
    }
    const path = writeResult({
      bench: 'engine-org',
      title: `Approval actions over HTTP with ${PEOPLE} people in the company against the demo few`,
      rows,
      notes: [
        QUICK
          ? `Smoke size: one server process, ${SECONDS} s at the demo size, then grown through the org import and ${SECONDS} s again (not interleaved).`
          : `Two server processes on two databases of the same PostgreSQL 15; the big tenant was grown through the org import (CSV: departments, positions, people). Per client count, ${ROUNDS} windows of ${SECONDS} s per size, taken small, big, big, small; one unmeasured window each before.`,
        'The loop is the engine bench’s: 张三 submits a 3-day leave, 李四 and 王五 approve; the next task is read from the database.',
      ],
    });
    console.log(`[bench engine-org] ${path}\n${JSON.stringify(rows, null, 2)}`);
  });
});
