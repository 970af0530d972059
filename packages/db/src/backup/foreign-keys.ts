import type { Queryable } from '../core/database.js';
import { backupError } from './backup-error.js';

/**
 * Turns PostgreSQL's per-row foreign-key checks off for the rest of the restore's transaction,
 * where the role may (a superuser: PGlite's, and the operator's usual one): a restore of 10 000
 * rows spent most of its COPY time in them (issue 16, fix 12). False when the role may not;
 * the load then checks row by row as before. `checkForeignKeys` puts the checks back, set-based.
 */
export async function skipRowChecks(tx: Queryable): Promise<boolean> {
  await tx.query('SAVEPOINT signoff_row_checks');
  try {
    await tx.query("SELECT set_config('session_replication_role', 'replica', true)");
    await tx.query('RELEASE SAVEPOINT signoff_row_checks');
    return true;
  } catch {
    await tx.query('ROLLBACK TO SAVEPOINT signoff_row_checks');
    return false;
  }
}

interface ForeignKey {
  name: string;
  child: string;
  parent: string;
  child_cols: string[];
  parent_cols: string[];
}

/**
 * Every foreign key of the schema checked over the whole table at once, after a load that ran
 * without the per-row checks: one anti-join per key. Checksums prove the rows are the backup's,
 * not that the backup is consistent (a file edited with its checksums recomputed), so this stays.
 * MATCH SIMPLE, as PostgreSQL's own: a row with a NULL in the key is not checked.
 */
export async function checkForeignKeys(tx: Queryable, schema: string): Promise<void> {
  await tx.query("SELECT set_config('session_replication_role', 'origin', true)");
  const keys = await tx.query<ForeignKey>(
    `SELECT c.conname AS name, c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
            array(SELECT quote_ident(a.attname) FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS child_cols,
            array(SELECT quote_ident(a.attname) FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS parent_cols
       FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = $1::regnamespace ORDER BY 1`,
    [schema],
  );
  for (const k of keys) {
    const present = k.child_cols.map((c) => `c.${c} IS NOT NULL`).join(' AND ');
    const match = k.child_cols.map((c, i) => `p.${k.parent_cols[i] ?? c} = c.${c}`).join(' AND ');
    const [bad] = await tx.query<{ found: number }>(
      `SELECT 1 AS found FROM ${k.child} c WHERE ${present}
          AND NOT EXISTS (SELECT 1 FROM ${k.parent} p WHERE ${match}) LIMIT 1`,
    );
    if (bad)
      throw backupError(
        'verify_failed',
        `备份中表 ${k.child} 的行引用了不存在的记录（外键 ${k.name}），已全部回滚`,
        `Rows of ${k.child} in the backup refer to rows that do not exist (foreign key ${k.name}); everything was rolled back`,
      );
  }
}
