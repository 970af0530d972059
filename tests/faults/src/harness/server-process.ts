import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const CLI = `${REPO}apps/cli/bin/signoff.mjs`;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface ServerProcessOptions {
  /** the PostgreSQL database the server runs on (its DATABASE_URL); ignored when `dataDir` is given */
  databaseUrl: string;
  /**
   * run on the embedded PGlite in this directory instead, as `signoff start` does for a newcomer
   * with no DATABASE_URL: the variable is taken out of the child's environment (the test runner has it)
   */
  dataDir?: string;
  /** create the demo tenant and the catalog tenants on start (the first process of a run) */
  seedDemo?: boolean;
  /** extra environment (TRUST_PROXY, PUBLIC_URL, …) */
  env?: Record<string, string>;
  /** the port to listen on; a free one when not given, kept across restarts */
  port?: number;
  /** how long a start may take before the test fails (migrating and seeding an empty database is the slow case) */
  startTimeoutMs?: number;
}

export interface ServerProcess {
  readonly url: string;
  readonly port: number;
  /** the OS process id of the server now running, undefined while it is down */
  pid(): number | undefined;
  /** everything the server printed, all its lives together */
  output(): string;
  /** SIGKILL: no shutdown hook runs, in-flight requests and transactions are cut */
  kill9(): Promise<void>;
  /** starts it again on the same port and database (without seeding) */
  restart(): Promise<void>;
  /** SIGTERM and wait: the graceful stop an operator does */
  stop(): Promise<void>;
}

/**
 * `signoff start` as an operator runs it, in its own OS process, on PostgreSQL (or the embedded
 * PGlite with `dataDir`): migrations, its share of the job loop (timers, reminders, webhooks) and
 * the HTTP server on one port.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  let child: ChildProcess | undefined;

  const launch = async (seed: boolean) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      // the tests' webhook receivers listen on loopback, which webhooks reach only when allowed
      WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
      LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'warn',
      ...options.env,
    };
    if (options.dataDir !== undefined) delete env.DATABASE_URL;
    const args = [
      CLI,
      'start',
      '--port',
      String(port),
      ...(options.dataDir === undefined ? [] : ['--data-dir', options.dataDir]),
      ...(seed ? ['--seed-demo'] : []),
    ];
    const proc = spawn(process.execPath, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    proc.stdout.on('data', (d: Buffer) => (log += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const started = log.length;
    const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
    while (!log.slice(started).includes('Signoff is running')) {
      if (proc.exitCode !== null)
        throw new Error(`the server exited with ${proc.exitCode}:\n${log.slice(started)}`);
      if (Date.now() > deadline) {
        proc.kill('SIGKILL');
        throw new Error(`the server did not start in time:\n${log.slice(started)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const waitExit = (proc: ChildProcess) =>
    proc.exitCode !== null || proc.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => proc.once('exit', () => resolve()));

  await launch(options.seedDemo ?? false);
  return {
    url,
    port,
    pid: () => (child && child.exitCode === null && child.signalCode === null ? child.pid : undefined),
    output: () => log,
    async kill9() {
      if (!child) return;
      const proc = child;
      proc.kill('SIGKILL');
      await waitExit(proc);
    },
    restart: () => launch(false),
    async stop() {
      if (!child) return;
      const proc = child;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await waitExit(proc);
      clearTimeout(timer);
    },
  };
}
