import { leaveRouteExample } from '@signoff/flow';
import { describe, expect, it } from 'vitest';
import { createRouteHistory, dispatchRoute, layoutRoute, routeIdSource, undoRoute } from '../index.js';

describe('README routes example', () => {
  it('runs as written', async () => {
    const leave = leaveRouteExample();
    let h = createRouteHistory(leave);
    const ids = { newId: routeIdSource(leave) };
    h = dispatchRoute(h, { type: 'insertNode', edgeId: 'e-filing', nodeType: 'branch' }, ids);
    expect(h.last).toMatchObject({
      kind: 'changed',
      changed: {
        addedNodes: ['n1'],
        addedEdges: ['e1', 'e2'],
        changedEdges: ['e-filing'],
        select: { nodeId: 'n1' },
      },
    });
    expect(h.problems).toMatchObject([{ code: 'edge_without_condition', edgeId: 'e1' }]);
    expect(h.problems[0]?.message.zh).toContain('缺少条件');
    h = dispatchRoute(
      h,
      {
        type: 'setCondition',
        edgeId: 'e1',
        condition: { op: 'gte', left: { field: 'days' }, right: { value: 5 } },
      },
      ids,
    );
    h = dispatchRoute(
      h,
      { type: 'insertNode', edgeId: 'e1', nodeType: 'approve', name: { zh: '总经理审批', en: 'GM' } },
      ids,
    );
    expect(h.problems).toEqual([]);
    h = dispatchRoute(h, { type: 'removeNode', nodeId: 'start' }, ids);
    expect(h.last).toMatchObject({
      kind: 'refused',
      problem: { code: 'not_removable', message: { zh: '开始节点「发起申请」不能删除' } },
    });
    const layout = await layoutRoute(h.flow);
    expect(layout.nodes.map((n) => n.id)).toContain('n2');
    while (h.undoCount > 0) h = undoRoute(h);
    expect(h.flow).toBe(leave);
  });
});
