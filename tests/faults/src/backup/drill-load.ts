import { pendingTasks, submitLeave } from '../harness/leave-flow.js';
import type { Session } from '../harness/http-session.js';
import type { ScratchDatabase } from '../harness/scratch-database.js';

export interface Acknowledged {
  id: string;
  serialNo: string | undefined;
  /** Date.now() when the answer was read */
  at: number;
}

export interface DrillTally {
  submitted: Acknowledged[];
  approved: Acknowledged[];
  refused: string[];
}

/**
 * 张三 files 1–2 day leaves (3 or more also need 王五) and 李四 approves each, from `workers` loops, until `stop()` says so
 * or `max` requests were filed. Only a fully read 2xx counts as acknowledged.
 */
export async function leaveLoad(o: {
  zhang: Session;
  li: Session;
  templateId: string;
  db: ScratchDatabase;
  workers: number;
  max: number;
  stop: () => boolean;
  tally: DrillTally;
}): Promise<void> {
  let filed = 0;
  const worker = async (w: number) => {
    while (!o.stop() && filed < o.max) {
      filed++;
      const s = await submitLeave(o.zhang, o.templateId, 1 + (filed % 2), `备份演练 ${w}-${filed}`);
      if (!s.ok) {
        o.tally.refused.push(`submit ${s.status} ${s.raw.slice(0, 200)}`);
        continue;
      }
      o.tally.submitted.push({ id: s.data.id, serialNo: s.data.serialNo, at: Date.now() });
      const [task] = await pendingTasks(o.db.sql, s.data.id);
      if (!task) {
        o.tally.refused.push(`no pending task for ${s.data.id}`);
        continue;
      }
      const a = await o.li.mutate('actions.approve', { taskId: task.id });
      if (a.ok) o.tally.approved.push({ id: s.data.id, serialNo: undefined, at: Date.now() });
      else o.tally.refused.push(`approve ${a.status} ${a.raw.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: o.workers }, (_, w) => worker(w)));
}
