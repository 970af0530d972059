import { z } from 'zod';
import { myInboxCounts, searchMyInbox } from './inbox-service.js';
import { router, tenantProcedure } from '../trpc/trpc.js';

const searchInput = z.object({
  box: z.enum(['todo', 'done', 'cc', 'started']),
  q: z.string().trim().max(100).optional(),
  templateKey: z.string().max(100).optional(),
  status: z.enum(['running', 'approved', 'rejected', 'withdrawn', 'cancelled']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** true: only urged or carded requests; false: only the others */
  urgent: z.boolean().optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

export const inboxRouter = router({
  /** The approval centre's four boxes with search, filters and paging. */
  search: tenantProcedure.input(searchInput).query(({ ctx, input }) => searchMyInbox(ctx, input)),
  /** the numbers on the four tabs (and the unread CCs), each what its box's search totals with no filter */
  counts: tenantProcedure.query(({ ctx }) => myInboxCounts(ctx)),
});
