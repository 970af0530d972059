import { createHash, createHmac } from 'node:crypto';
import {
  enqueueJob,
  getDelivery,
  insertDelivery,
  listWebhooks,
  cachedWebhooks,
  recordDeliveryAttempt,
  type Queryable,
} from '@signoff/db';
import type { ApiDeps } from '../trpc/context.js';
import { checkWebhookTarget } from './webhook-target.js';
import { postWebhook, PRIVATE_ADDRESS_REFUSED } from './webhook-post.js';

export const WEBHOOK_EVENTS = ['instance.submitted', 'instance.finished', 'task.created'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/**
 * Sent only by the console's "send a test event", to one hook: nobody subscribes to it, so it stays
 * out of WEBHOOK_EVENTS (the subscribable list the REST document is generated from).
 */
export const WEBHOOK_TEST_EVENT = 'webhook.test' as const;
/** Every event a delivery in the log can carry. */
export const DELIVERY_EVENTS = [...WEBHOOK_EVENTS, WEBHOOK_TEST_EVENT] as const;
export type DeliveryEvent = (typeof DELIVERY_EVENTS)[number];

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The receiver recomputes this over the raw body with the shared secret and compares in
 * constant time; the timestamp inside the signed text lets it refuse replays.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Outbox: called inside the transaction that changed the request, so a delivery exists exactly
 * when the change committed; the job queue sends it afterwards.
 */
export async function emitWebhookEvent(
  tx: Queryable,
  deps: ApiDeps,
  tenantId: string,
  event: WebhookEvent,
  data: Record<string, unknown>,
): Promise<number> {
  // one action may emit three events: the hooks are listed once, and kept while none changes
  const all = await cachedWebhooks(tx, tenantId);
  const hooks = all.filter((w) => w.active && (w.events.includes(event) || w.events.includes('*')));
  for (const hook of hooks) await queueDelivery(tx, deps, tenantId, hook.id, event, data);
  return hooks.length;
}

/**
 * One delivery to one hook, logged and handed to the job queue: real events and the console's
 * test event take the same path, so a test shows what a real delivery would do.
 */
export async function queueDelivery(
  tx: Queryable,
  deps: ApiDeps,
  tenantId: string,
  webhookId: string,
  event: DeliveryEvent,
  data: Record<string, unknown>,
): Promise<string> {
  const at = deps.clock().toISOString();
  const id = deps.newId();
  await insertDelivery(tx, tenantId, {
    id,
    webhookId,
    event,
    payload: { id, event, at, data },
    createdAt: at,
  });
  await enqueueJob(tx, tenantId, {
    id: deps.newId(),
    kind: 'webhook',
    runAt: at,
    payload: { deliveryId: id },
  });
  return id;
}

export const WEBHOOK_MAX_ATTEMPTS = 6;
/** 1 min, 2, 4, 8, 16: about half an hour of patience for a receiver that is down. */
export const webhookRetryMs = (attempt: number) => 60_000 * 2 ** (attempt - 1);

/**
 * One delivery attempt, run by the job queue. Every attempt is written to the delivery log
 * (which is why failures reschedule a new job instead of throwing: a thrown job rolls back).
 */
export async function deliverWebhook(
  tx: Queryable,
  deps: ApiDeps & { fetch?: typeof fetch },
  tenantId: string,
  deliveryId: string,
): Promise<void> {
  const delivery = await getDelivery(tx, tenantId, deliveryId);
  if (!delivery || delivery.status !== 'pending') return;
  const hook = (await listWebhooks(tx, tenantId)).find((w) => w.id === delivery.webhookId);
  if (!hook?.active) return;
  const now = deps.clock();
  const body = JSON.stringify(delivery.payload);
  const timestamp = Math.floor(now.getTime() / 1000);
  let responseStatus: number | null = null;
  let error: string | null = null;
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Signoff-Webhooks/1',
    'x-signoff-event': delivery.event,
    'x-signoff-delivery': delivery.id,
    'x-signoff-timestamp': String(timestamp),
    'x-signoff-signature': signWebhook(hook.secret, timestamp, body),
  };
  const policy = deps.webhookTargets ?? {};
  // checked again at every delivery: the host may resolve elsewhere than at registration
  const verdict = await checkWebhookTarget(hook.url, policy);
  if (!verdict.ok) {
    // final at once: retrying a refused address would only repeat the refusal
    await recordDeliveryAttempt(tx, tenantId, delivery.id, {
      status: 'failed',
      responseStatus: null,
      error: PRIVATE_ADDRESS_REFUSED,
      at: now.toISOString(),
    });
    return;
  }
  try {
    if (deps.fetch) {
      // tests hand in a fetch of their own; redirects are not followed either way
      const res = await deps.fetch(hook.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(10_000),
        redirect: 'manual',
      });
      responseStatus = res.status;
    } else {
      responseStatus = (await postWebhook(hook.url, headers, body, policy)).status;
    }
    if (responseStatus < 200 || responseStatus >= 300) error = `HTTP ${responseStatus}`;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    error =
      code === 'EPRIVATE'
        ? PRIVATE_ADDRESS_REFUSED
        : e instanceof Error
          ? e.message.slice(0, 300)
          : 'request failed';
    if (code === 'EPRIVATE') {
      await recordDeliveryAttempt(tx, tenantId, delivery.id, {
        status: 'failed',
        responseStatus: null,
        error,
        at: now.toISOString(),
      });
      return;
    }
  }
  const attempt = delivery.attempts + 1;
  const status = error === null ? 'delivered' : attempt >= WEBHOOK_MAX_ATTEMPTS ? 'failed' : 'pending';
  await recordDeliveryAttempt(tx, tenantId, delivery.id, {
    status,
    responseStatus,
    error,
    at: now.toISOString(),
  });
  if (status === 'pending') {
    await enqueueJob(tx, tenantId, {
      id: deps.newId(),
      kind: 'webhook',
      runAt: new Date(now.getTime() + webhookRetryMs(attempt)).toISOString(),
      payload: { deliveryId },
    });
  }
}
