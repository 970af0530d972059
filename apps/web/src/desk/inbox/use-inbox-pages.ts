import { keepPreviousData, useQueries, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { searchInput, type InboxView } from './inbox-params';
import { orderRows, toInboxRow, type InboxRow } from './inbox-row';

export const PAGE_SIZE = 20;

export interface InboxPages {
  rows: InboxRow[];
  total: number;
  pending: boolean;
  fetching: boolean;
  error: unknown;
}

/**
 * The rows of pages `first`..`last` of a view: one page on desktop (the table pages), 1..n on a
 * phone (the list grows with "load more"). Each page is its own cached query, so growing the
 * list fetches only the new page.
 */
export function useInboxPages(view: InboxView, first: number, last: number): InboxPages {
  const trpc = useTRPC();
  const pages = Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i);
  const results = useQueries({
    queries: pages.map((page) => ({ ...trpc.inbox.search.queryOptions(searchInput(view, page, PAGE_SIZE)), placeholderData: keepPreviousData })),
  });
  const rows = results.flatMap((r) => (r.data?.items ?? []).map(toInboxRow));
  return {
    rows: orderRows(rows, view.box),
    total: results[0]?.data?.total ?? 0,
    pending: results.some((r) => r.isPending),
    fetching: results.some((r) => r.isFetching),
    error: results.find((r) => r.isError)?.error ?? null,
  };
}

/** Refetches every box and the counts (after a pull, a refresh tap or a batch). */
export function useRefreshInbox(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.inbox.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.instances.get.pathKey() }),
    ]);
  };
}
