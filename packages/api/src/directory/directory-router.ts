import { z } from 'zod';
import { router, tenantProcedure } from '../trpc/trpc.js';
import { lookupDirectory, searchDirectory } from './directory-service.js';

const id = z.string().min(1).max(128);

/** The org as the form's user and department pickers need it: search by name or pinyin, and names of chosen ids. */
export const directoryRouter = router({
  search: tenantProcedure
    .input(
      z.object({
        q: z.string().max(50).default(''),
        kind: z.enum(['user', 'department']),
        limit: z.number().int().min(1).max(50).default(20),
      }),
    )
    .query(({ ctx, input }) => searchDirectory(ctx, input)),
  lookup: tenantProcedure
    .input(
      z.object({
        userIds: z.array(id).max(200).default([]),
        departmentIds: z.array(id).max(200).default([]),
      }),
    )
    .query(({ ctx, input }) => lookupDirectory(ctx, input)),
});
