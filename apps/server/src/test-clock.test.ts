import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './start-server.js';
import { assertTestClockAllowed, createTestClock, isLoopback, TestClockRefused } from './test-clock.js';

const advance = (server: RunningServer, body: unknown) =>
  fetch(`${server.url}/test/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** A browser over HTTP: the session and CSRF cookies, and the CSRF header on mutations. */
async function loginAs(server: RunningServer, login: string) {
  const res = await fetch(`${server.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantCode: 'demo', login, password: 'Signoff#2026' }),
  });
  expect(res.status).toBe(200);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const cookie = cookies.join('; ');
  const csrf = cookies.find((c) => c.startsWith('signoff_csrf='))?.slice('signoff_csrf='.length) ?? '';
  const unwrap = async <T>(r: Response): Promise<T> => {
    const body = (await r.json()) as { result?: { data: T }; error?: unknown };
    if (!body.result) throw new Error(JSON.stringify(body.error));
    return body.result.data;
  };
  return {
    query: async <T>(path: string, input?: unknown) =>
      unwrap<T>(
        await fetch(
          `${server.url}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          { headers: { cookie } },
        ),
      ),
    mutate: async <T>(path: string, input: unknown) =>
      unwrap<T>(
        await fetch(`${server.url}/trpc/${path}`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        }),
      ),
  };
}

describe('the test clock, pure parts', () => {
  it('adds an offset that only the advance moves', () => {
    let real = Date.parse('2026-11-24T02:00:00Z');
    const clock = createTestClock(() => new Date(real));
    expect(clock.advanceHours(9).toISOString()).toBe('2026-11-24T11:00:00.000Z');
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2026-11-24T11:01:00.000Z');
  });

  it('is refused in production, with the reason in both languages', () => {
    expect(() => assertTestClockAllowed({ NODE_ENV: 'production' })).toThrow(TestClockRefused);
    expect(() => assertTestClockAllowed({ NODE_ENV: 'test' })).not.toThrow();
    expect(new TestClockRefused().localized.zh).toContain('NODE_ENV=production');
  });

  it('answers only this machine', () => {
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.2']) expect(isLoopback(a)).toBe(true);
    for (const a of ['10.0.0.5', '::ffff:192.168.1.2', '1.127.0.0', undefined])
      expect(isLoopback(a)).toBe(false);
  });
});

describe('POST /test/clock', () => {
  let plain: RunningServer;
  let clocked: RunningServer;
  beforeAll(async () => {
    plain = await startServer({ port: 0, dataDir: 'memory', logLevel: 'silent', webDir: '/nonexistent' });
    // the job loop polls slowly here: the clock's own drain must be what runs the timers
    clocked = await startServer({
      port: 0,
      dataDir: 'memory',
      seedDemo: true,
      logLevel: 'silent',
      webDir: '/nonexistent',
      testClock: true,
      jobPollMs: 60_000,
    });
  }, 120_000);
  afterAll(async () => {
    await plain.close();
    await clocked.close();
  });

  it('does not exist without --test-clock', async () => {
    expect((await advance(plain, { advanceHours: 1 })).status).toBe(404);
  });

  it('is refused when NODE_ENV=production, before anything starts', async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(
        startServer({ port: 0, dataDir: 'memory', logLevel: 'silent', testClock: true }),
      ).rejects.toBeInstanceOf(TestClockRefused);
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('refuses a bad advance with a bilingual message', async () => {
    for (const body of [{}, { advanceHours: -1 }, { advanceHours: 'soon' }, { advanceHours: 1e9 }]) {
      const res = await advance(clocked, body);
      expect(res.status).toBe(400);
      const error = (
        (await res.json()) as { error: { messageKey: string; message: { zh: string; en: string } } }
      ).error;
      expect(error.messageKey).toBe('errors.testClockHours');
      expect(error.message.zh).toContain('advanceHours');
    }
  });

  it('moves time forward and runs the due timers: a task past its time limit turns yellow, then red, on the supervision desk', async () => {
    const admin = await loginAs(clocked, 'admin');
    const trip = (await admin.query<{ key: string; templateId: string }[]>('forms.listPublished')).find(
      (f) => f.key === 'trip',
    );
    await admin.mutate('templates.setSupervisors', { templateId: trip?.templateId, userIds: ['u-zhao'] });
    const zhang = await loginAs(clocked, 'zhang.san');
    const { id } = await zhang.mutate<{ id: string }>('instances.submit', {
      templateId: trip?.templateId,
      data: {
        destination: '深圳',
        period: ['2026-12-07', '2026-12-09'],
        itinerary: [{ item: '交通', amount: 800 }],
        purpose: '项目验收',
      },
    });
    type Row = { instanceId: string; card: string | null };
    // sessions idle out after two hours of server time, so the supervisor logs in after each move
    const desk = async (onlyOverdue: boolean) =>
      (await loginAs(clocked, 'zhao.liu')).query<Row[]>('supervision.tasks', { onlyOverdue });
    const card = async () => (await desk(false)).find((t) => t.instanceId === id)?.card ?? null;
    expect(await card()).toBeNull();

    const started = Date.now();
    const res = await advance(clocked, { advanceHours: 9 });
    expect(res.status).toBe(200);
    const { now } = (await res.json()) as { now: string };
    // nine hours ahead of the real clock, give or take the time the call took
    expect(Date.parse(now) - started).toBeGreaterThanOrEqual(9 * 3_600_000);
    expect(Date.parse(now) - Date.now()).toBeLessThanOrEqual(9 * 3_600_000 + 1000);
    expect(await card()).toBe('yellow');
    expect((await desk(true)).map((t) => t.instanceId)).toContain(id);

    // the red card follows one more time-limit period (8 h) later
    await advance(clocked, { advanceHours: 8 });
    expect(await card()).toBe('red');
  });
});
