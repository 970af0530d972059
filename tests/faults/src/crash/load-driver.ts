import type postgres from 'postgres';
import { login, sessionFromCookies, type CallResult, type Session } from '../harness/http-session.js';
import { pendingTasks, submitLeave } from '../harness/leave-flow.js';
import type { ServerProcess } from '../harness/server-process.js';

/** One user, logged in once: the same session cookie works on either process (sessions live in the database). */
export type Person = { userId: string; login: string; on: Session[] };

/** What the client saw of one call: only a fully read 2xx counts as acknowledged. */
export type Seen<T> = { ack: true; data: T } | { ack: false; why: string };

export interface CrashTally {
  actions: number;
  submits: { id: string; serialNo: string | undefined; templateKey: string }[];
  approves: { instanceId: string; taskId: string }[];
  /** why each unacknowledged call was not: `thrown` (cut by the kill), or the HTTP status and code */
  unacked: { procedure: string; why: string }[];
}

export const emptyCrashTally = (): CrashTally => ({ actions: 0, submits: [], approves: [], unacked: [] });

/** The client-side load balancer: a call goes to a process that is up; one that failed is skipped until restarted. */
export class Pool {
  readonly up: boolean[];
  constructor(readonly servers: readonly ServerProcess[]) {
    this.up = servers.map(() => true);
  }
  async pick(): Promise<number> {
    for (;;) {
      const live = this.up.flatMap((u, i) => (u ? [i] : []));
      if (live.length > 0) return live[Math.floor(Math.random() * live.length)] ?? 0;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export async function logInEveryone(
  sql: postgres.Sql,
  pool: Pool,
  logins: readonly string[],
): Promise<Map<string, Person>> {
  const users = await sql<{ id: string; login: string }[]>`
    SELECT u.id, u.login FROM users u JOIN tenants t ON t.id = u.tenant_id
    WHERE t.code = 'demo' AND u.login = ANY(${[...logins]})`;
  const byId = new Map<string, Person>();
  for (const u of users) {
    const first = pool.servers[0];
    if (!first) throw new Error('no server');
    const s = await login(first.url, u.login);
    const cookies = s.cookie.split('; ');
    byId.set(u.id, {
      userId: u.id,
      login: u.login,
      on: pool.servers.map((srv) => sessionFromCookies(srv.url, cookies)),
    });
  }
  return byId;
}

/** Calls `run` on a live process; a throw (connection reset or refused) marks that process down. */
export async function send<T>(
  pool: Pool,
  tally: CrashTally,
  procedure: string,
  run: (serverIndex: number) => Promise<CallResult<T>>,
): Promise<Seen<T>> {
  const i = await pool.pick();
  tally.actions++;
  try {
    const r = await run(i);
    if (r.ok) return { ack: true, data: r.data };
    const why = `${r.status} ${r.error?.data?.appError?.messageKey ?? r.error?.code ?? r.raw.slice(0, 80)}`;
    tally.unacked.push({ procedure, why });
    return { ack: false, why };
  } catch {
    pool.up[i] = false;
    tally.unacked.push({ procedure, why: 'thrown' });
    return { ack: false, why: 'thrown' };
  }
}

export interface LeaveLoadOptions {
  sql: postgres.Sql;
  pool: Pool;
  people: Map<string, Person>;
  applicants: readonly Person[];
  templateId: string;
  tally: CrashTally;
  workers: number;
  /** the load goes on until this says stop (checked between requests) */
  keepGoing: () => boolean;
}

/**
 * Workers each file a leave request as one of the applicants and approve it step by step as
 * whoever its pending task names, each call to a random live process. Nothing is retried: an
 * unacknowledged call is left as the crash left it, which is what the checks afterwards judge.
 */
export async function runLeaveLoad(o: LeaveLoadOptions): Promise<void> {
  let n = 0;
  const worker = async () => {
    while (o.keepGoing()) {
      const k = n++;
      const applicant = o.applicants[k % o.applicants.length];
      if (!applicant) throw new Error('no applicants');
      // every fifth request is 5 days long, so a second approver (the supervising leader) acts too
      const days = k % 5 === 0 ? 5 : 1;
      const s = await send(o.pool, o.tally, 'instances.submit', (i) =>
        submitLeave(applicant.on[i] as Session, o.templateId, days, `crash load ${k}`),
      );
      if (!s.ack) continue;
      o.tally.submits.push({ id: s.data.id, serialNo: s.data.serialNo, templateKey: 'leave' });
      for (let step = 0; step < 3 && o.keepGoing(); step++) {
        const [task] = await pendingTasks(o.sql, s.data.id);
        if (!task) break;
        const approver = o.people.get(task.assignee_id);
        if (!approver) throw new Error(`no session for the assignee ${task.assignee_id}`);
        const a = await send(o.pool, o.tally, 'actions.approve', (i) =>
          (approver.on[i] as Session).mutate('actions.approve', { taskId: task.id }),
        );
        if (!a.ack) break;
        o.tally.approves.push({ instanceId: s.data.id, taskId: task.id });
      }
    }
  };
  await Promise.all(Array.from({ length: o.workers }, worker));
}

/** A business trip whose first step has an 8-hour limit: the load's source of timers. */
export function submitTrip(applicant: Session, templateId: string, k: number) {
  return applicant.mutate<{ id: string; serialNo?: string }>('instances.submit', {
    templateId,
    data: {
      destination: `深圳 ${k}`,
      period: ['2026-12-07', '2026-12-09'],
      itinerary: [{ item: '交通', amount: 800 }],
      purpose: '项目验收',
    },
  });
}
