import { lockInstance, type JobHandler } from '@signoff/db';
import type { ApiDeps } from '../trpc/context.js';
import { applyEngineAction } from '../instances/instance-service.js';
import { deliverWebhook } from '../integrations/integrations.js';

/**
 * What each kind of job does. An unknown kind throws, so the queue retries and finally parks it
 * with the error instead of silently dropping work a newer version enqueued.
 */
export function createJobHandler(deps: ApiDeps & { fetch?: typeof fetch }): JobHandler {
  return async (tx, job) => {
    switch (job.kind) {
      case 'timer': {
        // a reminder or a time limit falling due; the engine ignores one for a task already closed
        const { instanceId, taskId, timerKind } = job.payload as {
          instanceId: string;
          taskId: string;
          timerKind: 'reminder' | 'due';
        };
        // the request's other timer may be firing in another process: wait for it, then read
        await lockInstance(tx, job.tenantId, instanceId);
        await applyEngineAction(
          tx,
          deps,
          job.tenantId,
          { userId: 'system', admin: false },
          { type: 'timer_fired', taskId, kind: timerKind },
          instanceId,
        );
        return;
      }
      case 'webhook':
        return deliverWebhook(tx, deps, job.tenantId, String(job.payload.deliveryId));
      case 'email': {
        // no mailer any more (configuration changed): nothing to send with, and retrying will not help
        if (!deps.mailer) return;
        const { to, subject, text } = job.payload as { to: string; subject: string; text: string };
        // a thrown error (server down, refused) retries the job with backoff
        return deps.mailer.send({ to, subject, text });
      }
      default:
        throw new Error(`unknown job kind ${job.kind}`);
    }
  };
}
