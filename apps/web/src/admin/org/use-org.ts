import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../api/trpc';

/** The whole org (`org.view`), which every tab of the org chart reads. */
export function useOrgView() {
  const trpc = useTRPC();
  return useQuery(trpc.org.view.queryOptions());
}

/** Asks for the org again after a write; pickers elsewhere read the same query. */
export function useRefreshOrg(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.org.view.pathKey() }),
    [queryClient, trpc],
  );
}
