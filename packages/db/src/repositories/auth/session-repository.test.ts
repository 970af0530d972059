import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realEstateDemoOrg } from '@signoff/org/demo';
import { createTestDatabase, insertTestCompany, testBackends, type TestDatabase } from '../../testing.js';
import { withTenant } from '../../core/tenant-scope.js';
import { findLiveSession, insertSession } from './session-repository.js';

describe.each(testBackends())('the live-session lookup on %s', (kind) => {
  let t: TestDatabase;
  const org = realEstateDemoOrg();
  const user = org.users[0];
  if (!user) throw new Error('the demo org has no users');
  const now = new Date('2026-11-20T08:00:00Z');
  const lookup = (at = now) => withTenant(t.db, 'ta', (tx) => findLiveSession(tx, 'ta', 'hash-1', at));
  const setUser = (set: string, values: unknown[]) =>
    withTenant(t.db, 'ta', (tx) => tx.query(`UPDATE users SET ${set} WHERE id = $1`, [user.id, ...values]));

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await insertTestCompany(t.db, org);
    await withTenant(t.db, 'ta', async (tx) => {
      await insertSession(tx, 'ta', {
        id: 's1',
        userId: user.id,
        tokenHash: 'hash-1',
        csrfToken: 'csrf-1',
        expiresAt: new Date('2026-11-20T20:00:00Z'),
        createdAt: now,
      });
    });
  });
  afterAll(() => t.dispose());

  it("returns the user's roles and standing with the session, as they are at the time of the lookup", async () => {
    await setUser('roles = $2', [['admin', '印章管理员']]);
    expect(await lookup()).toMatchObject({
      id: 's1',
      userId: user.id,
      csrfToken: 'csrf-1',
      active: true,
      roles: ['admin', '印章管理员'],
    });

    // a demotion behind the session's back shows on the very next lookup
    await setUser('roles = $2', [[]]);
    expect((await lookup())?.roles).toEqual([]);
  });

  it('returns nothing once the user has left', async () => {
    await setUser('active = false', []);
    expect(await lookup()).toBeNull();
    await setUser('active = true', []);
    expect(await lookup()).not.toBeNull();
  });

  it('writes last_seen_at at most once a minute, and still ends a session idle for two hours', async () => {
    const lastSeen = async () =>
      (
        await withTenant(t.db, 'ta', (tx) =>
          tx.query<{ at: Date | string }>(`SELECT last_seen_at AS at FROM sessions WHERE id = 's1'`),
        )
      ).map((r) => new Date(r.at).toISOString())[0];
    const at = (ms: number) => new Date(now.getTime() + ms);
    await lookup(at(0));
    const first = await lastSeen();
    await lookup(at(30_000));
    expect(await lastSeen(), 'a lookup within the minute writes nothing').toBe(first);
    await lookup(at(61_000));
    expect(await lastSeen()).toBe(at(61_000).toISOString());
    // idle for two hours after the last write: gone, however recent the lookups that wrote nothing
    expect(await lookup(at(61_000 + 2 * 3600_000 + 1000))).toBeNull();
  });
});
