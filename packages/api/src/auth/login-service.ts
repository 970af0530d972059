import {
  accountLockedUntil,
  clearLoginFailures,
  deleteUserSessions,
  findTenantByCode,
  findUserById,
  findUserByLogin,
  getTenant,
  recordLoginFailure,
  previousPasswordHashes,
  PASSWORD_HISTORY_SIZE,
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
import { ACCOUNT_LOCK_FAILURES } from './login-delays.js';

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
 * Company code, login and password to a new session: limited per address; a growing wait per
 * (account, address) after a few misses, refused before the password is even checked; the whole
 * account locked only after a persistent attack (ACCOUNT_LOCK_FAILURES in a row, any addresses,
 * so five requests no longer lock `admin` for everyone: issue 16 fix 11); and alike for a login that does not exist: the same answers at the same counts, and
 * a password hash verified on both paths, so neither the answer nor its time tells which exist.
 *
 * Every path that writes takes the user row first and the audit chain's lock second (the order
 * `recordLoginFailure`/`clearLoginFailures` then `audit`): a wrong and a right password racing for
 * one account used to take them in opposite orders and deadlock (issue 16).
 */
export async function login(ctx: LoginCall, input: LoginInput) {
  const { deps } = ctx;
  const nowMs = deps.clock().getTime();
  const accountKey = `${input.tenantCode}\u0000${input.login.toLowerCase()}`;
  const ipWait = deps.loginLimits.byIp.hit(ctx.ip, nowMs);
  if (ipWait > 0) throw errors.tooManyLogins(ipWait);
  const delays = deps.loginLimits.byAccountAndIp;
  const pairWait = delays.waitSeconds(accountKey, ctx.ip, nowMs);
  if (pairWait > 0) throw errors.tooManyLogins(pairWait);

  const tenant = await withAppRole(deps.db, (tx) => findTenantByCode(tx, input.tenantCode));
  const found =
    tenant && tenant.status === 'active'
      ? await withTenant(deps.db, tenant.id, (tx) => findUserByLogin(tx, tenant.id, input.login))
      : null;
  // an account that has left, or has no password yet, is as unknown to a login as one that never was
  const user =
    found && tenant && found.active && found.passwordHash ? { ...found, tenantId: tenant.id } : null;
  const now = deps.clock();
  const lockedUntil = user
    ? await withTenant(deps.db, user.tenantId, (tx) => accountLockedUntil(tx, user.tenantId, user.id, now))
    : deps.loginLimits.unknownAccounts.lockedUntil(accountKey, nowMs);
  if (lockedUntil) throw errors.accountLocked((lockedUntil.getTime() - now.getTime()) / 1000);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!tenant || !user || !ok) {
    delays.fail(accountKey, ctx.ip, nowMs);
    const locked = user
      ? await withTenant(deps.db, user.tenantId, async (tx) => {
          // the account-wide lock only for persistent attacks: the per-pair delay is the first tier
          const until = await recordLoginFailure(tx, user.tenantId, user.id, now, {
            failures: ACCOUNT_LOCK_FAILURES,
          });
          await audit(tx, deps, user.tenantId, user.id, 'auth.loginFailed', `user:${user.id}`, {
            ip: ctx.ip,
          });
          return until;
        })
      : deps.loginLimits.unknownAccounts.fail(accountKey, nowMs);
    if (locked) throw errors.accountLocked((locked.getTime() - now.getTime()) / 1000);
    throw errors.badLogin();
  }

  await withTenant(deps.db, tenant.id, async (tx) => {
    await clearLoginFailures(tx, tenant.id, user.id);
    await audit(tx, deps, tenant.id, user.id, 'auth.login', `user:${user.id}`, { ip: ctx.ip });
  });
  delays.clear(accountKey, ctx.ip);
  await startSession(deps, ctx.cookies, tenant.id, user.id, ctx.session);
  return {
    user: { id: user.id, name: user.name, login: user.login, roles: user.roles },
    tenant: { id: tenant.id, code: input.tenantCode, name: tenant.name },
    mustChangePassword: user.mustChangePassword,
  };
}

/** A signed-in call that also sets or clears the session cookies. */
export type SessionCall = ServiceContext & { cookies: CookieJar };

/**
 * First login, an admin reset, or by choice. Ends every other session of the user. A wrong current
 * password counts as a failed login and locks the account as one would (issue 16: a stolen session
 * could otherwise guess the password without limit); the new one passes the policy, names neither
 * the company nor the product, and is none of the user's last passwords.
 */
export async function changePassword(
  ctx: SessionCall,
  input: { currentPassword: string; newPassword: string },
) {
  const { tenantId, userId } = ctx.session;
  const now = ctx.deps.clock();
  const [user, tenant, lockedUntil] = await ctx.tx((tx) =>
    Promise.all([
      findUserById(tx, tenantId, userId),
      getTenant(tx, tenantId),
      accountLockedUntil(tx, tenantId, userId, now),
    ]),
  );
  if (lockedUntil) throw errors.accountLocked((lockedUntil.getTime() - now.getTime()) / 1000);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const locked = await ctx.tx(async (tx) => {
      const until = await recordLoginFailure(tx, tenantId, userId, now);
      await audit(tx, ctx.deps, tenantId, userId, 'auth.changePasswordFailed', `user:${userId}`);
      return until;
    });
    if (locked) throw errors.accountLocked((locked.getTime() - now.getTime()) / 1000);
    throw errors.weakPassword([
      {
        path: 'currentPassword',
        message: { zh: '当前密码不正确', en: 'The current password is not correct' },
      },
    ]);
  }
  const problems = checkPassword(input.newPassword, user.login, {
    companyName: tenant?.name,
    companyCode: tenant?.code,
  });
  const previous = await ctx.tx((tx) => previousPasswordHashes(tx, tenantId, userId));
  if (await isRecentPassword(input.newPassword, [user.passwordHash, ...previous])) {
    problems.push({
      code: 'reused',
      message: {
        zh: `新密码不能与最近 ${PASSWORD_HISTORY_SIZE} 次用过的密码相同`,
        en: `The new password must differ from your last ${PASSWORD_HISTORY_SIZE} passwords`,
      },
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

/** Whether the password is one of these argon2id hashes (the current one and the replaced ones). */
async function isRecentPassword(password: string, hashes: readonly string[]): Promise<boolean> {
  const matches = await Promise.all(hashes.map((h) => verifyPassword(h, password)));
  return matches.includes(true);
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
