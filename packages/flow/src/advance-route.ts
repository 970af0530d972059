import type { FlowNode } from './flow-definition.js';
import { walkRoute, type FlowGraph } from './flow-graph.js';
import { addTask, emit, finish, type InstanceDraft } from './instance-draft.js';
import { skipReason, stepAssignees, stepMode } from './step-assignees.js';

/**
 * What entering a node does to the instance. Approve and handle steps stop the walk when they
 * give someone a task; a step that resolves to nobody is recorded and passed over. CC steps
 * never stop it. CC is resolved without the previous approvers, since the "do not ask the same
 * person twice" rule is about signing, not about being informed.
 */
function enterNode(d: InstanceDraft, node: FlowNode): 'wait' | 'continue' {
  switch (node.type) {
    case 'start':
    case 'branch':
      return 'continue';
    case 'end':
      finish(d, 'approved');
      return 'wait';
    case 'notify': {
      const resolution = d.env.resolve(node.approvers, []);
      const users = stepAssignees(node, resolution);
      if (users.length === 0) {
        emit(d, { type: 'step_skipped', nodeId: node.id, reason: skipReason(resolution) });
        return 'continue';
      }
      emit(d, { type: 'notified', nodeId: node.id, userIds: users, reason: resolution.reason, fallback: resolution.fallback });
      for (const u of users) addTask(d, node.id, 'notify', u, 'unread');
      return 'continue';
    }
    case 'approve':
    case 'handle': {
      const resolution = d.env.resolve(node.approvers, [...d.state.lastApproverIds]);
      const users = stepAssignees(node, resolution);
      if (users.length === 0) {
        const skipped = resolution.skipped.map((s) => s.userId);
        emit(d, {
          type: 'step_skipped',
          nodeId: node.id,
          reason: skipReason(resolution),
          ...(skipped.length > 0 ? { userIds: skipped } : {}),
        });
        return 'continue';
      }
      emit(d, { type: 'step_started', nodeId: node.id, userIds: users, reason: resolution.reason, fallback: resolution.fallback });
      const sequential = stepMode(node) === 'sequential';
      users.forEach((u, i) => addTask(d, node.id, node.type, u, sequential && i > 0 ? 'waiting' : 'pending'));
      d.state.activeNodeId = node.id;
      return 'wait';
    }
  }
}

/** Moves the instance on from `fromId` until it waits for someone or reaches the end. */
export function advanceRoute(d: InstanceDraft, graph: FlowGraph, fromId: string): void {
  d.state.activeNodeId = null;
  walkRoute(graph, fromId, d.env.conditions, (node) => enterNode(d, node));
}
