import { execFile } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, FULL_SIZE, sized } from '../harness/fault-size.js';
import { leaveTemplateId } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import {
  makeTimersDue,
  serialProblems,
  stateDisagreements,
  notFiredOnce,
  timerCounts,
  waitForQuietQueue,
} from './crash-checks.js';
import {
  emptyCrashTally,
  logInEveryone,
  Pool,
  runLeaveLoad,
  send,
  submitTrip,
  type Person,
} from './load-driver.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
/** actions (submits and approvals) the load makes at least; it also goes on until the last restart is done */
const ACTIONS = sized(100, 500);
const WORKERS = sized(4, 8);
const KILLS = 3;
const TRIPS = sized(6, 24);
/** a run that cannot finish must still stop */
const LOAD_CAP_MS = sized(120_000, 300_000);
const FIGURES = process.env.FAULTS_FIGURES ?? '/work/notes/reliability-crash.runs.md';

describe.runIf(DATABASE_URL)('kill -9 under load, two server processes on one database', () => {
  let db: ScratchDatabase | undefined;
  let servers: ServerProcess[] = [];
  let receiver: WebhookReceiver | undefined;
  beforeAll(async () => {
    db = await createScratchDatabase(DATABASE_URL ?? '');
    receiver = await startWebhookReceiver();
    // the first process migrates and seeds; the second joins the migrated database
    servers.push(await startServerProcess({ databaseUrl: db.url, seedDemo: true }));
    servers.push(await startServerProcess({ databaseUrl: db.url }));
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    servers = [];
    await receiver?.close();
    await db?.drop();
  });

  it('loses nothing acknowledged, keeps serials gap-free, states consistent, timers and webhooks once', async () => {
    if (!db || !receiver) throw new Error('setup failed');
    const { sql } = db;
    const pool = new Pool(servers);
    const people = await logInEveryone(sql, pool, ['zhang.san', 'li.si', 'wang.wu', 'zhao.liu', 'admin']);
    const who = (loginName: string): Person => {
      const p = [...people.values()].find((x) => x.login === loginName);
      if (!p) throw new Error(`no demo user ${loginName}`);
      return p;
    };
    const hook = await who('admin').on[0]?.mutate('integrations.createWebhook', {
      url: receiver.url,
      events: ['*'],
    });
    expect(hook?.ok, JSON.stringify(hook)).toBe(true);

    const tally = emptyCrashTally();
    const leaveId = await leaveTemplateId(sql);
    const [trip] = await sql<{ id: string }[]>`SELECT id FROM templates WHERE key = 'trip'`;
    if (!trip) throw new Error('the demo tenant has no trip template');
    // trips wait at their first step (nobody approves them here): their deadlines are the run's timers
    const trips: string[] = [];
    for (let k = 0; k < TRIPS; k++) {
      const r = await send(pool, tally, 'instances.submit', (i) =>
        submitTrip(who('zhang.san').on[i]!, trip.id, k),
      );
      if (!r.ack) throw new Error(`trip refused before any fault: ${r.why}`);
      trips.push(r.data.id);
      tally.submits.push({ id: r.data.id, serialNo: r.data.serialNo, templateKey: 'trip' });
    }

    const started = Date.now();
    let killsDone = 0;
    const keepGoing = () =>
      Date.now() - started < LOAD_CAP_MS && (tally.actions < ACTIONS || killsDone < KILLS);
    const load = runLeaveLoad({
      sql,
      pool,
      people,
      applicants: [who('zhang.san'), who('li.si'), who('zhao.liu')],
      templateId: leaveId,
      tally,
      workers: WORKERS,
      keepGoing,
    });
    let loadEnded = false;
    void load.finally(() => (loadEnded = true));

    const kills: { server: number; atAction: number; inFlightCut: number; recoveryMs: number }[] = [];
    const perKill = Math.ceil(TRIPS / KILLS);
    for (let k = 0; k < KILLS; k++) {
      // a random moment: some tens of actions after the last restart
      const at = tally.actions + Math.floor(ACTIONS / 8 + (Math.random() * ACTIONS) / 6);
      while (tally.actions < at && !loadEnded) await new Promise((r) => setTimeout(r, 10));
      // the timers fall due just before the kill, so some are in the hands of the process that dies
      await makeTimersDue(sql, trips.slice(k * perKill, (k + 1) * perKill));
      await new Promise((r) => setTimeout(r, Math.random() * 300));
      const index = k % 2;
      const server = servers[index]!;
      const thrownBefore = tally.unacked.filter((u) => u.why === 'thrown').length;
      const atAction = tally.actions;
      const t0 = Date.now();
      pool.up[index] = false;
      await server.kill9();
      await server.restart();
      kills.push({
        server: index,
        atAction,
        inFlightCut: tally.unacked.filter((u) => u.why === 'thrown').length - thrownBefore,
        recoveryMs: Date.now() - t0,
      });
      pool.up[index] = true;
      killsDone++;
    }
    expect(loadEnded, 'every kill came while the load ran').toBe(false);
    await load;
    const loadMs = Date.now() - started;
    const quietMs = await waitForQuietQueue(sql);

    // 1. every acknowledged submit exists with the serial it was answered with; every acknowledged approval is recorded
    const ids = tally.submits.map((s) => s.id);
    const rows = await sql<
      { id: string; serial_no: string }[]
    >`SELECT id, serial_no FROM instances WHERE id = ANY(${ids})`;
    const serialOf = new Map(rows.map((r) => [r.id, r.serial_no]));
    const lost = tally.submits.filter(
      (s) => serialOf.get(s.id) === undefined || serialOf.get(s.id) !== s.serialNo,
    );
    expect(lost, JSON.stringify(lost.slice(0, 5))).toEqual([]);
    const taskIds = tally.approves.map((a) => a.taskId);
    const decided = await sql<
      { id: string; status: string }[]
    >`SELECT id, status FROM tasks WHERE id = ANY(${taskIds})`;
    const undone = decided.filter((t) => t.status !== 'approved');
    expect(undone, JSON.stringify(undone.slice(0, 5))).toEqual([]);
    expect(decided).toHaveLength(taskIds.length);
    const audited = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'instance.approve' AND data->>'taskId' = ANY(${taskIds})`;
    expect(audited[0]?.n).toBe(taskIds.length);
    // calls the kill cut may still have committed: the client cannot tell, the database can
    const [landed] = await sql<{ submits: number; approvals: number }[]>`
      SELECT (SELECT count(*)::int FROM instances WHERE NOT (id = ANY(${ids}))) AS submits,
             (SELECT count(*)::int FROM tasks WHERE status = 'approved' AND NOT (id = ANY(${taskIds}))) AS approvals`;

    // soft from here on: one broken invariant must not hide the state of the others (figures still written)
    // 2. serials unique and gap-free per template and month
    expect.soft(await serialProblems(sql)).toEqual([]);

    // 3. a finished request has no open task, a running one has at least one
    expect.soft(await stateDisagreements(sql)).toEqual([]);

    // 4. each reminder and deadline that fell due fired once: one event and one notice each, two jobs done
    const timers = await timerCounts(sql, trips);
    const wrongTimers = notFiredOnce(timers);
    expect.soft(wrongTimers, JSON.stringify(wrongTimers.slice(0, 5))).toEqual([]);
    const failedJobs = await sql<{ id: string; kind: string; last_error: string }[]>`
      SELECT id, kind, last_error FROM jobs WHERE last_error IS NOT NULL`;
    expect.soft(failedJobs).toEqual([]);

    // 5. webhooks: every delivery arrived, and a repeated delivery id always carried the same body
    const deliveries = await sql<{ id: string; event: string; status: string }[]>`
      SELECT id, event, status FROM webhook_deliveries`;
    const bodies = new Map<string, Set<string>>();
    for (const r of receiver.received) bodies.set(r.id, (bodies.get(r.id) ?? new Set()).add(r.body));
    const undelivered = deliveries.filter((d) => d.status !== 'delivered' || !bodies.has(d.id));
    expect.soft(undelivered, JSON.stringify(undelivered.slice(0, 5))).toEqual([]);
    const known = new Set(deliveries.map((d) => d.id));
    expect.soft(receiver.received.filter((r) => !known.has(r.id))).toEqual([]);
    const changed = [...bodies].filter(([, b]) => b.size > 1).map(([id]) => id);
    expect.soft(changed).toEqual([]);
    const submittedEvents = new Set(
      receiver.received
        .filter((r) => r.event === 'instance.submitted')
        .map((r) => (JSON.parse(r.body) as { data: { instanceId: string } }).data.instanceId),
    );
    expect.soft(ids.filter((id) => !submittedEvents.has(id))).toEqual([]);
    const duplicates = receiver.received.length - bodies.size;

    // 6. the audit chain verifies, as an operator checks it
    const verify = await promisify(execFile)(
      process.execPath,
      [`${REPO}apps/cli/bin/signoff.mjs`, 'audit', 'verify', 'demo'],
      { cwd: REPO, env: { ...process.env, DATABASE_URL: db.url } },
    );
    expect(verify.stdout).toContain('audit chain intact');

    const thrown = tally.unacked.filter((u) => u.why === 'thrown').length;
    const figures = {
      size: FULL_SIZE ? 'full' : 'quick',
      'server processes': 2,
      workers: WORKERS,
      'actions (submits + approvals)': tally.actions,
      'acknowledged submits': tally.submits.length,
      'acknowledged approvals': tally.approves.length,
      'not acknowledged but committed (submits / approvals)': `${landed?.submits} / ${landed?.approvals}`,
      'not acknowledged (connection cut or refused by the kill)': thrown,
      'not acknowledged (HTTP answer)': countBy(
        tally.unacked.filter((u) => u.why !== 'thrown').map((u) => `${u.procedure} ${u.why}`),
      ),
      'instances in the database':
        (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM instances`)[0]?.n ?? 0,
      kills: kills
        .map((k) => `server ${k.server + 1} at action ${k.atAction} (${k.inFlightCut} calls cut)`)
        .join('; '),
      'recovery per kill (ms, kill to listening)': kills.map((k) => k.recoveryMs).join(', '),
      'requests with a reminder and a deadline due in the run / each fired once': `${trips.length} / ${timers.length - wrongTimers.length}`,
      'webhook deliveries / received / duplicate receipts (same id, same body)': `${deliveries.length} / ${receiver.received.length} / ${duplicates}`,
      'load wall clock (ms)': loadMs,
      'queue drained after the load (ms)': quietMs,
      'audit verify': verify.stdout.trim().split(' / ')[0] ?? '',
    };
    const table = Object.entries(figures)
      .map(([k, v]) => `| ${k} | ${v} |`)
      .join('\n');
    await appendFile(
      FIGURES,
      `\n### crash under load (${new Date().toISOString()})\n\n| figure | value |\n|---|---|\n${table}\n`,
    ).catch(() => undefined);
    console.log(`[crash]\n${table}`);
  });
});

function countBy(keys: readonly string[]): string {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([k, n]) => `${k}: ${n}`).join('; ') || 'none';
}
