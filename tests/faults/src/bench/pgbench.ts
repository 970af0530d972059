import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PGBENCH = '/usr/lib/postgresql/15/bin/pgbench';

/** TPC-B at scale 10 on `url`'s database: the PostgreSQL baseline beside every engine figure. */
export async function pgbenchInit(url: string): Promise<void> {
  await run(PGBENCH, ['-i', '-s', '10', '-q', url], { maxBuffer: 16 * 1024 * 1024 });
}

/** Transactions per second with `clients` connections over `seconds`, as pgbench reports them. */
export async function pgbenchTps(url: string, clients: number, seconds: number): Promise<number> {
  const { stdout } = await run(
    PGBENCH,
    ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), url],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
  if (!m?.[1]) throw new Error(`no tps in pgbench's output:\n${stdout}`);
  return Number(m[1]);
}
