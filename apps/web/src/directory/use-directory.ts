import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC, type RouterOutputs } from '../api/trpc';

export type DirectoryKind = 'user' | 'department';

export interface DirectoryEntry {
  id: string;
  name: string;
  /** a second line: the person's department or login */
  detail?: string;
}

type SearchRows = RouterOutputs['directory']['search'];
type LookupResult = RouterOutputs['directory']['lookup'];

// module-level, so react-query keeps the selected result between renders instead of rebuilding it
const searchEntries = (rows: SearchRows): DirectoryEntry[] =>
  rows.map((r) => ({
    id: r.id,
    name: r.name,
    ...(r.departmentName || r.login ? { detail: r.departmentName ?? r.login } : {}),
  }));
const userNames = (res: LookupResult): Map<string, DirectoryEntry> =>
  new Map(
    res.users.map((u) => [
      u.id,
      { id: u.id, name: u.name, ...(u.departmentName ? { detail: u.departmentName } : {}) },
    ]),
  );
const departmentNames = (res: LookupResult): Map<string, DirectoryEntry> =>
  new Map(res.departments.map((d) => [d.id, { id: d.id, name: d.name }]));

/** People or departments of the tenant matching `q` (name, login, pinyin or its initials). */
export function useDirectorySearch(kind: DirectoryKind, q: string, enabled: boolean) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.directory.search.queryOptions({ q, kind, limit: 20 }),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    select: searchEntries,
  });
}

/** Names of chosen ids, so a saved value reads 张三 rather than its id. */
export function useDirectoryNames(kind: DirectoryKind, ids: readonly string[]) {
  const trpc = useTRPC();
  const sorted = [...new Set(ids)].sort();
  return useQuery({
    ...trpc.directory.lookup.queryOptions(kind === 'user' ? { userIds: sorted } : { departmentIds: sorted }),
    enabled: sorted.length > 0,
    staleTime: 5 * 60_000,
    select: kind === 'user' ? userNames : departmentNames,
  });
}
