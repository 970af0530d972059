import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';
import { supervisesOf } from '../desk/server-fields';
import { useMe } from '../hooks/use-me';

/**
 * Whether the supervision desk (督办) is for this person: admins, and the supervisors of at
 * least one template. `auth.me` says so once it carries `user.supervises`; until then a
 * non-admin counts as a supervisor when the desk has any task for them.
 */
export function useCanSupervise(): boolean {
  const me = useMe();
  const trpc = useTRPC();
  const user = me.data?.user;
  const admin = user?.roles.includes('admin') ?? false;
  const told = user ? supervisesOf(user) : undefined;
  const probe = useQuery({
    ...trpc.supervision.tasks.queryOptions({ onlyOverdue: false, limit: 1 }),
    enabled: !!user && !admin && told === undefined,
    staleTime: 5 * 60_000,
  });
  if (!user) return false;
  if (admin) return true;
  if (told !== undefined) return told;
  return (probe.data?.length ?? 0) > 0;
}
