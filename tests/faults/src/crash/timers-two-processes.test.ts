import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, sized } from '../harness/fault-size.js';
import { login } from '../harness/http-session.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { makeTimersDue, notFiredOnce, timerCounts, waitForQuietQueue } from './crash-checks.js';
import { submitTrip } from './load-driver.js';

const REQUESTS = sized(20, 60);

/**
 * The crash test's timers without the crashes: two processes polling one queue, and a request's
 * reminder and deadline falling due at the same moment. Each must fire once, on time, and not as a
 * failed job: nobody else touches these requests, so a conflict here is the two jobs colliding.
 */
describe.runIf(DATABASE_URL)('timers of one request on two server processes', () => {
  let db: ScratchDatabase | undefined;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    db = await createScratchDatabase(DATABASE_URL ?? '');
    servers.push(await startServerProcess({ databaseUrl: db.url, seedDemo: true }));
    servers.push(await startServerProcess({ databaseUrl: db.url }));
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await db?.drop();
  });

  it('a reminder and a deadline due together each fire once, and no timer job fails', async () => {
    const first = servers[0];
    if (!db || !first) throw new Error('setup failed');
    const { sql } = db;
    const zhang = await login(first.url, 'zhang.san');
    const [trip] = await sql<{ id: string }[]>`SELECT id FROM templates WHERE key = 'trip'`;
    if (!trip) throw new Error('the demo tenant has no trip template');
    const ids: string[] = [];
    for (let k = 0; k < REQUESTS; k++) {
      const r = await submitTrip(zhang, trip.id, k);
      if (!r.ok) throw new Error(`trip refused: ${r.raw}`);
      ids.push(r.data.id);
    }
    await makeTimersDue(sql, ids);
    const drainedMs = await waitForQuietQueue(sql);

    const failed = await sql<{ instance: string; kind: string; error: string }[]>`
      SELECT payload->>'instanceId' AS instance, payload->>'timerKind' AS kind, last_error AS error
      FROM jobs WHERE kind = 'timer' AND last_error IS NOT NULL`;
    const counts = await timerCounts(sql, ids);
    const wrong = notFiredOnce(counts);
    console.log(
      `[crash timers] ${REQUESTS} requests × 2 timers due at once on 2 processes: drained in ${drainedMs} ms, ${failed.length} timer jobs failed (${failed[0]?.error ?? 'none'}), ${wrong.length} requests not fired once each`,
    );
    expect(failed, JSON.stringify(failed.slice(0, 3))).toEqual([]);
    expect(wrong, JSON.stringify(wrong.slice(0, 2))).toEqual([]);
  });
});
