import { describe, expect, it } from 'vitest';
import { simulateRoute } from './simulate-route.js';
import { drive } from './test-driver.js';
import { fakeEnv } from './test-fixtures.js';
import { contractDirectory, contractRoute, edges, join, nestedDirectory, nestedRoute, route, split, step } from './test-routes.js';

describe('parallel split and join', () => {
  it('runs both branches at once and goes on only when both have arrived', () => {
    const r = drive(contractRoute(), contractDirectory());
    r.approve('l1');
    expect(r.open()).toEqual([
      ['fin', 'f1', 'pending'],
      ['eng', 'e1', 'pending'],
    ]);
    expect(r.state.activeNodeIds).toEqual(['fin', 'eng']);
    expect(r.state.activeNodeId).toBe('fin');
    expect(r.eventTypes().slice(-3)).toEqual(['parallel_started', 'step_started', 'step_started']);

    r.approve('e1');
    // engineering is done and waits at the join; finance goes on
    expect(r.state.joinArrivals).toEqual({ J: ['e5-P-eng'] });
    expect(r.state.activeNodeIds).toEqual(['fin']);
    r.approve('f1');
    expect(r.open()).toEqual([['finhead', 'fh1', 'pending']]);
    r.approve('fh1');
    expect(r.eventTypes().slice(-2)).toEqual(['parallel_joined', 'step_started']);
    expect(r.state.joinArrivals).toBeUndefined();
    expect(r.open()).toEqual([['gm', 'g1', 'pending']]);
    expect(r.state.activeNodeIds).toEqual(['gm']);
    r.approve('g1');
    expect(r.state.status).toBe('approved');
  });

  it('passes a branch whose steps all resolve to nobody straight to the join', () => {
    const r = drive(contractRoute(), { ...contractDirectory(), 'role:eng': [] });
    r.approve('l1');
    expect(r.open()).toEqual([['fin', 'f1', 'pending']]);
    expect(r.state.joinArrivals).toEqual({ J: ['e5-P-eng'] });
    r.approve('f1');
    r.approve('fh1');
    expect(r.open()).toEqual([['gm', 'g1', 'pending']]);
  });

  it('joins at once when every branch is passed over', () => {
    const r = drive(contractRoute(), { 'role:legal': ['l1'], 'role:gm': ['g1'] });
    r.approve('l1');
    expect(r.eventTypes().slice(-6)).toEqual(['parallel_started', 'step_skipped', 'step_skipped', 'step_skipped', 'parallel_joined', 'step_started']);
    expect(r.open()).toEqual([['gm', 'g1', 'pending']]);
  });

  it('a rejection in one branch rejects the request and cancels the other branch', () => {
    const r = drive(contractRoute(), contractDirectory());
    r.approve('l1');
    r.act({ type: 'reject', taskId: r.taskOf('e1').id, actorId: 'e1', reason: '图纸不全' });
    expect(r.state.status).toBe('rejected');
    expect(r.tasks().slice(1)).toEqual([
      ['fin', 'f1', 'cancelled'],
      ['eng', 'e1', 'rejected'],
    ]);
    expect(r.state.activeNodeIds).toEqual([]);
    expect(r.state.joinArrivals).toBeUndefined();
  });

  it('runs nested regions: the inner join closes before the outer one', () => {
    const r = drive(nestedRoute(), nestedDirectory());
    expect(r.open().map((t) => t[0])).toEqual(['a1', 'b1']);
    r.approve('a1-user');
    expect(r.open().map((t) => t[0])).toEqual(['b1', 'a2', 'a3']);
    r.approve('b1-user');
    expect(r.state.joinArrivals).toEqual({ J1: ['e9-P1-b1'] });
    r.approve('a3-user');
    r.approve('a2-user');
    expect(r.open().map((t) => t[0])).toEqual(['a4']);
    r.approve('a4-user');
    expect(r.state.status).toBe('approved');
    expect(r.eventTypes().filter((t) => t.startsWith('parallel'))).toEqual(['parallel_started', 'parallel_started', 'parallel_joined', 'parallel_joined']);
  });

  it('an exclusive branch inside a branch may go straight to the join', () => {
    const def = route(
      [split('P'), { id: 'X', type: 'branch', name: { zh: '金额', en: 'Amount' } }, step('big'), step('b'), join('J')],
      [
        ...edges('start>P', 'P>X', 'big>J', 'P>b', 'b>J', 'J>end'),
        { id: 'x-big', from: 'X', to: 'big', order: 1, condition: { op: 'gte', left: { field: 'x' }, right: { value: 5 } } },
        { id: 'x-small', from: 'X', to: 'J', isDefault: true },
      ],
    );
    const dir = { 'role:big': ['big1'], 'role:b': ['b1'] };
    const small = drive(def, dir, { form: { x: 1 } });
    expect(small.open()).toEqual([['b', 'b1', 'pending']]);
    small.approve('b1');
    expect(small.state.status).toBe('approved');
    const big = drive(def, dir, { form: { x: 9 } });
    expect(big.open().map((t) => t[1])).toEqual(['big1', 'b1']);
    big.approve('b1');
    big.approve('big1');
    expect(big.state.status).toBe('approved');
  });

  it('does not skip a branch step for someone who signed in the other branch', () => {
    // the same person heads both branches; each branch's previous step is the one before the split
    const def = route([step('x'), split('P'), step('a'), step('b'), join('J')], edges('start>x', 'x>P', 'P>a', 'P>b', 'a>J', 'b>J', 'J>end'));
    const r = drive(def, { 'role:x': ['u0'], 'role:a': ['u1'], 'role:b': ['u1'] });
    r.approve('u0');
    expect(r.open()).toEqual([
      ['a', 'u1', 'pending'],
      ['b', 'u1', 'pending'],
    ]);
  });
});

describe('simulateRoute with parallel branches', () => {
  it('lists each branch in edge order, then what follows the join', () => {
    const env = fakeEnv({ directory: contractDirectory() });
    const steps = simulateRoute(contractRoute(), env);
    expect(steps.map((s) => [s.nodeId, s.userIds, s.branches ?? []])).toEqual([
      ['legal', ['l1'], []],
      ['fin', ['f1'], ['e2-P-fin']],
      ['finhead', ['fh1'], ['e2-P-fin']],
      ['eng', ['e1'], ['e5-P-eng']],
      ['gm', ['g1'], []],
    ]);
    expect(steps.every((s) => s.kind === 'approve' && !s.skipped && !s.fallback && s.positions.length > 0)).toBe(true);
  });

  it('reports skipped branch steps and nested branches', () => {
    const steps = simulateRoute(nestedRoute(), fakeEnv({ directory: { ...nestedDirectory(), 'role:a3': [] } }));
    expect(steps.map((s) => [s.nodeId, s.skipped, s.branches])).toEqual([
      ['a1', false, ['e1-P1-a1']],
      ['a2', false, ['e1-P1-a1', 'e3-P2-a2']],
      ['a3', true, ['e1-P1-a1', 'e4-P2-a3']],
      ['a4', false, ['e1-P1-a1']],
      ['b1', false, ['e9-P1-b1']],
    ]);
    expect(steps[2]?.reason.en).toContain('Nobody was found');
  });
});
