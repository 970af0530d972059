import type { Queryable } from '../../core/database.js';

export interface TenantRow {
  id: string;
  code: string;
  name: string;
}

export async function insertTenant(tx: Queryable, tenant: TenantRow): Promise<void> {
  await tx.query('INSERT INTO tenants (id, code, name) VALUES ($1, $2, $3)', [
    tenant.id,
    tenant.code,
    tenant.name,
  ]);
}

/** Goes through the definer function, so it works as the app role before a tenant is bound. */
export async function findTenantByCode(
  tx: Queryable,
  code: string,
): Promise<{ id: string; name: string; status: string } | null> {
  const rows = await tx.query<{ id: string; name: string; status: string }>(
    'SELECT id, name, status FROM tenant_by_code($1)',
    [code],
  );
  return rows[0] ?? null;
}

export async function getTenant(tx: Queryable, tenantId: string): Promise<TenantRow | null> {
  const rows = await tx.query<TenantRow>('SELECT id, code, name FROM tenants WHERE id = $1', [tenantId]);
  return rows[0] ?? null;
}
