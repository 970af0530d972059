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

describe.each(testBackends())('notification settings and the unread count on %s', (kind) => {
  let h: Harness;
  let smtp: SMTPServer;
  const mails: Mail[] = [];
  let leaveId = '';

  const login = async (name: string): Promise<TestBrowser> => {
    const b = h.browser();
    await b.login(name);
    return b;
  };
  const deliver = async () => {
    const handler = createJobHandler(h.deps);
    while ((await runNextJob(h.t.db, h.deps.clock(), handler)).kind !== 'idle');
  };
  const submit = async (reason: string) =>
    (await (await login('zhang.san')).api()).instances.submit({
      templateId: leaveId,
      data: { type: '事假', days: 1, reason },
    });

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString()));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    h = await createHarness(kind);
    h.deps.mailer = createMailer({
      url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?ignoreTLS=true`,
      from: 'Signoff <oa@example.com>',
    });
    const admin = await login('admin');
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
    leaveId =
      (await (await (await login('zhang.san')).api()).forms.listPublished()).find((f) => f.key === 'leave')
        ?.templateId ?? '';
  });
  afterAll(async () => {
    h.deps.mailer?.close();
    await new Promise<void>((r) => smtp.close(() => r()));
    await h.t.dispose();
  });

  it('e-mail is on until the person turns it off; then notices stay in the app only, until it is on again', async () => {
    const li = await (await login('li.si')).api();
    expect(await li.notifications.settings()).toEqual({ email: true });

    const first = await submit('邮件开');
    await deliver();
    expect(mails.map((m) => m.to)).toEqual([['li.si@example.com']]);
    expect(mails[0]?.raw).toContain(first.serialNo);

    expect(await li.notifications.updateSettings({ email: false })).toEqual({ email: false });
    expect(await li.notifications.settings()).toEqual({ email: false });
    const second = await submit('邮件关');
    await deliver();
    expect(mails).toHaveLength(1);
    const notes = await li.notifications.list();
    expect(notes.filter((n) => n.kind === 'task')).toHaveLength(2);

    await li.notifications.updateSettings({ email: true });
    const third = await submit('邮件再开');
    await deliver();
    expect(mails).toHaveLength(2);
    expect(mails[1]?.raw).toContain(third.serialNo);
    expect(mails.some((m) => m.raw.includes(second.serialNo))).toBe(false);
  });

  it("one person's setting is their own", async () => {
    await (await (await login('zhang.san')).api()).notifications.updateSettings({ email: false });
    expect(await (await (await login('li.si')).api()).notifications.settings()).toEqual({ email: true });
    expect(await (await (await login('zhang.san')).api()).notifications.settings()).toEqual({ email: false });
  });

  it('the unread count is the number of unread notices, and falls as they are read', async () => {
    const li = await (await login('li.si')).api();
    const notes = await li.notifications.list();
    const unread = notes.filter((n) => n.readAt === null);
    expect(unread.length).toBeGreaterThan(1);
    expect(await li.notifications.unreadCount()).toEqual({ count: unread.length });
    await li.notifications.markRead({ ids: [unread[0]!.id] });
    expect(await li.notifications.unreadCount()).toEqual({ count: unread.length - 1 });
    expect(await (await (await login('wang.wu')).api()).notifications.unreadCount()).toEqual({ count: 0 });
  });
});
