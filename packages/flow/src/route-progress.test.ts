import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from './flow-definition.js';
import { routeProgress } from './route-progress.js';
import { drive, type Driver } from './test-driver.js';
import { fakeEnv, type Directory } from './test-fixtures.js';
import { contractDirectory, contractRoute, edges, route, step } from './test-routes.js';

/** [node, status, people] per stop, for compact assertions. */
const stops = (def: FlowDefinition, r: Driver, directory: Directory, withEnv = true) =>
  routeProgress(def, r.state, withEnv ? fakeEnv({ directory, now: r.now }) : undefined).map((s) => [s.nodeId, s.status, s.userIds.join(',')]);

describe('routeProgress', () => {
  const threeSteps = route([step('a'), step('b'), step('c')], edges('start>a', 'a>b', 'b>c', 'c>end'));
  const people: Directory = { 'role:a': ['ua'], 'role:b': ['ub'], 'role:c': ['uc'] };

  it('shows the steps taken, the current one, and who the simulator expects next', () => {
    const r = drive(threeSteps, people);
    expect(stops(threeSteps, r, people)).toEqual([
      ['start', 'done', 'alice'],
      ['a', 'current', 'ua'],
      ['b', 'pending', 'ub'],
      ['c', 'pending', 'uc'],
      ['end', 'pending', ''],
    ]);
    r.approve('ua');
    expect(stops(threeSteps, r, people).slice(1, 3)).toEqual([
      ['a', 'done', 'ua'],
      ['b', 'current', 'ub'],
    ]);
    // without an env nothing is predicted
    expect(stops(threeSteps, r, people, false)).toEqual([
      ['start', 'done', 'alice'],
      ['a', 'done', 'ua'],
      ['b', 'current', 'ub'],
      ['end', 'pending', ''],
    ]);
  });

  it('lists a step reached twice once, and the steps a return made the route run again as pending', () => {
    const r = drive(threeSteps, people);
    r.approve('ua');
    r.approve('ub');
    r.act({ type: 'return', taskId: r.taskOf('uc').id, actorId: 'uc', toNodeId: 'a', reason: '再核' });
    expect(stops(threeSteps, r, people)).toEqual([
      ['start', 'done', 'alice'],
      ['a', 'current', 'ua'],
      ['b', 'pending', 'ub'],
      ['c', 'pending', 'uc'],
      ['end', 'pending', ''],
    ]);
  });

  it('after a return to the applicant the start is current; after a transfer the new holder is shown', () => {
    const r = drive(threeSteps, people);
    r.act({ type: 'transfer', taskId: r.taskOf('ua').id, actorId: 'ua', toUserId: 'ux' });
    expect(stops(threeSteps, r, people)[1]).toEqual(['a', 'current', 'ux']);
    r.act({ type: 'return', taskId: r.taskOf('ux').id, actorId: 'ux', toNodeId: 'applicant', reason: '补材料' });
    expect(stops(threeSteps, r, people)).toEqual([
      ['start', 'current', 'alice'],
      ['a', 'done', 'ux'],
      ['b', 'pending', 'ub'],
      ['c', 'pending', 'uc'],
      ['end', 'pending', ''],
    ]);
  });

  it('marks a step that resolved to nobody as skipped, with the reason', () => {
    const r = drive(threeSteps, { 'role:a': ['ua'], 'role:c': ['uc'] });
    r.approve('ua');
    const progress = routeProgress(threeSteps, r.state);
    expect(progress.map((s) => [s.nodeId, s.status])).toEqual([
      ['start', 'done'],
      ['a', 'done'],
      ['b', 'skipped'],
      ['c', 'current'],
      ['end', 'pending'],
    ]);
    expect(progress[2]?.reason?.zh).toContain('跳过');
  });

  it('runs parallel branches side by side and predicts the steps after the join', () => {
    const def = contractRoute();
    const r = drive(def, contractDirectory());
    r.approve('l1');
    expect(stops(def, r, contractDirectory())).toEqual([
      ['start', 'done', 'alice'],
      ['legal', 'done', 'l1'],
      ['fin', 'current', 'f1'],
      ['eng', 'current', 'e1'],
      ['finhead', 'pending', 'fh1'],
      ['gm', 'pending', 'g1'],
      ['end', 'pending', ''],
    ]);
  });

  it('on a closed request predicts nothing and counts undecided steps as skipped', () => {
    const r = drive(threeSteps, people);
    r.approve('ua');
    r.act({ type: 'reject', taskId: r.taskOf('ub').id, actorId: 'ub', reason: '预算不足' });
    expect(stops(threeSteps, r, people)).toEqual([
      ['start', 'done', 'alice'],
      ['a', 'done', 'ua'],
      ['b', 'done', 'ub'],
      ['end', 'done', ''],
    ]);
    const w = drive(threeSteps, people);
    w.act({ type: 'withdraw', actorId: 'alice' });
    expect(stops(threeSteps, w, people)).toEqual([
      ['start', 'done', 'alice'],
      ['a', 'skipped', 'ua'],
      ['end', 'done', ''],
    ]);
  });
});
