import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnauthorized } from './app-error';

/**
 * One place decides what an expired session means: forget cached data and go to the login
 * page. `onUnauthorized` is given by the router, which this module must not import; it must
 * ignore the login page itself, where a wrong password is also `unauthorized`.
 */
export function createQueryClient(onUnauthorized: () => void): QueryClient {
  const handle = (error: unknown) => {
    if (isUnauthorized(error)) onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        retry: (count, error) => !isUnauthorized(error) && count < 2 && !(error as { data?: unknown }).data,
      },
    },
  });
}
