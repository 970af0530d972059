import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(REPO, 'apps/cli/bin/signoff.mjs');
// SIGNOFF_WEB_DIR: a build of its own (`vite build --outDir …`), so a test run is not disturbed by a rebuild of dist
const WEB_DIST = join(process.env.SIGNOFF_WEB_DIR ?? join(REPO, 'apps/web/dist'), 'index.html');

async function freePort(): Promise<number> {
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

export interface RunningServer {
  baseUrl: string;
  output: () => string;
  /** moves the server's test clock forward and runs the jobs then due (only with `testClock`) */
  advanceClock: (hours: number) => Promise<void>;
  stop: () => Promise<void>;
}

/** Runs a CLI command (`['tenant', 'create', …]`) on the server's data dir; answers its stdout. */
export type RunCli = (args: string[]) => Promise<string>;

/** Starts the real server, with a fresh embedded database and the demo tenant, the way an operator would. */
export async function startSignoff(
  options: { testClock?: boolean; beforeStart?: (cli: RunCli) => Promise<void> } = {},
): Promise<RunningServer> {
  if (!existsSync(CLI)) throw new Error(`the CLI is missing: ${CLI}`);
  if (!existsSync(WEB_DIST))
    throw new Error('apps/web/dist is missing: run `pnpm --filter @signoff/web build` first');
  const dataDir = await mkdtemp(join(tmpdir(), 'signoff-e2e-'));
  const port = await freePort();
  let log = '';
  // always the embedded database, even where a developer has DATABASE_URL set
  const env = { ...process.env };
  delete env.DATABASE_URL;
  // the tests' webhook receivers listen on loopback, which webhooks may reach only when allowed
  env.WEBHOOK_ALLOW_HOSTS = '127.0.0.1';
  // the embedded database takes one process at a time, so CLI work on it (signoff tenant create) runs before the server opens it
  if (options.beforeStart) {
    const cli: RunCli = (args) =>
      new Promise((resolve, reject) =>
        execFile(
          process.execPath,
          [CLI, ...args, '--data-dir', dataDir],
          { cwd: REPO, env },
          (error, stdout, stderr) =>
            error
              ? reject(new Error(`signoff ${args.join(' ')} failed: ${stderr || error.message}`))
              : resolve(stdout),
        ),
      );
    await options.beforeStart(cli);
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [
      CLI,
      'start',
      '--seed-demo',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      ...(options.testClock ? ['--test-clock'] : []),
    ],
    {
      cwd: REPO,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (log += b.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the server exited with ${child.exitCode}:\n${log}`);
    }
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not become healthy in time:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const advanceClock = async (hours: number) => {
    const res = await fetch(`${baseUrl}/test/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceHours: hours }),
    });
    if (res.status !== 200) throw new Error(`the test clock answered ${res.status}: ${await res.text()}`);
  };
  return { baseUrl, output: () => log, stop, advanceClock };
}
