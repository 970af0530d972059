import { describe, expect, it } from 'vitest';
import { leaveRouteExample } from './leave-route-example.js';
import { simulateRoute } from './simulate-route.js';
import { simulatedPath } from './simulated-path.js';
import { fakeEnv, leaveDirectory, thrown } from './test-fixtures.js';
import { contractDirectory, contractRoute, nestedDirectory, nestedRoute } from './test-routes.js';

const leaveEnv = (days: number, directory = leaveDirectory()) => fakeEnv({ directory, form: { days } });

describe('simulatedPath', () => {
  it('2 days: past the head straight to the CC, by the default edge', () => {
    const path = simulatedPath(leaveRouteExample(), leaveEnv(2));
    expect(path.nodeIds).toEqual(['start', 'dept-head', 'days', 'filing', 'end']);
    expect(path.edgeIds).toEqual(['e-start', 'e-head', 'e-short', 'e-filing']);
    expect(path.skippedNodeIds).toEqual([]);
    expect(path.steps.map((s) => s.nodeId)).toEqual(['dept-head', 'filing']);
  });

  it('5 days: the condition edge to the supervising leader, then the CC', () => {
    const path = simulatedPath(leaveRouteExample(), leaveEnv(5));
    expect(path.nodeIds).toEqual(['start', 'dept-head', 'days', 'leader', 'filing', 'end']);
    expect(path.edgeIds).toEqual(['e-start', 'e-head', 'e-long', 'e-leader', 'e-filing']);
  });

  it('lists a step passed over as skipped, still on the lit path', () => {
    const path = simulatedPath(
      leaveRouteExample(),
      leaveEnv(5, { ...leaveDirectory(), supervisingLeader: ['head'] }),
    );
    expect(path.nodeIds).toContain('leader');
    expect(path.skippedNodeIds).toEqual(['leader']);
  });

  it('lights every lane of a parallel split, the join once, and what follows it', () => {
    const def = contractRoute();
    const path = simulatedPath(def, fakeEnv({ directory: contractDirectory() }));
    expect(path.nodeIds).toEqual(['start', 'legal', 'P', 'fin', 'finhead', 'J', 'eng', 'gm', 'end']);
    expect([...path.edgeIds].sort()).toEqual(def.edges.map((e) => e.id).sort());
    expect(path.steps.map((s) => s.nodeId)).toEqual(['legal', 'fin', 'finhead', 'eng', 'gm']);
  });

  it('agrees with simulateRoute on nested regions: every step is on the path', () => {
    const def = nestedRoute();
    const env = fakeEnv({ directory: nestedDirectory() });
    const path = simulatedPath(def, env);
    expect(path.steps).toEqual(simulateRoute(def, env));
    for (const s of path.steps) expect(path.nodeIds).toContain(s.nodeId);
    expect(path.edgeIds).toHaveLength(def.edges.length);
  });

  it('throws the walk’s own error for a branch with no way out', () => {
    const def = leaveRouteExample();
    def.edges = def.edges.filter((e) => e.id !== 'e-short');
    expect(thrown(() => simulatedPath(def, leaveEnv(2)))).toMatchObject({ code: 'invalid_flow' });
  });
});
