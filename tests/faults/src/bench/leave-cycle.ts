import type postgres from 'postgres';
import type { Session } from '../harness/http-session.js';
import { pendingTasks, submitLeave } from '../harness/leave-flow.js';

export interface CycleStats {
  actions: number;
  failed: number;
  /** milliseconds of each action, in the order they ended */
  latencies: number[];
}

/** The open task of `instanceId` that `approver` is to act on next, or undefined when there is none. */
export type NextTask = (instanceId: string, approver: Session) => Promise<string | undefined>;

/**
 * Reads the next task from the database (superuser, outside the server): what a person would see
 * in the inbox, without charging the server for the lookup.
 */
export function taskFromDatabase(sql: postgres.Sql): NextTask {
  return async (instanceId) => (await pendingTasks(sql, instanceId))[0]?.id;
}

/**
 * Asks the server for it (`instances.get` as the approver, its `myOpenTask`), for a database no
 * other process can open (PGlite): the lookup is then part of the server's load, not timed.
 */
export function taskFromServer(): NextTask {
  return async (instanceId, approver) => {
    const r = await approver.query<{ myOpenTask?: { id: string } | null }>('instances.get', {
      id: instanceId,
    });
    return r.ok ? (r.data.myOpenTask?.id ?? undefined) : undefined;
  };
}

async function timed(stats: CycleStats, call: () => Promise<{ ok: boolean }>): Promise<boolean> {
  const t0 = performance.now();
  const r = await call();
  stats.latencies.push(performance.now() - t0);
  if (r.ok) stats.actions++;
  else stats.failed++;
  return r.ok;
}

/**
 * One client's loop until `until`: 张三 files a 3-day leave, 李四 and then 王五 approve it, the
 * three actions issue 15 measures. Only the three actions are timed and counted.
 */
export async function leaveCycles(o: {
  zhang: Session;
  li: Session;
  wang: Session;
  templateId: string;
  nextTask: NextTask;
  until: number;
  stats: CycleStats;
}): Promise<void> {
  while (Date.now() < o.until) {
    let id = '';
    const filed = await timed(o.stats, async () => {
      const r = await submitLeave(o.zhang, o.templateId, 3, '性能测试');
      if (r.ok) id = r.data.id;
      return r;
    });
    if (!filed) continue;
    for (const approver of [o.li, o.wang]) {
      const taskId = await o.nextTask(id, approver);
      if (!taskId) break;
      if (!(await timed(o.stats, () => approver.mutate('actions.approve', { taskId })))) break;
    }
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
