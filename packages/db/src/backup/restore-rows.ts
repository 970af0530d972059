import type { Queryable } from '../core/database.js';
import { backupError } from './backup-error.js';
import { CopyRefused } from '../core/postgres-database.js';
import {
  PAGE_CHARS,
  qualified,
  quoteIdent,
  TableHasher,
  type CanonicalRow,
  type Catalog,
  type Fingerprint,
  type TableInfo,
} from './backup-catalog.js';
import { BACKUP_FORMAT, type BackupHeader, type BackupTrailer, type TableProgress } from './backup-format.js';
import {
  checkAgainstTrailer,
  checkTable,
  isRecord,
  notABackup,
  parseJson,
  parseTrailer,
  type NumberedLine,
} from './read-backup.js';

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
export async function insertRows(
  tx: Queryable,
  header: BackupHeader,
  catalog: Catalog,
  input: AsyncGenerator<NumberedLine>,
  pageSize: number,
  onProgress: ((p: TableProgress) => void) | undefined,
): Promise<BackupTrailer> {
  const target = new Map(catalog.tables.map((t) => [t.name, t]));
  let index = 0;
  let current: {
    table: TableInfo;
    hasher: TableHasher;
    into: string;
    batch: CanonicalRow[];
    chars: number;
  } | null = null;
  const read: Fingerprint = {};
  const progress = (table: string, rows: number, done: boolean) =>
    onProgress?.({ table, rows, index, total: header.tables.length, done });

  for await (const line of input) {
    const value = parseJson(line);
    if (Array.isArray(value)) {
      if (!current)
        throw notABackup(`第 ${line.no} 行：行数据不在任何表内`, `line ${line.no}: a row outside a table`);
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
        throw notABackup(
          `第 ${line.no} 行：表 ${value.table} 位置不对`,
          `line ${line.no}: table ${value.table} out of place`,
        );
      }
      index += 1;
      const table = target.get(value.table)!;
      let into = qualified(catalog.schema, table.name);
      if (table.selfReferencing) {
        into = `pg_temp.${quoteIdent(`signoff_restore_${table.name}`)}`;
        await tx.query(
          `CREATE TEMPORARY TABLE ${into} (LIKE ${qualified(catalog.schema, table.name)}) ON COMMIT DROP`,
        );
      }
      current = {
        table,
        hasher: new TableHasher(table.columns.map((c) => c.name)),
        into,
        batch: [],
        chars: 0,
      };
    } else if (isRecord(value) && typeof value.tableEnd === 'string') {
      if (!current || current.table.name !== value.tableEnd) {
        throw notABackup(
          `第 ${line.no} 行：表 ${value.tableEnd} 的结尾位置不对`,
          `line ${line.no}: end of table ${value.tableEnd} out of place`,
        );
      }
      const got = current.hasher.digest();
      checkTable(current.table.name, got, value);
      if (current.batch.length > 0) await insertBatch(tx, current.into, current.table, current.batch);
      const home = qualified(catalog.schema, current.table.name);
      if (current.into !== home) {
        const cols = current.table.columns
          .filter((c) => !c.generated)
          .map((c) => quoteIdent(c.name))
          .join(', ');
        await refusedByDatabase(
          tx.query(
            `INSERT INTO ${home} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM ${current.into}`,
          ),
        );
        await tx.query(`DROP TABLE ${current.into}`);
      }
      read[current.table.name] = got;
      progress(current.table.name, got.rows, true);
      current = null;
    } else if (isRecord(value) && value.end === BACKUP_FORMAT) {
      if (current)
        throw notABackup(
          `第 ${line.no} 行：表 ${current.table.name} 没有结尾`,
          `line ${line.no}: table ${current.table.name} has no end`,
        );
      const trailer = parseTrailer(value, line.no);
      checkAgainstTrailer(header, read, trailer);
      const extra = await input.next();
      if (!extra.done)
        throw notABackup(
          `第 ${extra.value.no} 行：结尾之后还有数据`,
          `line ${extra.value.no}: data after the end`,
        );
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

/**
 * Rows whose checksums hold can still be refused (a file edited with its checksums recomputed):
 * the database's reason is passed on, typed, and the transaction rolls back.
 */
async function refusedByDatabase<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof CopyRefused) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw backupError(
      'verify_failed',
      `数据库拒绝了备份中的数据（${reason}），已全部回滚`,
      `The database refused the backup's rows (${reason}); everything was rolled back`,
    );
  }
}

/**
 * One COPY per page where the driver offers it (issue 16: a restore of 9 415 rows took 69 s as
 * INSERTs): the backup holds each value as its `::text` form, which is exactly what COPY's text
 * format reads back through the column type's input function. COPY writes identity columns
 * as given, as INSERT does with OVERRIDING SYSTEM VALUE.
 */
async function insertBatch(
  tx: Queryable,
  into: string,
  table: TableInfo,
  rows: readonly CanonicalRow[],
): Promise<void> {
  const kept = table.columns.flatMap((c, i) => (c.generated ? [] : [i]));
  if (tx.copyFrom) {
    let data = '';
    for (const row of rows) data += kept.map((i) => copyText(row[i] ?? null)).join('\t') + '\n';
    const columns = kept.map((i) => quoteIdent(table.columns[i]!.name));
    try {
      await refusedByDatabase(tx.copyFrom(into, columns, data));
      return;
    } catch (e) {
      // postgres.js cannot tell why (see CopyRefused): the same page as an INSERT names the reason
      if (!(e instanceof CopyRefused)) throw e;
    }
  }
  await insertBatchAsJson(tx, into, table, rows);
}

/** COPY's text format: backslash escapes for the characters that delimit, `\N` for NULL. */
function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c);
}
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * The same page as one INSERT, for a Queryable without COPY: the page travels as a single JSON
 * parameter (an array of rows of text) and each value is cast back to its column's type by
 * PostgreSQL itself, the inverse of the `::text` the backup read it with.
 */
async function insertBatchAsJson(
  tx: Queryable,
  into: string,
  table: TableInfo,
  rows: readonly CanonicalRow[],
): Promise<void> {
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
