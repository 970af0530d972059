import type { FlowAction } from './flow-action.js';
import type { FlowGraph } from './flow-graph.js';
import { refuse, text } from './flow-refusal.js';
import { emit, type InstanceDraft } from './instance-draft.js';
import { assignedTask, checkAllowed, stepNodeOf } from './task-checks.js';
import { checkNewAssignee } from './task-handover.js';
import { addTask, suspendTask } from './task-opening.js';

/**
 * 加签 by the assignee of a pending approve task, inside the same step:
 * - `before`: the added people sign first (together), and the assignee's task waits until they all have;
 * - `after`: the added people sign (together) once the assignee has signed.
 * Added signers always all have to sign. So a 会签 step completes only when everyone, added
 * signers included, signed, and in an 或签 step the one signature that completes it is a person's
 * together with everyone added to them. Added signers may themselves add signers, reject or return.
 */
export function addSigner(d: InstanceDraft, graph: FlowGraph, action: Extract<FlowAction, { type: 'addSigner' }>): void {
  const task = assignedTask(d, action, ['approve']);
  const node = stepNodeOf(graph, task);
  checkAllowed(node, 'addSigner');
  const raw = Array.isArray(action.userIds) ? action.userIds.map(text) : [];
  if (raw.length === 0) throw refuse.invalidAssignee('', 'empty');
  const userIds: string[] = [];
  for (const u of raw) {
    const id = checkNewAssignee(d, task, u);
    if (userIds.includes(id)) throw refuse.invalidAssignee(id, 'already');
    userIds.push(id);
  }
  const position: 'before' | 'after' = action.position === 'before' ? 'before' : 'after';
  const comment = text(action.comment);
  emit(d, { type: 'signer_added', nodeId: task.nodeId, actorId: action.actorId, userIds, position, taskId: task.id, ...(comment !== undefined ? { comment } : {}) });

  const extra = { addedBy: action.actorId, addedFor: task.id, addedPosition: position, ...(task.stepId !== undefined ? { stepId: task.stepId } : {}) };
  const tasks = d.state.tasks;
  if (position === 'before') {
    suspendTask(d, task);
    userIds.forEach((u) => addTask(d, node, u, 'pending', extra, { at: tasks.indexOf(task) }));
  } else {
    // after the assignee and after anyone already added after them, so the list reads in signing order
    const lastAfter = tasks.findLastIndex((t) => t.id === task.id || (t.addedFor === task.id && t.addedPosition === 'after'));
    userIds.forEach((u, i) => addTask(d, node, u, 'waiting', extra, { at: lastAfter + 1 + i }));
  }
}
