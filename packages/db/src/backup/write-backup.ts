import type { Database } from '../core/database.js';
import {
  appliedSchemaVersion,
  readCatalog,
  scanTable,
  TableHasher,
  useCanonicalSettings,
  type Fingerprint,
  type TableFingerprint,
  type TableInfo,
} from './backup-catalog.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  checkPageSize,
  type BackupHeader,
  type BackupTable,
  type BackupTrailer,
  type TableProgress,
} from './backup-format.js';

export interface BackupOptions {
  /** rows fetched and written per page (default 1000) */
  pageSize?: number;
  /** called after every page and when a table is complete */
  onProgress?: (p: TableProgress) => void;
  /** defaults to now */
  now?: () => Date;
}

export interface BackupSummary {
  schemaVersion: number;
  createdAt: string;
  tables: (TableFingerprint & { name: string })[];
  rows: number;
  /** UTF-8 bytes handed to `write` (before any compression) */
  bytes: number;
}

/**
 * Writes a consistent backup of every table of the current schema through `write`, table by table
 * and page by page, from one read-only REPEATABLE READ snapshot taken as the owner (row-level
 * security hides nothing from it). `write` may return a promise; it is awaited, so a slow disk
 * holds the reading back instead of letting pages pile up in memory.
 */
export function backupDatabase(
  db: Database,
  write: (chunk: string) => void | Promise<void>,
  options: BackupOptions = {},
): Promise<BackupSummary> {
  const pageSize = checkPageSize(options.pageSize);
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    await useCanonicalSettings(tx);
    const catalog = await readCatalog(tx);
    const createdAt = (options.now?.() ?? new Date()).toISOString();
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      schemaVersion: await appliedSchemaVersion(tx),
      createdAt,
      backend: db.kind,
      tables: catalog.tables.map(describeTable),
    };
    let bytes = 0;
    const emit = async (text: string) => {
      bytes += Buffer.byteLength(text);
      await write(text);
    };
    await emit(`${JSON.stringify(header)}\n`);
    const fingerprint: Fingerprint = {};
    let total = 0;
    for (const [i, table] of catalog.tables.entries()) {
      const hasher = new TableHasher(table.columns.map((c) => c.name));
      await emit(`${JSON.stringify({ table: table.name })}\n`);
      for await (const page of scanTable(tx, catalog.schema, table, pageSize)) {
        await emit(`${page.map((row) => hasher.add(row)).join('\n')}\n`);
        options.onProgress?.({
          table: table.name,
          rows: hasher.rows,
          index: i + 1,
          total: catalog.tables.length,
          done: false,
        });
      }
      const digest = hasher.digest();
      await emit(`${JSON.stringify({ tableEnd: table.name, ...digest })}\n`);
      fingerprint[table.name] = digest;
      total += hasher.rows;
      options.onProgress?.({
        table: table.name,
        rows: hasher.rows,
        index: i + 1,
        total: catalog.tables.length,
        done: true,
      });
    }
    const trailer: BackupTrailer = { end: BACKUP_FORMAT, rows: total, tables: fingerprint };
    await emit(`${JSON.stringify(trailer)}\n`);
    return {
      schemaVersion: header.schemaVersion,
      createdAt,
      tables: Object.entries(fingerprint).map(([name, f]) => ({ name, ...f })),
      rows: total,
      bytes,
    };
  });
}

function describeTable(t: TableInfo): BackupTable {
  return {
    name: t.name,
    columns: t.columns.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.generated ? { generated: true as const } : {}),
    })),
    primaryKey: t.primaryKey,
  };
}
