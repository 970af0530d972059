import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL } from './fault-size.js';
import { login } from './http-session.js';
import { leaveTemplateId, pendingTasks, submitLeave } from './leave-flow.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

describe.runIf(DATABASE_URL)('the fault harness', () => {
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

  it('starts a real server on a fresh database, and a leave request goes through it over HTTP', async () => {
    const zhang = await login(server.url, 'zhang.san');
    const li = await login(server.url, 'li.si');
    const submitted = await submitLeave(zhang, await leaveTemplateId(db.sql), 1, 'harness');
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    const [task] = await pendingTasks(db.sql, submitted.data.id);
    expect(task).toBeDefined();
    const approved = await li.mutate('actions.approve', { taskId: task?.id });
    expect(approved.ok).toBe(true);
    const rows = await db.sql<
      { status: string }[]
    >`SELECT status FROM instances WHERE id = ${submitted.data.id}`;
    expect(rows[0]?.status).toBe('approved');
  });

  it('survives kill -9 and restarts on the same port', async () => {
    const before = server.pid();
    await server.kill9();
    expect(server.pid()).toBeUndefined();
    await server.restart();
    expect(server.pid()).not.toBe(before);
    const zhang = await login(server.url, 'zhang.san');
    expect((await zhang.query('auth.me')).ok).toBe(true);
  });
});
