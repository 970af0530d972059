import { inboxCounts, searchInbox } from '@signoff/db';
import type { ServiceContext } from '../trpc/service-context.js';

type InboxFilter = Parameters<typeof searchInbox>[3];

/** A box a member may open: `all` is the integration API's, never a person's. */
export type MemberInboxQuery = Omit<InboxFilter, 'box' | 'limit' | 'offset'> & {
  box: Exclude<InboxFilter['box'], 'all'>;
  page: number;
  pageSize: number;
};

/** One page of one of the viewer's four boxes, with the total for the pager. */
export function searchMyInbox(ctx: ServiceContext, input: MemberInboxQuery) {
  const { page, pageSize, ...filter } = input;
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => ({
    page,
    pageSize,
    ...(await searchInbox(tx, tenantId, userId, {
      ...filter,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    })),
  }));
}

/** the numbers on the four tabs (and the unread CCs), each what its box's search totals with no filter */
export function myInboxCounts(ctx: ServiceContext) {
  return ctx.tx((tx) => inboxCounts(tx, ctx.viewer.tenantId, ctx.viewer.userId));
}
