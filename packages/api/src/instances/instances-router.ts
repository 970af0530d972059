import { z } from 'zod';
import { instanceDetail } from './instance-detail.js';
import { submitInstance } from './instance-service.js';
import { myInstances } from './my-instances.js';
import { authedProcedure, router, tenantProcedure } from '../trpc/trpc.js';

const id = z.string().min(1).max(128);

export const instancesRouter = router({
  submit: authedProcedure
    .input(z.object({ templateId: id, data: z.record(z.string(), z.unknown()) }))
    .mutation(({ ctx, input }) => submitInstance(ctx.deps, ctx.session, input.templateId, input.data)),

  mine: tenantProcedure.query(({ ctx }) => ctx.tx((tx) => myInstances(tx, ctx.viewer))),

  get: tenantProcedure
    .input(z.object({ id }))
    .query(({ ctx, input }) => instanceDetail(ctx.deps, ctx.session, input.id, ctx.viewer.isAdmin)),
});
