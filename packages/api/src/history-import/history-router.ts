import { z } from 'zod';
import { adminProcedure, router } from '../trpc/trpc.js';
import { importHistory } from './history-import.js';

/** Finished requests of another system, from a workbook: tenant admins only. */
export const historyRouter = router({
  /** `dryRun` (the default) lists every problem by sheet and line, or what would be imported, and writes nothing. */
  import: adminProcedure
    .input(
      z.object({
        fileName: z.string().trim().min(1).max(200),
        // 10 MB of file is about 13.4 M characters of base64
        contentBase64: z.string().min(1).max(14_000_000),
        dryRun: z.boolean().default(true),
      }),
    )
    .mutation(({ ctx, input }) => importHistory(ctx, input)),
});
