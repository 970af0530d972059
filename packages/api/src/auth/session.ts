import { createHash, randomBytes } from 'node:crypto';
import { deleteSession, findLiveSession, insertSession, withTenant } from '@signoff/db';
import type { ApiDeps, CookieJar, ResolvedSession, SessionContext } from '../trpc/context.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../trpc/context.js';

const SESSION_HOURS = 12;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The cookie holds `<tenantId>.<token>`: the tenant scopes the lookup, only the token's hash is stored. */
function parseCookie(value: string | undefined): { tenantId: string; token: string } | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot <= 0 || dot === value.length - 1) return null;
  return { tenantId: value.slice(0, dot), token: value.slice(dot + 1) };
}

/**
 * The session of a cookie with its user's roles, in one statement (see findLiveSession), sent on
 * its own rather than in a tenant transaction: BEGIN, the tenant scope and COMMIT were three of a
 * read's seven round trips (issue 15). It is the one tenant-table statement outside withTenant;
 * it names the tenant from the cookie and the token's hash itself, so the row-level policy would
 * add nothing to it (docs/runtime.md, "Sessions").
 */
export async function resolveSession(
  deps: ApiDeps,
  cookieValue: string | undefined,
): Promise<ResolvedSession | null> {
  const parsed = parseCookie(cookieValue);
  if (!parsed) return null;
  const tokenHash = sha256(parsed.token);
  const row = await findLiveSession(deps.db, parsed.tenantId, tokenHash, deps.clock());
  return row
    ? {
        tenantId: parsed.tenantId,
        userId: row.userId,
        csrfToken: row.csrfToken,
        tokenHash,
        mustChangePassword: row.mustChangePassword,
        active: row.active,
        roles: row.roles,
      }
    : null;
}

/** Creates a session and sets both cookies; a previous session on this browser is ended (rotation). */
export async function startSession(
  deps: ApiDeps,
  cookies: CookieJar,
  tenantId: string,
  userId: string,
  previous: SessionContext | null,
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const createdAt = deps.clock();
  const expiresAt = new Date(createdAt.getTime() + SESSION_HOURS * 3600_000);
  await withTenant(deps.db, tenantId, (tx) =>
    insertSession(tx, tenantId, {
      id: deps.newId(),
      userId,
      tokenHash: sha256(token),
      csrfToken,
      expiresAt,
      createdAt,
    }),
  );
  if (previous) await endSession(deps, previous);
  const maxAgeSeconds = SESSION_HOURS * 3600;
  cookies.set(SESSION_COOKIE, `${tenantId}.${token}`, { httpOnly: true, maxAgeSeconds });
  // readable by the page, which echoes it in a header: a cross-site form cannot
  cookies.set(CSRF_COOKIE, csrfToken, { httpOnly: false, maxAgeSeconds });
}

export async function endSession(deps: ApiDeps, session: SessionContext): Promise<void> {
  await withTenant(deps.db, session.tenantId, (tx) => deleteSession(tx, session.tenantId, session.tokenHash));
}
