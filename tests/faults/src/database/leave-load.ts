import type postgres from 'postgres';
import type { CallResult, Session } from '../harness/http-session.js';
import { pendingTasks, submitLeave } from '../harness/leave-flow.js';

/** One refused call as the client saw it: what a person's browser would have to act on. */
export interface RefusedCall {
  procedure: string;
  status: number;
  /** the tRPC error's appError, absent when the body was not Signoff's typed error */
  appCode: string | undefined;
  messageKey: string | undefined;
  raw: string;
}

export interface LoadTally {
  calls: number;
  /** submissions the server acknowledged: each must exist afterwards with its serial number */
  submitted: { id: string; serialNo: string | undefined }[];
  /** instances whose approval the server acknowledged: each must be approved afterwards */
  approved: Set<string>;
  /** acknowledged submissions whose approval was refused: the client's retries come later */
  unapproved: Set<string>;
  refused: RefusedCall[];
}

export function emptyTally(): LoadTally {
  return { calls: 0, submitted: [], approved: new Set(), unapproved: new Set(), refused: [] };
}

export function refusal(procedure: string, r: CallResult<unknown>): RefusedCall | undefined {
  if (r.ok) return undefined;
  const app = r.error?.data?.appError;
  return {
    procedure,
    status: r.status,
    appCode: app?.code,
    messageKey: app?.messageKey,
    raw: r.raw.slice(0, 300),
  };
}

/**
 * How long one call may take, the outage included: the server's own retries end within a few
 * seconds, so a call still open after this is a hang, and the test says which one.
 * FAULTS_TRACE=1 logs every call's start and end, to see what a hang was waiting behind.
 */
export const CALL_TIMEOUT_MS = Number(process.env.FAULTS_CALL_TIMEOUT_MS ?? 30_000);
const TRACE = process.env.FAULTS_TRACE === '1';

/** Rejects with `label` when `run` has neither resolved nor rejected within `ms`. */
export async function within<T>(label: string, run: () => Promise<T>, ms = CALL_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t0 = Date.now();
  if (TRACE) console.log(`[load] ${new Date(t0).toISOString()} start ${label}`);
  try {
    return await Promise.race([
      run(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${label}: no answer within ${ms} ms (a hang)`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    if (TRACE) console.log(`[load] ${new Date().toISOString()} end ${label} (${Date.now() - t0} ms)`);
  }
}

/** fetch throws only when the server itself is gone (connection refused): a failure of the test */
async function call<T>(procedure: string, run: () => Promise<CallResult<T>>): Promise<CallResult<T>> {
  try {
    return await within(procedure, run);
  } catch (e) {
    throw new Error(`${procedure}: the server did not answer (${String(e)})`);
  }
}

/**
 * The test's own superuser reads go to the same cluster and are cut by the same restart; they
 * are not under test, so they wait it out (bounded).
 */
export async function patiently<T>(
  read: () => Promise<T>,
  timeoutMs = 60_000,
  label = 'a check read',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await within(label, read, Math.max(1, Math.min(CALL_TIMEOUT_MS, deadline - Date.now())));
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export interface LeaveLoadOptions {
  applicant: Session;
  approver: Session;
  templateId: string;
  /** the superuser connection the task ids are read with */
  sql: postgres.Sql;
  /** submissions in all; the load stops after that many attempts */
  total: number;
  workers: number;
  tally: LoadTally;
  /** 1 day: a single approval step by the approver */
  submit?: (
    applicant: Session,
    templateId: string,
    n: number,
  ) => Promise<CallResult<{ id: string; serialNo?: string }>>;
}

/**
 * `workers` clients each submitting a request and approving it, until `total` submissions were
 * attempted. Refusals are recorded, never retried here: what happens to them is the test's check.
 */
export async function runLeaveLoad(o: LeaveLoadOptions): Promise<void> {
  let next = 0;
  const submit = o.submit ?? ((a, t, n) => submitLeave(a, t, 1, `load ${n}`));
  const worker = async () => {
    while (next < o.total) {
      const n = next++;
      o.tally.calls++;
      const s = await call(`instances.submit #${n}`, () => submit(o.applicant, o.templateId, n));
      if (!s.ok) {
        o.tally.refused.push(refusal('instances.submit', s) as RefusedCall);
        continue;
      }
      o.tally.submitted.push({ id: s.data.id, serialNo: s.data.serialNo });
      const [task] = await patiently(
        () => pendingTasks(o.sql, s.data.id),
        60_000,
        `the test's read of ${s.data.id}'s tasks`,
      );
      if (!task) throw new Error(`the acknowledged request ${s.data.id} has no pending task`);
      o.tally.calls++;
      const a = await call(`actions.approve of #${n}`, () =>
        o.approver.mutate('actions.approve', { taskId: task.id }),
      );
      if (a.ok) o.tally.approved.add(s.data.id);
      else {
        o.tally.refused.push(refusal('actions.approve', a) as RefusedCall);
        o.tally.unapproved.add(s.data.id);
      }
    }
  };
  await Promise.all(Array.from({ length: o.workers }, worker));
}
