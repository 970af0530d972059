import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testBackends, type TestDatabase } from '../testing.js';
import { withPlatform, withTenant, withAppRole } from './tenant-scope.js';
import { insertTenant, findTenantByCode } from '../repositories/tenants/tenant-repository.js';
import { migrate } from './migrate.js';

describe.each(testBackends())('tenant isolation on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await withPlatform(t.db, async (tx) => {
      await insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' });
      await insertTenant(tx, { id: 'tb', code: 'beta', name: 'Beta' });
    });
    for (const tenant of ['ta', 'tb']) {
      await withTenant(t.db, tenant, (tx) =>
        tx.query("INSERT INTO departments (tenant_id, id, name) VALUES ($1, 'd1', $2)", [
          tenant,
          `dept of ${tenant}`,
        ]),
      );
    }
  });
  afterAll(() => t.dispose());

  it('a query that forgets its tenant filter still sees only its own rows', async () => {
    const rows = await withTenant(t.db, 'ta', (tx) =>
      tx.query<{ name: string }>('SELECT name FROM departments'),
    );
    expect(rows.map((r) => r.name)).toEqual(['dept of ta']);
  });

  it('refuses to write a row for another tenant', async () => {
    await expect(
      withTenant(t.db, 'ta', (tx) =>
        tx.query("INSERT INTO departments (tenant_id, id, name) VALUES ('tb', 'd2', 'x')"),
      ),
    ).rejects.toThrow(/row-level security/);
    const rows = await withTenant(t.db, 'tb', (tx) => tx.query('SELECT id FROM departments'));
    expect(rows).toHaveLength(1);
  });

  it('cannot update or delete across tenants', async () => {
    await withTenant(t.db, 'ta', (tx) => tx.query("UPDATE departments SET name = 'hacked'"));
    await withTenant(t.db, 'ta', (tx) => tx.query('DELETE FROM departments WHERE tenant_id = $1', ['tb']));
    const rows = await withTenant(t.db, 'tb', (tx) =>
      tx.query<{ name: string }>('SELECT name FROM departments'),
    );
    expect(rows.map((r) => r.name)).toEqual(['dept of tb']);
  });

  it('the app role cannot turn RLS off or read another tenant by resetting the setting', async () => {
    await expect(
      withTenant(t.db, 'ta', (tx) => tx.query('ALTER TABLE departments DISABLE ROW LEVEL SECURITY')),
    ).rejects.toThrow();
    const rows = await withTenant(t.db, 'ta', async (tx) => {
      await tx.query('RESET ROLE').catch(() => undefined);
      return tx.query('SELECT 1');
    });
    expect(rows).toHaveLength(1);
  });

  it('with no tenant bound, the app role sees no tenant rows but can look a tenant up by code', async () => {
    const rows = await withAppRole(t.db, (tx) => tx.query('SELECT * FROM departments'));
    expect(rows).toEqual([]);
    const tenant = await withAppRole(t.db, (tx) => findTenantByCode(tx, 'beta'));
    expect(tenant).toMatchObject({ id: 'tb', name: 'Beta', status: 'active' });
    expect(await withAppRole(t.db, (tx) => findTenantByCode(tx, 'nope'))).toBeNull();
  });

  it('every SECURITY DEFINER function has its search_path pinned to its own schema', async () => {
    const rows = await t.db.query<{ name: string; config: string[] | null }>(
      `SELECT p.proname AS name, p.proconfig AS config FROM pg_proc p
        WHERE p.prosecdef AND p.pronamespace = current_schema()::regnamespace ORDER BY 1`,
    );
    const [{ schema } = { schema: '' }] = await t.db.query<{ schema: string }>(
      'SELECT current_schema() AS schema',
    );
    expect(rows.map((r) => r.name)).toContain('tenant_by_token_hash');
    for (const r of rows)
      expect(r.config ?? [], r.name).toContainEqual(
        expect.stringMatching(new RegExp(`^search_path="?${schema}"?, pg_temp$`)),
      );
  });

  it('migrating again applies nothing', async () => {
    const result = await migrate(t.db);
    expect(result.applied).toEqual([]);
    expect(result.current).toBeGreaterThanOrEqual(1);
  });
});
