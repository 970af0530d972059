import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, FULL_SIZE, sized } from '../harness/fault-size.js';
import { login, type Session } from '../harness/http-session.js';
import { leaveTemplateId, pendingTasks } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { leaveLoad, type DrillTally } from './drill-load.js';
import { signoff, summaryRows } from './signoff-cli.js';

/** requests filed before the backup starts, and at most in the whole run */
const BEFORE = sized(30, 200);
const MAX = sized(120, 1_000);
const WORKERS = sized(3, 6);

/**
 * Issue 16, the backup drill, as an operator runs it: `signoff backup` of a live database while
 * people file and approve, `signoff restore --verify` into a fresh one, `signoff audit verify`,
 * then `signoff start` on the restored database serving the restored requests.
 */
describe.runIf(DATABASE_URL)('backup drill', () => {
  let source: ScratchDatabase;
  let target: ScratchDatabase;
  let server: ServerProcess;
  let restored: ServerProcess | undefined;
  let dir: string;
  const figures: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'signoff-drill-'));
    source = await createScratchDatabase(DATABASE_URL ?? '');
    target = await createScratchDatabase(DATABASE_URL ?? '');
    server = await startServerProcess({ databaseUrl: source.url, seedDemo: true });
  });
  afterAll(async () => {
    console.log(`[backup drill] ${figures.join('\n[backup drill] ')}`);
    await restored?.stop();
    await server?.stop();
    await source?.drop();
    await target?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('a backup taken under load restores with matching counts and checksums, an intact audit chain, and serves', async () => {
    const [zhang, li] = await Promise.all([login(server.url, 'zhang.san'), login(server.url, 'li.si')]);
    const templateId = await leaveTemplateId(source.sql);
    const tally: DrillTally = { submitted: [], approved: [], refused: [] };
    let stopped = false;
    const load = leaveLoad({
      zhang,
      li,
      templateId,
      db: source,
      workers: WORKERS,
      max: MAX,
      stop: () => stopped,
      tally,
    });

    while (tally.submitted.length < BEFORE) await new Promise((r) => setTimeout(r, 20));
    const file = join(dir, 'drill.jsonl.gz');
    const backupStarted = Date.now();
    const backup = await signoff(source.url, 'backup', file);
    const ackedDuringBackup = tally.submitted.filter((s) => s.at >= backupStarted).length;
    stopped = true;
    await load;
    expect(backup.code, backup.stderr).toBe(0);
    expect(tally.refused, 'the load itself went through').toEqual([]);
    expect(ackedDuringBackup, 'the backup ran while requests were being filed').toBeGreaterThan(0);
    const backupRows = summaryRows(backup.stdout);

    const restore = await signoff(target.url, 'restore', file, '--verify');
    expect(restore.code, restore.stderr + restore.stdout).toBe(0);
    expect(restore.stdout).not.toContain('MISMATCH');
    expect(restore.stdout).toContain('verified / 复核一致');
    expect(summaryRows(restore.stdout)).toBe(backupRows);

    // the snapshot holds everything acknowledged before the backup began, as it was then
    const rows = await target.sql<{ id: string; serial_no: string; status: string; open: number }[]>`
      SELECT i.id, i.serial_no, i.status,
             (SELECT count(*)::int FROM tasks t
               WHERE t.tenant_id = i.tenant_id AND t.instance_id = i.id AND t.status = 'pending') AS open
        FROM instances i WHERE i.template_id = ${templateId}`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const before = tally.submitted.filter((s) => s.at < backupStarted);
    for (const s of before) expect(byId.get(s.id)?.serial_no, s.id).toBe(s.serialNo);
    for (const a of tally.approved.filter((x) => x.at < backupStarted))
      expect(byId.get(a.id)?.status, a.id).toBe('approved');
    // and it is one moment, not a mix: every request's state agrees with its open tasks
    const torn = rows.filter((r) => (r.status === 'running') !== r.open > 0);
    expect(torn, 'requests whose state disagrees with their open tasks').toEqual([]);
    expect(new Set(rows.map((r) => r.serial_no)).size).toBe(rows.length);

    const audit = await signoff(target.url, 'audit', 'verify', 'demo');
    expect(audit.code, audit.stdout + audit.stderr).toBe(0);
    expect(audit.stdout).toContain('audit chain intact');

    // Signoff starts on the restored database and serves what it holds
    restored = await startServerProcess({ databaseUrl: target.url });
    const [zhang2, li2] = await Promise.all([login(restored.url, 'zhang.san'), login(restored.url, 'li.si')]);
    const started = await zhang2.query<{ total: number }>('inbox.search', { box: 'started' });
    const [mine] = await target.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM instances i JOIN users u ON u.tenant_id = i.tenant_id AND u.id = i.applicant_id
       WHERE u.login = 'zhang.san'`;
    expect(started.ok && started.data.total).toBe(mine?.n);
    const waiting = rows.find((r) => r.status === 'running');
    let approvedAfter = 'none was waiting';
    if (waiting) {
      const [task] = await pendingTasks(target.sql, waiting.id);
      const approved = await approve(li2, task?.id);
      expect(approved.ok, approved.ok ? '' : approved.raw).toBe(true);
      approvedAfter = waiting.serial_no;
    }

    const bytes = (await stat(file)).size;
    figures.push(
      `${FULL_SIZE ? 'full' : 'quick'}: ${tally.submitted.length} requests filed, ${tally.approved.length} approved by ${WORKERS} loops; ` +
        `backup of ${backupRows} rows in ${backup.ms} ms (${ackedDuringBackup} requests acknowledged while it ran), ${bytes} bytes gzip; ` +
        `restore + verify in ${restore.ms} ms (${Math.round(backupRows / (restore.ms / 1000))} rows/s end to end, CLI start included); ` +
        `${before.length} acknowledged before the backup all restored; ${rows.length} leave requests, none torn; ` +
        `audit ${audit.stdout.trim()}; restored server listed ${mine?.n ?? 0} of 张三's requests and approved ${approvedAfter}`,
    );
  });
});

const approve = async (li: Session, taskId: string | undefined) =>
  taskId
    ? li.mutate('actions.approve', { taskId })
    : { ok: false as const, status: 0, error: undefined, raw: 'no pending task on a running request' };
