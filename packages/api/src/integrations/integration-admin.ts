import {
  deleteWebhook,
  listApiTokens,
  listDeliveries,
  listWebhooks,
  revokeApiToken,
  type Queryable,
} from '@signoff/db';
import { errors } from '../trpc/app-error.js';
import type { Viewer } from '../auth/viewer.js';

const TOKEN = { zh: 'API 令牌', en: 'The API token' };
const HOOK = { zh: 'Webhook', en: 'The webhook' };

/** The admin screen's view of API tokens and webhooks; a token or a secret is shown only when created. */
export function apiTokens(tx: Queryable, viewer: Viewer) {
  return listApiTokens(tx, viewer.tenantId);
}

export async function revokeToken(tx: Queryable, viewer: Viewer, id: string, now: Date) {
  const ok = await revokeApiToken(tx, viewer.tenantId, id, now.toISOString());
  if (!ok) throw errors.notFound(TOKEN);
  return { ok };
}

export async function webhooks(tx: Queryable, viewer: Viewer) {
  return (await listWebhooks(tx, viewer.tenantId)).map(({ secret: _secret, ...w }) => w);
}

export async function removeWebhook(tx: Queryable, viewer: Viewer, id: string) {
  const ok = await deleteWebhook(tx, viewer.tenantId, id);
  if (!ok) throw errors.notFound(HOOK);
  return { ok };
}

export function webhookDeliveries(tx: Queryable, viewer: Viewer, webhookId: string) {
  return listDeliveries(tx, viewer.tenantId, webhookId);
}
