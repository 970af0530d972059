import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, type AuditEntry } from './audit-log.js';
import { sealAuditChains, sealTenantAudit } from './audit-seal.js';
import { verifyAudit } from './audit-verify.js';
import { listAuditPage } from './audit-page.js';
import { createTestDatabase, testBackends, type TestDatabase } from '../../testing.js';
import { withPlatform, withTenant } from '../../core/tenant-scope.js';
import type { Queryable } from '../../core/database.js';
import { insertTenant } from '../tenants/tenant-repository.js';
import { startJobLoop } from '../../jobs/job-queue.js';
import { flushWrites } from '../../core/write-coalescing.js';

const entry = (i: number, actorId = 'u-1'): AuditEntry => ({
  at: new Date(Date.UTC(2026, 10, 24, 8, i)).toISOString(),
  actorId,
  action: 'instance.approve',
  subject: `instance:i-${i}`,
  data: { comment: `同意 ${i}`, nested: { b: 2, a: 1 } },
});

/** What an intruder with the owner's rights does: the guard trigger set aside for one edit. */
async function tamper(tx: Queryable, sql: string): Promise<void> {
  await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_guard');
  await tx.query(sql);
  await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_guard');
}

const positions = (t: TestDatabase, tenantId: string) =>
  withPlatform(t.db, async (tx) =>
    (
      await tx.query<{ p: string }>(
        'SELECT chain_pos::text AS p FROM audit_log WHERE tenant_id = $1 AND chain_pos IS NOT NULL ORDER BY chain_pos',
        [tenantId],
      )
    ).map((r) => Number(r.p)),
  );

describe.each(testBackends())('the audit chain on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await withPlatform(t.db, async (tx) => {
      await insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' });
      await insertTenant(tx, { id: 'tb', code: 'beta', name: 'Beta' });
      await insertTenant(tx, { id: 'tc', code: 'gamma', name: 'Gamma' });
    });
    for (let i = 1; i <= 5; i++) await withTenant(t.db, 'ta', (tx) => appendAudit(tx, 'ta', [entry(i)]));
    await withTenant(t.db, 'tb', (tx) => appendAudit(tx, 'tb', [entry(1, 'u-b'), entry(2, 'u-b')]));
  });
  afterAll(() => t.dispose());

  it('reports written rows as unsealed until the sealer chains them, then verifies them, per tenant', async () => {
    expect(await withTenant(t.db, 'ta', (tx) => verifyAudit(tx, 'ta'))).toEqual({
      ok: true,
      entries: 0,
      unsealed: 5,
    });
    expect(await sealAuditChains(t.db)).toBe(7);
    expect(await withTenant(t.db, 'ta', (tx) => verifyAudit(tx, 'ta'))).toEqual({
      ok: true,
      entries: 5,
      unsealed: 0,
    });
    expect(await withTenant(t.db, 'tb', (tx) => verifyAudit(tx, 'tb'))).toEqual({
      ok: true,
      entries: 2,
      unsealed: 0,
    });
    expect(await positions(t, 'tb')).toEqual([1, 2]);
    expect(await sealAuditChains(t.db)).toBe(0);
  });

  it('lists the unsealed rows first on the newest-first page, then the chain from its end', async () => {
    await withTenant(t.db, 'ta', (tx) => appendAudit(tx, 'ta', [entry(6)]));
    const page = await withTenant(t.db, 'ta', (tx) => listAuditPage(tx, 'ta', { page: 1, pageSize: 3 }));
    expect(page.map((r) => [r.subject, r.chainPos, r.hash === null])).toEqual([
      ['instance:i-6', null, true],
      ['instance:i-5', 5, false],
      ['instance:i-4', 4, false],
    ]);
    await withTenant(t.db, 'ta', (tx) => sealTenantAudit(tx, 'ta'));
  });

  it('keeps 50 concurrent appenders in one gap-free chain, sealed by two loops at once without a position given twice', async () => {
    const before = (await positions(t, 'ta')).length;
    // each writer holds its transaction open a moment: on PostgreSQL they overlap
    await Promise.all(
      Array.from({ length: 50 }, (_, k) =>
        withTenant(t.db, 'ta', async (tx) => {
          await appendAudit(tx, 'ta', [entry(100 + k), entry(200 + k)]);
          await tx.query('SELECT pg_sleep(0.01)');
        }),
      ),
    );
    const [a, b] = await Promise.all([sealAuditChains(t.db), sealAuditChains(t.db)]);
    expect((a ?? 0) + (b ?? 0)).toBe(100);
    const after = await positions(t, 'ta');
    expect(after).toEqual(Array.from({ length: before + 100 }, (_, i) => i + 1));
    expect(await withTenant(t.db, 'ta', (tx) => verifyAudit(tx, 'ta'))).toEqual({
      ok: true,
      entries: before + 100,
      unsealed: 0,
    });
  });

  it('seals only what has committed: a writer still in flight is chained by a later pass, after the rest', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let written!: () => void;
    const wrote = new Promise<void>((r) => (written = r));
    const slow =
      kind === 'postgres'
        ? withTenant(t.db, 'tc', async (tx) => {
            await appendAudit(tx, 'tc', [{ ...entry(1), subject: 'slow' }]);
            // an append waits for the transaction's next statement; this writer's row is in the table
            await flushWrites(tx);
            written();
            await held;
          })
        : (written(), Promise.resolve());
    await wrote;
    await withTenant(t.db, 'tc', (tx) => appendAudit(tx, 'tc', [{ ...entry(2), subject: 'fast' }]));
    expect(await sealAuditChains(t.db)).toBe(1);
    release();
    await slow;
    if (kind === 'postgres') {
      expect(await sealAuditChains(t.db)).toBe(1);
      const chain = await withTenant(t.db, 'tc', (tx) => listAuditPage(tx, 'tc', { page: 1, pageSize: 10 }));
      // the later-numbered row was chained first: chain_pos, not seq, is the chain's order
      expect(chain.map((r) => [r.subject, r.chainPos])).toEqual([
        ['slow', 2],
        ['fast', 1],
      ]);
      expect(chain[0]!.seq).toBeLessThan(chain[1]!.seq);
    }
    expect(await withTenant(t.db, 'tc', (tx) => verifyAudit(tx, 'tc'))).toMatchObject({
      ok: true,
      unsealed: 0,
    });
  });

  it('is sealed by the job loop shortly after it is written, with no job queued for it', async () => {
    await withTenant(t.db, 'tc', (tx) => appendAudit(tx, 'tc', [entry(3)]));
    const loop = startJobLoop({ db: t.db, pollMs: 20, handler: () => Promise.resolve() });
    try {
      await expect
        .poll(() => withTenant(t.db, 'tc', (tx) => verifyAudit(tx, 'tc')), { timeout: 10_000 })
        .toMatchObject({ ok: true, unsealed: 0 });
    } finally {
      await loop.stop();
    }
  });

  it('the app role may append, read and seal, but never change, reseal or remove an entry', async () => {
    const refused = (sql: string) => expect(withTenant(t.db, 'ta', (tx) => tx.query(sql))).rejects.toThrow();
    await refused("UPDATE audit_log SET action = 'x' WHERE chain_pos = 1");
    await refused("UPDATE audit_log SET hash = 'x' WHERE chain_pos = 1");
    await refused('DELETE FROM audit_log WHERE chain_pos = 1');
    // a writer cannot hand in a row already sealed
    await refused(
      `INSERT INTO audit_log (tenant_id, at, action, subject, chain_pos, prev_hash, hash)
       VALUES ('ta', now(), 'x', 'y', 999, 'p', 'h')`,
    );
    // nor may an unsealed row's content change on its way to the seal
    await withTenant(t.db, 'ta', (tx) => appendAudit(tx, 'ta', [entry(7)]));
    await refused(
      "UPDATE audit_log SET subject = 'other', chain_pos = 999, prev_hash = 'p', hash = 'h' WHERE chain_pos IS NULL",
    );
    // the guard holds for the owner too
    await expect(
      withPlatform(t.db, (tx) =>
        tx.query("UPDATE audit_log SET action = 'x' WHERE tenant_id = 'ta' AND chain_pos = 1"),
      ),
    ).rejects.toThrow(/sealed/);
    await withTenant(t.db, 'ta', (tx) => sealTenantAudit(tx, 'ta'));
    expect(await withTenant(t.db, 'ta', (tx) => verifyAudit(tx, 'ta'))).toMatchObject({
      ok: true,
      unsealed: 0,
    });
  });

  it('names the first sealed entry that was altered or removed behind its back', async () => {
    await withPlatform(t.db, (tx) =>
      tamper(tx, `UPDATE audit_log SET data = '{"comment":"驳回"}' WHERE tenant_id = 'ta' AND chain_pos = 3`),
    );
    expect(await withTenant(t.db, 'ta', (tx) => verifyAudit(tx, 'ta'))).toMatchObject({
      ok: false,
      brokenAt: 3,
      why: 'hash',
    });
    await withPlatform(t.db, (tx) =>
      tx.query(`DELETE FROM audit_log WHERE tenant_id = 'tb' AND chain_pos = 1`),
    );
    expect(await withTenant(t.db, 'tb', (tx) => verifyAudit(tx, 'tb'))).toMatchObject({
      ok: false,
      brokenAt: 1,
      why: 'gap',
    });
  });
});
