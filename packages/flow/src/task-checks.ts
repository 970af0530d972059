import type { FlowActionType } from './flow-action.js';
import type { NodeActionType, StepNode } from './flow-definition.js';
import { invalidFlow, type FlowGraph } from './flow-graph.js';
import { refuse } from './flow-refusal.js';
import type { InstanceDraft } from './instance-draft.js';
import type { TaskKind, TaskState } from './instance-state.js';
import { isStepNode, nodeAllows } from './node-options.js';

/**
 * The task an assignee acts on, refused in the order a user would want to hear about it:
 * `task_not_found`, `instance_closed` (reading a CC outlives the request), `not_assignee`,
 * `wrong_action`, `task_closed`.
 */
export function assignedTask(
  d: InstanceDraft,
  action: { type: FlowActionType; taskId: string; actorId: string },
  kinds: readonly TaskKind[],
  status: 'pending' | 'unread' = 'pending',
): TaskState {
  const task = d.state.tasks.find((t) => t.id === action.taskId);
  if (!task) throw refuse.taskNotFound();
  if (status !== 'unread' && d.state.status !== 'running') throw refuse.instanceClosed();
  if (task.assigneeId !== action.actorId) throw refuse.notAssignee();
  if (!kinds.includes(task.kind)) throw refuse.wrongAction(action.type, task.kind);
  if (task.status !== status) throw refuse.taskClosed();
  return task;
}

/** The approve or handle node a task sits on; a task on a node that is gone means the definition was swapped under the instance. */
export function stepNodeOf(graph: FlowGraph, task: TaskState): StepNode {
  const node = graph.nodes.get(task.nodeId);
  if (!isStepNode(node)) throw invalidFlow(`待办所在的节点「${task.nodeId}」已不存在`, `the task's node "${task.nodeId}" is gone`);
  return node;
}

/** Refuses an action the node's `allowedActions` leave out. */
export function checkAllowed(node: StepNode, action: NodeActionType): void {
  if (!nodeAllows(node, action)) throw refuse.actionNotAllowed(action, node);
}

/** A task's open state, whatever its status: used by actions that also reach waiting tasks. */
export function findTask(d: InstanceDraft, taskId: string): TaskState {
  const task = d.state.tasks.find((t) => t.id === taskId);
  if (!task) throw refuse.taskNotFound();
  return task;
}

export function requireRunning(d: InstanceDraft): void {
  if (d.state.status !== 'running') throw refuse.instanceClosed();
}
