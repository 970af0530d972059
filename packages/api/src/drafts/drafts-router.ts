import { z } from 'zod';
import { router, tenantProcedure } from '../trpc/trpc.js';
import { discardDraft, getDraft, listDrafts, saveDraft } from './draft-service.js';

const templateId = z.string().min(1).max(128);

/**
 * Requests being filled in, kept on the server as the applicant types so nothing is lost on a
 * reload or a dropped connection; a successful submit removes the draft of that form.
 */
export const draftsRouter = router({
  get: tenantProcedure.input(z.object({ templateId })).query(({ ctx, input }) => getDraft(ctx, input)),
  save: tenantProcedure
    .input(z.object({ templateId, data: z.record(z.string(), z.unknown()) }))
    .mutation(({ ctx, input }) => saveDraft(ctx, input)),
  discard: tenantProcedure
    .input(z.object({ templateId }))
    .mutation(({ ctx, input }) => discardDraft(ctx, input)),
  list: tenantProcedure.query(({ ctx }) => listDrafts(ctx)),
});
