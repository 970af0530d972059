import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../harness/server-process.js';

export interface Pgbouncer {
  readonly port: number;
  /** `url` (a postgres:// URL on the real server) rewritten to go through the pooler */
  via(url: string): string;
  output(): string;
  stop(): Promise<void>;
}

export interface PgbouncerOptions {
  /** where the real PostgreSQL listens */
  serverPort: number;
  /**
   * server connections per database and user: small, so that the requests of both tenants take
   * turns on the same few server connections and a setting left behind would be seen by the next
   */
  poolSize: number;
}

/** the uid/gid of `postgres`: PgBouncer refuses to run as root */
async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const id = async (flag: string) =>
    Number((await promisify(execFile)('id', [flag, 'postgres'])).stdout.trim());
  return { uid: await id('-u'), gid: await id('-g') };
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

/**
 * Debian's PgBouncer in transaction mode on a free port, with its own ini in a temp dir: every
 * database of the server behind it, trust auth (as the server itself), the postgres user only.
 */
export async function startPgbouncer(options: PgbouncerOptions): Promise<Pgbouncer> {
  const dir = await mkdtemp(join(tmpdir(), 'faults-pgbouncer-'));
  const port = await freePort();
  const ini = `[databases]
* = host=127.0.0.1 port=${options.serverPort}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${dir}/userlist.txt
pool_mode = transaction
default_pool_size = ${options.poolSize}
max_client_conn = 200
server_reset_query =
logfile =
pidfile =
`;
  await writeFile(join(dir, 'pgbouncer.ini'), ini);
  await writeFile(join(dir, 'userlist.txt'), '"postgres" ""\n');
  const { uid, gid } = await postgresIds();
  await chown(dir, uid, gid);
  let log = '';
  const child: ChildProcess = spawn('/usr/sbin/pgbouncer', [join(dir, 'pgbouncer.ini')], {
    uid,
    gid,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`pgbouncer did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    via(url) {
      const u = new URL(url);
      u.port = String(port);
      return u.toString();
    },
    output: () => log,
    stop,
  };
}
