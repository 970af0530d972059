import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { DbError } from './db-error.js';
import { CopyRefused, isConnectionError, openPostgres } from './postgres-database.js';

const URL_ = process.env.DATABASE_URL;

describe('isConnectionError', () => {
  it('knows the server going away, the socket failing and the pooler losing its server from any other error', () => {
    for (const code of ['57P01', '57P03', '08006', '08P01', 'CONNECTION_CLOSED', 'ECONNREFUSED'])
      expect(isConnectionError({ code }), code).toBe(true);
    for (const code of ['23505', '40001', '42P01', undefined])
      expect(isConnectionError({ code }), code).toBe(false);
  });
});

/**
 * A connection cut under a transaction (a restart, a failover, a pooler): the caller gets the typed,
 * retryable refusal, the process lives on (postgres.js 3.4.9 crashes it when a query is written to
 * the dead connection: porsager/postgres#1154), and the next transaction runs on a fresh connection.
 */
describe.runIf(URL_)('a PostgreSQL connection lost under a transaction', () => {
  let db: Database;
  let admin: postgres.Sql;
  beforeAll(() => {
    db = openPostgres(URL_ ?? '', { max: 2 });
    admin = postgres(URL_ ?? '', { max: 1, onnotice: () => undefined });
  });
  afterAll(async () => {
    await db.close();
    await admin.end();
  });

  const terminate = async (pid: number) => {
    await admin`SELECT pg_terminate_backend(${pid})`;
    await new Promise((r) => setTimeout(r, 300)); // the FATAL and the close reach the driver
  };

  it('cut while a query runs: a typed databaseUnavailable, then the pool serves again', async () => {
    const cut = db.transaction(async (tx) => {
      const [me] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const slow = tx.query('SELECT pg_sleep(5)');
      slow.catch(() => undefined); // rejected while the test still waits for the cut; awaited below
      await new Promise((r) => setTimeout(r, 100));
      await terminate(me?.pid ?? 0);
      return slow;
    });
    await expect(cut).rejects.toBeInstanceOf(DbError);
    await expect(cut).rejects.toMatchObject({
      code: 'unavailable',
      messageKey: 'errors.databaseUnavailable',
    });
    await new Promise((r) => setTimeout(r, 50)); // a write the driver deferred would crash here
    expect(await db.transaction((tx) => tx.query<{ one: number }>('SELECT 1 AS one'))).toEqual([{ one: 1 }]);
  });

  it('cut while the transaction waits between queries: its next query is refused without touching the dead connection', async () => {
    const cut = db.transaction(async (tx) => {
      const [me] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await terminate(me?.pid ?? 0);
      return tx.query('SELECT 1');
    });
    await expect(cut).rejects.toMatchObject({ messageKey: 'errors.databaseUnavailable' });
    await new Promise((r) => setTimeout(r, 50));
    // a transaction, not a plain query: postgres.js keeps the FATAL of a connection cut mid-query
    // and hands it to the first query after that connection reconnects; a BEGIN that meets it is
    // simply run again, a plain query would be refused (typed) once
    expect(await db.transaction((tx) => tx.query<{ one: number }>('SELECT 1 AS one'))).toEqual([{ one: 1 }]);
  });

  it('a database that cannot be reached: typed databaseUnavailable after a few tries', async () => {
    const u = new URL(URL_ ?? '');
    u.port = '1'; // nothing listens there
    const away = openPostgres(u.toString(), { max: 1 });
    try {
      await expect(away.transaction((tx) => tx.query('SELECT 1'))).rejects.toMatchObject({
        messageKey: 'errors.databaseUnavailable',
      });
    } finally {
      await away.close();
    }
  });

  it('a failed query fails its transaction even when the body caught it, and nothing of it is kept', async () => {
    await db.exec('CREATE TABLE IF NOT EXISTS pgdb_probe (id int PRIMARY KEY)');
    await db.exec('TRUNCATE pgdb_probe');
    const run = db.transaction(async (tx) => {
      await tx.query('INSERT INTO pgdb_probe VALUES (1)');
      await tx.query('INSERT INTO pgdb_probe VALUES (1)').catch(() => undefined);
    });
    await expect(run).rejects.toMatchObject({ code: '23505' });
    expect(await db.query('SELECT id FROM pgdb_probe')).toEqual([]);
    await db.exec('DROP TABLE pgdb_probe');
  });

  it('a COPY in a transaction keeps its rows; a refused one is a CopyRefused and the transaction goes on', async () => {
    await db.exec('CREATE TABLE IF NOT EXISTS pgdb_copy (id int PRIMARY KEY, note text)');
    await db.exec('TRUNCATE pgdb_copy');
    await db.transaction(async (tx) => {
      await tx.copyFrom?.('pgdb_copy', ['id', 'note'], '1\tone\n2\ttwo\n');
      // 2 again: the whole COPY is refused, the rows before it stay
      await expect(tx.copyFrom?.('pgdb_copy', ['id', 'note'], '3\tthree\n2\tagain\n')).rejects.toBeInstanceOf(
        CopyRefused,
      );
      await tx.query('INSERT INTO pgdb_copy VALUES (4, $1)', ['four']);
    });
    expect(await db.query('SELECT id FROM pgdb_copy ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }, { id: 4 }]);
    await db.exec('DROP TABLE pgdb_copy');
  });
});

/**
 * A TCP relay in front of PostgreSQL that the test can take away: `cut` drops every relayed
 * connection and refuses new ones (what clients see of a crashed or restarting server), `restore`
 * accepts again. A restart of the cluster itself would cut every other test's connections too.
 */
async function outageRelay(
  target: URL,
): Promise<{ url: string; ports(): number[]; cut(): Promise<void>; restore(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const upstreams = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      const s = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        upstreams.add(upstream);
        upstream.on('close', () => upstreams.delete(upstream));
        for (const [a, b] of [
          [client, upstream],
          [upstream, client],
        ] as const) {
          sockets.add(a);
          a.on('error', () => undefined);
          a.on('close', () => (sockets.delete(a), b.destroy()));
          a.pipe(b);
        }
      });
      server = s;
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  const url = new URL(target);
  url.port = String(port);
  return {
    url: url.toString(),
    ports: () => [...upstreams].map((u) => u.localPort ?? 0),
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server?.close(() => resolve());
      }),
    restore: listen,
  };
}

/** Rejects naming `label` when `p` is still open after `ms`: a hang fails the test instead of stalling it. */
function within<T>(label: string, p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${label} hung`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

describe.runIf(URL_)('the database going away under concurrent transactions', () => {
  it('every transaction ends, refused ones with a typed error, and the pool serves again afterwards', async () => {
    const relay = await outageRelay(new URL(URL_ ?? ''));
    const db = openPostgres(relay.url, { max: 3 });
    const admin = postgres(URL_ ?? '', { max: 1, onnotice: () => undefined });
    const outcomes = { ok: 0, refused: 0 };
    const untyped: unknown[] = [];
    let stop = false;
    let n = 0;
    const worker = async () => {
      while (!stop) {
        const label = `transaction ${n++}`;
        try {
          await within(
            label,
            db.transaction(async (tx) => {
              await tx.query('SELECT pg_sleep(0.01)');
              return tx.query('SELECT 1 AS one');
            }),
            15_000,
          );
          outcomes.ok++;
        } catch (e) {
          if (e instanceof DbError && ['unavailable', 'conflict'].includes(e.code)) outcomes.refused++;
          else untyped.push(e);
          if (e instanceof Error && e.message.endsWith('hung')) throw e;
        }
      }
    };
    try {
      const workers = Promise.all(Array.from({ length: 6 }, worker));
      for (let round = 0; round < 3; round++) {
        await new Promise((r) => setTimeout(r, 300));
        // a fast shutdown first tells every session why (57P01), then the server is gone a while
        if (round % 2 === 0)
          await admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                      WHERE client_port = ANY(${relay.ports()})`;
        await relay.cut();
        await new Promise((r) => setTimeout(r, 700));
        await relay.restore();
      }
      await new Promise((r) => setTimeout(r, 500));
      stop = true;
      await workers;
      expect(untyped).toEqual([]);
      expect(outcomes.refused).toBeGreaterThan(0);
      for (let i = 0; i < 6; i++)
        expect(
          await within(
            'after',
            db.transaction((tx) => tx.query('SELECT 1 AS one')),
            5_000,
          ),
        ).toEqual([{ one: 1 }]);
    } finally {
      stop = true;
      await relay.cut();
      await db.close();
      await admin.end();
    }
  });
});
