import { z } from 'zod';
import { acceptInvitation } from './invitations.js';
import { changePassword, currentUser, login, logout, logoutEverywhere } from './login-service.js';
import { publicProcedure, router, tenantProcedure } from '../trpc/trpc.js';

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
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),

  /** First login, an admin reset, or by choice. Ends every other session of the user. */
  changePassword: tenantProcedure
    .input(z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }))
    .mutation(({ ctx, input }) => changePassword(ctx, input)),

  /** Ends every session of the user, on every device, this one included. */
  logoutEverywhere: tenantProcedure.mutation(({ ctx }) => logoutEverywhere(ctx)),

  logout: tenantProcedure.mutation(({ ctx }) => logout(ctx)),

  /** null, not an error, for a browser without a live session */
  me: publicProcedure.query(({ ctx }) => currentUser(ctx)),
});
