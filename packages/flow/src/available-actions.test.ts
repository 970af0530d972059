import { describe, expect, it } from 'vitest';
import { availableActions } from './available-actions.js';
import type { FlowDefinition, NotifyNode } from './flow-definition.js';
import { returnTargets } from './return-targets.js';
import { drive, type Driver } from './test-driver.js';
import { contractDirectory, contractRoute, edges, route, step } from './test-routes.js';

const actionsOf = (def: FlowDefinition, r: Driver, actorId: string, roles: { isAdmin?: boolean; isSupervisor?: boolean } = {}) =>
  availableActions(def, r.state, { actorId, now: r.now, ...roles });

const cc: NotifyNode = { id: 'cc', type: 'notify', name: { zh: '抄送', en: 'CC' }, approvers: { kind: 'role', name: 'cc' } };

describe('availableActions', () => {
  const twoSteps = route([step('a', 'single', { timeLimit: { hours: 8 } }), step('b', 'single', { acknowledgeAllowed: true })], edges('start>a', 'a>b', 'b>end'));
  const people = { 'role:a': ['ua'], 'role:b': ['ub'] };

  it('the applicant may withdraw until an approver acted, then only urge and comment', () => {
    const r = drive(twoSteps, people);
    expect(actionsOf(twoSteps, r, 'alice')).toEqual(['withdraw', 'urge', 'comment']);
    r.approve('ua');
    expect(actionsOf(twoSteps, r, 'alice')).toEqual(['urge', 'comment']);
    // urged just now: the next urge is an hour away
    r.act({ type: 'urge', actorId: 'alice' });
    expect(actionsOf(twoSteps, r, 'alice')).toEqual(['comment']);
    r.advanceHours(1);
    expect(actionsOf(twoSteps, r, 'alice')).toEqual(['urge', 'comment']);
  });

  it('已阅 is offered where the node allows it, never on the step the submission opened', () => {
    const first = route([step('a', 'single', { acknowledgeAllowed: true }), step('b', 'single', { acknowledgeAllowed: true })], edges('start>a', 'a>b', 'b>end'));
    const r = drive(first, people);
    expect(actionsOf(first, r, 'ua')).toEqual(['approve', 'reject', 'return', 'transfer', 'addSigner', 'comment']);
    r.approve('ua');
    expect(actionsOf(first, r, 'ub')).toEqual(['approve', 'acknowledge', 'reject', 'return', 'transfer', 'addSigner', 'comment']);
    // someone with nothing to do on it sees nothing
    expect(actionsOf(first, r, 'stranger')).toEqual([]);
  });

  it("a node's allowed actions narrow the buttons; a handle step is completed with done", () => {
    const def = route(
      [step('a', 'single', { allowedActions: ['approve', 'reject'] }), { id: 'h', type: 'handle', name: { zh: '办理', en: 'Handle' }, approvers: { kind: 'role', name: 'h' } }],
      edges('start>a', 'a>h', 'h>end'),
    );
    const r = drive(def, { 'role:a': ['ua'], 'role:h': ['uh'] });
    expect(actionsOf(def, r, 'ua')).toEqual(['approve', 'reject', 'comment']);
    r.approve('ua');
    expect(actionsOf(def, r, 'uh')).toEqual(['done', 'reject', 'return', 'transfer', 'comment']);
  });

  it('the supervisor may extend a task with a deadline, and reassign it once it is overdue; an admin may always reassign and cancel', () => {
    const r = drive(twoSteps, people);
    expect(actionsOf(twoSteps, r, 'sup', { isSupervisor: true })).toEqual(['urge', 'comment', 'extend']);
    r.advanceHours(9);
    r.act({ type: 'timer_fired', taskId: r.taskOf('ua').id, kind: 'due', actorId: 'system' });
    expect(r.state.tasks[0]?.card).toBe('yellow');
    expect(actionsOf(twoSteps, r, 'sup', { isSupervisor: true })).toEqual(['urge', 'comment', 'reassign', 'extend']);
    const fresh = drive(twoSteps, people);
    expect(actionsOf(twoSteps, fresh, 'root', { isAdmin: true })).toEqual(['urge', 'comment', 'reassign', 'extend', 'cancel']);
  });

  it('after a return to the applicant: resubmit or withdraw; a CC can be read even after the end', () => {
    const def = route([step('a'), cc], edges('start>a', 'a>cc', 'cc>end'));
    const r = drive(def, { 'role:a': ['ua'], 'role:cc': ['uc'] });
    r.act({ type: 'return', taskId: r.taskOf('ua').id, actorId: 'ua', toNodeId: 'applicant', reason: '补充发票' });
    expect(actionsOf(def, r, 'alice')).toEqual(['resubmit', 'withdraw', 'comment']);
    expect(actionsOf(def, r, 'ua')).toEqual(['comment']);
    r.act({ type: 'resubmit', actorId: 'alice' });
    r.approve('ua');
    expect(r.state.status).toBe('approved');
    expect(actionsOf(def, r, 'uc')).toEqual(['read', 'comment']);
    expect(actionsOf(def, r, 'alice')).toEqual(['comment']);
  });
});

describe('returnTargets', () => {
  it('offers the applicant and the earlier steps this submission passed on the way to the task', () => {
    const def = contractRoute();
    const r = drive(def, contractDirectory());
    r.approve('l1');
    r.approve('f1');
    // finance's head may go back to legal or finance, not to engineering, which is another branch
    expect(returnTargets(def, r.state, r.taskOf('fh1').id).map((t) => t.nodeId)).toEqual(['start', 'legal', 'fin']);
    r.approve('fh1');
    r.approve('e1');
    // in the order they were reached: both branches started together, finance's head came later
    expect(returnTargets(def, r.state, r.taskOf('g1').id).map((t) => t.nodeId)).toEqual(['start', 'legal', 'fin', 'eng', 'finhead']);
    // the start node stands for the applicant
    r.act({ type: 'return', taskId: r.taskOf('g1').id, actorId: 'g1', toNodeId: 'start', reason: '重新核对' });
    expect(r.state.awaitingApplicant).toBe(true);
    expect(r.state.events.find((e) => e.type === 'returned')?.toNodeId).toBe('applicant');
  });

  it('is empty for a task that cannot be returned', () => {
    const def = route([step('a', 'single', { allowedActions: ['approve'] })], edges('start>a', 'a>end'));
    const r = drive(def, { 'role:a': ['ua'] });
    expect(returnTargets(def, r.state, r.taskOf('ua').id)).toEqual([]);
    expect(returnTargets(def, r.state, 'missing')).toEqual([]);
  });
});
