import { createHash, type Hash } from 'node:crypto';
import type { Database, Queryable } from '../core/database.js';

/**
 * What backup, restore and the fingerprint know about the tables of the current schema: read from
 * pg_catalog, so a table or column added by a later migration is covered with no change here.
 */
export interface ColumnInfo {
  name: string;
  /** format_type(): what a value's text is cast back to on restore, e.g. `timestamp with time zone` */
  type: string;
  /** text-like types, ordered with COLLATE "C" so every server sorts them the same way */
  collatable: boolean;
  /** GENERATED ALWAYS AS (…) STORED: backed up and checked, never inserted */
  generated: boolean;
  /** the sequence a serial or identity column draws from, reset after a restore */
  sequence: string | null;
}

export interface TableInfo {
  name: string;
  /** sorted by name, so the canonical row does not depend on the order columns were added in */
  columns: ColumnInfo[];
  /** primary key columns in key order; empty when the table has none (rows then sort by every column) */
  primaryKey: string[];
  /** a foreign key from the table to itself (departments.parent_id, template_folders.parent_id) */
  selfReferencing: boolean;
}

export interface Catalog {
  schema: string;
  /** parents before children: restoring in this order never inserts a row before the row it references */
  tables: TableInfo[];
}

export interface TableFingerprint {
  rows: number;
  /** SHA-256, hex, of the table's canonical serialisation (see `TableHasher`) */
  checksum: string;
}

/** Table name to its row count and checksum, in restore order. */
export type Fingerprint = Record<string, TableFingerprint>;

/** A row as canonical text: one PostgreSQL text value (or null) per column, columns sorted by name. */
export type CanonicalRow = (string | null)[];

/** The bookkeeping table of migrations is the code's, not the data's: never backed up or restored. */
export const EXCLUDED_TABLES: ReadonlySet<string> = new Set(['schema_migrations']);

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export const qualified = (schema: string, table: string): string =>
  `${quoteIdent(schema)}.${quoteIdent(table)}`;

/**
 * Makes every value's text form independent of the server's and the session's settings: instants
 * in UTC with ISO dates, shortest exact floats, hex bytea. Transaction-local, so a pooled
 * connection goes back as it was.
 */
export async function useCanonicalSettings(tx: Queryable): Promise<void> {
  await tx.query(`SELECT set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, YMD', true),
    set_config('IntervalStyle', 'postgres', true), set_config('extra_float_digits', '1', true),
    set_config('bytea_output', 'hex', true)`);
}

export async function readCatalog(tx: Queryable): Promise<Catalog> {
  const [schemaRow] = await tx.query<{ schema: string }>('SELECT current_schema() AS schema');
  const schema = schemaRow?.schema;
  if (!schema) throw new Error('no current schema (search_path is empty)');
  const tableRows = await tx.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
    [schema],
  );
  const names = tableRows.map((r) => r.name).filter((n) => !EXCLUDED_TABLES.has(n));
  const columnRows = await tx.query<{
    table: string;
    name: string;
    type: string;
    collatable: boolean;
    generated: boolean;
    sequence: string | null;
  }>(
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       t.typcollation <> 0 AS collatable, a.attgenerated <> '' AS generated,
       pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`,
    [schema],
  );
  const keyRows = await tx.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column
     FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
     WHERE n.nspname = $1 AND con.contype = 'p' ORDER BY c.relname, k.ord`,
    [schema],
  );
  const fkRows = await tx.query<{ child: string; parent: string }>(
    `SELECT DISTINCT c.relname AS child, p.relname AS parent
     FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class p ON p.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND con.contype = 'f' AND p.relnamespace = c.relnamespace`,
    [schema],
  );

  const byName = new Map<string, TableInfo>(
    names.map((name) => [name, { name, columns: [], primaryKey: [], selfReferencing: false }]),
  );
  for (const c of columnRows) {
    byName.get(c.table)?.columns.push({
      name: c.name,
      type: c.type,
      collatable: c.collatable,
      generated: c.generated,
      sequence: c.sequence,
    });
  }
  for (const t of byName.values()) t.columns.sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const k of keyRows) byName.get(k.table)?.primaryKey.push(k.column);
  const parents = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  for (const fk of fkRows) {
    const table = byName.get(fk.child);
    if (!table || !byName.has(fk.parent)) continue;
    if (fk.child === fk.parent) table.selfReferencing = true;
    else parents.get(fk.child)?.add(fk.parent);
  }
  return { schema, tables: topologicalOrder(names, parents).map((n) => byName.get(n)!) };
}

export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Kahn's algorithm, ties broken by name so the order is the same on every run. Tables caught in a
 * foreign-key cycle between different tables (none in Signoff's schema) follow in name order;
 * restoring them would be refused by the database and rolled back, never half-applied.
 */
export function topologicalOrder(
  names: readonly string[],
  parents: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const pending = new Map(names.map((n) => [n, new Set(parents.get(n) ?? [])]));
  const order: string[] = [];
  for (;;) {
    const ready = [...pending]
      .filter(([, ps]) => ps.size === 0)
      .map(([n]) => n)
      .sort(compareCodeUnits);
    if (ready.length === 0) break;
    for (const n of ready) {
      order.push(n);
      pending.delete(n);
    }
    for (const ps of pending.values()) for (const n of ready) ps.delete(n);
  }
  return [...order, ...[...pending.keys()].sort(compareCodeUnits)];
}

let cursorCounter = 0;

/** About how much row text one page may hold (characters), whatever the page size in rows. */
export const PAGE_CHARS = 8_000_000;

/**
 * Reads a table page by page through a cursor, in primary-key order with text compared byte-wise
 * (COLLATE "C"), every value as its PostgreSQL text form. A cursor sorts once and then hands out
 * pages, so a large table is never held in memory and never re-sorted per page. A page holds at
 * most `pageSize` rows and roughly `PAGE_CHARS` characters (more only when a single row is larger).
 */
export async function* scanTable(
  tx: Queryable,
  schema: string,
  table: TableInfo,
  pageSize: number,
): AsyncGenerator<CanonicalRow[]> {
  const values = table.columns.map((c) => `${quoteIdent(c.name)}::text`).join(', ');
  const orderColumns =
    table.primaryKey.length > 0
      ? table.primaryKey.map((name) => table.columns.find((c) => c.name === name)!)
      : table.columns;
  const order = orderColumns
    .map((c) =>
      table.primaryKey.length > 0
        ? `${quoteIdent(c.name)}${c.collatable ? ' COLLATE "C"' : ''}`
        : `${quoteIdent(c.name)}::text COLLATE "C"`,
    )
    .join(', ');
  const cursor = `signoff_scan_${++cursorCounter}`;
  await tx.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT to_json(ARRAY[${values}]::text[])::text AS r
     FROM ${qualified(schema, table.name)}${order ? ` ORDER BY ${order}` : ''}`,
  );
  // pages are bounded in size too: starting small and doubling, a table of large values (attachment
  // bytes) never has a thousand of them in memory at once
  let fetch = Math.min(pageSize, 8);
  for (;;) {
    const page = await tx.query<{ r: string }>(`FETCH FORWARD ${fetch} FROM ${cursor}`);
    if (page.length > 0) yield page.map((p) => JSON.parse(p.r) as CanonicalRow);
    if (page.length < fetch) break;
    const chars = page.reduce((n, p) => n + p.r.length, 0);
    if (chars > PAGE_CHARS) fetch = Math.max(1, Math.floor((fetch * PAGE_CHARS) / chars));
    else if (chars < PAGE_CHARS / 4) fetch = Math.min(pageSize, fetch * 2);
  }
  await tx.query(`CLOSE ${cursor}`);
}

/**
 * The canonical serialisation a checksum covers: the sorted column names as a JSON array, then each
 * row, in primary-key order, as a JSON array of text values, every one followed by a newline. The
 * backup file's row lines are exactly these serialisations.
 */
export class TableHasher {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  constructor(columnNames: readonly string[]) {
    this.hash.update(`${JSON.stringify(columnNames)}\n`);
  }

  /** Adds a row; returns its canonical line (without the newline). */
  add(row: CanonicalRow): string {
    const line = JSON.stringify(row);
    this.hash.update(`${line}\n`);
    this.rows += 1;
    return line;
  }

  digest(): TableFingerprint {
    return { rows: this.rows, checksum: this.hash.digest('hex') };
  }
}

export async function fingerprintTables(
  tx: Queryable,
  catalog: Catalog,
  pageSize = 1000,
): Promise<Fingerprint> {
  const result: Fingerprint = {};
  for (const table of catalog.tables) {
    const hasher = new TableHasher(table.columns.map((c) => c.name));
    for await (const page of scanTable(tx, catalog.schema, table, pageSize))
      for (const row of page) hasher.add(row);
    result[table.name] = hasher.digest();
  }
  return result;
}

/**
 * Per table of the current schema (schema_migrations aside), its row count and the checksum a
 * backup of it would carry. Read in one snapshot, as the owner (row-level security does not hide
 * any tenant's rows from it).
 */
export function databaseFingerprint(db: Database, options: { pageSize?: number } = {}): Promise<Fingerprint> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    await useCanonicalSettings(tx);
    return fingerprintTables(tx, await readCatalog(tx), options.pageSize);
  });
}

/** The highest migration applied to the current schema; 0 when none has been. */
export async function appliedSchemaVersion(tx: Queryable): Promise<number> {
  const [exists] = await tx.query<{ found: boolean }>(
    `SELECT to_regclass('schema_migrations') IS NOT NULL AS found`,
  );
  if (!exists?.found) return 0;
  const [row] = await tx.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return Number(row?.v ?? 0);
}
