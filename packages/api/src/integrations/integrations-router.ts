import { z } from 'zod';
import { createApiToken, createWebhook, WEBHOOK_EVENTS } from './integrations.js';
import { apiTokens, removeWebhook, revokeToken, webhookDeliveries, webhooks } from './integration-admin.js';
import { adminProcedure, router } from '../trpc/trpc.js';

const id = z.string().min(1).max(128);

/** API tokens and webhooks, for tenant admins. A token and a webhook secret are shown once. */
export const integrationsRouter = router({
  tokens: adminProcedure.query(({ ctx }) => ctx.tx((tx) => apiTokens(tx, ctx.viewer))),
  createToken: adminProcedure
    .input(z.object({ name: z.string().trim().min(1).max(100) }))
    .mutation(({ ctx, input }) =>
      ctx.tx((tx) => createApiToken(tx, ctx.deps, ctx.viewer.tenantId, ctx.viewer.userId, input.name)),
    ),
  revokeToken: adminProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => ctx.tx((tx) => revokeToken(tx, ctx.viewer, input.id, ctx.deps.clock()))),

  webhooks: adminProcedure.query(({ ctx }) => ctx.tx((tx) => webhooks(tx, ctx.viewer))),
  createWebhook: adminProcedure
    .input(
      z.object({
        url: z.url({ protocol: /^https?$/ }).max(2000),
        events: z.array(z.enum([...WEBHOOK_EVENTS, '*'])).min(1),
      }),
    )
    .mutation(({ ctx, input }) => ctx.tx((tx) => createWebhook(tx, ctx.deps, ctx.viewer.tenantId, input))),
  deleteWebhook: adminProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => ctx.tx((tx) => removeWebhook(tx, ctx.viewer, input.id))),
  deliveries: adminProcedure
    .input(z.object({ webhookId: id }))
    .query(({ ctx, input }) => ctx.tx((tx) => webhookDeliveries(tx, ctx.viewer, input.webhookId))),
});
