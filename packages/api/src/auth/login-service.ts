import {
  accountLockedUntil,
  clearLoginFailures,
  deleteUserSessions,
  findTenantByCode,
  findUserById,
  findUserByLogin,
  getTenant,
  recordLoginFailure,
  setPassword,
  supervisesAnyTemplate,
  withAppRole,
  withTenant,
} from '@signoff/db';
import { errors } from '../trpc/app-error.js';
import type { ApiDeps, CookieJar, SessionContext } from '../trpc/context.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../trpc/context.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.js';
import { checkPassword } from './password-policy.js';
import { audit } from '../audit/audit.js';
import { endSession, startSession } from './session.js';

/**
 * What signing in needs from the HTTP call: the caller's address, its cookies and any session it
 * already has. Not a ServiceContext: there is no viewer yet, and any session it carries is the one
 * the new login replaces.
 */
export interface LoginCall {
  deps: ApiDeps;
  ip: string;
  cookies: CookieJar;
  session: SessionContext | null;
}

export interface LoginInput {
  tenantCode: string;
  login: string;
  password: string;
}

/**
 * Company code, login and password to a new session: limited per address and per account,
 * locked after repeated failures, and as slow for a login that does not exist as for one that does.
 */
export async function login(ctx: LoginCall, input: LoginInput) {
  const { deps } = ctx;
  const nowMs = deps.clock().getTime();
  const accountKey = `${input.tenantCode}\u0000${input.login.toLowerCase()}`;
  const ipWait = deps.loginLimits.byIp.hit(ctx.ip, nowMs);
  if (ipWait > 0) throw errors.tooManyLogins(ipWait);

  const tenant = await withAppRole(deps.db, (tx) => findTenantByCode(tx, input.tenantCode));
  const found =
    tenant && tenant.status === 'active'
      ? await withTenant(deps.db, tenant.id, (tx) => findUserByLogin(tx, tenant.id, input.login))
      : null;
  const user = found && tenant ? { ...found, tenantId: tenant.id } : null;
  // Existing accounts lock in the database (shared by every process, survives restarts); guesses at
  // logins that do not exist are limited here, so probing cannot run unchecked either.
  if (!user) {
    const wait = deps.loginLimits.byAccount.hit(accountKey, nowMs);
    if (wait > 0) throw errors.tooManyLogins(wait);
  }
  const now = deps.clock();
  const lockedUntil = user
    ? await withTenant(deps.db, user.tenantId, (tx) => accountLockedUntil(tx, user.tenantId, user.id, now))
    : null;
  if (lockedUntil) throw errors.accountLocked((lockedUntil.getTime() - now.getTime()) / 1000);
  // verify even when there is no such user, so timing does not tell which logins exist
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!tenant || !user || !user.active || !user.passwordHash || !ok) {
    if (user?.active) {
      const locked = await withTenant(deps.db, user.tenantId, async (tx) => {
        await audit(tx, deps, user.tenantId, user.id, 'auth.loginFailed', `user:${user.id}`, { ip: ctx.ip });
        return recordLoginFailure(tx, user.tenantId, user.id, now);
      });
      if (locked) throw errors.accountLocked((locked.getTime() - now.getTime()) / 1000);
    }
    throw errors.badLogin();
  }

  deps.loginLimits.byAccount.reset(accountKey);
  await withTenant(deps.db, tenant.id, async (tx) => {
    await clearLoginFailures(tx, tenant.id, user.id);
    await audit(tx, deps, tenant.id, user.id, 'auth.login', `user:${user.id}`, { ip: ctx.ip });
  });
  await startSession(deps, ctx.cookies, tenant.id, user.id, ctx.session);
  return {
    user: { id: user.id, name: user.name, login: user.login, roles: user.roles },
    tenant: { id: tenant.id, code: input.tenantCode, name: tenant.name },
    mustChangePassword: user.mustChangePassword,
  };
}

/** A signed-in call that also sets or clears the session cookies. */
export type SessionCall = ServiceContext & { cookies: CookieJar };

/** First login, an admin reset, or by choice. Ends every other session of the user. */
export async function changePassword(
  ctx: SessionCall,
  input: { currentPassword: string; newPassword: string },
) {
  const { tenantId, userId } = ctx.session;
  const user = await ctx.tx((tx) => findUserById(tx, tenantId, userId));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw errors.weakPassword([
      {
        path: 'currentPassword',
        message: { zh: '当前密码不正确', en: 'The current password is not correct' },
      },
    ]);
  }
  const problems = checkPassword(input.newPassword, user.login);
  if (input.newPassword === input.currentPassword) {
    problems.push({
      code: 'common',
      message: { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
    });
  }
  if (problems.length > 0)
    throw errors.weakPassword(problems.map((p) => ({ path: 'newPassword', message: p.message })));
  const hash = await hashPassword(input.newPassword);
  await ctx.tx(async (tx) => {
    await setPassword(tx, tenantId, userId, hash, false);
    await deleteUserSessions(tx, tenantId, userId);
    await audit(tx, ctx.deps, tenantId, userId, 'auth.changePassword', `user:${userId}`);
  });
  // a fresh session for this browser: the old token may have been seen by whoever knew the old password
  await startSession(ctx.deps, ctx.cookies, tenantId, userId, null);
  return { ok: true as const };
}

/** Ends every session of the user, on every device, this one included; how many there were. */
export async function logoutEverywhere(ctx: SessionCall): Promise<{ ended: number }> {
  const { tenantId, userId } = ctx.session;
  const ended = await ctx.tx((tx) => deleteUserSessions(tx, tenantId, userId));
  clearSessionCookies(ctx.cookies);
  return { ended };
}

/** Ends this browser's session. */
export async function logout(ctx: SessionCall): Promise<{ ok: true }> {
  await endSession(ctx.deps, ctx.session);
  clearSessionCookies(ctx.cookies);
  return { ok: true as const };
}

function clearSessionCookies(cookies: CookieJar): void {
  cookies.clear(SESSION_COOKIE);
  cookies.clear(CSRF_COOKIE);
}

/**
 * The signed-in person and company as the web shows them, or null when the session no longer
 * stands. Takes the public call's context rather than a ServiceContext: `auth.me` answers a
 * browser without a session with null, not with an error, so there may be no viewer.
 */
export async function currentUser(ctx: { deps: ApiDeps; session: SessionContext | null }) {
  const { deps, session } = ctx;
  if (!session) return null;
  return withTenant(deps.db, session.tenantId, async (tx) => {
    const [user, tenant, supervises] = await Promise.all([
      findUserById(tx, session.tenantId, session.userId),
      getTenant(tx, session.tenantId),
      supervisesAnyTemplate(tx, session.tenantId, session.userId),
    ]);
    if (!user || !tenant || !user.active) return null;
    return {
      // supervises: a 督办人 of some template, so the supervision desk is offered even while it is empty
      user: { id: user.id, name: user.name, login: user.login, roles: user.roles, supervises },
      tenant: { id: tenant.id, code: tenant.code, name: tenant.name },
      mustChangePassword: user.mustChangePassword,
    };
  });
}
