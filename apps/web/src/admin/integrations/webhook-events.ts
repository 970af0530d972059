import type { inferRouterInputs } from '@trpc/server';
import type { AppRouter } from '@signoff/api';

/** An event a webhook may subscribe to, as `integrations.createWebhook` takes it ('*' is every event). */
export type WebhookEventChoice =
  inferRouterInputs<AppRouter>['integrations']['createWebhook']['events'][number];

// Listed here rather than imported from the API package, which would pull server code into the
// browser; the type above fails to compile if the server's list changes.
const KEYS = {
  'instance.submitted': 'instanceSubmitted',
  'instance.finished': 'instanceFinished',
  'task.created': 'taskCreated',
  '*': 'all',
} as const satisfies Record<WebhookEventChoice, string>;

export const WEBHOOK_EVENT_CHOICES = Object.keys(KEYS) as WebhookEventChoice[];

/** The i18n key naming an event (`adminIntegrations.hooks.event.…`); an unknown one is shown as is. */
export const eventKey = (event: string): string | null =>
  event in KEYS ? `adminIntegrations.hooks.event.${KEYS[event as WebhookEventChoice]}` : null;
