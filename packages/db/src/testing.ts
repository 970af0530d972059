import { randomBytes } from 'node:crypto';
import type { Database } from './core/database.js';
import { migrate } from './core/migrate.js';
import { openPglite } from './core/pglite-database.js';
import { openPostgres } from './core/postgres-database.js';
import { withPlatform, withTenant } from './core/tenant-scope.js';
import { insertOrg } from './repositories/org/org-repository.js';
import { insertTenant } from './repositories/tenants/tenant-repository.js';
import type { OrgSnapshot } from '@signoff/org';

export interface TestDatabase {
  db: Database;
  /** closes the connection and, on PostgreSQL, drops the run's schema */
  dispose(): Promise<void>;
}

/** PGlite always; PostgreSQL too when DATABASE_URL is set. Suites run once per backend. */
export function testBackends(): ('pglite' | 'postgres')[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** A migrated, empty database: in-memory PGlite, or a fresh schema on the PostgreSQL server. */
export async function createTestDatabase(kind: 'pglite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openPglite();
    await migrate(db);
    return { db, dispose: () => db.close() };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const schema = `signoff_test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(url, { max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = openPostgres(url, { schema, max: 4 });
  await migrate(db);
  return {
    db,
    async dispose() {
      await db.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.close();
    },
  };
}

export { countStatements, type StatementLog } from './core/statement-counter.js';

/**
 * The repositories' tests' company: `alpha` (id `ta` unless given) holding `org`, each person's
 * login their id and no password.
 */
export async function insertTestCompany(db: Database, org: OrgSnapshot, tenantId = 'ta'): Promise<void> {
  await withPlatform(db, (tx) => insertTenant(tx, { id: tenantId, code: 'alpha', name: 'Alpha' }));
  await withTenant(db, tenantId, (tx) =>
    insertOrg(
      tx,
      tenantId,
      org,
      org.users.map((u) => ({ ...u, login: u.id, passwordHash: null })),
    ),
  );
}
