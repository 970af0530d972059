import { z } from 'zod';
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
import { errors } from '../app-error.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../context.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../password.js';
import { checkPassword } from '../password-policy.js';
import { audit } from '../audit.js';
import { acceptInvitation } from '../invitations.js';
import { endSession, startSession } from '../session.js';
import { authedProcedure, publicProcedure, router } from '../trpc.js';

const loginInput = z.object({
  tenantCode: z.string().trim().min(1).max(64),
  login: z.string().trim().min(1).max(128),
  password: z.string().min(1).max(256),
});

export const authRouter = router({
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
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
    const lockedUntil = user ? await withTenant(deps.db, user.tenantId, (tx) => accountLockedUntil(tx, user.tenantId, user.id, now)) : null;
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
  }),

  /** Sign-up by invitation: the code from an admin, a login and a password of one's own; logs in. */
  acceptInvitation: publicProcedure
    .input(
      z.object({
        tenantCode: z.string().trim().min(1).max(64),
        code: z.string().trim().min(10).max(100),
        login: z.string().trim().min(2).max(64).regex(/^[\w.@-]+$/),
        password: z.string().min(1).max(256),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const wait = ctx.deps.loginLimits.byIp.hit(ctx.ip, ctx.deps.clock().getTime());
      if (wait > 0) throw errors.tooManyLogins(wait);
      const { tenantId, userId } = await acceptInvitation(ctx.deps, input);
      await startSession(ctx.deps, ctx.cookies, tenantId, userId, ctx.session);
      return { ok: true as const };
    }),

  /** First login, an admin reset, or by choice. Ends every other session of the user. */
  changePassword: authedProcedure
    .input(z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }))
    .mutation(async ({ ctx, input }) => {
      const { tenantId, userId } = ctx.session;
      const user = await withTenant(ctx.deps.db, tenantId, (tx) => findUserById(tx, tenantId, userId));
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw errors.weakPassword([{ path: 'currentPassword', message: { zh: '当前密码不正确', en: 'The current password is not correct' } }]);
      }
      const problems = checkPassword(input.newPassword, user.login);
      if (input.newPassword === input.currentPassword) {
        problems.push({ code: 'common', message: { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' } });
      }
      if (problems.length > 0) throw errors.weakPassword(problems.map((p) => ({ path: 'newPassword', message: p.message })));
      const hash = await hashPassword(input.newPassword);
      await withTenant(ctx.deps.db, tenantId, async (tx) => {
        await setPassword(tx, tenantId, userId, hash, false);
        await deleteUserSessions(tx, tenantId, userId);
        await audit(tx, ctx.deps, tenantId, userId, 'auth.changePassword', `user:${userId}`);
      });
      // a fresh session for this browser: the old token may have been seen by whoever knew the old password
      await startSession(ctx.deps, ctx.cookies, tenantId, userId, null);
      return { ok: true as const };
    }),

  /** Ends every session of the user, on every device, this one included. */
  logoutEverywhere: authedProcedure.mutation(async ({ ctx }) => {
    const { tenantId, userId } = ctx.session;
    const ended = await withTenant(ctx.deps.db, tenantId, (tx) => deleteUserSessions(tx, tenantId, userId));
    ctx.cookies.clear(SESSION_COOKIE);
    ctx.cookies.clear(CSRF_COOKIE);
    return { ended };
  }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    await endSession(ctx.deps, ctx.session);
    ctx.cookies.clear(SESSION_COOKIE);
    ctx.cookies.clear(CSRF_COOKIE);
    return { ok: true as const };
  }),

  me: publicProcedure.query(async ({ ctx }) => {
    const session = ctx.session;
    if (!session) return null;
    return withTenant(ctx.deps.db, session.tenantId, async (tx) => {
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
  }),
});
