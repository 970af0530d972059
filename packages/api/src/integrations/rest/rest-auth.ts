import {
  findUserByLogin,
  tenantOfToken,
  touchApiToken,
  withAppRole,
  withTenant,
  type ApiTokenScope,
} from '@signoff/db';
import type { ApiDeps, SessionContext } from '../../trpc/context.js';
import { serviceContextFor, type ServiceContext } from '../../trpc/service-context.js';
import { hashToken } from '../integrations.js';
import type { RestToken } from './operation.js';
import { restErrors } from './rest-errors.js';

/** `Authorization: Bearer so_…` → the token's tenant, name and scopes; anything else is a 401. */
export async function authenticate(deps: ApiDeps, authorization: string | undefined): Promise<RestToken> {
  const raw = /^Bearer (so_[\w-]{20,200})$/.exec(authorization ?? '')?.[1];
  if (!raw) throw restErrors.badToken();
  const found = await withAppRole(deps.db, (tx) => tenantOfToken(tx, hashToken(raw)));
  if (!found) throw restErrors.badToken();
  await withTenant(deps.db, found.tenantId, (tx) =>
    touchApiToken(tx, found.tenantId, found.tokenId, deps.clock().toISOString()),
  );
  return found;
}

/** `admin` holds every scope; the others hold exactly themselves. */
export const hasScope = (token: RestToken, scope: ApiTokenScope) =>
  token.scopes.includes('admin') || token.scopes.includes(scope);

/** The token's tenant as a reader with an admin's view and no person behind it. */
export function systemContext(deps: ApiDeps, tenantId: string): ServiceContext {
  return {
    deps,
    session: { tenantId, userId: '', csrfToken: '', tokenHash: '' },
    viewer: { userId: '', tenantId, active: true, roles: ['admin'], isAdmin: true },
    tx: (fn) => withTenant(deps.db, tenantId, fn),
  };
}

/**
 * A context acting as an active user of the token's tenant, exactly as if they had clicked:
 * their own roles and the engine's checks apply, and the audit lines name the token.
 */
export async function actingAs(deps: ApiDeps, token: RestToken, by: { login: string } | { userId: string }) {
  const { tenantId } = token;
  const user = await withTenant(deps.db, tenantId, async (tx) =>
    'login' in by ? findUserByLogin(tx, tenantId, by.login) : null,
  );
  const userId = 'login' in by ? user?.id : by.userId;
  const session: SessionContext = {
    tenantId,
    userId: userId ?? '',
    csrfToken: '',
    tokenHash: '',
    via: { kind: 'apiToken', tokenId: token.tokenId, tokenName: token.tokenName },
  };
  const ctx = userId ? await serviceContextFor(deps, session) : null;
  if (!ctx?.viewer.active)
    throw 'login' in by ? restErrors.userNotFound(by.login) : restErrors.applicantInactive();
  return ctx;
}
