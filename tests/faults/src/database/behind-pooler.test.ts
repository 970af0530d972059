import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, sized } from '../harness/fault-size.js';
import { login, type Session } from '../harness/http-session.js';
import { leaveTemplateId } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { countBy, recordFigures } from './figures.js';
import { emptyTally, runLeaveLoad, type LoadTally } from './leave-load.js';
import { startPgbouncer, type Pgbouncer } from './pgbouncer.js';
import { guardRefusesForeignRow, installTenantGuard } from './tenant-guard.js';

const PER_TENANT = sized(30, 250);
const WORKERS = sized(3, 6);
const PROBES = sized(200, 2000);
/** fewer server connections than the two servers' clients: transactions of both tenants share them */
const POOL_SIZE = 3;

/** the small-company catalog tenant's leave: 1 day goes to the head of 综合部 alone */
const scLeave = (applicant: Session, templateId: string, n: number) =>
  applicant.mutate<{ id: string; serialNo?: string }>('instances.submit', {
    templateId,
    data: { leaveType: '事假', days: 1, period: ['2026-12-03', '2026-12-03'], reason: `pooled ${n}` },
  });

describe.runIf(DATABASE_URL)('behind PgBouncer in transaction mode', () => {
  let db: ScratchDatabase | undefined;
  let bouncer: Pgbouncer | undefined;
  let server: ServerProcess | undefined;
  let guarded: string[] = [];
  beforeAll(async () => {
    db = await createScratchDatabase(DATABASE_URL ?? '');
    bouncer = await startPgbouncer({ serverPort: Number(new URL(db.url).port || 5432), poolSize: POOL_SIZE });
    // the documented way to run behind a transaction pooler (postgres-database.ts)
    const pooled = `${bouncer.via(db.url)}?prepare=false`;
    server = await startServerProcess({ databaseUrl: pooled, seedDemo: true });
    guarded = await installTenantGuard(db.sql);
  });
  afterAll(async () => {
    if (server && server.pid() === undefined) console.error(server.output().slice(-4000));
    await server?.stop();
    await bouncer?.stop();
    await db?.drop();
  });

  it('the tenant guard refuses a row written under another tenant setting', async () => {
    if (!db) throw new Error('setup failed');
    expect(guarded).toEqual(expect.arrayContaining(['instances', 'tasks', 'audit_log', 'serial_counters']));
    expect(await guardRefusesForeignRow(db.sql)).toMatch(/tenant setting leak/);
  });

  it('a transaction that sets no tenant never sees one left by another on the same server connection', async () => {
    if (!bouncer || !db) throw new Error('setup failed');
    const pooled = postgres(bouncer.via(db.url), { max: 8, prepare: false, onnotice: () => undefined });
    try {
      const seen: string[] = [];
      await Promise.all(
        Array.from({ length: PROBES }, async (_, i) => {
          await pooled.begin(async (tx) => {
            await tx`SELECT set_config('app.tenant_id', ${`probe-${i}`}, true)`;
            await tx.unsafe('SET LOCAL ROLE signoff_app');
          });
          const [row] = await pooled.begin(
            (tx) => tx<{ tenant: string | null; role: string }[]>`
              SELECT current_setting('app.tenant_id', true) AS tenant, current_user AS role`,
          );
          if (row?.tenant || row?.role !== 'postgres') seen.push(`${row?.tenant} as ${row?.role}`);
        }),
      );
      expect(seen).toEqual([]);
    } finally {
      await pooled.end({ timeout: 2 });
    }
  });

  it('two tenants under parallel load through the pooler: no request fails, each sees only its own', async () => {
    if (!db || !server) throw new Error('setup failed');
    const { sql } = db;
    const demo = {
      applicant: await login(server.url, 'zhang.san'),
      approver: await login(server.url, 'li.si'),
    };
    const sc = {
      applicant: await login(server.url, 'staff.general', { tenantCode: 'small-company' }),
      approver: await login(server.url, 'general.mgr', { tenantCode: 'small-company' }),
    };
    const [scTemplate] = await sql<{ id: string }[]>`SELECT id FROM templates WHERE key = 'sc_leave'`;
    if (!scTemplate) throw new Error('the small-company catalog tenant was not seeded');
    const demoTally: LoadTally = emptyTally();
    const scTally: LoadTally = emptyTally();
    const started = Date.now();
    await Promise.all([
      runLeaveLoad({
        ...demo,
        templateId: await leaveTemplateId(sql),
        sql,
        total: PER_TENANT,
        workers: WORKERS,
        tally: demoTally,
      }),
      runLeaveLoad({
        ...sc,
        templateId: scTemplate.id,
        sql,
        total: PER_TENANT,
        workers: WORKERS,
        tally: scTally,
        submit: scLeave,
      }),
    ]);
    const loadMs = Date.now() - started;
    const refused = [...demoTally.refused, ...scTally.refused];
    await recordFigures('behind-pooler', {
      'pgbouncer pool_mode / default_pool_size': `transaction / ${POOL_SIZE}`,
      'tables with the tenant guard trigger': guarded.length,
      'no-tenant probes after a tenant transaction': PROBES,
      'submissions per tenant (demo, small-company)': PER_TENANT,
      'workers per tenant': WORKERS,
      'calls made': demoTally.calls + scTally.calls,
      'approvals acknowledged (demo, small-company)': `${demoTally.approved.size}, ${scTally.approved.size}`,
      'calls refused': refused.length,
      refusals: countBy(refused.map((r) => `${r.status} ${r.messageKey}`)),
      'load wall clock (ms)': loadMs,
    });
    expect(refused, JSON.stringify(refused.slice(0, 3))).toEqual([]);
    expect(demoTally.approved.size).toBe(PER_TENANT);
    expect(scTally.approved.size).toBe(PER_TENANT);
    expect(server.output()).not.toMatch(/tenant setting leak/);

    // each tenant's lists hold its own requests and nothing of the other's
    const demoIds = new Set(demoTally.submitted.map((s) => s.id));
    const scIds = new Set(scTally.submitted.map((s) => s.id));
    await expectOnlyOwn(demo.applicant, demoIds, scIds);
    await expectOnlyOwn(sc.applicant, scIds, demoIds);
    const rows = await sql<{ code: string; n: number }[]>`
      SELECT n.code, count(*)::int AS n FROM instances i JOIN tenants n ON n.id = i.tenant_id
      WHERE i.id = ANY(${[...demoIds, ...scIds]}) AND i.status = 'approved' GROUP BY n.code ORDER BY 1`;
    expect(rows).toEqual([
      { code: 'demo', n: PER_TENANT },
      { code: 'small-company', n: PER_TENANT },
    ]);
  });
});

async function expectOnlyOwn(applicant: Session, own: Set<string>, foreign: Set<string>): Promise<void> {
  const mine = await applicant.query<{ id: string }[]>('instances.mine');
  if (!mine.ok) throw new Error(`instances.mine refused: ${mine.raw}`);
  const ids = mine.data.map((i) => i.id);
  expect(ids.filter((id) => foreign.has(id))).toEqual([]);
  expect(ids.filter((id) => own.has(id)).length).toBe(Math.min(own.size, ids.length));
  for (const id of foreign) {
    const r = await applicant.query('instances.get', { id });
    expect(r.ok, id).toBe(false);
  }
}
