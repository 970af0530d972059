import { inboxCounts, listTasksForUser, searchInbox, type Queryable } from '@signoff/db';
import type { Viewer } from '../auth/viewer.js';

type InboxFilter = Parameters<typeof searchInbox>[3];

/** A box a member may open: `all` is the integration API's, never a person's. */
export type MemberInboxQuery = Omit<InboxFilter, 'box' | 'limit' | 'offset'> & {
  box: Exclude<InboxFilter['box'], 'all'>;
  page: number;
  pageSize: number;
};

/** One page of one of the viewer's four boxes, with the total for the pager. */
export async function searchMyInbox(tx: Queryable, viewer: Viewer, input: MemberInboxQuery) {
  const { page, pageSize, ...filter } = input;
  return {
    page,
    pageSize,
    ...(await searchInbox(tx, viewer.tenantId, viewer.userId, {
      ...filter,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    })),
  };
}

/** the numbers on the four tabs (and the unread CCs), each what its box's search totals with no filter */
export function myInboxCounts(tx: Queryable, viewer: Viewer) {
  return inboxCounts(tx, viewer.tenantId, viewer.userId);
}

/** The older task lists behind inbox.todo/done, kept until the web reads inbox.search only. */
export function myTasks(tx: Queryable, viewer: Viewer, state: 'open' | 'closed') {
  return listTasksForUser(tx, viewer.tenantId, viewer.userId, state);
}
