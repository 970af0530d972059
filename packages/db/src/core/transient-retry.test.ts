import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing.js';
import { DbError } from './db-error.js';
import { retryTransient } from './postgres-database.js';

const driverError = (code: string) => Object.assign(new Error(`driver ${code}`), { code });

describe('retryTransient', () => {
  it('runs a transaction again after a deadlock or a serialization failure, then answers its result', async () => {
    let runs = 0;
    const result = await retryTransient(() => {
      runs += 1;
      if (runs < 3) return Promise.reject(driverError(runs === 1 ? '40P01' : '40001'));
      return Promise.resolve('committed');
    });
    expect(result).toBe('committed');
    expect(runs).toBe(3);
  });

  it('gives up after its attempts with a typed, retryable busy error, never the driver error', async () => {
    let runs = 0;
    const failing = retryTransient(() => {
      runs += 1;
      return Promise.reject(driverError('40P01'));
    }, 3);
    await expect(failing).rejects.toBeInstanceOf(DbError);
    await expect(failing).rejects.toMatchObject({ code: 'conflict', messageKey: 'errors.busy' });
    expect(runs).toBe(3);
  });

  it('does not repeat a transaction that failed for any other reason', async () => {
    let runs = 0;
    await expect(
      retryTransient(() => {
        runs += 1;
        return Promise.reject(driverError('23505'));
      }),
    ).rejects.toThrow('driver 23505');
    expect(runs).toBe(1);
  });
});

describe.runIf(process.env.DATABASE_URL)('a real deadlock on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    await t.db.exec(
      'CREATE TABLE deadlock_probe (id int PRIMARY KEY, n int NOT NULL); INSERT INTO deadlock_probe VALUES (1, 0), (2, 0);',
    );
  });
  afterAll(() => t.dispose());

  it('two transactions locking two rows in opposite orders both commit', async () => {
    let runs = 0;
    const crossing = (first: number, second: number) =>
      t.db.transaction(async (tx) => {
        runs += 1;
        await tx.query('UPDATE deadlock_probe SET n = n + 1 WHERE id = $1', [first]);
        await tx.query('SELECT pg_sleep(0.2)');
        await tx.query('UPDATE deadlock_probe SET n = n + 1 WHERE id = $1', [second]);
      });
    await Promise.all([crossing(1, 2), crossing(2, 1)]);
    // PostgreSQL broke the deadlock by rolling one back; it ran again and both increments landed
    expect(runs).toBeGreaterThan(2);
    const rows = await t.db.query<{ n: number }>('SELECT n FROM deadlock_probe ORDER BY id');
    expect(rows.map((r) => r.n)).toEqual([2, 2]);
  });
});
