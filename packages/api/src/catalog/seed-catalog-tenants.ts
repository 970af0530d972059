import {
  findTenantByCode,
  insertOrg,
  insertTenant,
  removeTenant,
  withAppRole,
  withPlatform,
  withTenant,
} from '@signoff/db';
import type { Catalog } from '@signoff/catalog';
import type { ApiDeps } from '../trpc/context.js';
import { DEMO_PASSWORD } from '../demo/demo-seed.js';
import { hashPassword } from '../auth/password.js';
import { CATALOG_DEMO_ORGS, demoOrgWithLogins, type CatalogDemoOrg } from './catalog-demo-org.js';
import { importCatalogAs, resolveCatalog } from './import-catalog.js';

export interface SeededCatalogTenant {
  tenantCode: string;
  catalog: string;
  created: boolean;
  templates: number;
}

/**
 * Creates a tenant with a catalog's demo org and imports the catalog into it. Users get the given
 * password hash and no forced change (demo logins). Returns the tenant's id; the tenant is removed
 * again if the import fails, so a failed seed can simply be retried.
 */
export async function createCatalogTenant(
  deps: Pick<ApiDeps, 'db' | 'clock' | 'newId'>,
  input: {
    catalog: string | Catalog;
    tenantCode: string;
    passwordHash: string | null;
    demo?: CatalogDemoOrg;
  },
): Promise<{ tenantId: string; templates: number }> {
  const catalog = await resolveCatalog(input.catalog);
  const demo = input.demo ?? CATALOG_DEMO_ORGS[catalog.manifest.code];
  if (!demo) throw new Error(`no demo org for the catalog ${catalog.manifest.code}`);
  const { org, users } = demoOrgWithLogins(demo, input.passwordHash);
  const tenantId = deps.newId();
  await withPlatform(deps.db, (tx) =>
    insertTenant(tx, { id: tenantId, code: input.tenantCode, name: catalog.manifest.demoOrg.name }),
  );
  try {
    await withTenant(deps.db, tenantId, (tx) => insertOrg(tx, tenantId, org, users));
    const admin = org.adminUserIds[0] ?? null;
    const result = await importCatalogAs(
      deps,
      { tenantId, userId: admin },
      { catalog, createMissing: false },
    );
    return { tenantId, templates: result.templates.length };
  } catch (e) {
    await withPlatform(deps.db, (tx) => removeTenant(tx, tenantId));
    throw e;
  }
}

/**
 * The catalog demo tenants `real-estate` and `small-company`, each with its demo org (every user
 * logs in with the demo password) and its catalog imported. Skips a tenant that exists, so every
 * start may call it. The password is hashed once for all users: argon2 is slow on purpose.
 */
export async function seedCatalogTenants(
  deps: Pick<ApiDeps, 'db' | 'clock' | 'newId'>,
): Promise<SeededCatalogTenant[]> {
  const out: SeededCatalogTenant[] = [];
  let passwordHash: Promise<string> | undefined;
  for (const [catalog, demo] of Object.entries(CATALOG_DEMO_ORGS)) {
    const existing = await withAppRole(deps.db, (tx) => findTenantByCode(tx, demo.tenantCode));
    if (existing) {
      out.push({ tenantCode: demo.tenantCode, catalog, created: false, templates: 0 });
      continue;
    }
    passwordHash ??= hashPassword(DEMO_PASSWORD);
    const { templates } = await createCatalogTenant(deps, {
      catalog,
      tenantCode: demo.tenantCode,
      passwordHash: await passwordHash,
      demo,
    });
    out.push({ tenantCode: demo.tenantCode, catalog, created: true, templates });
  }
  return out;
}

/** Lines for the start banner: each catalog tenant and a few of its logins. */
export function catalogDemoLoginLines(): string[] {
  return Object.values(CATALOG_DEMO_ORGS).map((demo) => {
    const logins = Object.values(demo.logins);
    return `  ${demo.tenantCode.padEnd(14)} ${logins.slice(0, 6).join(', ')} … (${logins.length} logins, password ${DEMO_PASSWORD}; admin: ${demo.logins[demo.spec.adminPositions[0] ?? ''] ?? '-'})`;
  });
}
