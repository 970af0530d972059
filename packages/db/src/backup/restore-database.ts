import type { Database, Queryable } from '../core/database.js';
import { loadMigrations, type Migration } from '../core/migrate.js';
import { backupError } from './backup-error.js';
import {
  appliedSchemaVersion,
  fingerprintTables,
  qualified,
  quoteIdent,
  readCatalog,
  useCanonicalSettings,
  type Catalog,
  type TableFingerprint,
} from './backup-catalog.js';
import { checkPageSize, type TableProgress } from './backup-format.js';
import { checkTablesMatch, numberedLines, parseHeader } from './read-backup.js';
import { insertRows } from './restore-rows.js';
import { checkForeignKeys, skipRowChecks } from './foreign-keys.js';

export interface RestoreOptions {
  /** replace the rows of a database that already holds data (default: refuse) */
  overwrite?: boolean;
  /** rows inserted per statement (default 5000) */
  pageSize?: number;
  /**
   * How pages go in: `copy` (COPY … FROM STDIN) or `insert` (one INSERT of the page as JSON).
   * Default: whichever is faster on the backend (restore.bench.ts): COPY on PGlite, INSERT through
   * postgres.js, whose COPY stream costs a savepoint and two round trips more per page.
   */
  load?: 'copy' | 'insert';
  onProgress?: (p: TableProgress) => void;
  /** the code's migrations (tests pass their own); defaults to packages/db/migrations */
  migrations?: Migration[];
}

export interface RestoreSummary {
  schemaVersion: number;
  createdAt: string;
  /** migrations applied to bring an empty target to the backup's schema version */
  migrated: number[];
  tables: (TableFingerprint & { name: string })[];
  rows: number;
  /** the rows the target held before, all replaced */
  replacedRows: number;
}

/**
 * Restores a backup, all or nothing. The header is checked before anything is touched; then, in
 * one transaction, the target is brought to the backup's schema version if it is behind (an
 * empty database is migrated from scratch), every table is emptied (children first), the rows
 * are inserted (parents first) and the whole database is read back and compared with the
 * trailer's counts and checksums. Any mismatch, unparsable line or missing trailer throws a
 * `BackupError` and rolls everything back: a corrupted or truncated file changes nothing.
 */
export async function restoreDatabase(
  db: Database,
  lines: AsyncIterable<string>,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const input = numberedLines(lines);
  const first = await input.next();
  if (first.done) throw backupError('truncated', '备份文件为空', 'The backup file is empty');
  const header = parseHeader(first.value);
  const migrations = options.migrations ?? (await loadMigrations());
  const codeVersion = Math.max(0, ...migrations.map((m) => m.version));
  if (header.schemaVersion > codeVersion) {
    throw backupError(
      'newer_schema',
      `该备份来自更新版本的 Signoff（数据库结构版本 ${header.schemaVersion}，本程序最高为 ${codeVersion}）：请先升级 Signoff 再恢复`,
      `This backup comes from a newer Signoff (schema version ${header.schemaVersion}; this code knows up to ${codeVersion}): upgrade Signoff before restoring it`,
    );
  }
  const pageSize = checkPageSize(options.pageSize);

  return db.transaction(async (tx) => {
    await useCanonicalSettings(tx);
    // the rows go back exactly as they were: the org-version triggers (migration 0052) stand aside
    await tx.query("SELECT set_config('signoff.restoring', 'on', true)");
    const targetVersion = await appliedSchemaVersion(tx);
    if (targetVersion > header.schemaVersion) {
      throw backupError(
        'schema_mismatch',
        `备份的数据库结构版本为 ${header.schemaVersion}，目标数据库已是 ${targetVersion}：请恢复到一个空数据库（新的数据目录或新库），Signoff 启动时会自动升级`,
        `The backup is at schema version ${header.schemaVersion} but the target database is already at ${targetVersion}: restore into an empty database (a new data directory or database); Signoff upgrades it when it starts`,
      );
    }
    const before = targetVersion > 0 ? await readCatalog(tx) : null;
    const replacedRows = before ? await countRows(tx, before) : 0;
    if (replacedRows > 0 && !options.overwrite) {
      throw backupError(
        'not_empty',
        `目标数据库已有数据（${replacedRows} 行），未允许覆盖`,
        `The target database already holds data (${replacedRows} rows) and overwriting was not allowed`,
      );
    }
    const migrated = await migrateWithin(tx, migrations, targetVersion, header.schemaVersion);
    const catalog = await readCatalog(tx);
    checkTablesMatch(header, catalog);
    const tableList = catalog.tables.map((t) => qualified(catalog.schema, t.name)).join(', ');
    // into an empty database readers may read on and writers wait; old rows go in one TRUNCATE
    // (row by row, each deleted person was checked against thirty referencing tables), which
    // makes readers wait for the commit too
    if (catalog.tables.length > 0)
      await tx.query(
        replacedRows > 0 ? `TRUNCATE ${tableList}` : `LOCK TABLE ${tableList} IN EXCLUSIVE MODE`,
      );
    const rowChecksOff = await skipRowChecks(tx);

    const load = options.load ?? (db.kind === 'postgres' ? 'insert' : 'copy');
    const loader: Queryable = load === 'insert' ? { query: tx.query.bind(tx), exec: tx.exec.bind(tx) } : tx;
    const trailer = await insertRows(loader, header, catalog, input, pageSize, options.onProgress);
    if (rowChecksOff) await checkForeignKeys(tx, catalog.schema);

    const restored = await fingerprintTables(tx, catalog, pageSize);
    for (const t of header.tables) {
      const want = trailer.tables[t.name];
      const got = restored[t.name];
      if (!want || !got || want.rows !== got.rows || want.checksum !== got.checksum) {
        throw backupError(
          'verify_failed',
          `恢复后的表 ${t.name} 与备份不一致（${got?.rows ?? 0} 行，应为 ${want?.rows ?? 0} 行），已全部回滚`,
          `Table ${t.name} does not read back as the backup says (${got?.rows ?? 0} rows, expected ${want?.rows ?? 0}); everything was rolled back`,
        );
      }
    }
    await resetSequences(tx, catalog);
    await resetOrgVersions(tx);
    return {
      schemaVersion: header.schemaVersion,
      createdAt: header.createdAt,
      migrated,
      tables: header.tables.map((t) => ({ name: t.name, ...trailer.tables[t.name]! })),
      rows: trailer.rows,
      replacedRows,
    };
  });
}

async function countRows(tx: Queryable, catalog: Catalog): Promise<number> {
  let rows = 0;
  for (const t of catalog.tables) {
    const [r] = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${qualified(catalog.schema, t.name)}`,
    );
    rows += r?.n ?? 0;
  }
  return rows;
}

/**
 * The steps of `migrate`, inside the restore's own transaction so that a refused restore also
 * leaves an empty target empty, and stopping at the backup's schema version: the data goes back
 * into the schema it was taken from, and the server's normal migrations carry it forward.
 */
async function migrateWithin(
  tx: Queryable,
  migrations: readonly Migration[],
  from: number,
  to: number,
): Promise<number[]> {
  const pending = migrations
    .filter((m) => m.version > from && m.version <= to)
    .sort((a, b) => a.version - b.version);
  if (pending.length === 0) return [];
  await tx.query('SELECT pg_advisory_xact_lock($1)', [7_406_220_117]); // migrate()'s lock: concurrent starts wait
  await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = new Set(
    (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
  );
  const applied: number[] = [];
  for (const m of pending) {
    if (done.has(m.version)) continue;
    await tx.exec(m.sql);
    await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    applied.push(m.version);
  }
  return applied;
}

/**
 * The org-version sequence (migration 0052) continues past every restored number, so a server's
 * cached org is never mistaken for one filed under a number handed out again.
 */
async function resetOrgVersions(tx: Queryable): Promise<void> {
  const [found] = await tx.query<{ seq: string | null }>(
    `SELECT to_regclass('org_version_seq')::text AS seq`,
  );
  if (!found?.seq) return;
  await tx.query(
    `SELECT setval('org_version_seq', greatest((SELECT coalesce(max(org_version), 0) FROM tenants), 1), true)`,
  );
  // the templates' number (migration 0055) likewise
  const [config] = await tx.query<{ seq: string | null }>(
    `SELECT to_regclass('config_version_seq')::text AS seq`,
  );
  if (!config?.seq) return;
  await tx.query(
    `SELECT setval('config_version_seq', greatest((SELECT coalesce(max(config_version), 0) FROM tenants), 1), true)`,
  );
}

/** Serial and identity columns continue after the highest restored value. */
async function resetSequences(tx: Queryable, catalog: Catalog): Promise<void> {
  for (const t of catalog.tables) {
    for (const c of t.columns) {
      if (!c.sequence) continue;
      await tx.query(
        `SELECT setval($1::regclass, coalesce(max(${quoteIdent(c.name)}), 0) + 1, false) FROM ${qualified(catalog.schema, t.name)}`,
        [c.sequence],
      );
    }
  }
}
