import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { leaveRouteExample, type FlowDefinition } from '@signoff/flow';
import { testApi } from '../../request/test/test-api';
import type { SavedCase } from './case-result';
import { demoOrgView, leaveModel } from './test/simulation-fixtures';
import { useSimulationCases } from './use-simulation-cases';

const longLeave: SavedCase = {
  id: 'c-long',
  name: '张三请5天',
  applicant: { userId: 'u-zhang' },
  formData: { days: 5 },
  expected: [
    { nodeId: 'dept-head', userIds: ['u-li'] },
    { nodeId: 'leader', userIds: ['u-wang'] },
    { nodeId: 'filing', userIds: ['u-zhao'] },
  ],
  createdAt: '2026-11-24T02:00:00.000Z',
  createdBy: 'u-admin',
};

describe('useSimulationCases', () => {
  it('passes a case the draft still satisfies, fails it with the difference once the route changes, and re-runs on demand', async () => {
    let stored = [longLeave];
    const api = testApi({ 'simulationCases.list': () => stored });
    const org = demoOrgView();
    const model = leaveModel();
    const { result, rerender } = renderHook(
      ({ flow }: { flow: FlowDefinition }) => useSimulationCases({ templateId: 't-leave', flow, model, org }),
      {
        wrapper: ({ children }) => api.wrap(children),
        initialProps: { flow: leaveRouteExample() },
      },
    );
    await waitFor(() =>
      expect(result.current.results).toEqual([
        { caseId: 'c-long', name: '张三请5天', passed: true, differences: [] },
      ]),
    );

    // the designer raises the threshold to 7 days: the 5-day case no longer reaches the supervising leader
    const raised = leaveRouteExample();
    raised.edges = raised.edges.map((e) =>
      e.id === 'e-long'
        ? { ...e, condition: { op: 'gte', left: { field: 'days' }, right: { value: 7 } } }
        : e,
    );
    rerender({ flow: raised });
    expect(result.current.results?.[0]).toEqual({
      caseId: 'c-long',
      name: '张三请5天',
      passed: false,
      differences: ['不再经过步骤「分管领导审批」'],
    });

    stored = [];
    act(() => result.current.rerun());
    await waitFor(() => expect(result.current.results).toEqual([]));
    expect(api.callsTo('simulationCases.list').length).toBeGreaterThanOrEqual(2);
  });

  it('has no results until the org is there', async () => {
    const api = testApi({ 'simulationCases.list': () => [longLeave] });
    const { result } = renderHook(
      () =>
        useSimulationCases({
          templateId: 't-leave',
          flow: leaveRouteExample(),
          model: leaveModel(),
          org: undefined,
        }),
      {
        wrapper: ({ children }) => api.wrap(children),
      },
    );
    await waitFor(() => expect(result.current.cases).toHaveLength(1));
    expect(result.current.results).toBeUndefined();
  });
});
