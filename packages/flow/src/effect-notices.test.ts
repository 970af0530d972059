import { describe, expect, it } from 'vitest';
import { effectNotices, type NoticeContext } from './effect-notices.js';
import type { FlowEffect } from './flow-effect.js';
import { leaveRouteExample } from './leave-route-example.js';
import { noticeDeliveries } from './notice-deliveries.js';
import { startInstance } from './start-instance.js';
import { fakeEnv, leaveDirectory } from './test-fixtures.js';

const def = leaveRouteExample();
const ctx: NoticeContext = {
  instanceId: 'i-1',
  serialNo: 'QJ-0001',
  title: { zh: '请假申请', en: 'Leave request' },
  applicantId: 'alice',
  applicantName: '张三',
  supervisorIds: ['sup'],
};

describe('effectNotices', () => {
  it('tells a new approver which request waits at which step, in both languages', () => {
    const effects: FlowEffect[] = [
      { type: 'notify', userIds: ['head'], template: 'task', taskId: 't-1', nodeId: 'dept-head' },
    ];
    expect(effectNotices(def, effects, ctx)).toEqual([
      {
        userIds: ['head'],
        kind: 'task',
        instanceId: 'i-1',
        taskId: 't-1',
        title: { zh: '待办：张三的请假申请', en: 'To do: Leave request from 张三' },
        body: {
          zh: '单号 QJ-0001，环节「部门负责人审批」等待你处理。',
          en: 'QJ-0001, step "Department head", is waiting for you.',
        },
      },
    ]);
  });

  it('says how a finished request ended', () => {
    const effects: FlowEffect[] = [
      { type: 'instance_finished', status: 'rejected' },
      { type: 'notify', userIds: ['alice'], template: 'finished' },
    ];
    const [notice] = effectNotices(def, effects, ctx);
    expect(notice?.title).toEqual({ zh: '你的请假申请已驳回', en: 'Your Leave request was rejected' });
    expect(notice?.body).toEqual({ zh: '单号 QJ-0001 已驳回。', en: 'QJ-0001 was rejected.' });
    expect(notice).not.toHaveProperty('taskId');
  });

  it('tells the template supervisors of yellow and red cards, which the engine cannot know of', () => {
    const effects: FlowEffect[] = [
      { type: 'overdue', taskId: 't-1', nodeId: 'leader', assigneeId: 'lead', dueAt: '2026-11-03T09:00:00Z' },
      { type: 'red_card', taskId: 't-1', nodeId: 'leader', assigneeId: 'lead' },
    ];
    const notices = effectNotices(def, effects, ctx);
    expect(notices.map((n) => [n.kind, n.userIds])).toEqual([
      ['supervise_overdue', ['sup']],
      ['supervise_red_card', ['sup']],
    ]);
    expect(notices[0]?.title.zh).toBe('黄牌：请假申请已超期');
    expect(notices[1]?.body.en).toBe('QJ-0001, step "Supervising leader", is still not done.');
    expect(effectNotices(def, effects, { ...ctx, supervisorIds: [] })).toEqual([]);
  });

  it('names an unknown step by its id and ignores effects nobody is told of', () => {
    const effects: FlowEffect[] = [
      { type: 'timer_set', taskId: 't-1', kind: 'due', at: '2026-11-03T09:00:00Z' },
      { type: 'notify', userIds: ['x'], template: 'urge', taskId: 't-9', nodeId: 'gone' },
    ];
    const notices = effectNotices(def, effects, ctx);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.body.zh).toBe('单号 QJ-0001，环节「gone」被催办。');
  });

  it('composes the notices of a real engine step', () => {
    const env = fakeEnv({ directory: leaveDirectory(), form: { days: 1 }, applicantId: 'alice' });
    const started = startInstance(def, env, { applicantId: 'alice' });
    const notices = effectNotices(def, started.effects, ctx);
    expect(notices.map((n) => n.kind)).toEqual(['task']);
    const task = started.state.tasks.find((t) => t.status === 'pending');
    expect(notices[0]?.userIds).toEqual([task?.assigneeId]);
  });
});

describe('noticeDeliveries', () => {
  const notice = effectNotices(
    def,
    [{ type: 'notify', userIds: ['head', 'lead', 'head'], template: 'cc', nodeId: 'filing' }],
    ctx,
  );
  const counter = () => {
    let n = 0;
    return () => `id-${++n}`;
  };

  it('writes one row per person and e-mails only those with an address', () => {
    const [out] = noticeDeliveries(notice, {
      now: '2026-11-02T09:00:00.000Z',
      newId: counter(),
      emailOf: new Map([['lead', 'lead@example.com']]),
    });
    expect(out?.rows.map((r) => [r.id, r.userId, r.createdAt])).toEqual([
      ['id-1', 'head', '2026-11-02T09:00:00.000Z'],
      ['id-2', 'lead', '2026-11-02T09:00:00.000Z'],
    ]);
    expect(out?.rows[0]).toMatchObject({ kind: 'cc', instanceId: 'i-1', taskId: null });
    expect(out?.emails).toEqual([
      {
        id: 'id-3',
        to: 'lead@example.com',
        subject: '抄送：张三的请假申请 / For your information: Leave request from 张三',
        text: '单号 QJ-0001，环节「综管部备案」抄送给你。\n\nQJ-0001, step "Filed with administration", copied to you.',
      },
    ]);
  });

  it('sends no e-mail when nobody has an address to send to', () => {
    const [out] = noticeDeliveries(notice, { now: 'now', newId: counter(), emailOf: new Map() });
    expect(out?.emails).toEqual([]);
    expect(out?.rows).toHaveLength(2);
  });
});
