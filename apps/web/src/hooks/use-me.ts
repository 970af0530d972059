import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';

/** The logged-in user and tenant, or null; `auth.me` never fails for a missing session. */
export function useMe() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
}
