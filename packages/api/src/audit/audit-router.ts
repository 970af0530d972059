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
        actorId: z.string().min(1).max(128).optional(),
        from: z.iso.datetime().optional(),
        to: z.iso.datetime().optional(),
      }),
    )
    .query(({ ctx, input }) => listAuditLog(ctx, input)),
  verify: adminProcedure.query(({ ctx }) => verifyAuditLog(ctx)),
});
