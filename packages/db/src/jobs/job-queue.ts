import type { Database, Queryable } from '../core/database.js';
import { memoOf } from '../core/tenant-scope.js';
import { deferWrite } from '../core/write-coalescing.js';
import { sealAuditChains } from '../repositories/audit/audit-seal.js';

export interface Job {
  tenantId: string;
  id: string;
  kind: string;
  runAt: string;
  payload: Record<string, unknown>;
  /** attempts before this one */
  attempts: number;
}

export interface NewJob {
  id: string;
  kind: string;
  runAt: string;
  payload?: Record<string, unknown>;
  /** a second live job with the same key replaces the first (one reminder per task, not two) */
  dedupeKey?: string;
}

/** After this many failures a job is parked with its last error instead of retried forever. */
export const MAX_JOB_ATTEMPTS = 8;

/** 30 s, 1 min, 2 min … capped at 1 h: a flapping SMTP server is not hammered. */
export const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** attempts, 3_600_000);

export async function enqueueJob(tx: Queryable, tenantId: string, job: NewJob): Promise<void> {
  // sent with the transaction's next statement (write-coalescing.ts)
  await deferWrite(
    tx,
    {
      text: `INSERT INTO jobs (tenant_id, id, kind, run_at, payload, dedupe_key) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (tenant_id, dedupe_key) WHERE done_at IS NULL AND dedupe_key IS NOT NULL
     DO UPDATE SET run_at = excluded.run_at, payload = excluded.payload, kind = excluded.kind`,
      params: [
        tenantId,
        job.id,
        job.kind,
        job.runAt,
        JSON.stringify(job.payload ?? {}),
        job.dedupeKey ?? null,
      ],
    },
    job.dedupeKey ? [`job:${job.dedupeKey}`] : [],
  );
}

/** cancelJobs for a caller that does not need the count: sent with the transaction's next statement. */
export async function dropJobs(
  tx: Queryable,
  tenantId: string,
  dedupeKeys: readonly string[],
): Promise<void> {
  if (dedupeKeys.length === 0) return;
  await deferWrite(
    tx,
    {
      text: 'DELETE FROM jobs WHERE tenant_id = $1 AND done_at IS NULL AND dedupe_key = ANY($2::text[])',
      params: [tenantId, [...dedupeKeys]],
    },
    dedupeKeys.map((k) => `job:${k}`),
  );
}

/** Drops live jobs by key (a task closed, so its reminder must not fire). */
export async function cancelJobs(
  tx: Queryable,
  tenantId: string,
  dedupeKeys: readonly string[],
): Promise<number> {
  if (dedupeKeys.length === 0) return 0;
  const rows = await tx.query<{ id: string }>(
    'DELETE FROM jobs WHERE tenant_id = $1 AND done_at IS NULL AND dedupe_key = ANY($2::text[]) RETURNING id',
    [tenantId, [...dedupeKeys]],
  );
  return rows.length;
}

export type JobHandler = (tx: Queryable, job: Job) => Promise<void>;
export type JobOutcome =
  { kind: 'idle' } | { kind: 'ran'; job: Job } | { kind: 'failed'; job: Job; error: string };

type JobRecord = {
  tenant_id: string;
  id: string;
  kind: string;
  run_at: string | Date;
  payload: Record<string, unknown>;
  attempts: number;
};

/**
 * Claims the oldest due job that no other worker holds (FOR UPDATE SKIP LOCKED), runs it as the
 * app role scoped to the job's tenant, and marks it done, all in one transaction: a job's effects
 * and its "done" mark commit together or not at all, so each job takes effect exactly once even
 * with several processes polling. A handler error rolls back the handler's writes only (savepoint)
 * and reschedules the job with backoff.
 */
export function runNextJob(db: Database, now: Date, handler: JobHandler): Promise<JobOutcome> {
  return db.transaction(async (tx): Promise<JobOutcome> => {
    const rows = await tx.query<JobRecord>(
      `SELECT tenant_id, id, kind, run_at, payload, attempts FROM jobs
        WHERE done_at IS NULL AND run_at <= $1 ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [now.toISOString()],
    );
    const r = rows[0];
    if (!r) return { kind: 'idle' };
    const job: Job = {
      tenantId: r.tenant_id,
      id: r.id,
      kind: r.kind,
      runAt: new Date(r.run_at).toISOString(),
      payload: r.payload,
      attempts: r.attempts,
    };

    await tx.query('SET LOCAL ROLE signoff_app');
    await tx.query("SELECT set_config('app.tenant_id', $1, true)", [job.tenantId]);
    await tx.query('SAVEPOINT job');
    try {
      // Free the job's key first, so the handler may schedule its successor under the same key
      // (a red card after the yellow one) instead of overwriting the job that is finishing.
      await tx.query('UPDATE jobs SET dedupe_key = NULL WHERE tenant_id = $1 AND id = $2', [
        job.tenantId,
        job.id,
      ]);
      // the process's caches (org, templates) serve timers as they serve requests
      await handler({ ...tx, memo: memoOf(db) }, job);
    } catch (e) {
      await tx.query('ROLLBACK TO SAVEPOINT job');
      // Only the message: a driver error's detail can carry data, and stacks belong in the log.
      const error = e instanceof Error ? e.message.slice(0, 500) : 'job failed';
      const parked = job.attempts + 1 >= MAX_JOB_ATTEMPTS;
      await tx.query(
        `UPDATE jobs SET attempts = attempts + 1, last_error = $3, run_at = $4, done_at = $5 WHERE tenant_id = $1 AND id = $2`,
        [
          job.tenantId,
          job.id,
          error,
          new Date(now.getTime() + retryDelayMs(job.attempts)).toISOString(),
          parked ? now.toISOString() : null,
        ],
      );
      return { kind: 'failed', job, error };
    }
    await tx.query('UPDATE jobs SET attempts = attempts + 1, done_at = $3 WHERE tenant_id = $1 AND id = $2', [
      job.tenantId,
      job.id,
      now.toISOString(),
    ]);
    return { kind: 'ran', job };
  });
}

/** While jobs keep coming, the sweep still runs this often: a backlog of e-mails never holds up the audit seal. */
const BUSY_SWEEP_MS = 1000;

export interface JobLoop {
  /** resolves once the job in hand (if any) has finished */
  stop(): Promise<void>;
}

/**
 * Polls for due jobs: drains everything due, then sleeps `pollMs`. Every server process runs
 * one; they share the work through the database. Each time the queue is found empty, and at
 * least once a second while it is not, the loop also runs `sweep`: by default the audit sealer,
 * so a committed audit row is chained within about a poll (docs/runtime.md, "Audit").
 */
export function startJobLoop(options: {
  db: Database;
  handler: JobHandler;
  clock?: () => Date;
  pollMs?: number;
  onOutcome?: (outcome: JobOutcome) => void;
  onError?: (error: unknown) => void;
  sweep?: (db: Database) => Promise<unknown>;
}): JobLoop {
  const clock = options.clock ?? (() => new Date());
  const pollMs = options.pollMs ?? 1000;
  const sweep = options.sweep ?? sealAuditChains;
  // wall time, not the job clock: a test clock moved by days must not make every poll sweep
  let sweptAt = 0;
  let stopped = false;
  let wake: (() => void) | undefined;
  const sleep = () =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, pollMs);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  const done = (async () => {
    while (!stopped) {
      try {
        const outcome = await runNextJob(options.db, clock(), options.handler);
        options.onOutcome?.(outcome);
        if (outcome.kind === 'idle' || Date.now() - sweptAt >= BUSY_SWEEP_MS) {
          sweptAt = Date.now();
          await sweep(options.db);
        }
        if (outcome.kind === 'idle') await sleep();
      } catch (e) {
        // the database went away for a moment: wait and try again rather than die
        options.onError?.(e);
        await sleep();
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake?.();
      await done;
    },
  };
}
