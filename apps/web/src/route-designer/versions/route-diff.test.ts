import { describe, expect, it } from 'vitest';
import { applyRouteCommand, routeIdSource, type RouteCommand } from '@signoff/designer';
import { leaveRouteExample } from '@signoff/flow';
import type { Flow, FlowNode } from '../canvas/route-canvas-types';
import { diffPicture, diffRoutes, diffSize } from './route-diff';

const apply = (flow: Flow, cmd: RouteCommand): Flow => {
  const r = applyRouteCommand(flow, cmd, { newId: routeIdSource(flow) });
  if (!r.ok) throw new Error(r.problem.message.en);
  return r.flow;
};

const withNode = (flow: Flow, id: string, change: (n: FlowNode) => FlowNode): Flow => ({
  ...flow,
  nodes: flow.nodes.map((n) => (n.id === id ? change(n) : n)),
});

describe('diffRoutes', () => {
  it('finds nothing between a route and a copy written differently but meaning the same', () => {
    const older = leaveRouteExample();
    const newer = withNode(leaveRouteExample(), 'dept-head', (n) =>
      n.type === 'approve'
        ? // the same hour limit in the newer field, a field listed as the default `read`, a false flag
          { ...n, timeLimit: { hours: 24 }, fieldPermissions: { days: 'read' }, signatureRequired: false }
        : n,
    );
    const olderWithHours = withNode(older, 'dept-head', (n) =>
      n.type === 'approve' ? { ...n, timeLimitHours: 24 } : n,
    );
    // an edge drawn again under a new id is the same line
    newer.edges = newer.edges.map((e) => (e.id === 'e-filing' ? { ...e, id: 'e9' } : e));
    expect(diffSize(diffRoutes(olderWithHours, newer))).toBe(0);
  });

  it('reports a step inserted by the core as one added node, its new edge added and the split edge re-ended', () => {
    const older = leaveRouteExample();
    const newer = apply(older, { type: 'insertNode', edgeId: 'e-filing', nodeType: 'handle' });
    const added = newer.nodes.find((n) => !older.nodes.some((o) => o.id === n.id));
    const diff = diffRoutes(older, newer);
    expect(diff.addedNodes.map((n) => n.id)).toEqual([added?.id]);
    expect(diff.removedNodes).toEqual([]);
    expect(diff.changedNodes).toEqual([]);
    // the old line filing → end now passes through the new step: one line more in all
    const lines = diff.addedEdges.length + diff.changedEdges.length - diff.removedEdges.length;
    expect(lines).toBeGreaterThanOrEqual(1);
    const touching = [...diff.addedEdges, ...diff.changedEdges.map((c) => c.after)];
    expect(touching.some((e) => e.to === added?.id)).toBe(true);
    expect(touching.some((e) => e.from === added?.id)).toBe(true);
  });

  it('reports a removed step and the line that healed around it', () => {
    const older = leaveRouteExample();
    const newer = apply(older, { type: 'removeNode', nodeId: 'leader' });
    const diff = diffRoutes(older, newer);
    expect(diff.removedNodes.map((n) => n.id)).toEqual(['leader']);
    expect(diff.addedNodes).toEqual([]);
    const gone = diff.removedEdges.map((e) => e.id);
    const healed = [...diff.addedEdges, ...diff.changedEdges.map((c) => c.after)];
    expect(gone.length + diff.changedEdges.length).toBeGreaterThan(0);
    expect(healed.some((e) => e.from === 'days' && e.to === 'filing' && e.condition !== undefined)).toBe(
      true,
    );
  });

  it('names what changed on a node: name, approvers, mode and each setting', () => {
    const older = leaveRouteExample();
    const newer = withNode(older, 'leader', (n) =>
      n.type === 'approve'
        ? {
            ...n,
            name: { zh: '分管副总审批', en: 'Vice president' },
            approvers: { kind: 'position', name: '副总经理' },
            mode: 'all',
            timeLimit: { workingDays: 2 },
            allowedActions: ['approve', 'reject'],
            fieldPermissions: { days: 'hidden' },
            signatureRequired: true,
          }
        : n,
    );
    const diff = diffRoutes(older, newer);
    expect(diff.changedNodes).toHaveLength(1);
    expect(diff.changedNodes[0]?.aspects).toEqual([
      'name',
      'approvers',
      'mode',
      'timeLimit',
      'allowedActions',
      'signatureRequired',
      'fieldPermissions',
    ]);
    expect(diff.addedEdges.length + diff.removedEdges.length + diff.changedEdges.length).toBe(0);
  });

  it('sees a skip rule turned off as a change, and one stated as on as none', () => {
    const older = leaveRouteExample();
    const stated = withNode(older, 'leader', (n) =>
      n.type === 'approve' ? { ...n, skipApplicant: true } : n,
    );
    expect(diffRoutes(older, stated).changedNodes).toEqual([]);
    const off = withNode(older, 'leader', (n) => (n.type === 'approve' ? { ...n, skipPrevious: false } : n));
    expect(diffRoutes(older, off).changedNodes[0]?.aspects).toEqual(['skipPrevious']);
  });

  it('names what changed on a branch path: its condition, the default and the order of the conditions', () => {
    const older = leaveRouteExample();
    older.edges.push({
      id: 'e-mid',
      from: 'days',
      to: 'leader',
      order: 2,
      condition: { op: 'gte', left: { field: 'days' }, right: { value: 1 } },
    });
    const newer: Flow = {
      ...older,
      edges: older.edges.map((e) =>
        e.id === 'e-long'
          ? { ...e, order: 3, condition: { op: 'gte', left: { field: 'days' }, right: { value: 5 } } }
          : e,
      ),
    };
    const diff = diffRoutes(older, newer);
    const by = new Map(diff.changedEdges.map((c) => [c.after.id, c]));
    expect(by.get('e-long')?.aspects).toEqual(['condition', 'order']);
    expect(by.get('e-long')?.rank).toEqual({ before: 1, after: 2 });
    expect(by.get('e-mid')?.aspects).toEqual(['order']);

    // renumbering the orders without changing their sequence is no change
    const renumbered: Flow = {
      ...older,
      edges: older.edges.map((e) => (e.order !== undefined ? { ...e, order: e.order * 10 } : e)),
    };
    expect(diffRoutes(older, renumbered).changedEdges).toEqual([]);

    const swapped: Flow = {
      ...older,
      edges: older.edges.map((e) =>
        e.id === 'e-short'
          ? {
              ...e,
              isDefault: false,
              condition: { op: 'lt', left: { field: 'days' }, right: { value: 3 } },
              order: 9,
            }
          : e,
      ),
    };
    expect(diffRoutes(older, swapped).changedEdges[0]?.aspects).toEqual(['condition', 'isDefault']);
  });
});

describe('diffPicture', () => {
  it('draws the newer route with the removed nodes and their lines put back, each marked', () => {
    const older = leaveRouteExample();
    older.layout = { offsets: { leader: { x: 30, y: 0 }, filing: { x: 5, y: 5 } } };
    const removed = apply(older, { type: 'removeNode', nodeId: 'leader' });
    const newer = withNode(removed, 'filing', (n) => ({ ...n, name: { zh: '行政备案', en: 'Admin' } }));
    newer.layout = {};
    const diff = diffRoutes(older, newer);
    const pic = diffPicture(older, newer, diff);
    expect(pic.flow.nodes.map((n) => n.id).sort()).toEqual(older.nodes.map((n) => n.id).sort());
    expect(pic.nodes.get('leader')).toBe('removed');
    expect(pic.nodes.get('filing')).toBe('changed');
    expect(pic.nodes.get('dept-head')).toBe('same');
    // the old lines into and out of the removed step come back ghosted
    const ghosts = pic.flow.edges.filter((e) => pic.edges.get(e.id) === 'removed');
    expect(ghosts.some((e) => e.to === 'leader')).toBe(true);
    expect(ghosts.some((e) => e.from === 'leader')).toBe(true);
    // only the removed node keeps the older route's nudge
    expect(pic.flow.layout?.offsets).toEqual({ leader: { x: 30, y: 0 } });
    expect(new Set(pic.flow.edges.map((e) => e.id)).size).toBe(pic.flow.edges.length);
  });
});
