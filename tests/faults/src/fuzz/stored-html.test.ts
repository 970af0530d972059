import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL } from '../harness/fault-size.js';
import { login } from '../harness/http-session.js';
import { leaveTemplateId, pendingTasks, submitLeave } from '../harness/leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';

/**
 * Issue 16, stored HTML: markup in a leave reason is stored and returned as the text it was,
 * neither stripped nor escaped by the API (the web app must show it as text: the browser check).
 */
const HTML = '<img src=x onerror=alert(1)><b>bold</b>';

describe.runIf(DATABASE_URL)('stored HTML', () => {
  let db: ScratchDatabase;
  let server: ServerProcess;
  beforeAll(async () => {
    db = await createScratchDatabase(DATABASE_URL ?? '');
    server = await startServerProcess({ databaseUrl: db.url, seedDemo: true });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('returns a leave reason with markup verbatim to the applicant and the approver', async () => {
    const zhang = await login(server.url, 'zhang.san');
    const li = await login(server.url, 'li.si');
    const submitted = await submitLeave(zhang, await leaveTemplateId(db.sql), 1, HTML);
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    const id = submitted.data.id;
    console.log(`stored-HTML instance ${id} (${submitted.data.serialNo ?? ''})`);

    for (const session of [zhang, li]) {
      const detail = await session.query<unknown>('instances.get', { id });
      expect(detail.ok).toBe(true);
      if (!detail.ok) return;
      expect(JSON.stringify(detail.data)).toContain(JSON.stringify(HTML).slice(1, -1));
    }
    const rows = await db.sql<
      { reason: string }[]
    >`SELECT data->>'reason' AS reason FROM instances WHERE id = ${id}`;
    expect(rows[0]?.reason).toBe(HTML);
    // the approver acts on it like any other request: the markup does not get in the way
    const [task] = await pendingTasks(db.sql, id);
    expect((await li.mutate('actions.approve', { taskId: task?.id })).ok).toBe(true);
  });
});
