import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, sized } from '../harness/fault-size.js';
import { callAnonymous, DEMO_PASSWORD } from '../harness/http-session.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';

const RATE_PER_S = 50;
const SECONDS = sized(5, 30);
const LOGINS = ['zhang.san', 'li.si', 'wang.wu', 'zhao.liu', 'admin', 'ghost.1', 'ghost.2', 'nobody'];

// Issue 16 "Accounts": credential stuffing from one address across real and unknown logins.
describe.runIf(DATABASE_URL)('credential stuffing against a server process', () => {
  let db: ScratchDatabase;
  let server: ServerProcess;
  beforeAll(async () => {
    db = await createScratchDatabase(DATABASE_URL ?? '');
    server = await startServerProcess({ databaseUrl: db.url, seedDemo: true });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it(`${RATE_PER_S}/s for ${SECONDS}s: at most the per-address limit is evaluated, the planted password is not learnt`, async () => {
    const total = RATE_PER_S * SECONDS;
    // the one right password sits past the per-address allowance, as in a real list
    const plantedAt = Math.floor(total / 2);
    const counts = new Map<string, number>();
    let plantedAnswer = '';
    const started = Date.now();
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const planted = i === plantedAt;
      const attempt = callAnonymous(server.url, 'auth.login', {
        tenantCode: 'demo',
        login: planted ? 'zhang.san' : (LOGINS[i % LOGINS.length] ?? 'nobody'),
        password: planted ? DEMO_PASSWORD : `Guess-${i}-2026`,
      }).then((r) => {
        const key = r.ok ? 'signedIn' : (r.error?.data?.appError?.messageKey ?? `http ${r.status}`);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (planted) plantedAnswer = key;
      });
      inFlight.push(attempt);
      // pace to the rate by the wall clock, not by answers: an attacker does not wait
      const due = started + ((i + 1) * 1000) / RATE_PER_S;
      await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
    }
    await Promise.all(inFlight);
    const evaluated = (counts.get('errors.badLogin') ?? 0) + (counts.get('signedIn') ?? 0);
    const refused = (counts.get('errors.tooManyLogins') ?? 0) + (counts.get('errors.accountLocked') ?? 0);
    console.info(
      JSON.stringify({
        total,
        seconds: (Date.now() - started) / 1000,
        evaluated,
        refused,
        plantedAnswer,
        counts: [...counts],
      }),
    );
    // the server allows 20 logins a minute per address; the run stays inside one minute
    expect(evaluated).toBeLessThanOrEqual(20);
    expect(evaluated + refused).toBe(total);
    expect(plantedAnswer).toBe('errors.tooManyLogins');
    expect(counts.get('signedIn') ?? 0).toBe(0);
  }, 120_000);
});
