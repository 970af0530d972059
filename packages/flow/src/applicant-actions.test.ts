import { describe, expect, it } from 'vitest';
import { applyAction } from './apply-action.js';
import { leaveRouteExample } from './leave-route-example.js';
import { drive } from './test-driver.js';
import { fakeEnv, leaveDirectory, thrown } from './test-fixtures.js';
import { edges, route, step } from './test-routes.js';

const twoSteps = () => drive(route([step('a', 'all'), step('b')], edges('start>a', 'a>b', 'b>end')), { 'role:a': ['a1', 'a2'], 'role:b': ['b1'] });

describe('withdraw (撤回)', () => {
  it('before any approver acted: the request is withdrawn and open tasks cancelled', () => {
    const r = twoSteps();
    const effects = r.act({ type: 'withdraw', actorId: 'alice', comment: '填错了' });
    expect(r.state.status).toBe('withdrawn');
    expect(r.tasks().map((t) => t[2])).toEqual(['cancelled', 'cancelled']);
    expect(r.eventTypes().slice(-2)).toEqual(['withdrawn', 'finished']);
    expect(r.state.events.at(-2)).toMatchObject({ actorId: 'alice', comment: '填错了' });
    expect(effects.filter((e) => e.type === 'task_cancelled')).toHaveLength(2);
    // the applicant did it: nobody tells them
    expect(effects.some((e) => e.type === 'notify' && e.template === 'finished')).toBe(false);
    expect(effects.at(-1)).toEqual({ type: 'instance_finished', status: 'withdrawn' });
  });

  it('only by the applicant', () => {
    const r = twoSteps();
    expect(r.refusal({ type: 'withdraw', actorId: 'a1' })).toBe('not_applicant');
  });

  it('refused once one of the countersigners has approved, even though the step is not complete', () => {
    const r = twoSteps();
    r.approve('a1');
    expect(r.refusal({ type: 'withdraw', actorId: 'alice' })).toBe('already_acted');
  });

  it('a CC being read, a reminder, an urge or a comment do not end the right to withdraw', () => {
    const def = route([{ id: 'cc', type: 'notify', name: { zh: '抄送', en: 'CC' }, approvers: { kind: 'role', name: 'cc' } }, step('a')], edges('start>cc', 'cc>a', 'a>end'));
    const r = drive(def, { 'role:cc': ['c1'], 'role:a': ['a1'] });
    r.act({ type: 'read', taskId: r.taskOf('c1', 'unread').id, actorId: 'c1' });
    r.act({ type: 'urge', actorId: 'alice' });
    r.act({ type: 'comment', actorId: 'a1', text: '我明天看' });
    r.setNow('2026-11-03T10:00:00.000Z');
    r.act({ type: 'timer_fired', taskId: r.taskOf('a1').id, kind: 'reminder', actorId: 'system' });
    r.act({ type: 'withdraw', actorId: 'alice' });
    expect(r.state.status).toBe('withdrawn');
  });

  it('race: an approval and a withdrawal applied one after the other on the same state, in either order', () => {
    const def = leaveRouteExample();
    const env = (p: string) => fakeEnv({ directory: leaveDirectory(), form: { days: 5 }, idPrefix: p });
    const start = drive(def, leaveDirectory(), { form: { days: 5 } }).state;
    const task = start.tasks[0]?.id ?? '';

    // the approver wins: the withdrawal that follows is refused
    const approved = applyAction(def, start, { type: 'approve', taskId: task, actorId: 'head' }, env('x')).state;
    expect(thrown(() => applyAction(def, approved, { type: 'withdraw', actorId: 'alice' }, env('y')))).toMatchObject({ code: 'already_acted' });

    // the applicant wins: the approval that follows finds the request closed
    const withdrawn = applyAction(def, start, { type: 'withdraw', actorId: 'alice' }, env('x')).state;
    expect(thrown(() => applyAction(def, withdrawn, { type: 'approve', taskId: task, actorId: 'head' }, env('y')))).toMatchObject({ code: 'instance_closed' });
  });

  it('while the request waits on the applicant after a return', () => {
    const r = twoSteps();
    r.approve('a1');
    r.act({ type: 'return', taskId: r.taskOf('a2').id, actorId: 'a2', toNodeId: 'applicant', reason: '补充' });
    r.act({ type: 'withdraw', actorId: 'alice' });
    expect(r.state.status).toBe('withdrawn');
    expect(r.state.awaitingApplicant).toBeUndefined();
  });

  it('after a resubmission, until the next approver acts', () => {
    const r = twoSteps();
    r.approve('a1');
    r.act({ type: 'return', taskId: r.taskOf('a2').id, actorId: 'a2', toNodeId: 'applicant', reason: '补充' });
    r.act({ type: 'resubmit', actorId: 'alice' });
    const resubmitted = r.state;
    r.approve('a2');
    expect(r.refusal({ type: 'withdraw', actorId: 'alice' })).toBe('already_acted');
    const env = fakeEnv({ directory: {}, idPrefix: 'w' });
    const def = route([step('a', 'all'), step('b')], edges('start>a', 'a>b', 'b>end'));
    expect(applyAction(def, resubmitted, { type: 'withdraw', actorId: 'alice' }, env).state.status).toBe('withdrawn');
  });
});

describe('cancel (作废) by an admin', () => {
  it('closes the request as cancelled, with a reason, and tells the applicant', () => {
    const r = twoSteps();
    expect(r.refusal({ type: 'cancel', actorId: 'a1', reason: 'x' })).toBe('not_permitted');
    expect(r.refusal({ type: 'cancel', actorId: 'root', actorRoles: { supervisor: true }, reason: 'x' })).toBe('not_permitted');
    expect(r.refusal({ type: 'cancel', actorId: 'root', actorRoles: { admin: true }, reason: '' })).toBe('reason_required');
    const effects = r.act({ type: 'cancel', actorId: 'root', actorRoles: { admin: true }, reason: '重复提交' });
    expect(r.state.status).toBe('cancelled');
    expect(r.open()).toEqual([]);
    expect(r.state.events.at(-2)).toMatchObject({ type: 'cancelled', actorId: 'root', comment: '重复提交' });
    expect(effects).toContainEqual({ type: 'notify', userIds: ['alice'], template: 'finished' });
    expect(r.refusal({ type: 'cancel', actorId: 'root', actorRoles: { admin: true }, reason: 'again' })).toBe('instance_closed');
  });
});
