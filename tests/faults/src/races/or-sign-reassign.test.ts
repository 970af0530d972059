import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, sized } from '../harness/fault-size.js';
import { login, type Session } from '../harness/http-session.js';
import { pendingTasks } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { addApprover } from './extra-approver.js';
import { eventCount, instanceStatus, isTypedRefusal, outcomeOf, Tally, taskStatuses } from './race-kit.js';
import { publishOrSign, publishOverdue } from './race-templates.js';

/**
 * 或签 across five approvers all approving at once, and two supervisors reassigning one overdue
 * task at once, through a real `signoff start` process on PostgreSQL: exactly one effect each.
 */
describe.runIf(DATABASE_URL)('或签 and reassignment races over HTTP', () => {
  let db: ScratchDatabase;
  let server: ServerProcess;
  let zhang: Session;
  let admin: Session;
  let approvers: Session[];
  let qianId: string;
  const figures: string[] = [];

  beforeAll(async () => {
    db = await createScratchDatabase(DATABASE_URL ?? '');
    server = await startServerProcess({ databaseUrl: db.url, seedDemo: true });
    [zhang, admin] = await Promise.all([login(server.url, 'zhang.san'), login(server.url, 'admin')]);
    const qian = await addApprover(admin, server.url, 'qian.qi');
    qianId = qian.id;
    const others = await Promise.all(['li.si', 'wang.wu', 'zhao.liu'].map((l) => login(server.url, l)));
    approvers = [...others, admin, qian.session];
  });
  afterAll(async () => {
    if (figures.length > 0) console.log(`[races] ${figures.join('\n[races] ')}`);
    await server?.stop();
    await db?.drop();
  });

  async function submit(templateId: string, reason: string): Promise<string> {
    const r = await zhang.mutate<{ id: string }>('instances.submit', { templateId, data: { reason } });
    if (!r.ok) throw new Error(`submit refused: ${r.raw}`);
    return r.data.id;
  }

  it('或签 with five approvers at once: one approval, four refusals', async () => {
    const ids = ['u-li', 'u-wang', 'u-zhao', 'u-admin', qianId];
    const templateId = await publishOrSign(admin, ids);
    const rounds = sized(10, 200);
    const tally = new Tally();
    const started = Date.now();
    for (let i = 0; i < rounds; i++) {
      const id = await submit(templateId, `或签 ${i}`);
      const tasks = await pendingTasks(db.sql, id);
      expect(tasks.map((t) => t.assignee_id).sort()).toEqual([...ids].sort());
      const answers = await Promise.all(
        approvers.map((s, k) => {
          const task = tasks.find((t) => t.assignee_id === ids[k]);
          return s.mutate('actions.approve', { taskId: task?.id });
        }),
      );
      const outcomes = answers.map(outcomeOf);
      expect(
        outcomes.filter((o) => o.ok),
        JSON.stringify(outcomes),
      ).toHaveLength(1);
      for (const o of outcomes.filter((x) => !x.ok)) {
        tally.add(o);
        expect(isTypedRefusal(o, ['conflict']), JSON.stringify(o)).toBe(true);
      }
      expect(await eventCount(db.sql, id, 'approved')).toBe(1);
      expect(await instanceStatus(db.sql, id)).toBe('approved');
      const statuses = await taskStatuses(db.sql, id);
      expect(statuses.approved).toBe(1);
      expect(statuses.pending ?? 0).toBe(0);
    }
    figures.push(`或签 ×5 approvers ×${rounds} in ${Date.now() - started} ms; losers: ${tally.toString()}`);
  });

  it('two supervisors reassigning one overdue task at once: one reassignment, one refusal', async () => {
    const templateId = await publishOverdue(admin, 'u-li', ['u-wang', 'u-zhao']);
    const wang = approvers[1];
    const zhao = approvers[2];
    if (!wang || !zhao) throw new Error('missing supervisor sessions');
    const rounds = sized(5, 50);
    const ids: string[] = [];
    for (let i = 0; i < rounds; i++) ids.push(await submit(templateId, `换人 ${i}`));
    // the time limit is ~1 s, the red card ~1 s later: wait until the job loop has given every card
    // so that no timer writes the request during the race
    const deadline = Date.now() + 60_000;
    for (;;) {
      const rows = await db.sql<{ n: number }[]>`
        SELECT count(*)::int AS n FROM tasks WHERE instance_id = ANY(${ids}) AND status = 'pending' AND card = 'red'`;
      if ((rows[0]?.n ?? 0) === rounds) break;
      if (Date.now() > deadline)
        throw new Error(`only ${rows[0]?.n ?? 0} of ${rounds} tasks got their red card`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const tally = new Tally();
    const started = Date.now();
    for (const id of ids) {
      const [task] = await pendingTasks(db.sql, id);
      const taskId = task?.id ?? '';
      const answers = await Promise.all([
        wang.mutate('actions.reassign', { taskId, toUserId: 'u-admin', reason: '超期换人' }),
        zhao.mutate('actions.reassign', { taskId, toUserId: qianId, reason: '超期换人' }),
      ]);
      const outcomes = answers.map(outcomeOf);
      expect(
        outcomes.filter((o) => o.ok),
        JSON.stringify(outcomes),
      ).toHaveLength(1);
      const loser = outcomes.find((o) => !o.ok);
      if (loser) tally.add(loser);
      expect(loser && isTypedRefusal(loser, ['conflict']), JSON.stringify(loser)).toBe(true);
      expect(await eventCount(db.sql, id, 'reassigned')).toBe(1);
      const pending = await pendingTasks(db.sql, id);
      expect(pending.map((t) => t.assignee_id)).toEqual([outcomes[0]?.ok ? 'u-admin' : qianId]);
    }
    figures.push(
      `two supervisors reassigning ×${rounds} in ${Date.now() - started} ms; losers: ${tally.toString()}`,
    );
  });
});
