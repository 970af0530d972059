import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realEstateDemoOrg } from '@signoff/org/demo';
import { createTestDatabase, insertTestCompany, testBackends, type TestDatabase } from '../../testing.js';
import { countStatements } from '../../core/statement-counter.js';
import type { Database } from '../../core/database.js';
import { withTenant } from '../../core/tenant-scope.js';
import { cachedOrgSnapshot } from './org-snapshot-cache.js';

describe.each(testBackends())('the org snapshot cache on %s', (kind) => {
  let t: TestDatabase;
  const org = realEstateDemoOrg();
  const user = org.users[0];
  if (!user) throw new Error('the demo org has no users');
  // two server processes on one database: each Database object keeps its own cache
  let serverA: ReturnType<typeof countStatements>;
  let serverB: Database;
  const nameInA = async () =>
    withTenant(
      serverA.db,
      'ta',
      async (tx) => (await cachedOrgSnapshot(tx, 'ta')).users.find((u) => u.id === user.id)?.name,
    );
  const statementsOfARead = async () => {
    serverA.log.reset();
    await nameInA();
    // BEGIN, the tenant scope, the version, COMMIT: nothing of the org itself
    return serverA.log.statements.length;
  };

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await insertTestCompany(t.db, org);
    serverA = countStatements(t.db);
    serverB = { ...t.db };
  });
  afterAll(() => t.dispose());

  it('reads the org once, then only its version, until an org change made elsewhere moves it', async () => {
    expect(await nameInA()).toBe(user.name);
    expect(await statementsOfARead()).toBe(4);

    await withTenant(serverB, 'ta', (tx) =>
      tx.query(`UPDATE users SET name = '改名后' WHERE id = $1`, [user.id]),
    );
    expect(await nameInA(), 'the other process changed the org: seen on the next read').toBe('改名后');
    expect(await statementsOfARead()).toBe(4);
  });

  it('a rolled-back org change leaves nothing behind, and a login (failed_logins) is no org change', async () => {
    await withTenant(serverB, 'ta', async (tx) => {
      await tx.query(`UPDATE users SET name = '未提交' WHERE id = $1`, [user.id]);
      // the transaction reads the org it changed: the cache must not keep that for others
      expect((await cachedOrgSnapshot(tx, 'ta')).users.find((u) => u.id === user.id)?.name).toBe('未提交');
      throw new Error('rolled back');
    }).catch(() => undefined);
    expect(await nameInA()).toBe('改名后');
    const nameInB = await withTenant(
      serverB,
      'ta',
      async (tx) => (await cachedOrgSnapshot(tx, 'ta')).users.find((u) => u.id === user.id)?.name,
    );
    expect(nameInB, 'nor in the process that rolled it back').toBe('改名后');
    await withTenant(serverB, 'ta', (tx) =>
      tx.query('UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1', [user.id]),
    );
    expect(await statementsOfARead(), 'a login miss keeps the cache').toBe(4);
    await withTenant(serverB, 'ta', (tx) =>
      tx.query(`DELETE FROM user_positions WHERE user_id = $1`, [user.id]),
    );
    serverA.log.reset();
    await nameInA();
    expect(serverA.log.statements.length, 'a position change reloads').toBeGreaterThan(4);
  });
});
