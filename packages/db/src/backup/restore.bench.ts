import { bench, describe } from 'vitest';
import type { Database } from '../core/database.js';
import { migrate } from '../core/migrate.js';
import { openPglite } from '../core/pglite-database.js';
import { openPostgres } from '../core/postgres-database.js';
import { backupDatabase } from './write-backup.js';
import { restoreDatabase } from './restore-database.js';

// Restore speed (issue 16, fix 12): the same 10 002-row backup restored over the same rows (the
// `--yes` case) with COPY and with one INSERT per page, side by side on each backend; restore
// takes whichever is faster there by default. Rows per second = 10 002 / the mean time.
// `pnpm bench restore` (scripts/bench/restore-bench.ts) turns vitest's figures into docs/bench/restore.json;
// BENCH_QUICK=1 is its smoke size, to see the bench still runs, not how fast.
const QUICK = process.env.BENCH_QUICK === '1';
const ROWS = QUICK ? 1_000 : 10_000;
const ROUNDS = QUICK ? { iterations: 1, warmupIterations: 0 } : { iterations: 5, warmupIterations: 1 };

async function fill(db: Database): Promise<string[]> {
  await migrate(db);
  await db.exec(`INSERT INTO tenants (id, code, name) VALUES ('ta', 'alpha', 'Alpha');
    INSERT INTO departments (tenant_id, id, name) VALUES ('ta', 'd1', '工程部');
    INSERT INTO users (tenant_id, id, login, name, department_id)
      SELECT 'ta', 'u' || g, 'user' || g, '用户' || g, 'd1' FROM generate_series(1, ${ROWS / 2}) g;
    INSERT INTO audit_log (tenant_id, seq, at, actor_id, action, subject, data, prev_hash, hash)
      SELECT 'ta', g, now(), 'u1', 'instances.submit', 'instance:' || g,
             jsonb_build_object('reason', E'出差去上海\\t第 ' || g || E' 天\\n', 'days', g % 5), md5(g::text), md5((g + 1)::text)
        FROM generate_series(1, ${ROWS / 2}) g;`);
  let text = '';
  await backupDatabase(db, (chunk) => {
    text += chunk;
  });
  return text.split('\n').filter(Boolean);
}

function each(lines: readonly string[]): AsyncIterable<string> {
  return (async function* () {
    for (const line of lines) yield await Promise.resolve(line);
  })();
}

const backends: [string, () => Promise<Database>][] = [['pglite', () => openPglite()]];
if (process.env.DATABASE_URL) {
  const url = process.env.DATABASE_URL;
  backends.push([
    'postgres',
    async () => {
      const schema = `signoff_bench_${Math.random().toString(36).slice(2, 8)}`;
      const admin = openPostgres(url, { max: 1 });
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.close();
      return openPostgres(url, { schema, max: 2 });
    },
  ]);
}

// bench mode runs no beforeAll before the benches, so the data is made here, once per backend
for (const [kind, open] of backends) {
  const source = await open();
  const lines = await fill(source);
  await source.close();
  const target = await open();
  await migrate(target);

  describe(`restore ${ROWS + 2} rows on ${kind}`, () => {
    bench(
      'COPY per page',
      async () => {
        await restoreDatabase(target, each(lines), { overwrite: true, load: 'copy' });
      },
      ROUNDS,
    );
    bench(
      'one INSERT per page',
      async () => {
        await restoreDatabase(target, each(lines), { overwrite: true, load: 'insert' });
      },
      ROUNDS,
    );
  });
}
