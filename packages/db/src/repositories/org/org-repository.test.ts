import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realEstateDemoOrg } from '@signoff/org/demo';
import { loadOrgSnapshot } from './org-repository.js';
import { createTestDatabase, insertTestCompany, testBackends, type TestDatabase } from '../../testing.js';
import { withTenant } from '../../core/tenant-scope.js';

describe.each(testBackends())('org persistence on %s', (kind) => {
  let t: TestDatabase;
  const org = realEstateDemoOrg();
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await insertTestCompany(t.db, org);
    await withTenant(t.db, 'ta', async (tx) => {
      await tx.query(
        `INSERT INTO delegations (tenant_id, id, from_user_id, to_user_id, starts_at, ends_at, template_keys)
         VALUES ('ta', 'dl1', $1, $2, '2026-11-20T00:00:00Z', '2026-11-30T00:00:00Z', '{leave}')`,
        [org.users[0]?.id, org.users[1]?.id],
      );
    });
  });
  afterAll(() => t.dispose());

  it('loads back the same org the resolver was given, virtual departments and supervision included', async () => {
    const loaded = await withTenant(t.db, 'ta', (tx) => loadOrgSnapshot(tx, 'ta'));
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(loaded.departments)).toEqual(byId(org.departments));
    expect(byId(loaded.positions)).toEqual(byId(org.positions));
    expect(byId(loaded.users)).toEqual(byId(org.users));
    expect(loaded.supervisions).toEqual(expect.arrayContaining(org.supervisions));
    expect(loaded.adminUserIds).toEqual(org.adminUserIds);
  });

  it('loads delegations with their window as instants, not as JSON text', async () => {
    const loaded = await withTenant(t.db, 'ta', (tx) => loadOrgSnapshot(tx, 'ta'));
    expect(loaded.delegations).toEqual([
      {
        fromUserId: org.users[0]?.id,
        toUserId: org.users[1]?.id,
        from: '2026-11-20T00:00:00.000Z',
        to: '2026-11-30T00:00:00.000Z',
        templateKeys: ['leave'],
      },
    ]);
  });

  it('stores jsonb parameters as objects on every backend', async () => {
    const rows = await withTenant(t.db, 'ta', async (tx) => {
      await tx.query(
        `INSERT INTO templates (tenant_id, id, key, title, serial_prefix) VALUES ('ta', 't1', 'k', $1, 'X')`,
        [JSON.stringify({ zh: '请假', en: 'Leave' })],
      );
      return tx.query<{ kind: string; title: unknown }>(
        `SELECT jsonb_typeof(title) AS kind, title FROM templates WHERE id = 't1'`,
      );
    });
    expect(rows).toEqual([{ kind: 'object', title: { zh: '请假', en: 'Leave' } }]);
  });
});
