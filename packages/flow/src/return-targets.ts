import type { Localized } from '@signoff/schema';
import type { FlowDefinition } from './flow-definition.js';
import { findStart, indexFlow, reachableFrom } from './flow-graph.js';
import { lastSubmissionIndex } from './instance-facts.js';
import type { InstanceState } from './instance-state.js';
import { isStepNode, nodeAllows } from './node-options.js';

export interface ReturnTarget {
  /** a node id `applyAction`'s `return` accepts as `toNodeId`; the start node means the applicant */
  nodeId: string;
  name: Localized;
}

/**
 * Where the assignee of `taskId` may send the request back (退回), by the rule `returnTask`
 * enforces: the applicant first (as the start node), then the approve and handle steps that
 * ran since the latest (re)submission and lie before the task's step, in the order they ran.
 * Empty when the task cannot be returned at all (closed, not a step task, or the node forbids it).
 */
export function returnTargets(def: FlowDefinition, state: InstanceState, taskId: string): ReturnTarget[] {
  const task = state.tasks.find((t) => t.id === taskId);
  if (!task || state.status !== 'running' || task.status !== 'pending' || task.kind === 'notify') return [];
  const graph = indexFlow(def);
  const node = graph.nodes.get(task.nodeId);
  if (!isStepNode(node) || !nodeAllows(node, 'return')) return [];
  const start = findStart(graph);
  const targets: ReturnTarget[] = [{ nodeId: start.id, name: start.name }];
  const seen = new Set([start.id, node.id]);
  for (const e of state.events.slice(lastSubmissionIndex(state) + 1)) {
    if (e.type !== 'step_started' || e.nodeId === undefined || seen.has(e.nodeId)) continue;
    seen.add(e.nodeId);
    const target = graph.nodes.get(e.nodeId);
    if (isStepNode(target) && reachableFrom(graph, target.id).has(node.id)) targets.push({ nodeId: target.id, name: target.name });
  }
  return targets;
}
