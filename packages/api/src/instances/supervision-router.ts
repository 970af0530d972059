import { z } from 'zod';
import { supervisionDesk } from './supervision-service.js';
import { tenantProcedure, router } from '../trpc/trpc.js';

/**
 * The supervisor's desk (督办): open work of the templates they supervise, red cards first.
 * Urging, reassigning and extending are the engine actions under `actions.*`.
 */
export const supervisionRouter = router({
  tasks: tenantProcedure
    .input(
      z
        .object({
          onlyOverdue: z.boolean().default(false),
          limit: z.number().int().min(1).max(500).default(100),
        })
        .default({ onlyOverdue: false, limit: 100 }),
    )
    .query(({ ctx, input }) => supervisionDesk(ctx, input)),
});
