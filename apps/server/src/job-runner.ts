import {
  runNextJob,
  sealAuditChains,
  startJobLoop,
  type Database,
  type JobHandler,
  type JobLoop,
  type JobOutcome,
} from '@signoff/db';

/** More due jobs than this in one go means something reschedules itself at once; stop rather than spin. */
const MAX_JOBS_PER_DRAIN = 10_000;

export interface JobRunner {
  start(): void;
  stop(): Promise<void>;
  /** runs every job due now and seals the audit rows, with the background loop paused so none is half done when this resolves */
  runDue(): Promise<number>;
}

/**
 * This process's share of the job queue: the background loop, and for the test clock a way to
 * run what is due right now. A failed job is rescheduled by the queue with backoff, so a drain
 * ends even when a job keeps failing.
 */
export function jobRunner(options: {
  db: Database;
  handler: JobHandler;
  clock: () => Date;
  pollMs: number;
  /** false: no background loop (`runDue` still works) */
  background: boolean;
  onOutcome?: (outcome: JobOutcome) => void;
  onError?: (error: unknown) => void;
}): JobRunner {
  let loop: JobLoop | null = null;
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();
  const start = () => {
    if (!options.background || loop || closed) return;
    loop = startJobLoop({
      db: options.db,
      handler: options.handler,
      clock: options.clock,
      pollMs: options.pollMs,
      ...(options.onOutcome ? { onOutcome: options.onOutcome } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
    });
  };
  const pause = async () => {
    const running = loop;
    loop = null;
    await running?.stop();
  };
  const drain = async () => {
    const wasRunning = loop !== null;
    await pause();
    let ran = 0;
    try {
      while (ran < MAX_JOBS_PER_DRAIN) {
        const outcome = await runNextJob(options.db, options.clock(), options.handler);
        options.onOutcome?.(outcome);
        if (outcome.kind === 'idle') break;
        ran += 1;
      }
      // what the background loop would do next: the audit rows of the jobs just run get sealed
      await sealAuditChains(options.db);
    } finally {
      if (wasRunning) start();
    }
    return ran;
  };
  return {
    start,
    // for good: a drain in progress does not start the loop again
    stop: () => {
      closed = true;
      return pause();
    },
    // one drain at a time: two clock moves at once must not interleave their jobs
    runDue: () => {
      const next = queue.then(drain, drain);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
