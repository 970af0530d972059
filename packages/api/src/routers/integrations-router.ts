import { z } from 'zod';
import { deleteWebhook, listApiTokens, listDeliveries, listWebhooks, revokeApiToken, withTenant } from '@signoff/db';
import { errors } from '../app-error.js';
import { createApiToken, createWebhook, WEBHOOK_EVENTS } from '../integrations.js';
import { adminProcedure, router } from '../trpc.js';

const id = z.string().min(1).max(128);
const TOKEN = { zh: 'API 令牌', en: 'The API token' };
const HOOK = { zh: 'Webhook', en: 'The webhook' };

/** API tokens and webhooks, for tenant admins. A token and a webhook secret are shown once. */
export const integrationsRouter = router({
  tokens: adminProcedure.query(({ ctx }) => withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => listApiTokens(tx, ctx.session.tenantId))),
  createToken: adminProcedure
    .input(z.object({ name: z.string().trim().min(1).max(100) }))
    .mutation(({ ctx, input }) =>
      withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => createApiToken(tx, ctx.deps, ctx.session.tenantId, ctx.session.userId, input.name)),
    ),
  revokeToken: adminProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const ok = await withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => revokeApiToken(tx, ctx.session.tenantId, input.id, ctx.deps.clock().toISOString()));
    if (!ok) throw errors.notFound(TOKEN);
    return { ok };
  }),

  webhooks: adminProcedure.query(({ ctx }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) =>
      (await listWebhooks(tx, ctx.session.tenantId)).map(({ secret: _secret, ...w }) => w),
    ),
  ),
  createWebhook: adminProcedure
    .input(
      z.object({
        url: z.url({ protocol: /^https?$/ }).max(2000),
        events: z.array(z.enum([...WEBHOOK_EVENTS, '*'])).min(1),
      }),
    )
    .mutation(({ ctx, input }) => withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => createWebhook(tx, ctx.deps, ctx.session.tenantId, input))),
  deleteWebhook: adminProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const ok = await withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => deleteWebhook(tx, ctx.session.tenantId, input.id));
    if (!ok) throw errors.notFound(HOOK);
    return { ok };
  }),
  deliveries: adminProcedure
    .input(z.object({ webhookId: id }))
    .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => listDeliveries(tx, ctx.session.tenantId, input.webhookId))),
});
