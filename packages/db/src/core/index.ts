// The database behind one interface (PGlite or postgres.js), its migrations, the tenant scope every query runs in, typed errors.
export type { Database, Queryable, Row } from './database.js';
export { openDatabase, type OpenOptions } from './open-database.js';
export { openPglite } from './pglite-database.js';
export { openPostgres, type PostgresOptions } from './postgres-database.js';
export { migrate, loadMigrations, type Migration, type MigrateResult } from './migrate.js';
export { withTenant, withAppRole, withPlatform } from './tenant-scope.js';
export { oncePerTransaction } from './per-transaction.js';
export { deferWrite, combineWrites, type DeferredWrite } from './write-coalescing.js';
export { DbError, busyError, conflictError, notFoundError, type DbErrorCode } from './db-error.js';
export { lockTenantWork, type TenantLockName } from './tenant-lock.js';
