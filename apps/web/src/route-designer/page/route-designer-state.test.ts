import { describe, expect, it } from 'vitest';
import type { Flow } from '../canvas/route-canvas-types';
import { initialRouteState, routeDesignerReducer } from './route-designer-state';

const flow: Flow = {
  key: 'trip',
  nodes: [
    { id: 'start', type: 'start', name: { zh: '发起人', en: 'Applicant' } },
    {
      id: 'head',
      type: 'approve',
      name: { zh: '部门负责人', en: 'Head' },
      approvers: { kind: 'deptHead', level: 1 },
      mode: 'single',
    },
    { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'head' },
    { id: 'e2', from: 'head', to: 'end' },
  ],
};

describe('the route designer state', () => {
  it('selects what an insert made, and an undo that takes it away clears the selection', () => {
    let s = initialRouteState({ flow, options: {} });
    s = routeDesignerReducer(s, {
      type: 'command',
      command: { type: 'insertNode', edgeId: 'e2', nodeType: 'notify' },
    });
    const added = s.history.flow.nodes.find((n) => n.type === 'notify');
    expect(added).toBeDefined();
    expect(s.selected).toEqual({ nodeId: added?.id });
    // the new id is not one the route had
    expect(['start', 'head', 'end', 'e1', 'e2']).not.toContain(added?.id);

    s = routeDesignerReducer(s, { type: 'undo' });
    expect(s.history.flow).toBe(flow);
    expect(s.selected === null || !('nodeId' in s.selected) || s.selected.nodeId !== added?.id).toBe(true);

    s = routeDesignerReducer(s, { type: 'redo' });
    expect(s.history.flow.nodes.some((n) => n.id === added?.id)).toBe(true);
  });
});
