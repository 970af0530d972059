import { z } from 'zod';
import { API_TOKEN_SCOPES } from '@signoff/db';
import { WEBHOOK_EVENTS } from './integrations.js';
import {
  apiTokens,
  createApiToken,
  createWebhook,
  removeWebhook,
  revokeToken,
  sendTestEvent,
  setHookActive,
  webhookDeliveries,
  webhooks,
} from './integration-admin.js';
import { adminProcedure, router } from '../trpc/trpc.js';

const id = z.string().min(1).max(128);

/** API tokens and webhooks, for tenant admins. A token and a webhook secret are shown once. */
export const integrationsRouter = router({
  tokens: adminProcedure.query(({ ctx }) => apiTokens(ctx)),
  createToken: adminProcedure
    .input(
      z.object({
        name: z.string().trim().min(1).max(100),
        // read + submit is what a token could do before scopes existed
        scopes: z.array(z.enum(API_TOKEN_SCOPES)).min(1).default(['read', 'submit']),
      }),
    )
    .mutation(({ ctx, input }) => createApiToken(ctx, input)),
  revokeToken: adminProcedure.input(z.object({ id })).mutation(({ ctx, input }) => revokeToken(ctx, input)),

  webhooks: adminProcedure.query(({ ctx }) => webhooks(ctx)),
  createWebhook: adminProcedure
    .input(
      z.object({
        url: z.url({ protocol: /^https?$/ }).max(2000),
        events: z.array(z.enum([...WEBHOOK_EVENTS, '*'])).min(1),
      }),
    )
    .mutation(({ ctx, input }) => createWebhook(ctx, input)),
  deleteWebhook: adminProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => removeWebhook(ctx, input)),
  setWebhookActive: adminProcedure
    .input(z.object({ id, active: z.boolean() }))
    .mutation(({ ctx, input }) => setHookActive(ctx, input)),
  testWebhook: adminProcedure.input(z.object({ id })).mutation(({ ctx, input }) => sendTestEvent(ctx, input)),
  deliveries: adminProcedure
    .input(z.object({ webhookId: id }))
    .query(({ ctx, input }) => webhookDeliveries(ctx, input)),
});
