import { z } from 'zod';
import { exportInstances } from './instance-export.js';
import { statsOverview, supervisionOverview } from './stats-service.js';
import { adminProcedure, router } from '../trpc/trpc.js';

const range = z
  .object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) })
  .refine((r) => Date.parse(r.to) > Date.parse(r.from), { path: ['to'], message: 'must be after from' })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 3 * 366 * 86_400_000, {
    path: ['to'],
    message: 'at most three years',
  });

/** Statistics and exports for tenant admins (seed 002's targets, seed 003's monthly report). */
export const statsRouter = router({
  overview: adminProcedure.input(range).query(({ ctx, input }) => statsOverview(ctx, input)),
  /** Per published template: its supervisors, open and overdue work now. */
  supervision: adminProcedure.query(({ ctx }) => supervisionOverview(ctx)),
  exportInstances: adminProcedure
    .input(
      z.object({
        templateKey: z.string().min(1).max(100).optional(),
        from: z.iso.datetime({ offset: true }),
        to: z.iso.datetime({ offset: true }),
      }),
    )
    .query(({ ctx, input }) => exportInstances(ctx, input)),
});
