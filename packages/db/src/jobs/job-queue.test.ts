import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob, MAX_JOB_ATTEMPTS, runNextJob, startJobLoop, type Job } from './job-queue.js';
import { openPostgres } from '../core/postgres-database.js';
import { createTestDatabase, testBackends, type TestDatabase } from '../testing.js';
import { withPlatform, withTenant } from '../core/tenant-scope.js';
import { insertTenant } from '../repositories/tenants/tenant-repository.js';

const T0 = new Date('2026-11-24T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(testBackends())('the job queue on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await withPlatform(t.db, async (tx) => {
      await insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' });
      await insertTenant(tx, { id: 'tb', code: 'beta', name: 'Beta' });
    });
  });
  afterAll(() => t.dispose());

  const drain = async (now: Date, handler: (job: Job) => Promise<void> | void) => {
    const ran: string[] = [];
    for (;;) {
      const outcome = await runNextJob(t.db, now, async (_tx, job) => handler(job));
      if (outcome.kind === 'idle') return ran;
      ran.push(`${outcome.kind}:${outcome.job.id}`);
    }
  };

  it('runs a due job once, leaves a future one, and replaces a live job with the same key', async () => {
    await withTenant(t.db, 'ta', async (tx) => {
      await enqueueJob(tx, 'ta', {
        id: 'j1',
        kind: 'remind',
        runAt: at(5).toISOString(),
        dedupeKey: 'remind:task-1',
      });
      // the task's reminder moved: the same key replaces the first job rather than adding a second
      await enqueueJob(tx, 'ta', {
        id: 'j2',
        kind: 'remind',
        runAt: at(10).toISOString(),
        dedupeKey: 'remind:task-1',
      });
      await enqueueJob(tx, 'ta', { id: 'j3', kind: 'remind', runAt: at(60).toISOString() });
    });
    expect(await drain(at(5), () => {})).toEqual([]);
    expect(await drain(at(10), () => {})).toEqual(['ran:j1']);
    expect(await drain(at(10), () => {})).toEqual([]);
    const rows = await withTenant(t.db, 'ta', (tx) =>
      tx.query<{ id: string; run_at: Date | string }>("SELECT id, run_at FROM jobs WHERE id = 'j1'"),
    );
    expect(new Date(rows[0]?.run_at ?? 0).toISOString()).toBe(at(10).toISOString());
    expect(await drain(at(60), () => {})).toEqual(['ran:j3']);
  });

  it('lets a job schedule its successor under its own key', async () => {
    await withTenant(t.db, 'ta', (tx) =>
      enqueueJob(tx, 'ta', {
        id: 'chain-1',
        kind: 'due',
        runAt: at(0).toISOString(),
        dedupeKey: 'due:task-9',
      }),
    );
    const ran: string[] = [];
    await runNextJob(t.db, at(200), async (tx, job) => {
      ran.push(job.id);
      await enqueueJob(tx, 'ta', {
        id: 'chain-2',
        kind: 'due',
        runAt: at(300).toISOString(),
        dedupeKey: 'due:task-9',
      });
    });
    expect((await runNextJob(t.db, at(300), (_tx, job) => Promise.resolve(void ran.push(job.id)))).kind).toBe(
      'ran',
    );
    expect(ran).toEqual(['chain-1', 'chain-2']);
  });

  it('runs each job inside its own tenant: the handler cannot see another tenant', async () => {
    await withTenant(t.db, 'tb', (tx) =>
      enqueueJob(tx, 'tb', { id: 'jb', kind: 'probe', runAt: at(0).toISOString() }),
    );
    let seen: string[] = [];
    await runNextJob(t.db, at(1), async (tx) => {
      seen = (await tx.query<{ tenant_id: string }>('SELECT DISTINCT tenant_id FROM jobs')).map(
        (r) => r.tenant_id,
      );
    });
    expect(seen).toEqual(['tb']);
  });

  it('a failing job keeps none of its writes, is retried with backoff, and is parked after the last attempt', async () => {
    await withTenant(t.db, 'ta', (tx) =>
      enqueueJob(tx, 'ta', { id: 'bad', kind: 'smtp', runAt: at(0).toISOString() }),
    );
    const outcome = await runNextJob(t.db, at(100), async (tx) => {
      await tx.query(
        "INSERT INTO departments (tenant_id, id, name) VALUES ('ta', 'dx', 'written by a failing job')",
      );
      throw new Error('SMTP 421 try later');
    });
    expect(outcome).toMatchObject({ kind: 'failed', error: 'SMTP 421 try later' });
    const depts = await withTenant(t.db, 'ta', (tx) =>
      tx.query("SELECT id FROM departments WHERE id = 'dx'"),
    );
    expect(depts).toEqual([]);
    // not due again until the backoff has passed
    expect((await runNextJob(t.db, at(100), () => Promise.resolve())).kind).toBe('idle');

    let minute = 100;
    for (let i = 1; i < MAX_JOB_ATTEMPTS; i++) {
      minute += 61;
      await runNextJob(t.db, at(minute), () => Promise.reject(new Error('still down')));
    }
    const row = await withTenant(t.db, 'ta', (tx) =>
      tx.query<{ attempts: number; done_at: unknown; last_error: string }>(
        "SELECT attempts, done_at, last_error FROM jobs WHERE id = 'bad'",
      ),
    );
    expect(row[0]).toMatchObject({ attempts: MAX_JOB_ATTEMPTS, last_error: 'still down' });
    expect(row[0]?.done_at).not.toBeNull();
  });

  it('the job loop drains due work and stops cleanly', async () => {
    await withTenant(t.db, 'ta', async (tx) => {
      for (let i = 0; i < 5; i++)
        await enqueueJob(tx, 'ta', { id: `loop-${i}`, kind: 'x', runAt: at(0).toISOString() });
    });
    const ran: string[] = [];
    const loop = startJobLoop({
      db: t.db,
      clock: () => at(10_000),
      pollMs: 20,
      handler: (_tx, job) => Promise.resolve(void ran.push(job.id)),
    });
    await expect.poll(() => ran.length, { timeout: 10_000 }).toBe(5);
    await loop.stop();
    expect(ran.sort()).toEqual(['loop-0', 'loop-1', 'loop-2', 'loop-3', 'loop-4']);
  });
});

describe.runIf(process.env.DATABASE_URL)('two job loops on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    await withPlatform(t.db, (tx) => insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' }));
  });
  afterAll(() => t.dispose());

  it('share 10 000 due timers and fire each exactly once', { timeout: 300_000 }, async () => {
    const N = 10_000;
    await withTenant(t.db, 'ta', (tx) =>
      tx.query(
        `INSERT INTO jobs (tenant_id, id, kind, run_at)
         SELECT 'ta', 'timer-' || g, 'timer', $1::timestamptz - (g || ' seconds')::interval FROM generate_series(1, $2) g`,
        [T0.toISOString(), N],
      ),
    );
    // Two workers as two server processes would be: separate connection pools, no shared memory
    // but the database. Each records what it fired, in its own transaction.
    const schema = (await t.db.query<{ s: string }>('SELECT current_schema() AS s'))[0]?.s ?? 'public';
    const pools = [
      openPostgres(process.env.DATABASE_URL ?? '', { schema, max: 2 }),
      openPostgres(process.env.DATABASE_URL ?? '', { schema, max: 2 }),
    ];
    const fired = new Map<string, number>();
    const byWorker = [0, 0];
    const loops = pools.map((db, w) =>
      startJobLoop({
        db,
        clock: () => at(1),
        pollMs: 50,
        handler: async (tx, job) => {
          await tx.query('SELECT 1');
          fired.set(job.id, (fired.get(job.id) ?? 0) + 1);
          byWorker[w] = (byWorker[w] ?? 0) + 1;
        },
      }),
    );
    await expect.poll(() => fired.size, { timeout: 280_000, interval: 500 }).toBe(N);
    await Promise.all(loops.map((l) => l.stop()));
    await Promise.all(pools.map((p) => p.close()));
    expect([...fired.values()].every((n) => n === 1)).toBe(true);
    expect(byWorker.every((n) => n > 0)).toBe(true);
    const open = await withTenant(t.db, 'ta', (tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs WHERE done_at IS NULL'),
    );
    expect(open[0]?.n).toBe(0);
  });
});
