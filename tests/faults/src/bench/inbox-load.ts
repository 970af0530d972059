import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import * as data from './inbox-data.js';

/** Lines joined into chunks, so the stream hands the socket a few hundred kB at a time rather than one row. */
function* chunked(lines: Iterable<string>, size = 2000): Generator<string> {
  let buf: string[] = [];
  for (const l of lines) {
    buf.push(l);
    if (buf.length >= size) {
      yield buf.join('');
      buf = [];
    }
  }
  if (buf.length > 0) yield buf.join('');
}

function* everyTenant(shape: data.Shape, per: (t: number) => Iterable<string>): Generator<string> {
  for (let t = 0; t < shape.tenants; t++) yield* per(t);
}

/** COPY … FROM STDIN of generated lines, with backpressure (the generator pauses while the socket is full). */
async function copy(
  sql: postgres.Sql,
  table: string,
  columns: readonly string[],
  lines: Iterable<string>,
): Promise<void> {
  const stream = await sql.unsafe(`COPY ${table} (${columns.join(', ')}) FROM STDIN`).writable();
  await pipeline(Readable.from(chunked(lines)), stream);
}

export interface LoadTimes {
  table: string;
  rows: number;
  seconds: number;
}

/**
 * Fills a migrated, empty database with the data set of `shape`, table by table in foreign-key
 * order, as the superuser (past RLS, as a restore would), then ANALYZE so the planner knows the
 * sizes. The connection loads with session_replication_role = replica: no foreign-key check per
 * row and no org-version trigger per statement (the rows are consistent by construction, which
 * inbox-data.test.ts checks); the indexes are all built as the rows go in.
 */
export async function loadInboxData(url: string, shape: data.Shape): Promise<LoadTimes[]> {
  const sql = postgres(url, {
    max: 1,
    onnotice: () => undefined,
    connection: { session_replication_role: 'replica' },
  });
  try {
    return await loadWith(sql, shape);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function loadWith(sql: postgres.Sql, shape: data.Shape): Promise<LoadTimes[]> {
  const plan: [string, readonly string[], (t: number) => Iterable<string>][] = [
    ['tenants', data.TENANT_COLUMNS, (t) => [data.tenantLine(t)]],
    ['departments', data.DEPARTMENT_COLUMNS, (t) => [data.departmentLine(t)]],
    ['users', data.USER_COLUMNS, data.userLines],
    ['templates', data.TEMPLATE_COLUMNS, data.templateLines],
    ['template_versions', data.VERSION_COLUMNS, data.versionLines],
    ['instances', data.INSTANCE_COLUMNS, data.instanceLines],
    ['tasks', data.TASK_COLUMNS, (t) => data.taskLines(t, shape.tasksPerTenant)],
    ['jobs', data.JOB_COLUMNS, (t) => data.jobLines(t, shape.tasksPerTenant)],
  ];
  const times: LoadTimes[] = [];
  for (const [table, columns, per] of plan) {
    const t0 = performance.now();
    await copy(sql, table, columns, everyTenant(shape, per));
    const [c] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM ${sql(table)}`;
    times.push({ table, rows: c?.n ?? 0, seconds: (performance.now() - t0) / 1000 });
  }
  await sql`ANALYZE`;
  return times;
}
