import { z } from 'zod';
import { CSRF_COOKIE, SESSION_COOKIE } from '../trpc/context.js';
import { errors } from '../trpc/app-error.js';
import { acceptInvitation } from './invitations.js';
import { changePassword, currentUser, endAllSessions, login } from './login-service.js';
import { endSession, startSession } from './session.js';
import { authedProcedure, publicProcedure, router } from '../trpc/trpc.js';

const loginInput = z.object({
  tenantCode: z.string().trim().min(1).max(64),
  login: z.string().trim().min(1).max(128),
  password: z.string().min(1).max(256),
});

export const authRouter = router({
  login: publicProcedure.input(loginInput).mutation(({ ctx, input }) => login(ctx, input)),

  /** Sign-up by invitation: the code from an admin, a login and a password of one's own; logs in. */
  acceptInvitation: publicProcedure
    .input(
      z.object({
        tenantCode: z.string().trim().min(1).max(64),
        code: z.string().trim().min(10).max(100),
        login: z
          .string()
          .trim()
          .min(2)
          .max(64)
          .regex(/^[\w.@-]+$/),
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
    .mutation(({ ctx, input }) => changePassword(ctx, input)),

  /** Ends every session of the user, on every device, this one included. */
  logoutEverywhere: authedProcedure.mutation(async ({ ctx }) => {
    const ended = await endAllSessions(ctx.deps, ctx.session);
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

  me: publicProcedure.query(({ ctx }) => currentUser(ctx.deps, ctx.session)),
});
