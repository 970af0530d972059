import { describe, expect, it } from 'vitest';
import { applyAction } from './apply-action.js';
import type { FlowDefinition, FlowNode } from './flow-definition.js';
import { startInstance } from './start-instance.js';
import { drive } from './test-driver.js';
import { deepFreeze, fakeEnv, thrown } from './test-fixtures.js';
import { edges, route, step } from './test-routes.js';

const cc: FlowNode = { id: 'cc', type: 'notify', name: { zh: '知会', en: 'For information' }, approvers: { kind: 'role', name: 'cc' } };

describe('acknowledge (已阅), as seed 001 allows it', () => {
  /** the head decides first; the meeting's participants may acknowledge at the last node */
  const minutes = (first: { acknowledgeAllowed?: boolean } = {}) =>
    drive(route([step('head', 'single', first), step('attendees', 'all', { acknowledgeAllowed: true }), cc], edges('start>head', 'head>attendees', 'attendees>cc', 'cc>end')), {
      'role:head': ['h1'],
      'role:attendees': ['m1', 'm2'],
      'role:cc': ['c1'],
    });

  it('countersigners at a node that allows it may acknowledge; it counts towards the countersign', () => {
    const r = minutes();
    r.approve('h1');
    r.act({ type: 'acknowledge', taskId: r.taskOf('m1').id, actorId: 'm1', comment: '知悉' });
    expect(r.taskOf('m1', 'acknowledged').comment).toBe('知悉');
    expect(r.state.events.at(-1)).toMatchObject({ type: 'acknowledged', nodeId: 'attendees', actorId: 'm1' });
    r.approve('m2');
    expect(r.state.status).toBe('approved');
    // 已阅 is no approval: it is not remembered for skipping on resubmission
    expect(r.state.approvedBy).toEqual({ head: ['h1'], attendees: ['m2'] });
  });

  it('is refused at a node that does not allow it', () => {
    const r = minutes();
    expect(r.refusal({ type: 'acknowledge', taskId: r.taskOf('h1').id, actorId: 'h1' })).toBe('acknowledge_not_allowed');
  });

  it('is refused on the first step after submission even where the node allows it: a superior must decide', () => {
    const r = minutes({ acknowledgeAllowed: true });
    expect(r.refusal({ type: 'acknowledge', taskId: r.taskOf('h1').id, actorId: 'h1' })).toBe('acknowledge_not_allowed');
  });

  it('on a CC it is the same as reading it, also after the request finished', () => {
    const r = minutes();
    r.approve('h1');
    r.approve('m1');
    r.approve('m2');
    r.act({ type: 'acknowledge', taskId: r.taskOf('c1', 'unread').id, actorId: 'c1' });
    expect(r.taskOf('c1', 'read').completedAt).toBeDefined();
  });

  it('is refused on a handle task', () => {
    const r = drive(route([{ id: 'seal', type: 'handle', name: { zh: '盖章', en: 'Seal' }, approvers: { kind: 'role', name: 'k' } }], edges('start>seal', 'seal>end')), { 'role:k': ['k1'] });
    expect(r.refusal({ type: 'acknowledge', taskId: r.taskOf('k1').id, actorId: 'k1' })).toBe('wrong_action');
  });
});

describe('node settings', () => {
  it('signatureRequired: approving needs a signature, which is kept on the task', () => {
    const r = drive(route([step('a', 'single', { signatureRequired: true })], edges('start>a', 'a>end')), { 'role:a': ['u1'] });
    const task = r.taskOf('u1');
    expect(r.refusal({ type: 'approve', taskId: task.id, actorId: 'u1' })).toBe('signature_required');
    expect(r.refusal({ type: 'approve', taskId: task.id, actorId: 'u1', signature: '  ' })).toBe('signature_required');
    r.act({ type: 'approve', taskId: task.id, actorId: 'u1', signature: 'sig-42' });
    expect(r.state.tasks[0]).toMatchObject({ status: 'approved', signature: 'sig-42' });
  });

  it('allowedActions: what the node leaves out is refused, naming the node', () => {
    const r = drive(route([step('a'), step('b', 'single', { allowedActions: ['approve', 'reject'] })], edges('start>a', 'a>b', 'b>end')), {
      'role:a': ['u1'],
      'role:b': ['u2', 'u3'],
    });
    r.approve('u1');
    const task = r.taskOf('u2');
    expect(r.refusal({ type: 'return', taskId: task.id, actorId: 'u2', toNodeId: 'a', reason: 'x' })).toBe('action_not_allowed');
    expect(r.refusal({ type: 'transfer', taskId: task.id, actorId: 'u2', toUserId: 'u3' })).toBe('action_not_allowed');
    expect(r.refusal({ type: 'addSigner', taskId: task.id, actorId: 'u2', userIds: ['u3'], position: 'after' })).toBe('action_not_allowed');
    r.act({ type: 'reject', taskId: task.id, actorId: 'u2', reason: '不符合规定' });
    expect(r.state.status).toBe('rejected');
  });

  it('a task given to a delegate (委托) records whose task it was', () => {
    const def = route([step('a')], edges('start>a', 'a>end'));
    const env = fakeEnv({ directory: { 'role:a': ['deputy'] } });
    const resolve = env.resolve;
    env.resolve = (e, p) => ({ ...resolve(e, p), delegated: [{ fromUserId: 'boss', toUserId: 'deputy' }] });
    const { state } = startInstance(def, env, { applicantId: 'alice' });
    expect(state.tasks[0]).toMatchObject({ assigneeId: 'deputy', delegatedFrom: 'boss' });
  });
});

describe('或签 with several approvers acting at once', () => {
  const def: FlowDefinition = deepFreeze(route([step('board', 'any'), step('next')], edges('start>board', 'board>next', 'next>end')));
  const directory = { 'role:board': ['b1', 'b2', 'b3'], 'role:next': ['n1'] };
  const env = (prefix: string) => fakeEnv({ directory, idPrefix: prefix });

  it('the second approval, applied to the state the first produced, is refused with task_closed', () => {
    const start = deepFreeze(startInstance(def, env('s'), { applicantId: 'alice' }).state);
    const [t1, t2, t3] = start.tasks;
    // each approver's request was built from the same starting state; the server applies them one after the other
    const first = applyAction(def, start, { type: 'approve', taskId: t2?.id ?? '', actorId: 'b2' }, env('x')).state;
    expect(first.tasks.filter((t) => t.nodeId === 'next')).toHaveLength(1);
    for (const [task, actorId] of [[t1, 'b1'], [t3, 'b3'], [t2, 'b2']] as const) {
      const e = thrown(() => applyAction(def, first, { type: 'approve', taskId: task?.id ?? '', actorId }, env('y')));
      expect(e).toMatchObject({ name: 'FlowError', code: 'task_closed' });
    }
    // a rejection that lost the race is refused the same way: the step is already decided
    const late = thrown(() => applyAction(def, first, { type: 'reject', taskId: t1?.id ?? '', actorId: 'b1', reason: 'no' }, env('z')));
    expect(late).toMatchObject({ code: 'task_closed' });
  });

  it('on the starting state each would have succeeded alone: the engine is a function of the state it is given', () => {
    const start = deepFreeze(startInstance(def, env('s'), { applicantId: 'alice' }).state);
    const a = applyAction(def, start, { type: 'approve', taskId: start.tasks[0]?.id ?? '', actorId: 'b1' }, env('x')).state;
    const b = applyAction(def, start, { type: 'approve', taskId: start.tasks[1]?.id ?? '', actorId: 'b2' }, env('x')).state;
    expect(a.lastApproverIds).toEqual(['b1']);
    expect(b.lastApproverIds).toEqual(['b2']);
  });
});
