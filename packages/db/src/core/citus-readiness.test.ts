import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testBackends, type TestDatabase } from '../testing.js';
import type { Queryable } from './database.js';

/*
 * Citus readiness (issue 16). Signoff is meant to scale out by distributing every tenant table on
 * tenant_id (docs/scaling.md). Citus enforces a key only inside one shard, and keeps a foreign key
 * only between rows of one shard, so every primary key, unique index and foreign key of a tenant
 * table must start with tenant_id; row-level security stays the isolation guard either way. This
 * test reads the migrated catalog and fails on any violation, and checks docs/scaling.md's
 * statements against the same catalog, so a new table or key cannot slip past either.
 */

/**
 * Violations known today and accepted for now, each with why and what lifts it. The test fails on
 * any violation not listed here, and on a listed one that is gone (so the list only shrinks).
 */
const KNOWN_VIOLATIONS: ReadonlyMap<string, string> = new Map<string, string>([]);

const DOC = new URL('../../../../docs/scaling.md', import.meta.url);

interface TableRow {
  name: string;
  tenant: boolean;
  rls: boolean;
  policies: number;
}

async function tables(tx: Queryable): Promise<TableRow[]> {
  return tx.query<TableRow>(
    `SELECT c.relname AS name, c.relrowsecurity AS rls,
       EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
               AND NOT a.attisdropped) AS tenant,
       (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
     FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace
       AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
  );
}

/** Every violation of the rules above in the current schema, one readable line each. */
async function violations(tx: Queryable): Promise<string[]> {
  const found: string[] = [];
  const all = await tables(tx);
  const tenantTables = new Set(all.filter((t) => t.tenant).map((t) => t.name));
  for (const t of all.filter((r) => r.tenant)) {
    if (!t.rls) found.push(`${t.name}: row-level security not enabled`);
    if (t.policies === 0) found.push(`${t.name}: no row-level security policy`);
  }
  // primary keys and unique indexes alike (a UNIQUE constraint is one): the first key column;
  // an expression in first place (attnum 0) is a violation too
  const keys = await tx.query<{ table: string; index: string; primary: boolean; first: string | null }>(
    `SELECT c.relname AS table, i.relname AS index, x.indisprimary AS primary,
       (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum = x.indkey[0]) AS first
     FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
     WHERE c.relnamespace = current_schema()::regnamespace AND x.indisunique`,
  );
  for (const k of keys) {
    if (!tenantTables.has(k.table) || k.first === 'tenant_id') continue;
    found.push(`${k.index}: ${k.primary ? 'primary key' : 'unique index'} does not start with tenant_id`);
  }
  for (const t of tenantTables) {
    if (!keys.some((k) => k.table === t && k.primary)) found.push(`${t}: no primary key`);
  }
  const fks = await tx.query<{
    name: string;
    child: string;
    parent: string;
    childFirst: string;
    parentFirst: string;
    onDelete: string;
    onUpdate: string;
  }>(
    `SELECT con.conname AS name, c.relname AS child, p.relname AS parent,
       (SELECT attname FROM pg_attribute WHERE attrelid = con.conrelid AND attnum = con.conkey[1]) AS "childFirst",
       (SELECT attname FROM pg_attribute WHERE attrelid = con.confrelid AND attnum = con.confkey[1]) AS "parentFirst",
       con.confdeltype::text AS "onDelete", con.confupdtype::text AS "onUpdate"
     FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class p ON p.oid = con.confrelid
     WHERE con.contype = 'f' AND c.relnamespace = current_schema()::regnamespace`,
  );
  for (const fk of fks) {
    const childTenant = tenantTables.has(fk.child);
    const parentTenant = tenantTables.has(fk.parent);
    // a reference table (no tenant_id) may not point into a distributed one
    if (!childTenant && parentTenant)
      found.push(`${fk.name}: a table without tenant_id references a tenant table`);
    if (!childTenant) continue;
    if (fk.childFirst !== 'tenant_id') found.push(`${fk.name}: foreign key does not start with tenant_id`);
    else if (parentTenant && fk.parentFirst !== 'tenant_id')
      found.push(`${fk.name}: foreign key does not reference the parent's tenant_id first`);
    // Citus cannot null or reset the distribution column, nor cascade an update of it
    if (fk.childFirst === 'tenant_id' && (fk.onDelete === 'n' || fk.onDelete === 'd'))
      found.push(
        `${fk.name}: ON DELETE SET ${fk.onDelete === 'n' ? 'NULL' : 'DEFAULT'} on a key with tenant_id`,
      );
    if (fk.childFirst === 'tenant_id' && ['c', 'n', 'd'].includes(fk.onUpdate))
      found.push(`${fk.name}: ON UPDATE action on a key with tenant_id`);
  }
  return found.sort();
}

interface DocStatement {
  table: string;
  kind: 'distributed' | 'reference';
  column?: string;
}

/** The statements docs/scaling.md gives, in the order given (code lines only, not prose). */
function parseScalingDoc(text: string): DocStatement[] {
  const statements: DocStatement[] = [];
  const pattern =
    /^SELECT (create_distributed_table|create_reference_table)\('([a-z_]+)'(?:, '([a-z_]+)')?\);$/gm;
  for (const m of text.matchAll(pattern)) {
    const table = m[2] ?? '';
    statements.push(
      m[1] === 'create_distributed_table'
        ? { table, kind: 'distributed', column: m[3] }
        : { table, kind: 'reference' },
    );
  }
  return statements;
}

describe.each(testBackends())('Citus readiness of the migrated schema on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.dispose());

  it('every tenant table has tenant_id first in its primary key, unique keys and foreign keys, and RLS', async () => {
    const found = await violations(t.db);
    const unexpected = found.filter((v) => !KNOWN_VIOLATIONS.has(v));
    const gone = [...KNOWN_VIOLATIONS.keys()].filter((v) => !found.includes(v));
    expect(unexpected, 'new violations: fix them (see docs/scaling.md)').toEqual([]);
    expect(gone, 'fixed violations: remove them from KNOWN_VIOLATIONS').toEqual([]);
  });

  it('docs/scaling.md distributes every tenant table by tenant_id and makes every other table a reference table', async () => {
    const catalog = await tables(t.db);
    const listed = parseScalingDoc(await readFile(DOC, 'utf8'));
    const names = listed.map((s) => s.table);
    expect(
      names.filter((n, i) => names.indexOf(n) !== i),
      'listed twice',
    ).toEqual([]);
    expect([...names].sort(), 'the tables listed are exactly the catalog').toEqual(
      catalog.map((c) => c.name),
    );
    for (const c of catalog) {
      const s = listed.find((l) => l.table === c.name);
      expect(s, c.name).toEqual(
        c.tenant
          ? { table: c.name, kind: 'distributed', column: 'tenant_id' }
          : { table: c.name, kind: 'reference' },
      );
    }
  });

  it('docs/scaling.md creates every referenced table before the tables that reference it', async () => {
    // Citus distributes a table only once the tables its foreign keys point at are distributed
    const order = parseScalingDoc(await readFile(DOC, 'utf8')).map((s) => s.table);
    const fks = await t.db.query<{ child: string; parent: string }>(
      `SELECT DISTINCT c.relname AS child, p.relname AS parent
       FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class p ON p.oid = con.confrelid
       WHERE con.contype = 'f' AND c.relnamespace = current_schema()::regnamespace AND c.oid <> p.oid`,
    );
    expect(fks.length).toBeGreaterThan(0);
    const late = fks.filter((fk) => order.indexOf(fk.parent) > order.indexOf(fk.child));
    expect(late.map((fk) => `${fk.child} before ${fk.parent}`)).toEqual([]);
  });

  it('catches each kind of violation (a deliberately bad table, dropped after)', async () => {
    await t.db.exec(`CREATE TABLE citus_probe (tenant_id text NOT NULL, id text NOT NULL, code text,
        PRIMARY KEY (id, tenant_id), UNIQUE (code),
        FOREIGN KEY (id, tenant_id) REFERENCES users (id, tenant_id))`);
    try {
      const found = (await violations(t.db)).filter((v) => v.startsWith('citus_probe'));
      expect(found).toEqual([
        'citus_probe: no row-level security policy',
        'citus_probe: row-level security not enabled',
        'citus_probe_code_key: unique index does not start with tenant_id',
        'citus_probe_id_tenant_id_fkey: foreign key does not start with tenant_id',
        'citus_probe_pkey: primary key does not start with tenant_id',
      ]);
    } finally {
      await t.db.exec('DROP TABLE citus_probe');
    }
  });
});
