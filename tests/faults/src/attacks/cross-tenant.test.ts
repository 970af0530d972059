import { appRouter, REST_OPERATIONS, writeHistoryWorkbook } from '@signoff/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, sized } from '../harness/fault-size.js';
import { login, type Session } from '../harness/http-session.js';
import { leaveTemplateId } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { INPUTS } from './attack-inputs.js';
import {
  crossReferences,
  strings,
  tenantFingerprint,
  tenantIds,
  tenantTables,
  xlsxText,
} from './leak-check.js';
import { exportXlsx, getFile, REST_CASES, restCall } from './rest-attacks.js';
import { Judge, sweepProcedures, type Caller, type SweepTally } from './sweep.js';
import { buildTwin, FILE_BYTES, must, type Twin } from './twin-tenant.js';

const RANGE = { from: '2026-01-01T00:00:00.000Z', to: '2028-01-01T00:00:00.000Z' };

/**
 * Issue 16 "Tenant attacks", over HTTP against a `signoff start` process: tenant B is a twin of
 * the demo tenant A (same org, same leave template, made with the CLI and the admin procedures),
 * then A's member, A's admin and A's REST token call everything with B's ids. Nothing of B may
 * come back, nothing may answer 5xx, and B's rows must be exactly as they were.
 */
describe.runIf(DATABASE_URL)('tenant A attacks tenant B over HTTP', () => {
  let db: ScratchDatabase;
  let server: ServerProcess;
  let b: Twin;
  let tables: string[];
  let bIds: Map<string, string>;
  let before: Record<string, string>;
  let aToken: string;
  const sessions = new Map<string, Session>();
  const figures: string[] = [];
  const claimed = new Set<string>();
  const knownRefs = new Set<string>();
  let aTenantId: string;

  const caller = (name: string, who: string): Caller => ({
    name,
    session: () => sessions.get(who) as Session,
    relogin: async () => void sessions.set(who, await login(server.url, who)),
  });
  const A = (who: string) => sessions.get(who) as Session;

  beforeAll(async () => {
    const started = Date.now();
    db = await createScratchDatabase(DATABASE_URL ?? '');
    // no webhook may reach loopback here: nothing a tenant registers can call back into the test
    server = await startServerProcess({
      databaseUrl: db.url,
      seedDemo: true,
      env: { WEBHOOK_ALLOW_HOSTS: '' },
    });
    for (const who of ['admin', 'zhang.san']) sessions.set(who, await login(server.url, who));
    b = await buildTwin(server.url, db.url, db.sql, A('admin'));
    const token = must(
      'A token',
      await A('admin').mutate<{ token: string }>('integrations.createToken', {
        name: 'a-attacker',
        scopes: ['read', 'submit', 'act-for-users', 'admin'],
      }),
    );
    aToken = token.token;
    tables = await tenantTables(db.sql);
    const aTenant = await db.sql<{ id: string }[]>`SELECT id FROM tenants WHERE code = 'demo'`;
    aTenantId = aTenant[0]?.id ?? '';
    const aIds = await tenantIds(db.sql, aTenantId, tables);
    // an id A holds too (one the catalog file carried over) or a row number proves nothing when it comes back
    bIds = new Map(
      [...(await tenantIds(db.sql, b.tenantId, tables))].filter(([id]) => !aIds.has(id) && !/^\d+$/.test(id)),
    );
    before = await tenantFingerprint(db.sql, b.tenantId, tables);
    figures.push(
      `setup (server, twin tenant via CLI + procedures) ${Date.now() - started} ms; B holds ${bIds.size} ids in ${tables.length} tenant tables`,
    );
  });
  afterAll(async () => {
    if (figures.length > 0) console.log(`[attacks] ${figures.join('\n[attacks] ')}`);
    await server?.stop();
    await db?.drop();
  });

  /** The ids A's rows hold: their own, and B's ids A wrote into them (the reference check reports those). */
  async function storedByA(): Promise<Map<string, string>> {
    const held = await tenantIds(db.sql, aTenantId, tables);
    for (const ref of await crossReferences(db.sql, aTenantId, tables, bIds)) {
      const [table, , , id] = ref.split(' ');
      if (table && id) held.set(id.replace(/:$/, ''), `written into A's ${table}`);
    }
    return held;
  }

  /** B's rows, compared after every attack: a refusal that wrote something first is a bug too. */
  async function expectBUnchanged() {
    const after = await tenantFingerprint(db.sql, b.tenantId, tables);
    const changed = tables
      .filter((t) => after[t] !== before[t])
      .map((t) => `${t}: ${before[t]} → ${after[t]}`);
    expect(changed, "B's rows changed").toEqual([]);
    // each test answers for the references it made: one bug found above does not fail the rest
    const refs = (await crossReferences(db.sql, aTenantId, tables, bIds)).filter((r) => !knownRefs.has(r));
    for (const r of refs) knownRefs.add(r);
    expect(refs, "A's rows pointing at B's").toEqual([]);
  }

  it('the twin holds what the attacks aim at, and B itself can reach it', async () => {
    expect(
      b.kindIds.every((id) => bIds.has(id)),
      JSON.stringify(b.kindIds),
    ).toBe(true);
    const file = await getFile(server.url, b.member, b.fileId);
    expect(file.status).toBe(200);
    expect(file.text).toContain(FILE_BYTES.toString('latin1'));
    const xlsx = await exportXlsx(server.url, b.admin, { templateKey: 'leave', ...RANGE });
    expect(xlsx.status).toBe(200);
    expect(xlsxText(xlsx.bytes)).toContain(b.serialNo);
    const op = REST_OPERATIONS.find((o) => o.operationId === 'getInstance');
    const own = await restCall(server.url, b.tokenSecret, op ?? { method: 'GET', path: '' }, {
      params: { id: b.instanceId },
    });
    expect(own.status).toBe(200);
    expect(own.text).toContain(b.serialNo);
    // B's own reads above touched B's rows (its token's last use): the attacks are measured from here
    before = await tenantFingerprint(db.sql, b.tenantId, tables);
  });

  it("every tRPC procedure, as A's member and A's admin, with B's ids: nothing of B, no 5xx", async () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    const paths = Object.keys(procedures);
    expect(paths.length).toBeGreaterThan(90);
    expect(
      Object.keys(INPUTS).filter((p) => !paths.includes(p)),
      'INPUTS names procedures that no longer exist',
    ).toEqual([]);
    const tally: SweepTally = {
      procedures: new Set(),
      calls: 0,
      cases: 0,
      refused: 0,
      answered: 0,
      unexercised: [],
      unfit: [],
      problems: [],
      claimedBy: new Set(),
    };
    const judge = new Judge(claimed, bIds, b.markers, tally, () => storedByA());
    const started = Date.now();
    const history = await writeHistoryWorkbook({
      请假申请: [
        ['编号', '申请人', '提交时间', '结果', '假期类型', '请假天数', '请假事由', '审批记录'],
        [
          b.serialNo,
          b.userId,
          '2024-03-01 09:00',
          '同意',
          '事假',
          1,
          'x',
          `${b.adminId} 同意 2024-03-01 10:00`,
        ],
      ],
    });
    const own = {
      templateId: await leaveTemplateId(db.sql),
      settings: must('settings', await A('admin').query('settings.get')),
      historyBase64: Buffer.from(history).toString('base64'),
    };
    await sweepProcedures(
      procedures,
      [caller('member', 'zhang.san'), caller('admin', 'admin')],
      b,
      own,
      judge,
      tally,
    );
    figures.push(
      `tRPC sweep: ${tally.procedures.size} procedures × 2 callers (member, admin), ${tally.cases} cases, ${tally.calls} calls in ${Date.now() - started} ms; ${tally.refused} refused, ${tally.answered} answered; ${b.kindIds.length} ids of B tried, one of each kind; B's ids A's own new rows took (A chose the id) by ${[...tally.claimedBy].join(', ') || 'none'}`,
    );
    expect(tally.unfit, 'INPUTS that no longer fit their procedure').toEqual([]);
    expect(tally.unexercised, 'procedures the generic inputs cannot call: give them INPUTS').toEqual([]);
    expect(tally.problems).toEqual([]);
    await expectBUnchanged();
  });

  it("every REST route with A's token and B's ids: refused or nothing of B", async () => {
    const problems: string[] = [];
    let calls = 0;
    const started = Date.now();
    for (const op of REST_OPERATIONS) {
      const cases = REST_CASES[op.operationId];
      if (!cases) {
        problems.push(`${op.operationId}: no attack in REST_CASES`);
        continue;
      }
      for (const c of cases(b)) {
        calls += 1;
        const r = await restCall(server.url, aToken, op, c);
        const sent = new Set(strings(c));
        const sentText = JSON.stringify(c);
        const leaked = [
          ...[...bIds]
            .filter(([id]) => !sent.has(id) && !claimed.has(id) && r.text.includes(id))
            .map(([id, t]) => `${t} ${id}`),
          ...b.markers.filter((m) => !sentText.includes(m) && r.text.includes(m)),
        ];
        const where = `${op.method} ${op.path} ${sentText}`;
        if (leaked.length > 0) problems.push(`${where} leaked ${leaked.join(', ')}`);
        if (r.status >= 500) problems.push(`${where} answered ${r.status} ${r.text.slice(0, 200)}`);
        // only routes with nothing of B in them (A's own templates, an upload of A's) may succeed
        const touchesB = [...sent].some((s) => bIds.has(s)) || sentText.includes('twin-draft');
        if (touchesB && r.status < 400) problems.push(`${where} accepted B's id: ${r.status}`);
      }
    }
    figures.push(
      `REST sweep: ${REST_OPERATIONS.length} operations, ${calls} calls with A's token in ${Date.now() - started} ms`,
    );
    expect(problems).toEqual([]);
    await expectBUnchanged();
  });

  it("guessed serial numbers find none of B's requests", async () => {
    const count = sized(20, 300);
    const prefix = b.serialNo.replace(/\d+$/, '');
    const width = b.serialNo.length - prefix.length;
    const listInstances = REST_OPERATIONS.find((o) => o.operationId === 'listInstances');
    const started = Date.now();
    for (let n = 1; n <= count; n++) {
      const q = `${prefix}${String(n).padStart(width, '0')}`;
      const answers = [
        JSON.stringify(await A('zhang.san').query('inbox.search', { box: 'started', q })),
        JSON.stringify(await A('admin').query('inbox.search', { box: 'cc', q })),
        (await restCall(server.url, aToken, listInstances ?? { method: 'GET', path: '' }, { query: { q } }))
          .text,
      ];
      for (const text of answers)
        expect(text.includes(b.instanceId) || text.includes('twin-reason-mark'), q).toBe(false);
    }
    figures.push(`guessed serials: ${count} (${prefix}0001…) × 3 searches in ${Date.now() - started} ms`);
    await expectBUnchanged();
  });

  it("files, exports and A's REST token do not reach B's request", async () => {
    for (const who of ['zhang.san', 'admin'])
      for (const id of [b.fileId, b.signatureId]) {
        const r = await getFile(server.url, A(who), id);
        expect([r.status, r.text.includes('twin-file-bytes-mark')], `${who} GET /files/${id}`).toEqual([
          404,
          false,
        ]);
      }
    for (const templateKey of ['leave', 'twin-draft', '']) {
      const r = await exportXlsx(server.url, A('admin'), {
        ...(templateKey ? { templateKey } : {}),
        ...RANGE,
      });
      expect(r.status, `export ${templateKey}`).toBeLessThan(500);
      const text = r.status === 200 ? xlsxText(r.bytes) : r.bytes.toString('utf8');
      for (const m of [b.serialNo, 'twin-reason-mark', b.instanceId])
        expect(text.includes(m), `export ${templateKey} holds ${m}`).toBe(false);
    }
    const getInstance = REST_OPERATIONS.find((o) => o.operationId === 'getInstance');
    const r = await restCall(server.url, aToken, getInstance ?? { method: 'GET', path: '' }, {
      params: { id: b.instanceId },
    });
    expect(r.status).toBe(404);
    expect(r.text).not.toContain(b.serialNo);
    await expectBUnchanged();
  });
});
