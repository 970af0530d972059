import type postgres from 'postgres';
import { login, type Session } from '../harness/http-session.js';
import { leaveCycles, percentile, type CycleStats, type NextTask } from './leave-cycle.js';
import { backendCpu, backendCpuDelta, processCpu } from './process-cpu.js';

/** The three people of the demo leave flow, one session each, shared by every client. */
export interface LeavePeople {
  zhang: Session;
  li: Session;
  wang: Session;
}

export async function demoPeople(baseUrl: string): Promise<LeavePeople> {
  const [zhang, li, wang] = await Promise.all(
    ['zhang.san', 'li.si', 'wang.wu'].map((u) => login(baseUrl, u)),
  );
  if (!zhang || !li || !wang) throw new Error('login failed');
  return { zhang, li, wang };
}

export interface LoadTarget {
  people: LeavePeople;
  templateId: string;
  nextTask: NextTask;
  /** sample this server process's CPU over the window */
  serverPid?: number | undefined;
  /** and the PostgreSQL backends of this database (a superuser connection to it) */
  backends?: { sql: postgres.Sql; database: string } | undefined;
}

export interface LoadPoint {
  clients: number;
  seconds: number;
  actions: number;
  failed: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** every action's milliseconds, ascending (to merge windows) */
  sorted: number[];
  /** CPU seconds spent in the window, when asked for */
  cpu?:
    | { process: number; mainThread: number; mainThreadWaitingForCpu: number; backends?: number | undefined }
    | undefined;
}

/** `clients` loops of submit + two approvals against `target` for `seconds`, side by side. */
export async function runLoad(target: LoadTarget, clients: number, seconds: number): Promise<LoadPoint> {
  const stats: CycleStats = { actions: 0, failed: 0, latencies: [] };
  const cpu0 = target.serverPid === undefined ? undefined : processCpu(target.serverPid);
  const db0 = target.backends ? await backendCpu(target.backends.sql, target.backends.database) : undefined;
  const started = performance.now();
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, () =>
      leaveCycles({
        ...target.people,
        templateId: target.templateId,
        nextTask: target.nextTask,
        until,
        stats,
      }),
    ),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpu1 = target.serverPid === undefined ? undefined : processCpu(target.serverPid);
  const db1 = target.backends ? await backendCpu(target.backends.sql, target.backends.database) : undefined;
  const sorted = [...stats.latencies].sort((a, b) => a - b);
  return {
    clients,
    seconds: elapsed,
    actions: stats.actions,
    failed: stats.failed,
    perSecond: stats.actions / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    sorted,
    cpu:
      cpu0 && cpu1
        ? {
            process: cpu1.process - cpu0.process,
            mainThread: cpu1.mainThread - cpu0.mainThread,
            mainThreadWaitingForCpu: cpu1.mainThreadWaitingForCpu - cpu0.mainThreadWaitingForCpu,
            backends: db0 && db1 ? backendCpuDelta(db0, db1) : undefined,
          }
        : undefined,
  };
}

/** Windows of the same load taken apart (interleaved with another), as one. */
export function mergeLoad(points: readonly LoadPoint[]): LoadPoint {
  const sorted = points.flatMap((p) => p.sorted).sort((a, b) => a - b);
  const seconds = points.reduce((s, p) => s + p.seconds, 0);
  const actions = points.reduce((s, p) => s + p.actions, 0);
  return {
    clients: points[0]?.clients ?? 0,
    seconds,
    actions,
    failed: points.reduce((s, p) => s + p.failed, 0),
    perSecond: seconds > 0 ? actions / seconds : 0,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    sorted,
  };
}

/** Rounded for a report: one decimal below 100, whole numbers above. */
export function round(v: number): number {
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10;
}
