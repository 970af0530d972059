import { z } from 'zod';
import { listAuditLog, verifyAuditLog } from './audit-log.js';
import { adminProcedure, router } from '../trpc/trpc.js';

/** The tenant's audit trail for its admins: newest first, and a check that nothing was altered. */
export const auditRouter = router({
  list: adminProcedure
    .input(
      z.object({
        page: z.number().int().min(1).max(100_000).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
        action: z.string().max(64).optional(),
      }),
    )
    .query(({ ctx, input }) => ctx.tx((tx) => listAuditLog(tx, ctx.viewer, input))),
  verify: adminProcedure.query(({ ctx }) => ctx.tx((tx) => verifyAuditLog(tx, ctx.viewer))),
});
