import {
  findTenantByCode,
  insertOrg,
  insertTenant,
  listTenants,
  purgeDeletedTenants,
  setTenantStatus,
  withAppRole,
  withPlatform,
  withTenant,
  type TenantSummary,
} from '@signoff/db';
import { AppError, type Localized } from '../trpc/app-error.js';
import type { ApiDeps } from '../trpc/context.js';
import { temporaryPassword } from '../org/org-people-service.js';
import { hashPassword } from '../auth/password.js';

export const TENANT_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{1,31}$/;

const bad = (message: Localized) => new AppError('bad_request', 'errors.tenant', message);

async function tenantIdOf(deps: ApiDeps, code: string): Promise<string> {
  const t = await withAppRole(deps.db, (tx) => findTenantByCode(tx, code));
  if (!t)
    throw new AppError('not_found', 'errors.notFound', {
      zh: `企业「${code}」不存在`,
      en: `No company has the code ${code}`,
    });
  return t.id;
}

export interface CreatedTenant {
  tenantId: string;
  code: string;
  adminLogin: string;
  /** shown once; the admin must change it at first login */
  temporaryPassword: string;
}

/**
 * Platform operation: a new company with a root department named after it, the usual three
 * ranks, and one tenant admin whose one-time password must be changed at first login.
 */
export async function createTenant(
  deps: ApiDeps,
  input: { code: string; name: string; adminLogin?: string; adminName?: string },
): Promise<CreatedTenant> {
  const code = input.code.trim().toLowerCase();
  const name = input.name.trim();
  if (!TENANT_CODE_PATTERN.test(code)) {
    throw bad({
      zh: `企业代码「${input.code}」无效：2–32 位小写字母、数字或连字符`,
      en: `Invalid company code "${input.code}": 2–32 lowercase letters, digits or hyphens`,
    });
  }
  if (!name) throw bad({ zh: '企业名称不能为空', en: 'The company name must not be empty' });
  if (await withAppRole(deps.db, (tx) => findTenantByCode(tx, code))) {
    throw new AppError('conflict', 'errors.tenantExists', {
      zh: `企业代码「${code}」已被使用`,
      en: `The company code ${code} is taken`,
    });
  }
  const adminLogin = input.adminLogin?.trim() || 'admin';
  const password = temporaryPassword(adminLogin);
  const passwordHash = await hashPassword(password);
  const tenantId = deps.newId();
  const root = deps.newId();
  await withPlatform(deps.db, (tx) => insertTenant(tx, { id: tenantId, code, name }));
  await withTenant(deps.db, tenantId, (tx) =>
    insertOrg(
      tx,
      tenantId,
      {
        departments: [{ id: root, name, parentId: null, order: 0 }],
        positions: [],
        ranks: ['职员', '主管级', '副总经理以上'].map((n, i) => ({
          id: deps.newId(),
          name: n,
          order: i + 1,
        })),
        supervisions: [],
      },
      [
        {
          id: deps.newId(),
          login: adminLogin,
          name: input.adminName?.trim() || '管理员',
          departmentId: root,
          secondaryDepartmentIds: [],
          rankId: null,
          positionIds: [],
          roles: ['admin'],
          active: true,
          passwordHash,
          mustChangePassword: true,
        },
      ],
    ),
  );
  return { tenantId, code, adminLogin, temporaryPassword: password };
}

/** Suspended: nobody can log in and every session ends; data untouched. Active again restores logins. */
export async function setTenantActive(deps: ApiDeps, code: string, active: boolean): Promise<void> {
  const id = await tenantIdOf(deps, code);
  await withPlatform(deps.db, (tx) => setTenantStatus(tx, id, active ? 'active' : 'suspended'));
}

/** Marks the tenant deleted (logins refused at once) and purges it after the retention period. */
export async function deleteTenant(
  deps: ApiDeps,
  code: string,
  retentionDays: number,
): Promise<{ purgeAfter: string }> {
  if (!Number.isInteger(retentionDays) || retentionDays < 0 || retentionDays > 3650) {
    throw bad({
      zh: '保留天数须为 0 到 3650 的整数',
      en: 'The retention period must be a whole number of days from 0 to 3650',
    });
  }
  const id = await tenantIdOf(deps, code);
  const now = deps.clock();
  const purgeAfter = new Date(now.getTime() + retentionDays * 86_400_000).toISOString();
  await withPlatform(deps.db, (tx) =>
    setTenantStatus(tx, id, 'deleted', { deletedAt: now.toISOString(), purgeAfter }),
  );
  return { purgeAfter };
}

export function purgeTenants(deps: ApiDeps): Promise<string[]> {
  return withPlatform(deps.db, (tx) => purgeDeletedTenants(tx, deps.clock()));
}

export function tenantList(deps: ApiDeps): Promise<TenantSummary[]> {
  return withPlatform(deps.db, (tx) => listTenants(tx));
}
