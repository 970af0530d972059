import { describe, expect, it } from 'vitest';
import { leaveRouteExample } from './leave-route-example.js';
import { drive } from './test-driver.js';
import { leaveDirectory } from './test-fixtures.js';
import { contractDirectory, contractRoute, edges, nestedDirectory, nestedRoute, route, step } from './test-routes.js';

const back = (r: ReturnType<typeof drive>, actorId: string, toNodeId: string, reason = '请补充材料') =>
  r.act({ type: 'return', taskId: r.taskOf(actorId).id, actorId, toNodeId, reason });

describe('return (退回) on a plain route', () => {
  const threeSteps = () => drive(route([step('a'), step('b'), step('c')], edges('start>a', 'a>b', 'b>c', 'c>end')), { 'role:a': ['ua'], 'role:b': ['ub'], 'role:c': ['uc'] });

  it('to an earlier step: the route resumes there, and the steps after it run again', () => {
    const r = threeSteps();
    r.approve('ua');
    r.approve('ub');
    const effects = back(r, 'uc', 'a');
    expect(r.tasks()).toEqual([
      ['a', 'ua', 'approved'],
      ['b', 'ub', 'approved'],
      ['c', 'uc', 'returned'],
      ['a', 'ua', 'pending'],
    ]);
    expect(r.state.events.at(-2)).toMatchObject({ type: 'returned', nodeId: 'c', actorId: 'uc', toNodeId: 'a', comment: '请补充材料' });
    expect(r.state.activeNodeIds).toEqual(['a']);
    // a's and b's approvals are undone; so a resubmission-skip would not count them
    expect(r.state.approvedBy).toEqual({});
    expect(effects).toContainEqual({ type: 'notify', userIds: ['alice'], template: 'returned', nodeId: 'c' });
    expect(effects).toContainEqual({ type: 'timer_cleared', taskId: r.state.tasks[2]?.id });
    r.approve('ua');
    r.approve('ub');
    r.approve('uc');
    expect(r.state.status).toBe('approved');
  });

  it('refuses targets that are not an earlier step of this submission, and a return without a reason', () => {
    const r = threeSteps();
    r.approve('ua');
    const task = r.taskOf('ub');
    const ret = (toNodeId: string, reason = 'x') => r.refusal({ type: 'return', taskId: task.id, actorId: 'ub', toNodeId, reason });
    expect(ret('c')).toBe('invalid_target');
    expect(ret('b')).toBe('invalid_target');
    // 'start' is not refused: the start node stands for the applicant (see return-targets)
    expect(ret('nowhere')).toBe('invalid_target');
    expect(ret('a', ' ')).toBe('reason_required');
    expect(r.refusal({ type: 'return', taskId: task.id, actorId: 'ua', toNodeId: 'a', reason: 'x' })).toBe('not_assignee');
  });

  it('refuses a step the route did not pass this time (the other side of a branch)', () => {
    const r = drive(leaveRouteExample(), leaveDirectory(), { form: { days: 5 } });
    r.approve('head');
    // days ≥ 3 went through the leader; a 1-day request would not have: its only earlier step is the head
    expect(r.refusal({ type: 'return', taskId: r.taskOf('leader').id, actorId: 'leader', toNodeId: 'filing', reason: 'x' })).toBe('invalid_target');
    back(r, 'leader', 'dept-head');
    expect(r.open()).toEqual([['dept-head', 'head', 'pending']]);
  });

  it('to the applicant: everything open is cancelled and the request waits for them', () => {
    const r = threeSteps();
    r.approve('ua');
    const effects = back(r, 'ub', 'applicant');
    expect(r.state.status).toBe('running');
    expect(r.state.awaitingApplicant).toBe(true);
    expect(r.state.activeNodeIds).toEqual([]);
    expect(r.state.activeNodeId).toBeNull();
    expect(r.open()).toEqual([]);
    expect(effects).toContainEqual({ type: 'notify', userIds: ['alice'], template: 'returned', nodeId: 'b' });
    // nobody can act on the request but the applicant
    expect(r.refusal({ type: 'approve', taskId: r.state.tasks[1]?.id ?? '', actorId: 'ub' })).toBe('task_closed');
    expect(r.refusal({ type: 'urge', actorId: 'alice' })).toBe('awaiting_applicant');
  });
});

describe('resubmit after a return to the applicant', () => {
  it('runs the route from the start again; only the applicant may, and only after a return', () => {
    const r = drive(leaveRouteExample(), leaveDirectory(), { form: { days: 5 } });
    expect(r.refusal({ type: 'resubmit', actorId: 'alice' })).toBe('not_awaiting_applicant');
    r.approve('head');
    back(r, 'leader', 'applicant');
    expect(r.refusal({ type: 'resubmit', actorId: 'head' })).toBe('not_applicant');
    // the applicant shortens the leave: the branch now reads the new form
    r.act({ type: 'resubmit', actorId: 'alice', form: { days: 1 }, comment: '改为一天' });
    expect(r.state.awaitingApplicant).toBeUndefined();
    expect(r.state.events.at(-2)).toMatchObject({ type: 'resubmitted', actorId: 'alice', comment: '改为一天' });
    expect(r.open()).toEqual([['dept-head', 'head', 'pending']]);
    r.setForm({ days: 1 });
    r.approve('head');
    expect(r.state.status).toBe('approved');
    expect(r.state.tasks.filter((t) => t.nodeId === 'leader').map((t) => t.status)).toEqual(['returned']);
  });

  it('skips people who already approved, on steps marked skipApprovedOnResubmit', () => {
    const def = route(
      [step('board', 'all', { skipApprovedOnResubmit: true }), step('head', 'single', { skipApprovedOnResubmit: true }), step('cfo')],
      edges('start>board', 'board>head', 'head>cfo', 'cfo>end'),
    );
    const r = drive(def, { 'role:board': ['b1', 'b2', 'b3'], 'role:head': ['h1'], 'role:cfo': ['c1'] });
    r.approve('b1');
    back(r, 'b2', 'applicant');
    r.act({ type: 'resubmit', actorId: 'alice' });
    // b1 approved before the return and is not asked again; b2, who returned it, and b3 are
    expect(r.open()).toEqual([
      ['board', 'b2', 'pending'],
      ['board', 'b3', 'pending'],
    ]);
    r.approve('b2');
    r.approve('b3');
    r.approve('h1');
    back(r, 'c1', 'applicant');
    r.act({ type: 'resubmit', actorId: 'alice' });
    // the whole board and the head approved before: both steps are passed over, straight to the CFO
    expect(r.eventTypes().slice(-3)).toEqual(['step_skipped', 'step_skipped', 'step_started']);
    expect(r.state.events.at(-3)).toMatchObject({ nodeId: 'board', userIds: ['b1', 'b2', 'b3'], reason: { en: 'The approvers already approved before the resubmission; skipped' } });
    expect(r.open()).toEqual([['cfo', 'c1', 'pending']]);
  });

  it('asks everyone again on steps without the flag', () => {
    const r = drive(route([step('a'), step('b')], edges('start>a', 'a>b', 'b>end')), { 'role:a': ['ua'], 'role:b': ['ub'] });
    r.approve('ua');
    back(r, 'ub', 'applicant');
    r.act({ type: 'resubmit', actorId: 'alice' });
    expect(r.open()).toEqual([['a', 'ua', 'pending']]);
  });
});

describe('return inside parallel regions', () => {
  it('from inside a branch to a step before the split: every branch is cancelled and the route reruns from there', () => {
    const r = drive(contractRoute(), contractDirectory());
    r.approve('l1');
    r.approve('e1'); // engineering has arrived at the join
    r.approve('f1');
    back(r, 'fh1', 'legal');
    expect(r.open()).toEqual([['legal', 'l1', 'pending']]);
    expect(r.state.activeNodeIds).toEqual(['legal']);
    expect(r.state.joinArrivals).toBeUndefined();
    r.approve('l1');
    // both branches run again, engineering included
    expect(r.open()).toEqual([
      ['fin', 'f1', 'pending'],
      ['eng', 'e1', 'pending'],
    ]);
  });

  it('from inside a branch to an earlier step of the same branch: the other branch keeps running', () => {
    const r = drive(contractRoute(), contractDirectory());
    r.approve('l1');
    r.approve('f1');
    const engTask = r.taskOf('e1');
    back(r, 'fh1', 'fin');
    expect(r.open()).toEqual([
      ['eng', 'e1', 'pending'],
      ['fin', 'f1', 'pending'],
    ]);
    expect(r.taskOf('e1').id).toBe(engTask.id);
    expect(r.state.activeNodeIds).toEqual(['eng', 'fin']);
    r.approve('f1');
    r.approve('fh1');
    expect(r.open()).toEqual([['eng', 'e1', 'pending']]);
    r.approve('e1');
    expect(r.open()).toEqual([['gm', 'g1', 'pending']]);
  });

  it('to an earlier step of the same branch, when the other branch already waits at the join', () => {
    const r = drive(contractRoute(), contractDirectory());
    r.approve('l1');
    r.approve('e1');
    r.approve('f1');
    back(r, 'fh1', 'fin');
    expect(r.state.joinArrivals).toEqual({ J: ['e5-P-eng'] });
    r.approve('f1');
    r.approve('fh1');
    expect(r.open()).toEqual([['gm', 'g1', 'pending']]);
  });

  it('refuses a return to a step of another branch', () => {
    const r = drive(contractRoute(), contractDirectory());
    r.approve('l1');
    r.approve('e1');
    expect(r.refusal({ type: 'return', taskId: r.taskOf('f1').id, actorId: 'f1', toNodeId: 'eng', reason: 'x' })).toBe('invalid_target');
  });

  it('from after the join into one branch: only that branch runs again, and the join lets it through', () => {
    const r = drive(contractRoute(), contractDirectory());
    r.approve('l1');
    r.approve('e1');
    r.approve('f1');
    r.approve('fh1');
    back(r, 'g1', 'finhead');
    expect(r.open()).toEqual([['finhead', 'fh1', 'pending']]);
    // engineering's branch is done and counts as arrived
    expect(r.state.joinArrivals).toEqual({ J: ['e5-P-eng'] });
    expect(r.state.activeNodeIds).toEqual(['finhead']);
    r.approve('fh1');
    expect(r.open()).toEqual([['gm', 'g1', 'pending']]);
    r.approve('g1');
    expect(r.state.status).toBe('approved');
  });

  it('from after the join to before the split: all branches run again', () => {
    const r = drive(contractRoute(), contractDirectory());
    for (const u of ['l1', 'e1', 'f1', 'fh1']) r.approve(u);
    back(r, 'g1', 'legal');
    expect(r.state.joinArrivals).toBeUndefined();
    r.approve('l1');
    expect(r.open().map((t) => t[0])).toEqual(['fin', 'eng']);
  });

  it('in nested regions: back into an inner branch keeps the outer sibling and the inner sibling', () => {
    const r = drive(nestedRoute(), nestedDirectory());
    r.approve('a1-user');
    r.approve('b1-user');
    r.approve('a2-user');
    r.approve('a3-user');
    // at a4 now; back to a2: inner branch a3 counts as arrived at J2, outer branch b1 at J1
    back(r, 'a4-user', 'a2');
    expect(r.state.joinArrivals).toEqual({ J1: ['e9-P1-b1'], J2: ['e4-P2-a3'] });
    expect(r.open()).toEqual([['a2', 'a2-user', 'pending']]);
    r.approve('a2-user');
    r.approve('a4-user');
    expect(r.state.status).toBe('approved');
  });

  it('in nested regions: back to the top of an outer branch from an inner one, the other outer branch keeps running', () => {
    const r = drive(nestedRoute(), nestedDirectory());
    r.approve('a1-user');
    r.approve('a2-user'); // a2 waits at J2, a3 and b1 still open
    back(r, 'a3-user', 'a1');
    expect(r.open()).toEqual([
      ['b1', 'b1-user', 'pending'],
      ['a1', 'a1-user', 'pending'],
    ]);
    expect(r.state.joinArrivals).toBeUndefined();
    r.approve('a1-user');
    expect(r.open().map((t) => t[0])).toEqual(['b1', 'a2', 'a3']);
  });
});
