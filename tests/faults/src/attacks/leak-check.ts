import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import type postgres from 'postgres';

/** Every string in a value, object keys included, and the id-like tokens inside each. */
export function strings(value: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      out.push(v, ...v.split(/[^A-Za-z0-9_-]+/).filter(Boolean));
    } else if (Array.isArray(v)) {
      v.forEach(visit);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        visit(x);
      }
    }
  };
  visit(value);
  return out;
}

/** Tenant tables, read from the catalog so a table added later is covered too. */
export async function tenantTables(sql: postgres.Sql): Promise<string[]> {
  const rows = await sql<{ table_name: string }[]>`
    SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE c.column_name = 'tenant_id' AND c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
     ORDER BY 1`;
  return rows.map((r) => r.table_name);
}

/**
 * Per tenant table, the count and a checksum of one tenant's rows, as the superuser reads them.
 * databaseFingerprint (@signoff/db) covers every tenant at once, and A's own calls change A's
 * rows (sessions, audit), so B's rows are fingerprinted on their own here.
 */
export async function tenantFingerprint(
  sql: postgres.Sql,
  tenantId: string,
  tables: string[],
): Promise<Record<string, string>> {
  await auditSealed(sql, tenantId);
  const out: Record<string, string> = {};
  for (const t of tables) {
    const rows = await sql.unsafe<{ r: string }[]>(
      `SELECT row_to_json(x)::text AS r FROM ${t} x WHERE tenant_id = $1`,
      [tenantId],
    );
    const lines = rows.map((r) => r.r).sort();
    out[t] = `${lines.length} ${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`;
  }
  return out;
}

/**
 * Waits for the server's job loop to seal the tenant's audit entries into the chain (within about
 * a second, docs/runtime.md): sealing fills in their chain position and hashes, which would read
 * as a change to the tenant's rows. A row an attack added would still count, sealed or not.
 */
async function auditSealed(sql: postgres.Sql, tenantId: string): Promise<void> {
  const until = Date.now() + 20_000;
  for (;;) {
    const [row] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${tenantId} AND chain_pos IS NULL`;
    if ((row?.n ?? 0) === 0) return;
    if (Date.now() > until) throw new Error(`${row?.n} audit entries of ${tenantId} still unsealed after 20 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every `id` of every row of one tenant, the tenant's own id included, each with its table. */
export async function tenantIds(
  sql: postgres.Sql,
  tenantId: string,
  tables: string[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>([[tenantId, 'tenants']]);
  const withId = await sql<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name = 'id' AND table_name = ANY(${tables})`;
  for (const { table_name } of withId) {
    const rows = await sql.unsafe<{ id: string }[]>(
      `SELECT id::text AS id FROM ${table_name} WHERE tenant_id = $1`,
      [tenantId],
    );
    for (const r of rows) ids.set(r.id, table_name);
  }
  return ids;
}

/**
 * The text of every XML part of an .xlsx (a zip), read from its central directory: enough to
 * look for a string in a workbook without a spreadsheet library in this package.
 */
export function xlsxText(file: Buffer): string {
  const eocd = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const entries = file.readUInt16LE(eocd + 10);
  let at = file.readUInt32LE(eocd + 16);
  let text = '';
  for (let i = 0; i < entries; i++) {
    const method = file.readUInt16LE(at + 10);
    const size = file.readUInt32LE(at + 20);
    const nameLength = file.readUInt16LE(at + 28);
    const extra = file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
    const local = file.readUInt32LE(at + 42);
    const name = file.subarray(at + 46, at + 46 + nameLength).toString();
    const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    const body = file.subarray(start, start + size);
    if (name.endsWith('.xml')) text += (method === 8 ? inflateRawSync(body) : body).toString('utf8');
    at += 46 + nameLength + extra;
  }
  return text;
}

/**
 * B's ids written into A's rows: a reference across tenants (A's template filed in B's folder,
 * A's user in B's department). An id A's own rows hold as their `id` is A's, not a reference.
 */
export async function crossReferences(
  sql: postgres.Sql,
  aTenantId: string,
  tables: string[],
  bIds: Map<string, string>,
): Promise<string[]> {
  const aOwn = await tenantIds(sql, aTenantId, tables);
  const found: string[] = [];
  for (const t of tables) {
    const rows = await sql.unsafe<{ r: string }[]>(
      `SELECT row_to_json(x)::text AS r FROM ${t} x WHERE tenant_id = $1`,
      [aTenantId],
    );
    for (const { r } of rows)
      for (const [id, bTable] of bIds)
        if (!aOwn.has(id) && r.includes(id)) found.push(`${t} holds ${bTable} ${id}: ${r.slice(0, 240)}`);
  }
  return found;
}
