import { z } from 'zod';
import { authedProcedure, router } from '../trpc/trpc.js';
import { getSavedSignature, saveSignature } from './signature-service.js';

/** The signed-in person's own things: for now, the saved signature reused when approving by signing. */
export const accountRouter = router({
  signature: authedProcedure.query(({ ctx }) => getSavedSignature(ctx.deps, ctx.session)),
  saveSignature: authedProcedure
    .input(z.object({ attachmentId: z.string().min(1).max(128) }))
    .mutation(({ ctx, input }) => saveSignature(ctx.deps, ctx.session, input.attachmentId)),
});
