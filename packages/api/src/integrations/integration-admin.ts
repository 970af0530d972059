import { randomBytes } from 'node:crypto';
import {
  deleteWebhook,
  insertApiToken,
  insertWebhook,
  listApiTokens,
  listDeliveries,
  listWebhooks,
  revokeApiToken,
} from '@signoff/db';
import { audit } from '../audit/audit.js';
import { errors } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { hashToken } from './integrations.js';

const TOKEN = { zh: 'API 令牌', en: 'The API token' };
const HOOK = { zh: 'Webhook', en: 'The webhook' };

/** The admin screen's view of API tokens and webhooks; a token or a secret is shown only when created. */
export function apiTokens(ctx: ServiceContext) {
  return ctx.tx((tx) => listApiTokens(tx, ctx.viewer.tenantId));
}

/** `so_` and 32 random bytes: recognisable in a leaked log, and only its hash is stored. */
export async function createApiToken(ctx: ServiceContext, input: { name: string }) {
  const { tenantId, userId } = ctx.viewer;
  const token = `so_${randomBytes(32).toString('base64url')}`;
  const id = ctx.deps.newId();
  await ctx.tx(async (tx) => {
    await insertApiToken(tx, tenantId, {
      id,
      name: input.name,
      tokenHash: hashToken(token),
      createdBy: userId,
      createdAt: ctx.deps.clock().toISOString(),
    });
    // the name only: neither the token nor its hash belongs in the log
    await audit(tx, ctx.deps, tenantId, userId, 'integrations.createToken', id, { name: input.name });
  });
  return { id, name: input.name, token };
}

export async function revokeToken(ctx: ServiceContext, input: { id: string }) {
  const now = ctx.deps.clock().toISOString();
  const { tenantId, userId } = ctx.viewer;
  const ok = await ctx.tx(async (tx) => {
    const done = await revokeApiToken(tx, tenantId, input.id, now);
    if (done) await audit(tx, ctx.deps, tenantId, userId, 'integrations.revokeToken', input.id);
    return done;
  });
  if (!ok) throw errors.notFound(TOKEN);
  return { ok };
}

export async function webhooks(ctx: ServiceContext) {
  const rows = await ctx.tx((tx) => listWebhooks(tx, ctx.viewer.tenantId));
  return rows.map(({ secret: _secret, ...w }) => w);
}

export async function createWebhook(ctx: ServiceContext, input: { url: string; events: string[] }) {
  const secret = randomBytes(24).toString('base64url');
  const row = {
    id: ctx.deps.newId(),
    url: input.url,
    secret,
    events: input.events,
    active: true,
    createdAt: ctx.deps.clock().toISOString(),
  };
  const { tenantId, userId } = ctx.viewer;
  await ctx.tx(async (tx) => {
    await insertWebhook(tx, tenantId, row);
    await audit(tx, ctx.deps, tenantId, userId, 'integrations.createWebhook', row.id, {
      url: row.url,
      events: row.events,
    });
  });
  return row;
}

export async function removeWebhook(ctx: ServiceContext, input: { id: string }) {
  const { tenantId, userId } = ctx.viewer;
  const ok = await ctx.tx(async (tx) => {
    const done = await deleteWebhook(tx, tenantId, input.id);
    if (done) await audit(tx, ctx.deps, tenantId, userId, 'integrations.deleteWebhook', input.id);
    return done;
  });
  if (!ok) throw errors.notFound(HOOK);
  return { ok };
}

export function webhookDeliveries(ctx: ServiceContext, input: { webhookId: string }) {
  return ctx.tx((tx) => listDeliveries(tx, ctx.viewer.tenantId, input.webhookId));
}
