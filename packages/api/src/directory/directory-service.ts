import {
  activeDirectoryUsers,
  directoryDepartments,
  lookupDirectoryDepartments,
  lookupDirectoryUsers,
} from '@signoff/db';
import type { ServiceContext } from '../trpc/service-context.js';
import { rankEntries } from './directory-match.js';
import { nameKeys } from './pinyin-keys.js';

export interface DirectoryHit {
  id: string;
  name: string;
  login?: string;
  departmentName?: string;
  /** the name's pinyin initials (张三 → "zs"), for an avatar or a hint beside the name */
  initials: string;
}

export interface DirectoryLookup {
  users: { id: string; name: string; departmentName?: string }[];
  departments: { id: string; name: string }[];
}

/**
 * The user and department pickers' search within the caller's tenant: active people only (leavers
 * cannot be chosen), real departments only. Matches the name anywhere, the login's start, full
 * pinyin and pinyin initials ("zs" and "zhangsan" find 张三); an empty query lists the first by name.
 */
export function searchDirectory(
  ctx: ServiceContext,
  input: { q: string; kind: 'user' | 'department'; limit: number },
): Promise<DirectoryHit[]> {
  const { tenantId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    if (input.kind === 'department') {
      const departments = (await directoryDepartments(tx, tenantId)).map((d) => ({
        ...d,
        keys: nameKeys(d.name),
      }));
      return rankEntries(departments, input.q, input.limit).map((d) => ({
        id: d.id,
        name: d.name,
        initials: d.keys.initials,
      }));
    }
    const users = (await activeDirectoryUsers(tx, tenantId)).map((u) => ({ ...u, keys: nameKeys(u.name) }));
    return rankEntries(users, input.q, input.limit).map((u) => ({
      id: u.id,
      name: u.name,
      login: u.login,
      ...(u.departmentName ? { departmentName: u.departmentName } : {}),
      initials: u.keys.initials,
    }));
  });
}

/** Names for ids already chosen (a form's value shown again); unknown ids are left out. */
export function lookupDirectory(
  ctx: ServiceContext,
  input: { userIds: string[]; departmentIds: string[] },
): Promise<DirectoryLookup> {
  const { tenantId } = ctx.viewer;
  return ctx.tx(async (tx) => ({
    users: (await lookupDirectoryUsers(tx, tenantId, input.userIds)).map((u) => ({
      id: u.id,
      name: u.name,
      ...(u.departmentName ? { departmentName: u.departmentName } : {}),
    })),
    departments: await lookupDirectoryDepartments(tx, tenantId, input.departmentIds),
  }));
}
