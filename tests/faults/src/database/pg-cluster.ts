import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { freePort } from '../harness/server-process.js';

const run = promisify(execFile);

export interface PgCluster {
  readonly name: string;
  readonly port: number;
  /** the cluster's `postgres` database as superuser, for createScratchDatabase */
  readonly url: string;
  /**
   * `pg_ctlcluster restart`: `fast` ends every session with admin_shutdown, `immediate` is a
   * crash (no checkpoint, recovery on start). Resolves when the cluster accepts connections again.
   */
  restart(mode: 'fast' | 'immediate'): Promise<void>;
  drop(): Promise<void>;
}

/**
 * A PostgreSQL 15 cluster of the test's own on a free port (Debian's postgresql-common tools;
 * the test runs as root), so restarting it cuts nobody else's connections. Trust auth on
 * loopback, like the main cluster the suite runs against.
 */
export async function createPgCluster(): Promise<PgCluster> {
  const name = `faults${randomBytes(4).toString('hex')}`;
  const port = await freePort();
  await run('pg_createcluster', ['15', name, '-p', String(port), '--', '--auth=trust']);
  const drop = async () => {
    await run('pg_dropcluster', ['--stop', '15', name]).catch(() => undefined);
  };
  try {
    await run('pg_ctlcluster', ['15', name, 'start']);
  } catch (e) {
    await drop();
    throw e;
  }
  return {
    name,
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async restart(mode) {
      await run('pg_ctlcluster', ['15', name, 'restart', '-m', mode]);
    },
    drop,
  };
}
