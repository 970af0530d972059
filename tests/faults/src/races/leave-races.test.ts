import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, sized } from '../harness/fault-size.js';
import { login, type Session } from '../harness/http-session.js';
import { leaveTemplateId, pendingTasks, submitLeave } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import {
  auditCount,
  eventCount,
  fireTogether,
  instanceStatus,
  isTypedRefusal,
  outcomeOf,
  Tally,
  taskStatuses,
  type Outcome,
} from './race-kit.js';

/**
 * Issue 16's races on the demo leave route, through the HTTP server of a real `signoff start`
 * process on PostgreSQL: two requests leave at the same moment, exactly one may take effect
 * (counted in the request's events and the audit log), and the other gets a typed refusal.
 */
describe.runIf(DATABASE_URL)('races over HTTP on the leave route', () => {
  let db: ScratchDatabase;
  let server: ServerProcess;
  let zhang: Session;
  let li: Session;
  let wang: Session;
  let templateId: string;
  const figures: string[] = [];

  beforeAll(async () => {
    db = await createScratchDatabase(DATABASE_URL ?? '');
    server = await startServerProcess({ databaseUrl: db.url, seedDemo: true });
    [zhang, li, wang] = await Promise.all([
      login(server.url, 'zhang.san'),
      login(server.url, 'li.si'),
      login(server.url, 'wang.wu'),
    ]);
    templateId = await leaveTemplateId(db.sql);
  });
  afterAll(async () => {
    if (figures.length > 0) console.log(`[races] ${figures.join('\n[races] ')}`);
    await server?.stop();
    await db?.drop();
  });

  /** A fresh request and the id of its one pending task (李四's, step 1). */
  async function freshRequest(days: number, reason: string): Promise<{ id: string; taskId: string }> {
    const submitted = await submitLeave(zhang, templateId, days, reason);
    if (!submitted.ok) throw new Error(`submit refused: ${submitted.raw}`);
    const [task] = await pendingTasks(db.sql, submitted.data.id);
    if (!task) throw new Error('no pending task after submit');
    return { id: submitted.data.id, taskId: task.id };
  }

  /** Exactly one of the pair won; the other is a typed refusal with one of `codes`. */
  function oneWinner(pair: [Outcome, Outcome], codes: readonly string[], tally: Tally): 0 | 1 {
    const winners = pair.filter((o) => o.ok).length;
    expect(winners, JSON.stringify(pair)).toBe(1);
    const winner = pair[0].ok ? 0 : 1;
    const loser = pair[winner === 0 ? 1 : 0];
    tally.add(loser);
    expect(isTypedRefusal(loser, codes), JSON.stringify(loser)).toBe(true);
    return winner;
  }

  it('double approve: one approval, one conflict', async () => {
    const rounds = sized(30, 1000);
    const tally = new Tally();
    const started = Date.now();
    for (let i = 0; i < rounds; i++) {
      const { id, taskId } = await freshRequest(1, `double ${i}`);
      const pair = await fireTogether(
        () => li.mutate('actions.approve', { taskId }),
        () => li.mutate('actions.approve', { taskId }),
      );
      oneWinner([outcomeOf(pair[0]), outcomeOf(pair[1])], ['conflict'], tally);
      expect(await eventCount(db.sql, id, 'approved')).toBe(1);
      expect(await auditCount(db.sql, id, 'instance.approve')).toBe(1);
      expect(await instanceStatus(db.sql, id)).toBe('approved');
    }
    figures.push(`double approve ×${rounds} in ${Date.now() - started} ms; losers: ${tally.toString()}`);
  });

  it('withdraw vs the next approval: the request ends withdrawn or approved, never both', async () => {
    const rounds = sized(10, 200);
    const tally = new Tally();
    const wins = { withdraw: 0, approve: 0 };
    const started = Date.now();
    for (let i = 0; i < rounds; i++) {
      const { id, taskId } = await freshRequest(1, `withdraw ${i}`);
      const pair = await fireTogether(
        () => zhang.mutate('actions.withdraw', { instanceId: id }),
        () => li.mutate('actions.approve', { taskId }),
      );
      // the applicant loses with a conflict, or with 'already acted' when it read 李四's commit
      const winner = oneWinner(
        [outcomeOf(pair[0]), outcomeOf(pair[1])],
        winnerCodes(pair[0].ok ? 'withdraw' : 'approve'),
        tally,
      );
      const withdrawn = winner === 0;
      wins[withdrawn ? 'withdraw' : 'approve'] += 1;
      expect(await eventCount(db.sql, id, 'withdrawn')).toBe(withdrawn ? 1 : 0);
      expect(await eventCount(db.sql, id, 'approved')).toBe(withdrawn ? 0 : 1);
      expect(await instanceStatus(db.sql, id)).toBe(withdrawn ? 'withdrawn' : 'approved');
      expect((await taskStatuses(db.sql, id)).pending ?? 0).toBe(0);
    }
    figures.push(
      `withdraw vs approve ×${rounds} in ${Date.now() - started} ms; withdraw won ${wins.withdraw}, approve won ${wins.approve}; losers: ${tally.toString()}`,
    );
  });

  it('return vs approve of the same task: returned to step 1 or approved, never both', async () => {
    const rounds = sized(10, 200);
    const tally = new Tally();
    const wins = { return: 0, approve: 0 };
    const started = Date.now();
    for (let i = 0; i < rounds; i++) {
      // 5 days: 李四 approves step 1, then 王五's step-2 task is raced
      const first = await freshRequest(5, `return ${i}`);
      const step1 = await li.mutate('actions.approve', { taskId: first.taskId });
      expect(step1.ok).toBe(true);
      const [task] = await pendingTasks(db.sql, first.id);
      const taskId = task?.id ?? '';
      const pair = await fireTogether(
        () => wang.mutate('actions.return', { taskId, toNodeId: 'dept-head', reason: '请补充说明' }),
        () => wang.mutate('actions.approve', { taskId }),
      );
      const winner = oneWinner([outcomeOf(pair[0]), outcomeOf(pair[1])], ['conflict'], tally);
      const returned = winner === 0;
      wins[returned ? 'return' : 'approve'] += 1;
      expect(await eventCount(db.sql, first.id, 'returned')).toBe(returned ? 1 : 0);
      // step 1's approval is always there; step 2's only when the approval won
      expect(await eventCount(db.sql, first.id, 'approved')).toBe(returned ? 1 : 2);
      expect(await instanceStatus(db.sql, first.id)).toBe(returned ? 'running' : 'approved');
      const pending = await pendingTasks(db.sql, first.id);
      expect(pending.map((t) => t.assignee_id)).toEqual(returned ? ['u-li'] : []);
    }
    figures.push(
      `return vs approve ×${rounds} in ${Date.now() - started} ms; return won ${wins.return}, approve won ${wins.approve}; losers: ${tally.toString()}`,
    );
  });

  it('batch approve vs single approve of the same tasks: each task approved once', async () => {
    const rounds = sized(10, 200);
    const perBatch = 3;
    const tally = new Tally();
    let batchWins = 0;
    const started = Date.now();
    for (let i = 0; i < rounds; i++) {
      const requests = await Promise.all(
        Array.from({ length: perBatch }, (_, k) => freshRequest(1, `batch ${i}.${k}`)),
      );
      const taskIds = requests.map((r) => r.taskId);
      const [batch, ...singles] = await Promise.all([
        li.mutate<{
          approved: number;
          results: { taskId: string; ok: boolean; error?: { code: string; messageKey?: string } }[];
        }>('actions.batchApprove', { taskIds }),
        ...taskIds.map((taskId) => li.mutate('actions.approve', { taskId })),
      ]);
      // the batch itself always answers 200: each item carries its own outcome
      expect(batch?.ok, JSON.stringify(batch)).toBe(true);
      if (!batch?.ok) continue;
      for (const [k, r] of requests.entries()) {
        const item = batch.data.results.find((x) => x.taskId === r.taskId);
        const single = singles[k];
        if (!item || !single) throw new Error('missing answer');
        const itemOutcome: Outcome = item.ok
          ? { ok: true, status: 200 }
          : // a batch item has no HTTP status of its own: 409 is what its code means on its own
            {
              ok: false,
              status: 409,
              code: item.error?.code,
              messageKey: `batch item ${item.error?.messageKey ?? ''}`,
            };
        const winner = oneWinner([itemOutcome, outcomeOf(single)], ['conflict'], tally);
        if (winner === 0) batchWins += 1;
        expect(await eventCount(db.sql, r.id, 'approved')).toBe(1);
        expect(await auditCount(db.sql, r.id, 'instance.approve')).toBe(1);
      }
    }
    figures.push(
      `batch (${perBatch} tasks) vs single approves ×${rounds} in ${Date.now() - started} ms; batch won ${batchWins} of ${rounds * perBatch}; losers: ${tally.toString()}`,
    );
  });
});

/** What the loser of withdraw-vs-approve may answer, given who won. */
function winnerCodes(winner: 'withdraw' | 'approve'): string[] {
  // a withdraw that read the approval is refused as 'already_acted', which the API maps to bad_request
  return winner === 'approve' ? ['conflict', 'bad_request'] : ['conflict'];
}
