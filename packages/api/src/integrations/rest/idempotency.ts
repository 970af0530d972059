import { createHash } from 'node:crypto';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  getIdempotencyKey,
  releaseIdempotencyKey,
  withTenant,
} from '@signoff/db';
import { stableStringify } from '@signoff/schema';
import type { ApiDeps } from '../../trpc/context.js';
import type { RestResult, RestToken } from './operation.js';
import { restErrors } from './rest-errors.js';

const KEEP_MS = 24 * 60 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,255}$/;

/** The request's fingerprint: a retry must send the same method, path and body. */
export const requestHash = (method: string, path: string, body: unknown) =>
  createHash('sha256')
    .update(`${method.toUpperCase()} ${path}\n${stableStringify(body ?? null)}`)
    .digest('hex');

/**
 * Runs `act` at most once per (token, key). The key row is claimed in its own committed
 * transaction before acting, so a concurrent second request with the key finds it (after the
 * primary key made it wait) and is answered 409 instead of acting too. The answer is stored for
 * a day; a retry with the same fingerprint gets it back with `Idempotent-Replayed: true`.
 * An answer that may go differently next time (a 409 conflict, a 5xx) gives the key back:
 * its transaction rolled back, nothing changed, and the client may retry with the same key.
 */
export async function idempotent(
  deps: ApiDeps,
  token: RestToken,
  key: string,
  fingerprint: string,
  act: () => Promise<RestResult>,
): Promise<RestResult> {
  if (!KEY.test(key)) throw restErrors.badIdempotencyKey();
  const { tenantId, tokenId } = token;
  const now = deps.clock();
  const claimed = await withTenant(deps.db, tenantId, (tx) =>
    claimIdempotencyKey(tx, tenantId, {
      tokenId,
      key,
      requestHash: fingerprint,
      at: now.toISOString(),
      purgeBefore: new Date(now.getTime() - KEEP_MS).toISOString(),
    }),
  );
  if (!claimed) {
    const first = await withTenant(deps.db, tenantId, (tx) => getIdempotencyKey(tx, tenantId, tokenId, key));
    if (first && first.requestHash !== fingerprint) throw restErrors.idempotencyKeyReused();
    if (!first || first.status === 0) throw restErrors.idempotencyKeyInProgress();
    return { status: first.status, body: first.body, headers: { 'Idempotent-Replayed': 'true' } };
  }
  let result: RestResult;
  try {
    result = await act();
  } catch (e) {
    await withTenant(deps.db, tenantId, (tx) => releaseIdempotencyKey(tx, tenantId, tokenId, key));
    throw e;
  }
  if (result.status === 409 || result.status >= 500 || !('body' in result)) {
    await withTenant(deps.db, tenantId, (tx) => releaseIdempotencyKey(tx, tenantId, tokenId, key));
    return result;
  }
  await withTenant(deps.db, tenantId, (tx) =>
    completeIdempotencyKey(tx, tenantId, { tokenId, key, status: result.status, body: result.body }),
  );
  return result;
}
