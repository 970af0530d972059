import { describe, expect, it } from 'vitest';
import type { ApproveMode } from './flow-definition.js';
import { ADMIN, drive, SUPERVISOR } from './test-driver.js';
import { edges, route, step } from './test-routes.js';

const board = (mode: ApproveMode, people = ['b1', 'b2']) =>
  drive(route([step('board', mode, { timeLimit: { hours: 8 } }), step('next')], edges('start>board', 'board>next', 'next>end')), {
    'role:board': people,
    'role:next': ['n1'],
  });

describe('transfer (转交)', () => {
  it('hands the task to someone else, who signs in the same step with the same deadline', () => {
    const r = board('single', ['b1']);
    const old = r.taskOf('b1');
    const effects = r.act({ type: 'transfer', taskId: old.id, actorId: 'b1', toUserId: 'x1', comment: '出差，请代办' });
    expect(r.tasks()).toEqual([
      ['board', 'b1', 'transferred'],
      ['board', 'x1', 'pending'],
    ]);
    const now = r.taskOf('x1');
    expect(now).toMatchObject({ transferredFrom: 'b1', stepId: old.stepId, dueAt: old.dueAt });
    expect(r.state.events.at(-1)).toMatchObject({ type: 'transferred', actorId: 'b1', userIds: ['x1'], taskId: old.id, comment: '出差，请代办' });
    expect(effects).toEqual([
      { type: 'timer_cleared', taskId: old.id },
      { type: 'task_created', taskId: now.id, nodeId: 'board', assigneeId: 'x1', kind: 'approve', status: 'pending' },
      { type: 'timer_set', taskId: now.id, kind: 'reminder', at: now.remindAt },
      { type: 'timer_set', taskId: now.id, kind: 'due', at: old.dueAt },
      { type: 'notify', userIds: ['x1'], template: 'task', taskId: now.id, nodeId: 'board' },
    ]);
    expect(r.refusal({ type: 'approve', taskId: old.id, actorId: 'b1' })).toBe('task_closed');
    r.approve('x1');
    expect(r.open()).toEqual([['next', 'n1', 'pending']]);
  });

  it('refuses handing over to oneself, to the applicant, to someone already signing, or by someone else', () => {
    const r = board('all');
    const task = r.taskOf('b1');
    const to = (toUserId: string, actorId = 'b1') => r.refusal({ type: 'transfer', taskId: task.id, actorId, toUserId });
    expect(to('b1')).toBe('invalid_assignee');
    expect(to('alice')).toBe('invalid_assignee');
    expect(to('b2')).toBe('invalid_assignee');
    expect(to(' ')).toBe('invalid_assignee');
    expect(to('x1', 'b2')).toBe('not_assignee');
  });

  it('in a countersign the new assignee counts instead of the old one', () => {
    const r = board('all');
    r.act({ type: 'transfer', taskId: r.taskOf('b1').id, actorId: 'b1', toUserId: 'x1' });
    r.approve('b2');
    expect(r.state.status).toBe('running');
    r.approve('x1');
    expect(r.state.lastApproverIds).toEqual(['x1', 'b2']);
    expect(r.open()).toEqual([['next', 'n1', 'pending']]);
  });
});

describe('add signer (加签)', () => {
  it('before: the added people sign first, then the assignee, whose task waits meanwhile', () => {
    const r = board('single', ['b1']);
    const own = r.taskOf('b1');
    r.act({ type: 'addSigner', taskId: own.id, actorId: 'b1', userIds: ['x1', 'x2'], position: 'before', comment: '请财务先看' });
    expect(r.tasks()).toEqual([
      ['board', 'x1', 'pending'],
      ['board', 'x2', 'pending'],
      ['board', 'b1', 'waiting'],
    ]);
    expect(r.taskOf('x1')).toMatchObject({ addedBy: 'b1', addedFor: own.id, addedPosition: 'before', stepId: own.stepId });
    // the waiting task's clocks stopped
    expect(r.taskOf('b1', 'waiting').dueAt).toBeUndefined();
    expect(r.state.events.at(-1)).toMatchObject({ type: 'signer_added', position: 'before', userIds: ['x1', 'x2'] });
    expect(r.refusal({ type: 'approve', taskId: own.id, actorId: 'b1' })).toBe('task_closed');
    r.approve('x2');
    expect(r.open().map((t) => t[2])).toEqual(['pending', 'waiting']);
    const effects = r.approve('x1');
    expect(effects).toContainEqual(expect.objectContaining({ type: 'task_activated', taskId: own.id }));
    expect(r.taskOf('b1').dueAt).toBeDefined();
    r.approve('b1');
    expect(r.open()).toEqual([['next', 'n1', 'pending']]);
  });

  it('after: the added people sign once the assignee has, in the same step', () => {
    const r = board('single', ['b1']);
    r.act({ type: 'addSigner', taskId: r.taskOf('b1').id, actorId: 'b1', userIds: ['x1'], position: 'after' });
    expect(r.open()).toEqual([
      ['board', 'b1', 'pending'],
      ['board', 'x1', 'waiting'],
    ]);
    r.approve('b1');
    expect(r.open()).toEqual([['board', 'x1', 'pending']]);
    r.approve('x1');
    expect(r.open()).toEqual([['next', 'n1', 'pending']]);
    expect(r.state.lastApproverIds).toEqual(['b1', 'x1']);
  });

  it('inside a countersign (会签): the step completes only when everyone, added signers included, approved', () => {
    const r = board('all', ['b1', 'b2', 'b3']);
    r.act({ type: 'addSigner', taskId: r.taskOf('b1').id, actorId: 'b1', userIds: ['x1'], position: 'after' });
    r.act({ type: 'addSigner', taskId: r.taskOf('b2').id, actorId: 'b2', userIds: ['y1'], position: 'before' });
    expect(r.open()).toEqual([
      ['board', 'b1', 'pending'],
      ['board', 'x1', 'waiting'],
      ['board', 'y1', 'pending'],
      ['board', 'b2', 'waiting'],
      ['board', 'b3', 'pending'],
    ]);
    for (const u of ['b1', 'b3', 'y1', 'b2']) {
      r.approve(u);
      expect(r.state.status).toBe('running');
      expect(r.open().some((t) => t[0] === 'next')).toBe(false);
    }
    r.approve('x1');
    expect(r.open()).toEqual([['next', 'n1', 'pending']]);
    expect(r.state.lastApproverIds).toEqual(['b1', 'x1', 'y1', 'b2', 'b3']);
  });

  it('inside an 或签 step: one person with everyone added to them completes it', () => {
    const r = board('any', ['b1', 'b2']);
    r.act({ type: 'addSigner', taskId: r.taskOf('b1').id, actorId: 'b1', userIds: ['x1'], position: 'after' });
    r.approve('b1');
    expect(r.open().map((t) => t[1])).toEqual(['x1', 'b2']);
    r.approve('x1');
    expect(r.tasks().filter((t) => t[0] === 'board')).toEqual([
      ['board', 'b1', 'approved'],
      ['board', 'x1', 'approved'],
      ['board', 'b2', 'cancelled'],
    ]);
  });

  it('inside a sequential step (依次): added signers take their turn in place', () => {
    const r = board('sequential', ['b1', 'b2']);
    r.act({ type: 'addSigner', taskId: r.taskOf('b1').id, actorId: 'b1', userIds: ['x1'], position: 'after' });
    r.approve('b1');
    expect(r.open()).toEqual([
      ['board', 'x1', 'pending'],
      ['board', 'b2', 'waiting'],
    ]);
    r.approve('x1');
    r.act({ type: 'addSigner', taskId: r.taskOf('b2').id, actorId: 'b2', userIds: ['y1'], position: 'before' });
    r.approve('y1');
    expect(r.open()).toEqual([['board', 'b2', 'pending']]);
    r.approve('b2');
    expect(r.open()).toEqual([['next', 'n1', 'pending']]);
  });

  it('an added signer may reject the request', () => {
    const r = board('single', ['b1']);
    r.act({ type: 'addSigner', taskId: r.taskOf('b1').id, actorId: 'b1', userIds: ['x1'], position: 'before' });
    r.act({ type: 'reject', taskId: r.taskOf('x1').id, actorId: 'x1', reason: '预算不足' });
    expect(r.state.status).toBe('rejected');
    expect(r.open()).toEqual([]);
  });

  it('refuses nobody, the applicant, the assignee, someone already signing, and duplicates', () => {
    const r = board('all', ['b1', 'b2']);
    const task = r.taskOf('b1');
    const add = (userIds: string[]) => r.refusal({ type: 'addSigner', taskId: task.id, actorId: 'b1', userIds, position: 'after' });
    expect(add([])).toBe('invalid_assignee');
    expect(add(['alice'])).toBe('invalid_assignee');
    expect(add(['b1'])).toBe('invalid_assignee');
    expect(add(['b2'])).toBe('invalid_assignee');
    expect(add(['x1', 'x1'])).toBe('invalid_assignee');
  });

  it('transferring a task moves the signers added to it along', () => {
    const r = board('single', ['b1']);
    r.act({ type: 'addSigner', taskId: r.taskOf('b1').id, actorId: 'b1', userIds: ['x1'], position: 'after' });
    r.act({ type: 'transfer', taskId: r.taskOf('b1').id, actorId: 'b1', toUserId: 'z1' });
    r.approve('z1');
    expect(r.open()).toEqual([['board', 'x1', 'pending']]);
    r.approve('x1');
    expect(r.open()).toEqual([['next', 'n1', 'pending']]);
  });
});

describe('reassign (换人) by the supervisor or an admin', () => {
  it('the supervisor may reassign only overdue tasks; the new assignee gets a fresh time limit', () => {
    const r = board('single', ['b1']);
    const task = r.taskOf('b1');
    const reassign = { type: 'reassign' as const, taskId: task.id, actorId: 'sup', actorRoles: SUPERVISOR, toUserId: 'x1', reason: '超期未办' };
    expect(r.refusal(reassign)).toBe('not_overdue');
    expect(r.refusal({ ...reassign, actorRoles: {} })).toBe('not_permitted');
    r.setNow('2026-11-02T17:30:00.000Z');
    r.act({ type: 'timer_fired', taskId: task.id, kind: 'due', actorId: 'system' });
    const effects = r.act(reassign);
    expect(r.tasks()).toEqual([
      ['board', 'b1', 'transferred'],
      ['board', 'x1', 'pending'],
    ]);
    expect(r.taskOf('x1')).toMatchObject({ transferredFrom: 'b1', dueAt: '2026-11-03T01:31:00.000Z' });
    expect(r.taskOf('x1').card).toBeUndefined();
    expect(r.state.events.at(-1)).toMatchObject({ type: 'reassigned', actorId: 'sup', userIds: ['x1'], comment: '超期未办' });
    expect(effects).toContainEqual(expect.objectContaining({ type: 'task_cancelled', taskId: task.id, assigneeId: 'b1' }));
    expect(effects).toContainEqual({ type: 'notify', userIds: ['b1'], template: 'reassigned', taskId: task.id, nodeId: 'board' });
  });

  it('an admin may reassign any open task, waiting ones included', () => {
    const r = board('sequential', ['b1', 'b2']);
    r.act({ type: 'reassign', taskId: r.taskOf('b2', 'waiting').id, actorId: 'root', actorRoles: ADMIN, toUserId: 'x2' });
    expect(r.open()).toEqual([
      ['board', 'b1', 'pending'],
      ['board', 'x2', 'waiting'],
    ]);
    r.approve('b1');
    expect(r.open()).toEqual([['board', 'x2', 'pending']]);
  });

  it('refuses closed tasks and closed requests', () => {
    const r = board('single', ['b1']);
    const task = r.taskOf('b1');
    r.approve('b1');
    expect(r.refusal({ type: 'reassign', taskId: task.id, actorId: 'root', actorRoles: ADMIN, toUserId: 'x1' })).toBe('task_closed');
  });
});
