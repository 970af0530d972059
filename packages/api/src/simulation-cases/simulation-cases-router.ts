import { z } from 'zod';
import { router, tenantProcedure } from '../trpc/trpc.js';
import { deleteCaseOp, listCasesOp, saveCaseOp } from './simulation-case-service.js';

const id = z.string().min(1).max(128);
// the service checks the name's trimmed length, with a message in both languages
const name = z.string().max(400);
const applicant = z.union([
  z.object({ userId: id }).strict(),
  z.object({ departmentId: id, rankId: id.nullable() }).strict(),
]);
const step = z.object({ nodeId: id, userIds: z.array(id).max(100) }).strict();

/** The route designer's saved simulations: a template's test cases, re-run in the browser before publishing. */
export const simulationCasesRouter = router({
  list: tenantProcedure
    .input(z.object({ templateId: id }))
    .query(({ ctx, input }) => listCasesOp(ctx, input)),
  save: tenantProcedure
    .input(
      z.object({
        templateId: id,
        caseId: id.optional(),
        name,
        applicant,
        formData: z.record(z.string().max(128), z.unknown()),
        expected: z.array(step).max(500),
      }),
    )
    .mutation(({ ctx, input }) => saveCaseOp(ctx, input)),
  delete: tenantProcedure
    .input(z.object({ templateId: id, caseId: id }))
    .mutation(({ ctx, input }) => deleteCaseOp(ctx, input)),
});
