import { z } from 'zod';
import type { WebhookEvent } from '../integrations.js';
import { instanceStatus, named } from './rest-schemas.js';

/** What engine-outcome.ts puts in `data` of every event about a request. */
const summary = {
  instanceId: z.string(),
  serialNo: z.string(),
  templateKey: z.string(),
  status: instanceStatus,
};

const envelope = <D extends z.ZodType>(event: WebhookEvent, data: D, id: string, description: string) => {
  return named(
    z.object({
      id: z.string().describe('the delivery id, also sent as x-signoff-delivery: deduplicate retries by it'),
      event: z.literal(event),
      at: z.string().describe('when the event happened (ISO 8601)'),
      data,
    }),
    id,
    description,
  );
};

/** The payload of each webhook event, as emitWebhookEvent's callers fill it. */
export const WEBHOOK_PAYLOADS: Record<
  WebhookEvent,
  { schema: z.ZodType; summary: string; example: unknown }
> = {
  'instance.submitted': {
    schema: envelope(
      'instance.submitted',
      z.object(summary),
      'InstanceSubmittedEvent',
      'A request was submitted',
    ),
    summary: 'A request was submitted',
    example: {
      id: 'dlv-1',
      event: 'instance.submitted',
      at: '2026-11-24T02:00:00.000Z',
      data: { instanceId: 'inst-1', serialNo: 'QJ-202611-0001', templateKey: 'leave', status: 'running' },
    },
  },
  'task.created': {
    schema: envelope(
      'task.created',
      z.object({
        ...summary,
        taskId: z.string(),
        assigneeId: z.string().describe("the assignee's user id"),
        nodeId: z.string().describe('the step of the flow the task belongs to'),
      }),
      'TaskCreatedEvent',
      'A task now waits for someone',
    ),
    summary: 'A task was opened for an approver or handler',
    example: {
      id: 'dlv-2',
      event: 'task.created',
      at: '2026-11-24T02:00:01.000Z',
      data: {
        instanceId: 'inst-1',
        serialNo: 'QJ-202611-0001',
        templateKey: 'leave',
        status: 'running',
        taskId: 'task-1',
        assigneeId: 'u-li',
        nodeId: 'manager',
      },
    },
  },
  'instance.finished': {
    schema: envelope(
      'instance.finished',
      z.object(summary),
      'InstanceFinishedEvent',
      'A request left the running state',
    ),
    summary: 'A request was approved, rejected, withdrawn or cancelled',
    example: {
      id: 'dlv-3',
      event: 'instance.finished',
      at: '2026-11-24T03:00:00.000Z',
      data: { instanceId: 'inst-1', serialNo: 'QJ-202611-0001', templateKey: 'leave', status: 'approved' },
    },
  },
};

export const WEBHOOK_SIGNATURE_DOC =
  'Each delivery is a POST with a JSON body and the headers `x-signoff-event`, `x-signoff-delivery` (the delivery id), ' +
  '`x-signoff-timestamp` (Unix seconds) and `x-signoff-signature: sha256=<hex>`, the HMAC-SHA256 of ' +
  "`${timestamp}.${raw body}` with the webhook's secret. Recompute it over the raw body, compare in constant time and " +
  'refuse old timestamps (e.g. older than 5 minutes) against replays. Answer 2xx within 10 s; anything else is retried ' +
  'with backoff (1, 2, 4, 8, 16 minutes) up to 6 attempts.';
