import { z } from 'zod';
import { instanceDetail } from './instance-detail.js';
import { submitInstance } from './instance-service.js';
import { myInstances } from './my-instances.js';
import { router, tenantProcedure } from '../trpc/trpc.js';

const id = z.string().min(1).max(128);

export const instancesRouter = router({
  submit: tenantProcedure
    .input(z.object({ templateId: id, data: z.record(z.string(), z.unknown()) }))
    .mutation(({ ctx, input }) => submitInstance(ctx, input)),

  mine: tenantProcedure.query(({ ctx }) => myInstances(ctx)),

  get: tenantProcedure.input(z.object({ id })).query(({ ctx, input }) => instanceDetail(ctx, input)),
});
