import type { Queryable } from '../../core/database.js';

/** The stored first answer to a request made with an Idempotency-Key; `status` 0 while it is still running. */
export interface IdempotencyRow {
  requestHash: string;
  status: number;
  body: unknown;
  createdAt: string;
}

/**
 * Claims (token, key) for a request: true when this call inserted the row and so may act. The
 * primary key makes a second concurrent claim wait for the first's commit and then find the row,
 * so two requests with one key can never both act. Rows older than `purgeBefore` of the tenant
 * go first: keys are kept for a day, not forever.
 */
export async function claimIdempotencyKey(
  tx: Queryable,
  tenantId: string,
  k: { tokenId: string; key: string; requestHash: string; at: string; purgeBefore: string },
): Promise<boolean> {
  await tx.query('DELETE FROM api_idempotency_keys WHERE tenant_id = $1 AND created_at < $2', [
    tenantId,
    k.purgeBefore,
  ]);
  const rows = await tx.query<{ key: string }>(
    `INSERT INTO api_idempotency_keys (tenant_id, token_id, key, request_hash, status, body, created_at)
     VALUES ($1, $2, $3, $4, 0, 'null'::jsonb, $5) ON CONFLICT DO NOTHING RETURNING key`,
    [tenantId, k.tokenId, k.key, k.requestHash, k.at],
  );
  return rows.length > 0;
}

export async function getIdempotencyKey(
  tx: Queryable,
  tenantId: string,
  tokenId: string,
  key: string,
): Promise<IdempotencyRow | null> {
  const rows = await tx.query<{
    request_hash: string;
    status: number;
    body: unknown;
    created_at: Date | string;
  }>(
    'SELECT request_hash, status, body, created_at FROM api_idempotency_keys WHERE tenant_id = $1 AND token_id = $2 AND key = $3',
    [tenantId, tokenId, key],
  );
  const r = rows[0];
  return r
    ? {
        requestHash: r.request_hash,
        status: r.status,
        body: r.body,
        createdAt: new Date(r.created_at).toISOString(),
      }
    : null;
}

/** Stores the answer of a claimed key, for the retries to get. */
export async function completeIdempotencyKey(
  tx: Queryable,
  tenantId: string,
  k: { tokenId: string; key: string; status: number; body: unknown },
): Promise<void> {
  await tx.query(
    'UPDATE api_idempotency_keys SET status = $4, body = $5::jsonb WHERE tenant_id = $1 AND token_id = $2 AND key = $3',
    [tenantId, k.tokenId, k.key, k.status, JSON.stringify(k.body ?? null)],
  );
}

/** Gives a claimed key back (the request changed nothing and may be retried with it). */
export async function releaseIdempotencyKey(
  tx: Queryable,
  tenantId: string,
  tokenId: string,
  key: string,
): Promise<void> {
  await tx.query('DELETE FROM api_idempotency_keys WHERE tenant_id = $1 AND token_id = $2 AND key = $3', [
    tenantId,
    tokenId,
    key,
  ]);
}
