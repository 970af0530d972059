import { readFileSync } from 'node:fs';
import type postgres from 'postgres';

/** Linux's USER_HZ: /proc reports CPU time in these ticks (100 on every usual kernel). */
const TICKS_PER_SECOND = 100;

/** user + system CPU seconds of a /proc stat line (fields 14 and 15, counted after the `(comm)`). */
export function cpuSecondsOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / TICKS_PER_SECOND;
}

function readStat(path: string): number | undefined {
  try {
    return cpuSecondsOfStat(readFileSync(path, 'utf8'));
  } catch {
    return undefined; // the process (or the thread) has gone
  }
}

export interface ProcessCpu {
  /** all the threads of the process (Node's worker pool, GC helpers and the main thread) */
  process: number;
  /** the main thread alone: where JavaScript, and PGlite's WebAssembly, run */
  mainThread: number;
  /**
   * seconds the main thread was ready to run but waited for a core (schedstat's run delay): on a
   * shared machine, the part of the wall time a busy thread lost to other processes
   */
  mainThreadWaitingForCpu: number;
}

/** The run-queue wait of a schedstat line (`cpu-ns wait-ns slices`), in seconds. */
export function runDelaySecondsOfSchedstat(line: string): number {
  return Number(line.split(' ')[1] ?? 0) / 1e9;
}

/** CPU seconds so far of process `pid` (Linux /proc). */
export function processCpu(pid: number): ProcessCpu {
  let waiting = 0;
  try {
    waiting = runDelaySecondsOfSchedstat(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8'));
  } catch {
    // a kernel without schedstats: the figure stays 0 and the notes say nothing of it
  }
  return {
    process: readStat(`/proc/${pid}/stat`) ?? 0,
    mainThread: readStat(`/proc/${pid}/task/${pid}/stat`) ?? 0,
    mainThreadWaitingForCpu: waiting,
  };
}

/**
 * CPU seconds so far of every PostgreSQL backend connected to `database` (the server on this
 * machine): the database's share of an action, beside the Node process's own.
 */
export async function backendCpu(sql: postgres.Sql, database: string): Promise<Map<number, number>> {
  const rows = await sql<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity WHERE datname = ${database} AND pid <> pg_backend_pid()`;
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    const s = readStat(`/proc/${pid}/stat`);
    if (s !== undefined) out.set(pid, s);
  }
  return out;
}

/** Seconds used between two samples; a backend that appeared in between counts from zero. */
export function backendCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, s] of after) sum += s - (before.get(pid) ?? 0);
  return sum;
}
