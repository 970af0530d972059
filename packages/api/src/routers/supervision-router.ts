import { z } from 'zod';
import { findUserById, supervisedTasks, withTenant } from '@signoff/db';
import { authedProcedure, router } from '../trpc.js';

/**
 * The supervisor's desk (督办): open work of the templates they supervise, red cards first.
 * Urging, reassigning and extending are the engine actions under `actions.*`.
 */
export const supervisionRouter = router({
  tasks: authedProcedure
    .input(z.object({ onlyOverdue: z.boolean().default(false), limit: z.number().int().min(1).max(500).default(100) }).default({ onlyOverdue: false, limit: 100 }))
    .query(({ ctx, input }) =>
      withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => {
        const me = await findUserById(tx, ctx.session.tenantId, ctx.session.userId);
        const all = me?.active === true && me.roles.includes('admin');
        return supervisedTasks(tx, ctx.session.tenantId, ctx.session.userId, { all, onlyOverdue: input.onlyOverdue, now: ctx.deps.clock().toISOString(), limit: input.limit });
      }),
    ),
});
