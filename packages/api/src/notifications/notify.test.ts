import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNextJob } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { createJobHandler } from './job-handler.js';
import { createMailer } from './mailer.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

interface Mail {
  to: string[];
  raw: string;
}

describe.each(testBackends())('notices and e-mail on %s', (kind) => {
  let h: Harness;
  let smtp: SMTPServer;
  const inbox: Mail[] = [];
  let zhang: TestBrowser;
  let li: TestBrowser;
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString()));
        stream.on('end', () => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    const port = (smtp.server.address() as AddressInfo).port;
    h = await createHarness(kind);
    h.deps.mailer = createMailer({
      url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
      from: 'Signoff <oa@example.com>',
    });
    const admin = h.browser();
    await admin.login('admin');
    await (
      await admin.api()
    ).org.saveUser({
      id: 'u-li',
      login: 'li.si',
      name: '李四',
      departmentId: 'd-eng',
      rankId: 'r-lead',
      positionIds: ['p-eng-head'],
      email: 'li.si@example.com',
    });
    zhang = h.browser();
    await zhang.login('zhang.san');
    li = h.browser();
    await li.login('li.si');
  });
  afterAll(async () => {
    h.deps.mailer?.close();
    await new Promise<void>((r) => smtp.close(() => r()));
    await h.t.dispose();
  });

  it('tells the approver in the app and by e-mail, and the applicant when it ends', async () => {
    const api = await zhang.api();
    const leave = (await api.forms.listPublished()).find((f) => f.key === 'leave');
    const { serialNo } = await api.instances.submit({
      templateId: leave?.templateId ?? '',
      data: { type: '事假', days: 1, reason: '邮件测试' },
    });

    const notes = await (await li.api()).notifications.list();
    expect(notes[0]).toMatchObject({
      kind: 'task',
      readAt: null,
      data: { title: { zh: '待办：张三的请假申请' } },
    });

    const handler = createJobHandler(h.deps);
    while ((await runNextJob(h.t.db, h.deps.clock(), handler)).kind !== 'idle');
    expect(inbox).toHaveLength(1);
    expect(inbox[0]?.to).toEqual(['li.si@example.com']);
    expect(inbox[0]?.raw).toContain(serialNo);

    const task = (await (await li.api()).inbox.search({ box: 'todo' })).items[0];
    await (await li.api()).actions.approve({ taskId: task?.task?.id ?? '' });
    const mine = await (await zhang.api()).notifications.list();
    expect(mine[0]).toMatchObject({ kind: 'finished', data: { title: { zh: '你的请假申请已通过' } } });
    // 张三 has no e-mail address: told in the app only
    while ((await runNextJob(h.t.db, h.deps.clock(), handler)).kind !== 'idle');
    expect(inbox).toHaveLength(1);

    const { marked } = await (await zhang.api()).notifications.markRead({ ids: [mine[0]?.id ?? ''] });
    expect(marked).toBe(1);
    expect((await (await zhang.api()).notifications.list())[0]?.readAt).not.toBeNull();
  });
});
