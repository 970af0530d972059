import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, FULL_SIZE, sized } from '../harness/fault-size.js';
import { login, type Session } from '../harness/http-session.js';
import { leaveTemplateId } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { countBy, recordFigures } from './figures.js';
import { emptyTally, patiently, refusal, runLeaveLoad, type LoadTally } from './leave-load.js';
import { createPgCluster, type PgCluster } from './pg-cluster.js';

const TOTAL = sized(100, 500);
const WORKERS = sized(3, 6);
/** fast ends every session (admin_shutdown); immediate is a crash, with recovery on start */
const RESTARTS: readonly ('fast' | 'immediate')[] = FULL_SIZE
  ? ['fast', 'immediate', 'fast', 'immediate']
  : ['fast', 'immediate'];
/**
 * what a refused call may say while the database is away: Signoff's typed, retryable refusals,
 * each with its own status (the session lookup in the server's createContext included)
 */
const RETRYABLE: ReadonlyMap<string, number> = new Map([
  ['errors.databaseUnavailable', 503],
  ['errors.busy', 409],
]);
const DRIVER_TEXT = /postgres|ECONN|CONNECTION_|terminating connection|SQL|127\.0\.0\.1/i;

describe.runIf(DATABASE_URL)('a database restart under load', () => {
  let cluster: PgCluster | undefined;
  let db: ScratchDatabase | undefined;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    cluster = await createPgCluster();
    db = await createScratchDatabase(cluster.url);
    server = await startServerProcess({ databaseUrl: db.url, seedDemo: true });
  });
  afterAll(async () => {
    // a server that died under the test says why in its own output
    if (server && server.pid() === undefined) console.error(server.output().slice(-4000));
    // a hang is found in the server's own account of it (FAULTS_LOG_LEVEL=debug)
    if (server && process.env.FAULTS_SERVER_LOG)
      await writeFile(process.env.FAULTS_SERVER_LOG, server.output());
    await server?.stop();
    await db?.sql.end({ timeout: 2 }).catch(() => undefined);
    await cluster?.drop();
  });

  it('the server reconnects by itself, refusals in the outage are typed and retryable, nothing acknowledged is lost', async () => {
    if (!db || !server || !cluster) throw new Error('setup failed');
    const { sql } = db;
    const pid = server.pid();
    const zhang = await login(server.url, 'zhang.san');
    const li = await login(server.url, 'li.si');
    const templateId = await leaveTemplateId(sql);
    const tally: LoadTally = emptyTally();
    const started = Date.now();
    let loadDone = false;
    const load = runLeaveLoad({
      applicant: zhang,
      approver: li,
      templateId,
      sql,
      total: TOTAL,
      workers: WORKERS,
      tally,
    });
    load.then(
      () => (loadDone = true),
      () => (loadDone = true),
    );
    const restartMs: number[] = [];
    let midRun = 0;
    // the first restart after a quarter of the calls, each next one a few calls after the last
    // came back (pg_ctlcluster takes seconds, the load goes on meanwhile), all while the load runs
    let at = Math.floor(TOTAL / 4);
    for (const mode of RESTARTS) {
      while (tally.calls < at && !loadDone) await new Promise((r) => setTimeout(r, 20));
      if (!loadDone) midRun++;
      const t0 = Date.now();
      await cluster.restart(mode);
      restartMs.push(Date.now() - t0);
      at = tally.calls + sized(6, 40);
    }
    await load;
    const loadMs = Date.now() - started;
    await recordFigures('database-restart', {
      restarts: RESTARTS.join(', '),
      'restarts while the load ran': midRun,
      'restart took (ms, pg_ctlcluster)': restartMs.join(', '),
      'submissions attempted': TOTAL,
      workers: WORKERS,
      'calls made': tally.calls,
      'submissions acknowledged': tally.submitted.length,
      'approvals acknowledged': tally.approved.size,
      'calls refused': tally.refused.length,
      'refusals (status code key)': countBy(
        tally.refused.map((r) => `${r.status} ${r.appCode} ${r.messageKey}`),
      ),
      'load wall clock (ms)': loadMs,
    });
    expect(midRun).toBe(RESTARTS.length);

    // every refusal is Signoff's typed, retryable error, and says nothing of the driver
    const untyped = tally.refused.filter(
      (r) => RETRYABLE.get(r.messageKey ?? '') !== r.status || DRIVER_TEXT.test(r.raw),
    );
    expect(untyped, JSON.stringify(untyped.slice(0, 3))).toEqual([]);

    // the same server process, never restarted, serves again: the person's retries go through
    expect(server.pid()).toBe(pid);
    await retryApprovals(li, sql, tally);
    await expectCleanRun(zhang, li, templateId, sql);

    // nothing acknowledged is lost: every submission exists with its serial number and, its
    // approval acknowledged or retried, is approved
    const ids = tally.submitted.map((s) => s.id);
    const rows = await patiently(
      () => sql<{ id: string; serial_no: string | null; status: string }[]>`
        SELECT id, serial_no, status FROM instances WHERE id = ANY(${ids})`,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const s of tally.submitted) {
      expect(byId.get(s.id)?.serial_no, s.id).toBe(s.serialNo);
      expect(byId.get(s.id)?.status, s.id).toBe('approved');
    }
    expect(rows).toHaveLength(ids.length);
  });
});

/** a person pressing approve again on the requests whose approval was refused in the outage */
async function retryApprovals(li: Session, sql: ScratchDatabase['sql'], tally: LoadTally): Promise<void> {
  for (const id of tally.unapproved) {
    const [task] = await patiently(
      () => sql<{ id: string }[]>`SELECT id FROM tasks WHERE instance_id = ${id} AND status = 'pending'`,
    );
    // an approval refused after its COMMIT landed (the answer was lost with the connection) left no task
    if (!task) continue;
    const r = await li.mutate('actions.approve', { taskId: task.id });
    expect(r.ok, JSON.stringify(refusal('actions.approve', r))).toBe(true);
  }
}

/** after the outage every call succeeds at once: no dead pooled connection is handed out */
async function expectCleanRun(
  zhang: Session,
  li: Session,
  templateId: string,
  sql: ScratchDatabase['sql'],
): Promise<void> {
  const tally = emptyTally();
  await runLeaveLoad({ applicant: zhang, approver: li, templateId, sql, total: 10, workers: 2, tally });
  expect(tally.refused).toEqual([]);
  expect(tally.approved.size).toBe(10);
}
