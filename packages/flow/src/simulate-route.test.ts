import { describe, expect, it } from 'vitest';
import { leaveRouteExample } from './leave-route-example.js';
import { simulateRoute } from './simulate-route.js';
import { approveStep, chain, fakeEnv, leaveDirectory, thrown } from './test-fixtures.js';

const env = (days: number, directory = leaveDirectory()) => {
  const e = fakeEnv({ directory, form: { days } });
  // the simulator creates nothing, so it must not consume ids
  e.newId = () => {
    throw new Error('simulateRoute asked for an id');
  };
  return e;
};

describe('simulateRoute', () => {
  it('1 day: the head, then the CC to administration', () => {
    expect(simulateRoute(leaveRouteExample(), env(1))).toEqual([
      {
        nodeId: 'dept-head',
        kind: 'approve',
        name: { zh: '部门负责人审批', en: 'Department head' },
        positions: ['deptHead'],
        userIds: ['head'],
        reason: { zh: '按deptHead找到', en: 'found as deptHead' },
        skipped: false,
        fallback: false,
        mode: 'single',
      },
      {
        nodeId: 'filing',
        kind: 'notify',
        name: { zh: '综管部备案', en: 'Filed with administration' },
        positions: ['departmentHead'],
        userIds: ['admin-head'],
        reason: { zh: '按departmentHead找到', en: 'found as departmentHead' },
        skipped: false,
        fallback: false,
      },
    ]);
  });

  it('5 days: the head, the supervising leader, then the CC', () => {
    const steps = simulateRoute(leaveRouteExample(), env(5));
    expect(steps.map((s) => [s.nodeId, s.kind, s.userIds, s.skipped])).toEqual([
      ['dept-head', 'approve', ['head'], false],
      ['leader', 'approve', ['leader'], false],
      ['filing', 'notify', ['admin-head'], false],
    ]);
  });

  it('marks a step whose approver signed just before as skipped, as the engine would', () => {
    const steps = simulateRoute(
      leaveRouteExample(),
      env(5, { ...leaveDirectory(), supervisingLeader: ['head'] }),
    );
    expect(steps[1]).toMatchObject({
      nodeId: 'leader',
      userIds: [],
      skipped: true,
      reason: { en: 'The approver signed the previous step; skipped' },
    });
    expect(steps[2]?.userIds).toEqual(['admin-head']);
  });

  it("keeps a step's approver when the step turns its skip rules off", () => {
    const withRules = (rules: { skipApplicant?: boolean; skipPrevious?: boolean }) => {
      const def = leaveRouteExample();
      def.nodes = def.nodes.map((n) => (n.id === 'leader' && n.type === 'approve' ? { ...n, ...rules } : n));
      return def;
    };
    // the supervising leader also heads the department: asked again only when the step says so
    const twice = { ...leaveDirectory(), supervisingLeader: ['head'] };
    expect(simulateRoute(withRules({}), env(5, twice))[1]).toMatchObject({ nodeId: 'leader', skipped: true });
    expect(simulateRoute(withRules({ skipPrevious: false }), env(5, twice))[1]).toMatchObject({
      nodeId: 'leader',
      userIds: ['head'],
      skipped: false,
    });
    // the applicant is the leader: skipped by default, kept when the step allows it
    const own = { ...leaveDirectory(), supervisingLeader: ['alice'] };
    expect(simulateRoute(withRules({ skipPrevious: false }), env(5, own))[1]).toMatchObject({
      skipped: true,
      reason: { en: 'The approver is the applicant; skipped' },
    });
    expect(simulateRoute(withRules({ skipApplicant: false }), env(5, own))[1]).toMatchObject({
      userIds: ['alice'],
      skipped: false,
    });
  });

  it('passes the actual signers on: one of an 或签 step, all of a 会签 step', () => {
    const def = chain(
      approveStep('any', 'any', { kind: 'role', name: 'pair' }),
      approveStep('next', 'all', { kind: 'role', name: 'pair' }),
      approveStep('last', 'all', { kind: 'role', name: 'pair' }),
    );
    const steps = simulateRoute(def, env(0, { 'role:pair': ['p1', 'p2'] }));
    expect(steps.map((s) => s.userIds)).toEqual([['p1', 'p2'], ['p2'], ['p1']]);
  });

  it('refuses a cyclic route instead of looping', () => {
    const def = chain(approveStep('a', 'single', { kind: 'role', name: 'x' }));
    def.edges = def.edges.map((e) => (e.from === 'a' ? { ...e, to: 'a' } : e));
    expect(thrown(() => simulateRoute(def, env(1)))).toMatchObject({ code: 'invalid_flow' });
  });
});
