import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTenantByCode, withAppRole } from '@signoff/db';
import { toAppErrorData } from '../trpc/app-error.js';
import type { SessionContext } from '../trpc/context.js';
import { serviceContextFor, type ServiceContext } from '../trpc/service-context.js';
import { actOnInstance, submitInstance } from './instance-service.js';
import { createHarness, type Harness } from '../test/api-harness.js';

/**
 * What only a real server with a connection pool can show: PGlite has one connection and queues
 * transactions, so these run on PostgreSQL only (when DATABASE_URL is set, as in CI).
 */
describe.runIf(process.env.DATABASE_URL)('concurrency on PostgreSQL', () => {
  let h: Harness;
  let zhang: ServiceContext;
  let li: ServiceContext;
  let templateId: string;
  beforeAll(async () => {
    h = await createHarness('postgres');
    const tenant = await withAppRole(h.t.db, (tx) => findTenantByCode(tx, 'demo'));
    const tenantId = tenant?.id ?? '';
    const session = (userId: string): SessionContext => ({
      tenantId,
      userId,
      csrfToken: 'x',
      tokenHash: 'x',
    });
    zhang = await serviceContextFor(h.deps, session('u-zhang'));
    li = await serviceContextFor(h.deps, session('u-li'));
    const rows = await h.t.db.query<{ id: string }>("SELECT id FROM templates WHERE key = 'leave'");
    templateId = rows[0]?.id ?? '';
  });
  afterAll(() => h.t.dispose());

  it(
    'two people approving the same task at once: exactly one succeeds, the other gets a conflict (1000 rounds)',
    { timeout: 600_000 },
    async () => {
      const rounds = 1000;
      let conflicts = 0;
      for (let i = 0; i < rounds; i++) {
        const { id } = await submitInstance(zhang, {
          templateId,
          data: { type: '事假', days: 1, reason: `第 ${i} 次` },
        });
        const task = await h.t.db.query<{ id: string }>(
          "SELECT id FROM tasks WHERE instance_id = $1 AND status = 'pending'",
          [id],
        );
        const taskId = task[0]?.id ?? '';
        const results = await Promise.allSettled([
          actOnInstance(li, { type: 'approve', taskId }),
          actOnInstance(li, { type: 'approve', taskId }),
        ]);
        const ok = results.filter((r) => r.status === 'fulfilled');
        const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(ok).toHaveLength(1);
        expect(failed).toHaveLength(1);
        expect(toAppErrorData(failed[0]?.reason).code).toBe('conflict');
        conflicts += 1;
        const events = await h.t.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM instances i, jsonb_array_elements(i.state->'events') e WHERE i.id = $1 AND e->>'type' = 'approved'",
          [id],
        );
        expect(events[0]?.n).toBe(1);
      }
      expect(conflicts).toBe(rounds);
    },
  );

  it('200 submits at once get 200 distinct serial numbers with no gap', { timeout: 300_000 }, async () => {
    const before = await h.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM instances');
    const start = (before[0]?.n ?? 0) + 1;
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        submitInstance(zhang, { templateId, data: { type: '病假', days: 2, reason: `并发 ${i}` } }),
      ),
    );
    const numbers = results.map((r) => Number(r.serialNo.slice(-4))).sort((a, b) => a - b);
    expect(new Set(results.map((r) => r.serialNo)).size).toBe(200);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => start + i));
  });
});
