import { z } from 'zod';
import { attachToRequest, listRequestAttachments } from './attachment-service.js';
import { tenantProcedure, router } from '../trpc/trpc.js';

const id = z.string().min(1).max(128);

/**
 * The bytes go up and down over plain HTTP (POST /files, GET /files/:id); here a request's files
 * are attached and listed. Attaching is the uploader's, on a request they take part in.
 */
export const attachmentsRouter = router({
  attach: tenantProcedure
    .input(z.object({ instanceId: id, attachmentIds: z.array(id).min(1).max(50) }))
    .mutation(async ({ ctx, input }) => ({ attached: await attachToRequest(ctx, input) })),
  list: tenantProcedure
    .input(z.object({ instanceId: id }))
    .query(({ ctx, input }) => listRequestAttachments(ctx, input)),
});
