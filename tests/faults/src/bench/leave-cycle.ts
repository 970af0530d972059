import type { Session } from '../harness/http-session.js';
import { pendingTasks, submitLeave } from '../harness/leave-flow.js';
import type { ScratchDatabase } from '../harness/scratch-database.js';

export interface CycleStats {
  actions: number;
  failed: number;
  /** milliseconds of each action, in the order they ended */
  latencies: number[];
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
 * three actions issue 15 measures. The next task is read from the database (superuser, outside the
 * server): what a person would see in the inbox, without charging the server for the lookup.
 */
export async function leaveCycles(o: {
  zhang: Session;
  li: Session;
  wang: Session;
  templateId: string;
  db: ScratchDatabase;
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
      const [task] = await pendingTasks(o.db.sql, id);
      if (!task) break;
      if (!(await timed(o.stats, () => approver.mutate('actions.approve', { taskId: task.id })))) break;
    }
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
