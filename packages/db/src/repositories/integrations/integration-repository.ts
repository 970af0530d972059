import type { Queryable } from '../../core/database.js';
import { forgetTenantHead } from '../tenants/tenant-head.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** What a token may do, chosen when it is created (issue 20); every REST operation names one. */
export const API_TOKEN_SCOPES = ['read', 'submit', 'act-for-users', 'admin'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export interface ApiTokenRow {
  id: string;
  name: string;
  scopes: ApiTokenScope[];
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function insertApiToken(
  tx: Queryable,
  tenantId: string,
  t: {
    id: string;
    name: string;
    scopes: readonly ApiTokenScope[];
    tokenHash: string;
    createdBy: string;
    createdAt: string;
  },
): Promise<void> {
  await tx.query(
    'INSERT INTO api_tokens (tenant_id, id, name, scopes, token_hash, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [tenantId, t.id, t.name, [...t.scopes], t.tokenHash, t.createdBy, t.createdAt],
  );
}

export async function listApiTokens(tx: Queryable, tenantId: string): Promise<ApiTokenRow[]> {
  const rows = await tx.query<{
    id: string;
    name: string;
    scopes: ApiTokenScope[];
    created_by: string;
    created_at: string | Date;
    last_used_at: string | Date | null;
    revoked_at: string | Date | null;
  }>(
    'SELECT id, name, scopes, created_by, created_at, last_used_at, revoked_at FROM api_tokens WHERE tenant_id = $1 ORDER BY created_at DESC, id',
    [tenantId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scopes: r.scopes,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
    lastUsedAt: iso(r.last_used_at),
    revokedAt: iso(r.revoked_at),
  }));
}

export async function revokeApiToken(
  tx: Queryable,
  tenantId: string,
  id: string,
  at: string,
): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    'UPDATE api_tokens SET revoked_at = $3 WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id',
    [tenantId, id, at],
  );
  return rows.length > 0;
}

/** Before a tenant is known: the definer function answers only for live tokens of active tenants. */
export async function tenantOfToken(
  tx: Queryable,
  tokenHash: string,
): Promise<{ tenantId: string; tokenId: string; tokenName: string; scopes: ApiTokenScope[] } | null> {
  const rows = await tx.query<{
    tenant_id: string;
    token_id: string;
    token_name: string;
    scopes: ApiTokenScope[];
  }>('SELECT tenant_id, token_id, token_name, scopes FROM tenant_by_token_hash($1)', [tokenHash]);
  const r = rows[0];
  return r ? { tenantId: r.tenant_id, tokenId: r.token_id, tokenName: r.token_name, scopes: r.scopes } : null;
}

export async function touchApiToken(tx: Queryable, tenantId: string, id: string, at: string): Promise<void> {
  await tx.query('UPDATE api_tokens SET last_used_at = $3 WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    id,
    at,
  ]);
}

export interface WebhookRow {
  id: string;
  url: string;
  secret: string;
  events: string[];
  active: boolean;
  createdAt: string;
}

export async function insertWebhook(tx: Queryable, tenantId: string, w: WebhookRow): Promise<void> {
  forgetTenantHead(tx, tenantId);
  await tx.query(
    'INSERT INTO webhooks (tenant_id, id, url, secret, events, active, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [tenantId, w.id, w.url, w.secret, w.events, w.active, w.createdAt],
  );
}

export async function listWebhooks(tx: Queryable, tenantId: string): Promise<WebhookRow[]> {
  const rows = await tx.query<{
    id: string;
    url: string;
    secret: string;
    events: string[];
    active: boolean;
    created_at: string | Date;
  }>(
    'SELECT id, url, secret, events, active, created_at FROM webhooks WHERE tenant_id = $1 ORDER BY created_at, id',
    [tenantId],
  );
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    secret: r.secret,
    events: r.events,
    active: r.active,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** One webhook of the tenant, with its secret (the sender signs with it); null when the id is not the tenant's. */
export async function getWebhook(tx: Queryable, tenantId: string, id: string): Promise<WebhookRow | null> {
  const rows = await tx.query<{
    id: string;
    url: string;
    secret: string;
    events: string[];
    active: boolean;
    created_at: string | Date;
  }>('SELECT id, url, secret, events, active, created_at FROM webhooks WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    id,
  ]);
  const r = rows[0];
  return r
    ? {
        id: r.id,
        url: r.url,
        secret: r.secret,
        events: r.events,
        active: r.active,
        createdAt: new Date(r.created_at).toISOString(),
      }
    : null;
}

/** Turns a webhook on or off; false when the id is not the tenant's. */
export async function setWebhookActive(
  tx: Queryable,
  tenantId: string,
  id: string,
  active: boolean,
): Promise<boolean> {
  forgetTenantHead(tx, tenantId);
  const rows = await tx.query<{ id: string }>(
    'UPDATE webhooks SET active = $3 WHERE tenant_id = $1 AND id = $2 RETURNING id',
    [tenantId, id, active],
  );
  return rows.length > 0;
}

export async function deleteWebhook(tx: Queryable, tenantId: string, id: string): Promise<boolean> {
  forgetTenantHead(tx, tenantId);
  return (
    (
      await tx.query<{ id: string }>('DELETE FROM webhooks WHERE tenant_id = $1 AND id = $2 RETURNING id', [
        tenantId,
        id,
      ])
    ).length > 0
  );
}

export interface DeliveryRow {
  id: string;
  webhookId: string;
  event: string;
  payload: Record<string, unknown>;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

type DeliveryRecord = {
  id: string;
  webhook_id: string;
  event: string;
  payload: Record<string, unknown>;
  status: DeliveryRow['status'];
  attempts: number;
  response_status: number | null;
  last_error: string | null;
  created_at: string | Date;
  delivered_at: string | Date | null;
};
const toDelivery = (r: DeliveryRecord): DeliveryRow => ({
  id: r.id,
  webhookId: r.webhook_id,
  event: r.event,
  payload: r.payload,
  status: r.status,
  attempts: r.attempts,
  responseStatus: r.response_status,
  lastError: r.last_error,
  createdAt: new Date(r.created_at).toISOString(),
  deliveredAt: iso(r.delivered_at),
});

export async function insertDelivery(
  tx: Queryable,
  tenantId: string,
  d: { id: string; webhookId: string; event: string; payload: Record<string, unknown>; createdAt: string },
): Promise<void> {
  await tx.query(
    'INSERT INTO webhook_deliveries (tenant_id, id, webhook_id, event, payload, created_at) VALUES ($1,$2,$3,$4,$5,$6)',
    [tenantId, d.id, d.webhookId, d.event, JSON.stringify(d.payload), d.createdAt],
  );
}

export async function getDelivery(tx: Queryable, tenantId: string, id: string): Promise<DeliveryRow | null> {
  const rows = await tx.query<DeliveryRecord>(
    'SELECT * FROM webhook_deliveries WHERE tenant_id = $1 AND id = $2',
    [tenantId, id],
  );
  return rows[0] ? toDelivery(rows[0]) : null;
}

export async function recordDeliveryAttempt(
  tx: Queryable,
  tenantId: string,
  id: string,
  outcome: { status: DeliveryRow['status']; responseStatus: number | null; error: string | null; at: string },
): Promise<void> {
  await tx.query(
    `UPDATE webhook_deliveries SET attempts = attempts + 1, status = $3, response_status = $4, last_error = $5,
       delivered_at = CASE WHEN $3 = 'delivered' THEN $6::timestamptz ELSE delivered_at END
     WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id, outcome.status, outcome.responseStatus, outcome.error, outcome.at],
  );
}

/** Gives up a hook's pending deliveries with `error` (its queued retries then find nothing to send); answers how many. */
export async function failPendingDeliveries(
  tx: Queryable,
  tenantId: string,
  webhookId: string,
  error: string,
): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE webhook_deliveries SET status = 'failed', last_error = $3
     WHERE tenant_id = $1 AND webhook_id = $2 AND status = 'pending' RETURNING id`,
    [tenantId, webhookId, error],
  );
  return rows.length;
}

export async function listDeliveries(
  tx: Queryable,
  tenantId: string,
  webhookId: string,
  limit = 50,
): Promise<DeliveryRow[]> {
  const rows = await tx.query<DeliveryRecord>(
    'SELECT * FROM webhook_deliveries WHERE tenant_id = $1 AND webhook_id = $2 ORDER BY created_at DESC, id DESC LIMIT $3',
    [tenantId, webhookId, limit],
  );
  return rows.map(toDelivery);
}
