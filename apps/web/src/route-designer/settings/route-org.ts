import { useQuery } from '@tanstack/react-query';
import { useTRPC, type RouterOutputs } from '../../api/trpc';

/** The tenant's org as tRPC `org.view` returns it: departments, positions, ranks (lowest first), supervisions, users. */
export type RouteOrg = RouterOutputs['org']['view'];
export type RouteOrgUser = RouteOrg['users'][number];

/** Org edits are rare while a route is being drawn; a few minutes of staleness spares a refetch per panel. */
const ORG_STALE_MS = 5 * 60_000;

/** The org the route designer offers in its pickers and checks approvers against. */
export function useRouteOrg(): { org: RouteOrg | undefined; isLoading: boolean; error: unknown } {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.org.view.queryOptions(), staleTime: ORG_STALE_MS });
  return { org: query.data, isLoading: query.isLoading, error: query.error };
}
