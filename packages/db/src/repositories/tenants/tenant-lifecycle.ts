import type { Queryable } from '../../core/database.js';
import { forgetTenantHead } from './tenant-head.js';

export type TenantStatus = 'active' | 'suspended' | 'deleted';

export interface TenantSummary {
  id: string;
  code: string;
  name: string;
  status: TenantStatus;
  createdAt: string;
  purgeAfter: string | null;
  users: number;
  instances: number;
}

/** Platform-side listing (runs as the schema owner, outside any tenant). */
export async function listTenants(tx: Queryable): Promise<TenantSummary[]> {
  const rows = await tx.query<{
    id: string;
    code: string;
    name: string;
    status: TenantStatus;
    created_at: string | Date;
    purge_after: string | Date | null;
    users: number;
    instances: number;
  }>(
    `SELECT t.id, t.code, t.name, t.status, t.created_at, t.purge_after,
            (SELECT count(*)::int FROM users u WHERE u.tenant_id = t.id) AS users,
            (SELECT count(*)::int FROM instances i WHERE i.tenant_id = t.id) AS instances
       FROM tenants t ORDER BY t.created_at, t.code`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
    purgeAfter: r.purge_after === null ? null : new Date(r.purge_after).toISOString(),
    users: r.users,
    instances: r.instances,
  }));
}

export async function setTenantStatus(
  tx: Queryable,
  tenantId: string,
  status: TenantStatus,
  at: { deletedAt?: string | null; purgeAfter?: string | null } = {},
): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    'UPDATE tenants SET status = $2, deleted_at = $3, purge_after = $4 WHERE id = $1 RETURNING id',
    [tenantId, status, at.deletedAt ?? null, at.purgeAfter ?? null],
  );
  if (status !== 'active') await tx.query('DELETE FROM sessions WHERE tenant_id = $1', [tenantId]);
  return rows.length > 0;
}

/** Removes one tenant at once (every tenant table cascades): undoing a seed that failed half-way. */
export async function removeTenant(tx: Queryable, tenantId: string): Promise<void> {
  await tx.query('DELETE FROM tenants WHERE id = $1', [tenantId]);
}

/** Removes tenants whose retention ended; every tenant table cascades from `tenants`. */
export async function purgeDeletedTenants(tx: Queryable, now: Date): Promise<string[]> {
  const rows = await tx.query<{ code: string }>(
    "DELETE FROM tenants WHERE status = 'deleted' AND purge_after <= $1 RETURNING code",
    [now.toISOString()],
  );
  return rows.map((r) => r.code);
}

export interface TenantSettings {
  name: string;
  locale: 'zh' | 'en';
  /** holidays and make-up working days, YYYY-MM-DD */
  holidays: string[];
  extraWorkdays: string[];
  /** default time limit of a step, in hours, when its node names none */
  defaultTimeLimitHours: number;
  /** hours after a task is created until its first reminder (seed 002: 24 h) */
  reminderHours: number;
  logoUrl: string | null;
}

export const DEFAULT_TENANT_SETTINGS: Omit<TenantSettings, 'name' | 'locale'> = {
  holidays: [],
  extraWorkdays: [],
  defaultTimeLimitHours: 48,
  reminderHours: 24,
  logoUrl: null,
};

/** Works as the app role inside the tenant (RLS lets a tenant see only its own row). */
export async function getTenantSettings(tx: Queryable, tenantId: string): Promise<TenantSettings | null> {
  const rows = await tx.query<{ name: string; locale: 'zh' | 'en'; settings: Partial<TenantSettings> }>(
    'SELECT name, locale, settings FROM tenants WHERE id = $1',
    [tenantId],
  );
  const r = rows[0];
  return r ? tenantSettingsOf(r) : null;
}

/** The settings as a tenants row holds them (name, locale and the rest), defaults filled in. */
export function tenantSettingsOf(r: {
  name: string;
  locale: 'zh' | 'en';
  settings: Partial<TenantSettings>;
}): TenantSettings {
  return { ...DEFAULT_TENANT_SETTINGS, ...r.settings, name: r.name, locale: r.locale };
}

export async function updateTenantSettings(
  tx: Queryable,
  tenantId: string,
  s: TenantSettings,
): Promise<void> {
  forgetTenantHead(tx, tenantId);
  const { name, locale, ...rest } = s;
  await tx.query('UPDATE tenants SET name = $2, locale = $3, settings = $4 WHERE id = $1', [
    tenantId,
    name,
    locale,
    JSON.stringify(rest),
  ]);
}
