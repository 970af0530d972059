import { z } from 'zod';
import { findTenantByCode, findUserById, findUserByLogin, getTenant, withAppRole, withTenant } from '@signoff/db';
import { errors } from '../app-error.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../context.js';
import { dummyPasswordHash, verifyPassword } from '../password.js';
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
    const wait = Math.max(deps.loginLimits.byIp.hit(ctx.ip, nowMs), deps.loginLimits.byAccount.hit(accountKey, nowMs));
    if (wait > 0) throw errors.tooManyLogins(wait);

    const tenant = await withAppRole(deps.db, (tx) => findTenantByCode(tx, input.tenantCode));
    const user =
      tenant && tenant.status === 'active'
        ? await withTenant(deps.db, tenant.id, (tx) => findUserByLogin(tx, tenant.id, input.login))
        : null;
    // verify even when there is no such user, so timing does not tell which logins exist
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!tenant || !user || !user.active || !user.passwordHash || !ok) throw errors.badLogin();

    deps.loginLimits.byAccount.reset(accountKey);
    await startSession(deps, ctx.cookies, tenant.id, user.id, ctx.session);
    return {
      user: { id: user.id, name: user.name, login: user.login, roles: user.roles },
      tenant: { id: tenant.id, code: input.tenantCode, name: tenant.name },
      mustChangePassword: user.mustChangePassword,
    };
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
      const [user, tenant] = await Promise.all([
        findUserById(tx, session.tenantId, session.userId),
        getTenant(tx, session.tenantId),
      ]);
      if (!user || !tenant || !user.active) return null;
      return {
        user: { id: user.id, name: user.name, login: user.login, roles: user.roles },
        tenant: { id: tenant.id, code: tenant.code, name: tenant.name },
      };
    });
  }),
});
