import { randomBytes } from 'node:crypto';
import {
  deleteWebhook,
  failPendingDeliveries,
  getWebhook,
  insertApiToken,
  insertWebhook,
  listApiTokens,
  listDeliveries,
  listWebhooks,
  revokeApiToken,
  setWebhookActive,
  type ApiTokenScope,
} from '@signoff/db';
import { audit } from '../audit/audit.js';
import { AppError, errors } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { hashToken, queueDelivery, WEBHOOK_TEST_EVENT } from './integrations.js';
import { checkWebhookTarget } from './webhook-target.js';

/** No more than that: which port answered, or how, is not the tenant's to learn. */
const privateTargetRefused = () =>
  new AppError(
    'bad_request',
    'errors.webhookPrivateAddress',
    {
      zh: '已拒绝：该地址是内网或本机地址，Webhook 只能发往公网地址（本地部署请由运维在 WEBHOOK_ALLOW_HOSTS 中放行）',
      en: 'Refused: private address. Webhooks go to public addresses only (for an on-premise receiver, the operator allows it in WEBHOOK_ALLOW_HOSTS)',
    },
    [{ path: 'url', message: { zh: '已拒绝：内网地址', en: 'refused: private address' } }],
  );

const TOKEN = { zh: 'API 令牌', en: 'The API token' };
const HOOK = { zh: 'Webhook', en: 'The webhook' };

/** The admin screen's view of API tokens and webhooks; a token or a secret is shown only when created. */
export function apiTokens(ctx: ServiceContext) {
  return ctx.tx((tx) => listApiTokens(tx, ctx.viewer.tenantId));
}

/** `so_` and 32 random bytes: recognisable in a leaked log, and only its hash is stored. */
export async function createApiToken(
  ctx: ServiceContext,
  input: { name: string; scopes: readonly ApiTokenScope[] },
) {
  const { tenantId, userId } = ctx.viewer;
  const token = `so_${randomBytes(32).toString('base64url')}`;
  const id = ctx.deps.newId();
  await ctx.tx(async (tx) => {
    await insertApiToken(tx, tenantId, {
      id,
      name: input.name,
      scopes: input.scopes,
      tokenHash: hashToken(token),
      createdBy: userId,
      createdAt: ctx.deps.clock().toISOString(),
    });
    // the name only: neither the token nor its hash belongs in the log
    await audit(tx, ctx.deps, tenantId, userId, 'integrations.createToken', id, {
      name: input.name,
      scopes: input.scopes,
    });
  });
  return { id, name: input.name, scopes: [...input.scopes], token };
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
  const verdict = await checkWebhookTarget(input.url, ctx.deps.webhookTargets ?? {});
  if (!verdict.ok) throw privateTargetRefused();
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

/** The console's switch: an inactive hook gets no new deliveries, and its pending retries are given up. */
export async function setHookActive(ctx: ServiceContext, input: { id: string; active: boolean }) {
  const { tenantId, userId } = ctx.viewer;
  const ok = await ctx.tx(async (tx) => {
    const done = await setWebhookActive(tx, tenantId, input.id, input.active);
    if (!done) return false;
    // given up rather than left pending for ever: their retries would find the hook off
    const gaveUp = input.active
      ? 0
      : await failPendingDeliveries(tx, tenantId, input.id, 'webhook turned off');
    await audit(tx, ctx.deps, tenantId, userId, 'integrations.setWebhookActive', input.id, {
      active: input.active,
      ...(gaveUp ? { gaveUp } : {}),
    });
    return true;
  });
  if (!ok) throw errors.notFound(HOOK);
  return { id: input.id, active: input.active };
}

/**
 * "Send a test event": one `webhook.test` delivery to this hook only, through the same queue and
 * log as real ones, so the admin sees the receiver's answer where real deliveries show theirs.
 */
export async function sendTestEvent(ctx: ServiceContext, input: { id: string }) {
  const { tenantId, userId } = ctx.viewer;
  const deliveryId = await ctx.tx(async (tx) => {
    const hook = await getWebhook(tx, tenantId, input.id);
    if (!hook) throw errors.notFound(HOOK);
    // the sender skips inactive hooks, so a test to one would wait in the log for ever
    if (!hook.active)
      throw new AppError('conflict', 'errors.webhookInactive', {
        zh: '该 Webhook 已停用，请先启用再发送测试事件',
        en: 'This webhook is turned off; turn it on before sending a test event',
      });
    const id = await queueDelivery(tx, ctx.deps, tenantId, hook.id, WEBHOOK_TEST_EVENT, {
      webhookId: hook.id,
      message: 'Signoff 测试事件 / Signoff test event',
    });
    await audit(tx, ctx.deps, tenantId, userId, 'integrations.testWebhook', hook.id, { deliveryId: id });
    return id;
  });
  return { deliveryId };
}
