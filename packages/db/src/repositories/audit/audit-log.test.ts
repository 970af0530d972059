import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAudit, type AuditEntry } from './audit-log.js';
import { createTestDatabase, testBackends, type TestDatabase } from '../../testing.js';
import { withPlatform, withTenant } from '../../core/tenant-scope.js';
import { insertTenant } from '../tenants/tenant-repository.js';

const entry = (i: number, actorId = 'u-1'): AuditEntry => ({
  at: new Date(Date.UTC(2026, 10, 24, 8, i)).toISOString(),
  actorId,
  action: 'instance.approve',
  subject: `instance:i-${i}`,
  data: { comment: `同意 ${i}`, nested: { b: 2, a: 1 } },
});

describe.each(testBackends())('the audit chain on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await withPlatform(t.db, async (tx) => {
      await insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' });
      await insertTenant(tx, { id: 'tb', code: 'beta', name: 'Beta' });
    });
    for (let i = 1; i <= 5; i++) await withTenant(t.db, 'ta', (tx) => appendAudit(tx, 'ta', [entry(i)]));
    await withTenant(t.db, 'tb', (tx) => appendAudit(tx, 'tb', [entry(1, 'u-b'), entry(2, 'u-b')]));
  });
  afterAll(() => t.dispose());

  it('verifies an untouched chain, per tenant', async () => {
    expect(await withTenant(t.db, 'ta', (tx) => verifyAudit(tx, 'ta'))).toEqual({ ok: true, entries: 5 });
    expect(await withTenant(t.db, 'tb', (tx) => verifyAudit(tx, 'tb'))).toEqual({ ok: true, entries: 2 });
  });

  it('keeps concurrent appends in one unbroken chain', async () => {
    await Promise.all(
      [6, 7, 8, 9].map((i) => withTenant(t.db, 'ta', (tx) => appendAudit(tx, 'ta', [entry(i)]))),
    );
    expect(await withTenant(t.db, 'ta', (tx) => verifyAudit(tx, 'ta'))).toEqual({ ok: true, entries: 9 });
  });

  it('the app role may append and read but never change or remove an entry', async () => {
    await expect(
      withTenant(t.db, 'ta', (tx) => tx.query("UPDATE audit_log SET action = 'x' WHERE seq = 1")),
    ).rejects.toThrow();
    await expect(
      withTenant(t.db, 'ta', (tx) => tx.query('DELETE FROM audit_log WHERE seq = 1')),
    ).rejects.toThrow();
  });

  it('names the first entry that was altered behind its back', async () => {
    await withPlatform(t.db, (tx) =>
      tx.query(`UPDATE audit_log SET data = '{"comment":"驳回"}' WHERE tenant_id = 'ta' AND seq = 3`),
    );
    expect(await withTenant(t.db, 'ta', (tx) => verifyAudit(tx, 'ta'))).toMatchObject({
      ok: false,
      brokenAt: 3,
      why: 'hash',
    });
    await withPlatform(t.db, (tx) => tx.query(`DELETE FROM audit_log WHERE tenant_id = 'tb' AND seq = 1`));
    expect(await withTenant(t.db, 'tb', (tx) => verifyAudit(tx, 'tb'))).toMatchObject({
      ok: false,
      brokenAt: 1,
      why: 'gap',
    });
  });
});
