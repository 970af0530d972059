import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../api/trpc';
import type { AccessFacts } from './access-model';

/** templates.access, templates.list and org.view at once: every permission screen needs all three. */
export function useAccessFacts() {
  const trpc = useTRPC();
  const [access, list, org] = useQueries({
    queries: [
      trpc.templates.access.queryOptions(),
      trpc.templates.list.queryOptions({ archived: false }),
      trpc.org.view.queryOptions(),
    ],
  });
  const facts = useMemo<AccessFacts | null>(() => {
    if (!access.data || !list.data || !org.data) return null;
    return {
      folders: access.data.folders,
      grants: access.data.grants,
      templates: list.data.templates,
      users: org.data.users,
      departments: org.data.departments,
      positions: org.data.positions,
    };
  }, [access.data, list.data, org.data]);
  const error = access.error ?? list.error ?? org.error;
  const refetch = async () => {
    await Promise.all([access.refetch(), list.refetch(), org.refetch()]);
  };
  // the designers' list rows, for reusing its move dialog
  return { facts, list: list.data, error, pending: facts === null && !error, refetch };
}
