import { supervisedTasks } from '@signoff/db';
import type { ServiceContext } from '../trpc/service-context.js';

/** Open work of the templates the viewer supervises (an admin: of every template), red cards first. */
export function supervisionDesk(ctx: ServiceContext, input: { onlyOverdue: boolean; limit: number }) {
  const { viewer } = ctx;
  const now = ctx.deps.clock();
  return ctx.tx((tx) =>
    supervisedTasks(tx, viewer.tenantId, viewer.userId, {
      all: viewer.isAdmin,
      onlyOverdue: input.onlyOverdue,
      now: now.toISOString(),
      limit: input.limit,
    }),
  );
}
