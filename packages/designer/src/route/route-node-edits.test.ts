import { leaveRouteExample, validateFlow, type FlowDefinition } from '@signoff/flow';
import { describe, expect, it } from 'vitest';
import { applyRouteCommand } from './apply-route-command.js';
import type { RouteCommand } from './route-command.js';
import { accepted, idsFor, refusal } from './test-routes.js';

const run = (flow: FlowDefinition, cmd: RouteCommand) => applyRouteCommand(flow, cmd, idsFor(flow));
const node = (flow: FlowDefinition, id: string) => flow.nodes.find((n) => n.id === id);

describe('node and edge settings', () => {
  it('sets and clears a branch path’s condition; the default path takes none', () => {
    const condition = { op: 'lt', left: { field: 'days' }, right: { value: 3 } } as const;
    const set = accepted(run(leaveRouteExample(), { type: 'setCondition', edgeId: 'e-long', condition }));
    expect(set.flow.edges.find((e) => e.id === 'e-long')?.condition).toEqual(condition);
    const cleared = accepted(run(set.flow, { type: 'setCondition', edgeId: 'e-long', condition: undefined }));
    expect(cleared.flow.edges.find((e) => e.id === 'e-long')).toEqual({
      id: 'e-long',
      from: 'days',
      to: 'leader',
      order: 1,
    });
    expect(validateFlow(cleared.flow).map((p) => p.code)).toEqual(['edge_without_condition']);
    expect(refusal(run(leaveRouteExample(), { type: 'setCondition', edgeId: 'e-short', condition }))).toBe(
      'not_applicable',
    );
    expect(refusal(run(leaveRouteExample(), { type: 'setCondition', edgeId: 'e-head', condition }))).toBe(
      'not_applicable',
    );
  });

  it('renames a node and sets its approvers; a branch has none', () => {
    const name = { zh: '人事审批', en: 'HR' };
    expect(
      node(accepted(run(leaveRouteExample(), { type: 'renameNode', nodeId: 'leader', name })).flow, 'leader')
        ?.name,
    ).toEqual(name);
    const approvers = { kind: 'supervisingLeader', by: 'category', field: 'kind' } as const;
    const r = accepted(run(leaveRouteExample(), { type: 'setApprovers', nodeId: 'filing', approvers }));
    expect(node(r.flow, 'filing')).toMatchObject({ approvers });
    expect(refusal(run(leaveRouteExample(), { type: 'setApprovers', nodeId: 'days', approvers }))).toBe(
      'not_applicable',
    );
  });

  it('patches step settings, removing keys set to undefined and keeping the mode', () => {
    const flow = leaveRouteExample();
    const r = accepted(
      run(flow, {
        type: 'setNodeSettings',
        nodeId: 'leader',
        patch: { mode: 'all', timeLimit: { workingDays: 2 }, fieldPermissions: { days: 'read' } },
      }),
    );
    expect(node(r.flow, 'leader')).toMatchObject({
      mode: 'all',
      timeLimit: { workingDays: 2 },
      fieldPermissions: { days: 'read' },
    });
    const cleared = accepted(
      run(r.flow, {
        type: 'setNodeSettings',
        nodeId: 'leader',
        patch: { timeLimit: undefined, mode: undefined },
      }),
    );
    expect(node(cleared.flow, 'leader')).not.toHaveProperty('timeLimit');
    expect(node(cleared.flow, 'leader')).toMatchObject({ mode: 'all' });
    expect(r.flow.nodes.filter((n) => n.id !== 'leader')).toEqual(
      flow.nodes.filter((n) => n.id !== 'leader'),
    );
    r.flow.nodes
      .filter((n) => n.id !== 'leader')
      .forEach((n, i) => expect(n).toBe(flow.nodes.filter((m) => m.id !== 'leader')[i]));
  });

  it("sets and clears a step's skip rules; a CC step has none", () => {
    const flow = leaveRouteExample();
    const off = accepted(
      run(flow, {
        type: 'setNodeSettings',
        nodeId: 'leader',
        patch: { skipApplicant: false, skipPrevious: false },
      }),
    );
    expect(node(off.flow, 'leader')).toMatchObject({ skipApplicant: false, skipPrevious: false });
    const on = accepted(
      run(off.flow, { type: 'setNodeSettings', nodeId: 'leader', patch: { skipPrevious: undefined } }),
    );
    expect(node(on.flow, 'leader')).not.toHaveProperty('skipPrevious');
    expect(
      refusal(run(flow, { type: 'setNodeSettings', nodeId: 'filing', patch: { skipApplicant: false } })),
    ).toBe('not_applicable');
  });

  it('allows only field permissions on a CC node and no settings on a branch', () => {
    const flow = leaveRouteExample();
    expect(
      accepted(
        run(flow, {
          type: 'setNodeSettings',
          nodeId: 'filing',
          patch: { fieldPermissions: { days: 'hidden' } },
        }),
      ).ok,
    ).toBe(true);
    expect(
      refusal(run(flow, { type: 'setNodeSettings', nodeId: 'filing', patch: { signatureRequired: true } })),
    ).toBe('not_applicable');
    expect(
      refusal(run(flow, { type: 'setNodeSettings', nodeId: 'days', patch: { signatureRequired: true } })),
    ).toBe('not_applicable');
    const r = run(flow, {
      type: 'setNodeSettings',
      nodeId: 'leader',
      patch: { mode: 'everyone' },
    } as unknown as RouteCommand);
    expect(refusal(r)).toBe('invalid_command');
  });

  it('nudges a node and takes the nudge back, dropping empty layout hints', () => {
    const flow = leaveRouteExample();
    const moved = accepted(run(flow, { type: 'nudgeNode', nodeId: 'leader', offset: { x: 30, y: -10 } }));
    expect(moved.flow.layout).toEqual({ offsets: { leader: { x: 30, y: -10 } } });
    const back = accepted(run(moved.flow, { type: 'nudgeNode', nodeId: 'leader', offset: undefined }));
    expect(back.flow).toEqual(flow);
    expect(back.flow).not.toHaveProperty('layout');
    expect(refusal(run(flow, { type: 'nudgeNode', nodeId: 'ghost', offset: { x: 1, y: 1 } }))).toBe(
      'unknown_node',
    );
  });

  it('replaces the whole flow with anything shaped like one, and refuses anything else', () => {
    const junk = { key: 'x', nodes: [42], edges: [] } as unknown as FlowDefinition;
    const r = accepted(run(leaveRouteExample(), { type: 'replaceFlow', flow: junk }));
    expect(r.flow).toBe(junk);
    expect(r.changed.removedNodes).toContain('leader');
    expect(validateFlow(r.flow).length).toBeGreaterThan(0);
    // on a flow commands cannot read, every command but replaceFlow is refused, saying how to fix it
    expect(refusal(run(junk, { type: 'removeNode', nodeId: 'x' }))).toBe('invalid_flow');
    const notAFlow = { type: 'replaceFlow', flow: { nodes: 'x' } } as unknown as RouteCommand;
    expect(refusal(run(leaveRouteExample(), notAFlow))).toBe('invalid_flow');
  });

  it('refuses commands of the wrong shape without throwing', () => {
    const flow = leaveRouteExample();
    for (const cmd of [
      null,
      7,
      {},
      { type: 'explode' },
      { type: 'removeNode' },
      { type: 'renameNode', nodeId: 'leader', name: 'x' },
      { type: 'nudgeNode', nodeId: 'leader', offset: { x: NaN, y: 0 } },
    ]) {
      expect(refusal(applyRouteCommand(flow, cmd as unknown as RouteCommand, idsFor(flow)))).toBe(
        'invalid_command',
      );
    }
    for (const bad of [
      null,
      'x',
      { nodes: [] },
      { nodes: [{ id: 'a' }], edges: [] },
      { nodes: [], edges: [{ id: 'e' }] },
    ]) {
      expect(
        refusal(
          applyRouteCommand(
            bad as unknown as FlowDefinition,
            { type: 'removeNode', nodeId: 'a' },
            idsFor(flow),
          ),
        ),
      ).toBe('invalid_flow');
    }
  });
});
