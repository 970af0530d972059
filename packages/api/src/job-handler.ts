import type { JobHandler } from '@signoff/db';
import type { ApiDeps } from './context.js';
import { deliverWebhook } from './integrations.js';

/**
 * What each kind of job does. An unknown kind throws, so the queue retries and finally parks it
 * with the error instead of silently dropping work a newer version enqueued.
 */
export function createJobHandler(deps: ApiDeps & { fetch?: typeof fetch }): JobHandler {
  return async (tx, job) => {
    switch (job.kind) {
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
