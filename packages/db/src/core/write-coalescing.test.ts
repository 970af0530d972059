import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testBackends, type TestDatabase } from '../testing.js';
import { countStatements, type StatementLog } from './statement-counter.js';
import { withPlatform, withTenant } from './tenant-scope.js';
import { combineWrites, deferWrite } from './write-coalescing.js';
import { insertTenant } from '../repositories/tenants/tenant-repository.js';
import type { Database, Queryable } from './database.js';

describe('combineWrites', () => {
  it('renumbers each write’s parameters after the ones before it', () => {
    const combined = combineWrites([
      { text: 'INSERT INTO a VALUES ($1, $2)', params: [1, 2] },
      { text: 'DELETE FROM b WHERE x = $1 AND y = $1', params: ['x'] },
    ]);
    expect(combined.text).toBe(
      'WITH w0 AS (INSERT INTO a VALUES ($1, $2)),\nw1 AS (DELETE FROM b WHERE x = $3 AND y = $3)\nSELECT 1',
    );
    expect(combined.params).toEqual([1, 2, 'x']);
  });

  it('refuses a write that names a parameter it does not carry', () => {
    expect(() =>
      combineWrites([
        { text: 'SELECT $1', params: [1] },
        { text: 'SELECT $2', params: [1] },
      ]),
    ).toThrow(/\$2 but has 1/);
  });
});

const note = (tx: Queryable, id: string, userId = 'u1') =>
  deferWrite(
    tx,
    {
      text: `INSERT INTO notifications (tenant_id, id, user_id, kind, data, created_at) VALUES ($1, $2, $3, 'test', '{}', now())`,
      params: ['ta', id, userId],
    },
    [`note:${id}`],
  );

describe.each(testBackends())('blind writes sent together on %s', (kind) => {
  let t: TestDatabase;
  let db: Database;
  let log: StatementLog;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await withPlatform(t.db, (tx) => insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' }));
    await withTenant(t.db, 'ta', async (tx) => {
      await tx.query(
        `INSERT INTO departments (tenant_id, id, name, parent_id, sort) VALUES ('ta', 'd1', '总部', NULL, 0)`,
      );
      await tx.query(
        `INSERT INTO users (tenant_id, id, login, name, department_id) VALUES ('ta', 'u1', 'u1', '张三', 'd1')`,
      );
    });
    const counted = countStatements(t.db);
    db = counted.db;
    log = counted.log;
  });
  afterAll(() => t.dispose());
  const ids = () =>
    withTenant(t.db, 'ta', async (tx) =>
      (await tx.query<{ id: string }>(`SELECT id FROM notifications WHERE kind = 'test' ORDER BY id`)).map(
        (r) => r.id,
      ),
    );

  it('three writes reach the database in one statement, before COMMIT', async () => {
    log.reset();
    await withTenant(db, 'ta', async (tx) => {
      await note(tx, 'n1');
      await note(tx, 'n2');
      await note(tx, 'n3');
    });
    const writes = log.statements.filter((s) => s.includes('INSERT INTO notifications'));
    expect(writes).toHaveLength(1);
    expect(log.statements.at(-1)).toMatch(/COMMIT/i);
    expect(await ids()).toEqual(['n1', 'n2', 'n3']);
  });

  it('a read in the same transaction sees every write before it', async () => {
    const seen = await withTenant(db, 'ta', async (tx) => {
      await note(tx, 'n4');
      return (
        await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE id = 'n4'`)
      )[0]?.n;
    });
    expect(seen).toBe(1);
  });

  it('a second write to the same row goes in a statement of its own, after the first', async () => {
    log.reset();
    await withTenant(db, 'ta', async (tx) => {
      await note(tx, 'n5');
      await deferWrite(
        tx,
        {
          text: `UPDATE notifications SET data = '{"second":true}' WHERE tenant_id = $1 AND id = $2`,
          params: ['ta', 'n5'],
        },
        ['note:n5'],
      );
    });
    expect(log.statements.filter((s) => s.includes('notifications'))).toHaveLength(2);
    const [row] = await withTenant(t.db, 'ta', (tx) =>
      tx.query<{ data: Record<string, unknown> }>(`SELECT data FROM notifications WHERE id = 'n5'`),
    );
    expect(row?.data).toEqual({ second: true });
  });

  it('a write that fails fails its transaction: nothing of it is kept', async () => {
    await expect(
      withTenant(db, 'ta', async (tx) => {
        await note(tx, 'n6');
        await note(tx, 'n7', 'nobody'); // no such user: the foreign key refuses it
      }),
    ).rejects.toThrow();
    expect(await ids()).not.toContain('n6');
  });
});
