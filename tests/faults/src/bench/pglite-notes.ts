import { cpus } from 'node:os';
import { loadInfo } from '../../../../scripts/bench/result.js';
import type { LoadPoint } from './engine-load.js';

/** Percent of one core a thread was busy over `seconds` of wall time. */
export function busy(cpuSeconds: number | undefined, seconds: number): number {
  return seconds > 0 ? ((cpuSeconds ?? 0) / seconds) * 100 : 0;
}

/** Milliseconds of CPU per action. */
export function perAction(cpuSeconds: number | undefined, actions: number): number {
  return actions > 0 ? ((cpuSeconds ?? 0) * 1000) / actions : 0;
}

const f0 = (v: number) => v.toFixed(0);
const f1 = (v: number) => v.toFixed(1);

export interface PglitePoint {
  clients: number;
  pglite: LoadPoint;
  postgres: LoadPoint;
}

/** A main thread busy this much of the wall time is the limit itself. */
const SATURATED = 85;

/**
 * The explanation written under the table, from the figures of this run: how busy the one thread
 * was that PGlite shares with the server, and what the database work cost in WebAssembly against
 * native PostgreSQL's backends.
 */
export function pgliteNotes(
  points: readonly PglitePoint[],
  o: { rounds: number; seconds: number },
): string[] {
  const notes = [
    `Both server processes run the same loop (张三 submits a 3-day leave, 李四 and 王五 approve), ${o.rounds} window(s) of ${o.seconds} s per backend and client count, interleaved; the next task is asked of the server (instances.get) on both, untimed.`,
    'CPU is read from /proc/<pid>/stat (the whole process) and /proc/<pid>/task/<pid>/stat (the main thread, where JavaScript and PGlite’s WebAssembly run); PostgreSQL’s share is the sum over the backends of its database.',
  ];
  for (const p of points) {
    const l = p.pglite;
    const g = p.postgres;
    const liteDb = perAction(l.cpu?.process, l.actions) - perAction(g.cpu?.process, g.actions);
    const nativeDb = perAction(g.cpu?.backends, g.actions);
    const mainMs = perAction(l.cpu?.mainThread, l.actions);
    notes.push(
      `${p.clients} client(s): PGlite ${f1(l.perSecond)} actions/s against PostgreSQL ${f1(g.perSecond)}; ` +
        `PGlite's server main thread busy ${f0(busy(l.cpu?.mainThread, l.seconds))} % of one core (process ${f0(busy(l.cpu?.process, l.seconds))} %), ` +
        `PostgreSQL's server main thread ${f0(busy(g.cpu?.mainThread, g.seconds))} % and its backends ${f0(busy(g.cpu?.backends, g.seconds))} % of a core; ` +
        `the database work of an action cost about ${f1(liteDb)} ms of CPU in PGlite (its process per action less the PostgreSQL server's) against ${f1(nativeDb)} ms in PostgreSQL's backends; ` +
        `PGlite's main thread spent ${f1(mainMs)} ms per action, so with a core to itself it would top out near ${f0(mainMs > 0 ? 1000 / mainMs : 0)} actions/s (CPU per action itself grows on a loaded machine).`,
    );
  }
  const top = points[points.length - 1];
  if (top) {
    const l = top.pglite;
    const running = busy(l.cpu?.mainThread, l.seconds);
    const waiting = busy(l.cpu?.mainThreadWaitingForCpu, l.seconds);
    const [load1] = loadInfo();
    const where = `at ${top.clients} clients the thread ran ${f0(running)} % of the wall time and waited for a core ${f0(waiting)} % (load average ${f1(load1)} on ${cpus().length} cores)`;
    const lite = `PGlite runs inside the server's main thread, so HTTP, tRPC, the engine and every SQL statement take turns on one core, on one connection that runs one transaction at a time`;
    notes.push(
      waiting >= running
        ? `What limits PGlite: one thread, and on this run the machine. ${lite}; ${where}: the thread was runnable ${f0(running + waiting)} % of the time but got a core for less than it waited, so this run measures the share of CPU the thread got, and PGlite's own ceiling (one core, at most) is higher on a quiet machine. PostgreSQL spreads the database over its own processes and gets more of the cores the machine hands out.`
        : running + waiting >= SATURATED
          ? `What limits PGlite: one thread. ${lite}; ${where}, so it was never idle and more clients only queue. PostgreSQL runs the database in its own processes, on the other core.`
          : `What limits PGlite: its one connection. ${lite}; ${where}. The rest of the time the thread slept, waiting for the clients' next request (they share the machine) or for its files.`,
      'It stays the newcomer’s default (nothing to install); a company that outgrows it sets DATABASE_URL to a PostgreSQL.',
    );
  }
  return notes;
}
