import { createTestDatabase, type TestDatabase } from '@signoff/db/testing';
import { createApiDeps } from '../trpc/api-deps.js';
import { appRouter } from '../app-router.js';
import { CSRF_COOKIE, SESSION_COOKIE, type ApiDeps, type CookieJar } from '../trpc/context.js';
import { seedDemoTenant } from '../demo/demo-seed.js';
import { createLoginLimits } from '../auth/login-limits.js';
import { resolveSession } from '../auth/session.js';
import { createCallerFactory } from '../trpc/trpc.js';

const createCaller = createCallerFactory(appRouter);

/** A browser as the API sees it: a cookie jar that persists between calls, and the CSRF header it echoes. */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  sendCsrf = true;
  /** what the server read from Origin / Sec-Fetch-Site; false plays a page of another site */
  sameOrigin = true;

  constructor(
    private readonly deps: ApiDeps,
    readonly ip = '10.0.0.1',
  ) {}

  /** a promise still, so the tests' `await browser.api()` reads as it did when the session was read here */
  api() {
    const jar: CookieJar = {
      get: (n) => this.cookies.get(n),
      set: (n, v) => void this.cookies.set(n, v),
      clear: (n) => void this.cookies.delete(n),
    };
    // a context per call, as the server builds one per request: the session and the roles it
    // carries are read afresh each time, so a caller kept across calls sees a demotion at once
    return Promise.resolve(
      createCaller(async () => ({
        deps: this.deps,
        cookies: jar,
        csrfHeader: this.sendCsrf ? this.cookies.get(CSRF_COOKIE) : undefined,
        sameOrigin: this.sameOrigin,
        ip: this.ip,
        session: await resolveSession(this.deps, this.cookies.get(SESSION_COOKIE)),
      })),
    );
  }

  async login(login: string, password = 'Signoff#2026', tenantCode = 'demo') {
    return (await this.api()).auth.login({ tenantCode, login, password });
  }
}

export interface Harness {
  t: TestDatabase;
  deps: ApiDeps;
  browser(ip?: string): TestBrowser;
  /** moves the harness clock forward, for expiries and cool-downs */
  advance(ms: number): void;
}

export async function createHarness(kind: 'pglite' | 'postgres'): Promise<Harness> {
  const t = await createTestDatabase(kind);
  let n = 0;
  let time = Date.parse('2026-11-24T02:00:00Z');
  const deps = createApiDeps(t.db, {
    // a clock that moves a second per reading keeps event order stable and readable
    clock: () => new Date((time += 1000)),
    newId: () => `id-${++n}`,
    // the tests' webhook receivers listen on loopback, which webhooks may reach only when allowed
    webhookTargets: { allowHosts: ['127.0.0.1'] },
    loginLimits: createLoginLimits(1000),
  });
  await seedDemoTenant(deps);
  return {
    t,
    deps,
    browser: (ip) => new TestBrowser(deps, ip),
    advance: (ms) => {
      time += ms;
    },
  };
}
