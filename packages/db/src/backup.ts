import type { Database, Queryable } from './database.js';
import { backupError } from './backup-error.js';
import {
  appliedSchemaVersion,
  compareCodeUnits,
  fingerprintTables,
  PAGE_CHARS,
  qualified,
  quoteIdent,
  readCatalog,
  scanTable,
  TableHasher,
  useCanonicalSettings,
  type Catalog,
  type CanonicalRow,
  type Fingerprint,
  type TableFingerprint,
  type TableInfo,
} from './backup-catalog.js';
import { loadMigrations, type Migration } from './migrate.js';

/*
 * A Signoff backup is logical and backend-neutral: JSON Lines, one JSON value per line.
 *
 *   {"format":"signoff-backup","version":1,"schemaVersion":20,"createdAt":"…","backend":"pglite","tables":[…]}
 *   {"table":"tenants"}                      ← a table's rows follow, tables in foreign-key order
 *   ["2026-…+00","acme","t1",…]              ← one row: each column's PostgreSQL text form or null,
 *   …                                          columns sorted by name, rows by primary key
 *   {"tableEnd":"tenants","rows":2,"checksum":"<sha-256>"}   ← checked before the next table
 *   {"end":"signoff-backup","rows":1234,"tables":{"tenants":{"rows":2,"checksum":"<sha-256>"},…}}
 *
 * Values travel as PostgreSQL's own text (taken under fixed settings: UTC, ISO dates, exact
 * floats) and are cast back to the column's type on restore, so timestamptz keeps its
 * microseconds, jsonb its numbers, bigint its digits and arrays their NULLs, on either backend.
 */
export const BACKUP_FORMAT = 'signoff-backup';
export const BACKUP_FORMAT_VERSION = 1;
const DEFAULT_PAGE_SIZE = 1000;

export interface BackupTable {
  name: string;
  columns: { name: string; type: string; generated?: true }[];
  primaryKey: string[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_FORMAT_VERSION;
  /** the highest migration applied to the database the backup was taken from */
  schemaVersion: number;
  createdAt: string;
  backend: 'pglite' | 'postgres';
  tables: BackupTable[];
}

export interface BackupTrailer {
  end: typeof BACKUP_FORMAT;
  rows: number;
  tables: Fingerprint;
}

export interface TableProgress {
  table: string;
  /** rows of this table so far */
  rows: number;
  /** 1-based position of the table and how many there are */
  index: number;
  total: number;
  /** the table is complete */
  done: boolean;
}

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
        options.onProgress?.({ table: table.name, rows: hasher.rows, index: i + 1, total: catalog.tables.length, done: false });
      }
      const digest = hasher.digest();
      await emit(`${JSON.stringify({ tableEnd: table.name, ...digest })}\n`);
      fingerprint[table.name] = digest;
      total += hasher.rows;
      options.onProgress?.({ table: table.name, rows: hasher.rows, index: i + 1, total: catalog.tables.length, done: true });
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

function checkPageSize(pageSize = DEFAULT_PAGE_SIZE): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, not ${pageSize}`);
  return pageSize;
}

function describeTable(t: TableInfo): BackupTable {
  return {
    name: t.name,
    columns: t.columns.map((c) => ({ name: c.name, type: c.type, ...(c.generated ? { generated: true as const } : {}) })),
    primaryKey: t.primaryKey,
  };
}

export interface RestoreOptions {
  /** replace the rows of a database that already holds data (default: refuse) */
  overwrite?: boolean;
  /** rows inserted per statement (default 1000) */
  pageSize?: number;
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
export async function restoreDatabase(db: Database, lines: AsyncIterable<string>, options: RestoreOptions = {}): Promise<RestoreSummary> {
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
    // readers may go on reading the old rows until the commit; writers wait for the restore
    if (catalog.tables.length > 0) {
      await tx.query(`LOCK TABLE ${catalog.tables.map((t) => qualified(catalog.schema, t.name)).join(', ')} IN EXCLUSIVE MODE`);
    }
    for (const table of [...catalog.tables].reverse()) await tx.query(`DELETE FROM ${qualified(catalog.schema, table.name)}`);

    const trailer = await insertRows(tx, header, catalog, input, pageSize, options.onProgress);

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

interface NumberedLine {
  no: number;
  text: string;
}

/** Non-blank lines with their 1-based line numbers (a trailing `\r` is dropped). */
async function* numberedLines(lines: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let no = 0;
  for await (const raw of lines) {
    no += 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() !== '') yield { no, text };
  }
}

const notABackup = (zh: string, en: string) =>
  backupError('bad_format', `这不是有效的 Signoff 备份文件：${zh}`, `This is not a valid Signoff backup file: ${en}`);

function parseJson(line: NumberedLine): unknown {
  try {
    return JSON.parse(line.text);
  } catch {
    throw backupError('bad_format', `备份文件第 ${line.no} 行已损坏（不是有效的 JSON）`, `Line ${line.no} of the backup is corrupted (not valid JSON)`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseHeader(line: NumberedLine): BackupHeader {
  const value = parseJson(line);
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) throw notABackup('缺少文件头', 'no signoff-backup header');
  if (value.version !== BACKUP_FORMAT_VERSION) {
    throw backupError(
      'bad_format',
      `不支持的备份格式版本 ${String(value.version)}（本程序支持 ${BACKUP_FORMAT_VERSION}）`,
      `Unsupported backup format version ${String(value.version)} (this code reads version ${BACKUP_FORMAT_VERSION})`,
    );
  }
  const tables = value.tables;
  const wellFormed =
    Number.isInteger(value.schemaVersion) &&
    typeof value.createdAt === 'string' &&
    Array.isArray(tables) &&
    tables.every(
      (t) =>
        isRecord(t) &&
        typeof t.name === 'string' &&
        Array.isArray(t.columns) &&
        t.columns.every((c) => isRecord(c) && typeof c.name === 'string' && typeof c.type === 'string') &&
        Array.isArray(t.primaryKey),
    );
  if (!wellFormed) throw notABackup('文件头格式错误', 'malformed header');
  return value as unknown as BackupHeader;
}

async function countRows(tx: Queryable, catalog: Catalog): Promise<number> {
  let rows = 0;
  for (const t of catalog.tables) {
    const [r] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${qualified(catalog.schema, t.name)}`);
    rows += r?.n ?? 0;
  }
  return rows;
}

/**
 * The steps of `migrate`, inside the restore's own transaction so that a refused restore also
 * leaves an empty target empty, and stopping at the backup's schema version: the data goes back
 * into the schema it was taken from, and the server's normal migrations carry it forward.
 */
async function migrateWithin(tx: Queryable, migrations: readonly Migration[], from: number, to: number): Promise<number[]> {
  const pending = migrations.filter((m) => m.version > from && m.version <= to).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return [];
  await tx.query('SELECT pg_advisory_xact_lock($1)', [7_406_220_117]); // migrate()'s lock: concurrent starts wait
  await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  const applied: number[] = [];
  for (const m of pending) {
    if (done.has(m.version)) continue;
    await tx.exec(m.sql);
    await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    applied.push(m.version);
  }
  return applied;
}

function checkTablesMatch(header: BackupHeader, catalog: Catalog): void {
  const mismatch = (zh: string, en: string) =>
    backupError('schema_mismatch', `目标数据库的结构与备份不一致：${zh}`, `The target database's schema does not match the backup: ${en}`);
  const target = new Map(catalog.tables.map((t) => [t.name, t]));
  const names = new Set<string>();
  for (const t of header.tables) {
    if (names.has(t.name)) throw notABackup(`表 ${t.name} 重复`, `table ${t.name} listed twice`);
    names.add(t.name);
    const here = target.get(t.name);
    if (!here) throw mismatch(`缺少表 ${t.name}`, `table ${t.name} is missing`);
    const want = t.columns.map((c) => c.name).join(',');
    const got = here.columns.map((c) => c.name).join(',');
    if (want !== got) throw mismatch(`表 ${t.name} 的列不同`, `table ${t.name} has different columns (${got} instead of ${want})`);
  }
  const extra = catalog.tables.filter((t) => !names.has(t.name)).map((t) => t.name);
  if (extra.length > 0) throw mismatch(`备份中没有表 ${extra.join(', ')}`, `the backup has no table ${extra.join(', ')}`);
}

/**
 * Reads the table sections and the trailer, inserting rows a page at a time. Each section ends with
 * its own count and checksum, checked before the next table begins, so a damaged table is
 * reported as such rather than as a foreign-key error in the tables after it.
 *
 * Tables arrive parents first, so ordinary foreign keys hold after every statement. A table that
 * references itself is staged in a temporary table and copied over in one statement at its end:
 * PostgreSQL checks a (non-deferrable) foreign key at the end of the statement, so a child may
 * precede its parent in primary-key order, and the staging keeps memory flat however large the
 * table is.
 */
async function insertRows(
  tx: Queryable,
  header: BackupHeader,
  catalog: Catalog,
  input: AsyncGenerator<NumberedLine>,
  pageSize: number,
  onProgress: RestoreOptions['onProgress'],
): Promise<BackupTrailer> {
  const target = new Map(catalog.tables.map((t) => [t.name, t]));
  let index = 0;
  let current: { table: TableInfo; hasher: TableHasher; into: string; batch: CanonicalRow[]; chars: number } | null = null;
  const read: Fingerprint = {};
  const progress = (table: string, rows: number, done: boolean) => onProgress?.({ table, rows, index, total: header.tables.length, done });

  for await (const line of input) {
    const value = parseJson(line);
    if (Array.isArray(value)) {
      if (!current) throw notABackup(`第 ${line.no} 行：行数据不在任何表内`, `line ${line.no}: a row outside a table`);
      const width = current.table.columns.length;
      if (value.length !== width || !value.every((v) => v === null || typeof v === 'string')) {
        throw backupError(
          'bad_format',
          `备份文件第 ${line.no} 行已损坏（表 ${current.table.name} 应有 ${width} 列）`,
          `Line ${line.no} of the backup is corrupted (table ${current.table.name} has ${width} columns)`,
        );
      }
      current.hasher.add(value as CanonicalRow);
      current.batch.push(value as CanonicalRow);
      current.chars += line.text.length;
      if (current.batch.length >= pageSize || current.chars >= PAGE_CHARS) {
        await insertBatch(tx, current.into, current.table, current.batch);
        current.batch = [];
        current.chars = 0;
        progress(current.table.name, current.hasher.rows, false);
      }
    } else if (isRecord(value) && typeof value.table === 'string') {
      const expected = header.tables[index];
      if (current || !expected || expected.name !== value.table) {
        throw notABackup(`第 ${line.no} 行：表 ${value.table} 位置不对`, `line ${line.no}: table ${value.table} out of place`);
      }
      index += 1;
      const table = target.get(value.table)!;
      let into = qualified(catalog.schema, table.name);
      if (table.selfReferencing) {
        into = `pg_temp.${quoteIdent(`signoff_restore_${table.name}`)}`;
        await tx.query(`CREATE TEMPORARY TABLE ${into} (LIKE ${qualified(catalog.schema, table.name)}) ON COMMIT DROP`);
      }
      current = { table, hasher: new TableHasher(table.columns.map((c) => c.name)), into, batch: [], chars: 0 };
    } else if (isRecord(value) && typeof value.tableEnd === 'string') {
      if (!current || current.table.name !== value.tableEnd) {
        throw notABackup(`第 ${line.no} 行：表 ${value.tableEnd} 的结尾位置不对`, `line ${line.no}: end of table ${value.tableEnd} out of place`);
      }
      const got = current.hasher.digest();
      checkTable(current.table.name, got, value);
      if (current.batch.length > 0) await insertBatch(tx, current.into, current.table, current.batch);
      const home = qualified(catalog.schema, current.table.name);
      if (current.into !== home) {
        const cols = current.table.columns.filter((c) => !c.generated).map((c) => quoteIdent(c.name)).join(', ');
        await refusedByDatabase(tx.query(`INSERT INTO ${home} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM ${current.into}`));
        await tx.query(`DROP TABLE ${current.into}`);
      }
      read[current.table.name] = got;
      progress(current.table.name, got.rows, true);
      current = null;
    } else if (isRecord(value) && value.end === BACKUP_FORMAT) {
      if (current) throw notABackup(`第 ${line.no} 行：表 ${current.table.name} 没有结尾`, `line ${line.no}: table ${current.table.name} has no end`);
      const trailer = parseTrailer(value, line.no);
      checkAgainstTrailer(header, read, trailer);
      const extra = await input.next();
      if (!extra.done) throw notABackup(`第 ${extra.value.no} 行：结尾之后还有数据`, `line ${extra.value.no}: data after the end`);
      return trailer;
    } else {
      throw notABackup(`第 ${line.no} 行：无法识别的内容`, `line ${line.no}: unexpected content`);
    }
  }
  throw backupError(
    'truncated',
    '备份文件不完整（缺少结尾的校验信息），可能在写入或复制时被截断；数据库未作任何改动',
    'The backup file is incomplete (its closing checksums are missing); it was probably cut short while being written or copied. Nothing was changed',
  );
}

function checkTable(name: string, got: TableFingerprint, want: Record<string, unknown>): void {
  if (want.rows !== got.rows || want.checksum !== got.checksum) {
    throw backupError(
      'checksum_mismatch',
      `备份中表 ${name} 的数据与校验和不符（读到 ${got.rows} 行，应为 ${String(want.rows)} 行）：文件已损坏或被改动，数据库未作任何改动`,
      `The rows of table ${name} in the backup do not match its checksum (read ${got.rows}, expected ${String(want.rows)}): the file is damaged or was altered. Nothing was changed`,
    );
  }
}

/**
 * Rows whose checksums hold can still be refused (a file edited with its checksums recomputed):
 * the database's reason is passed on, typed, and the transaction rolls back.
 */
async function refusedByDatabase<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw backupError('verify_failed', `数据库拒绝了备份中的数据（${reason}），已全部回滚`, `The database refused the backup's rows (${reason}); everything was rolled back`);
  }
}

function parseTrailer(value: Record<string, unknown>, no: number): BackupTrailer {
  const tables = value.tables;
  const ok =
    Number.isInteger(value.rows) &&
    isRecord(tables) &&
    Object.values(tables).every((f) => isRecord(f) && Number.isInteger(f.rows) && typeof f.checksum === 'string');
  if (!ok) throw notABackup(`第 ${no} 行：结尾格式错误`, `line ${no}: malformed trailer`);
  return value as unknown as BackupTrailer;
}

function checkAgainstTrailer(header: BackupHeader, read: Fingerprint, trailer: BackupTrailer): void {
  const names = header.tables.map((t) => t.name);
  const listed = Object.keys(trailer.tables).sort(compareCodeUnits).join(',');
  if (listed !== [...names].sort(compareCodeUnits).join(',')) {
    throw backupError('checksum_mismatch', '备份结尾列出的表与文件头不一致', "The backup's trailer does not list the same tables as its header");
  }
  for (const name of names) checkTable(name, read[name] ?? { rows: 0, checksum: '' }, trailer.tables[name] as unknown as Record<string, unknown>);
  const total = Object.values(read).reduce((n, f) => n + f.rows, 0);
  if (total !== trailer.rows) {
    throw backupError('checksum_mismatch', `备份的总行数不符（${total}，应为 ${trailer.rows}）`, `The backup's row total does not match (${total}, expected ${trailer.rows})`);
  }
}

/**
 * One INSERT per page: the page travels as a single JSON parameter (an array of rows of text) and
 * each value is cast back to its column's type by PostgreSQL itself, the inverse of the `::text`
 * the backup read it with.
 */
async function insertBatch(tx: Queryable, into: string, table: TableInfo, rows: readonly CanonicalRow[]): Promise<void> {
  const targets: string[] = [];
  const values: string[] = [];
  table.columns.forEach((c, i) => {
    if (c.generated) return;
    targets.push(quoteIdent(c.name));
    values.push(`(e.r ->> ${i})::${c.type}`);
  });
  await refusedByDatabase(
    tx.query(
      `INSERT INTO ${into} (${targets.join(', ')}) OVERRIDING SYSTEM VALUE
       SELECT ${values.join(', ')} FROM json_array_elements($1::text::json) AS e(r)`,
      [JSON.stringify(rows)],
    ),
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
