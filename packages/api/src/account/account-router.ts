import { z } from 'zod';
import { router, tenantProcedure } from '../trpc/trpc.js';
import { getSavedSignature, saveSignature } from './signature-service.js';

/** The signed-in person's own things: for now, the saved signature reused when approving by signing. */
export const accountRouter = router({
  signature: tenantProcedure.query(({ ctx }) => getSavedSignature(ctx)),
  saveSignature: tenantProcedure
    .input(z.object({ attachmentId: z.string().min(1).max(128) }))
    .mutation(({ ctx, input }) => saveSignature(ctx, input)),
});
