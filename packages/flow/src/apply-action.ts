import { advanceRoute } from './advance-route.js';
import type { EngineEnv } from './engine-env.js';
import type { FlowDefinition, TaskNode } from './flow-definition.js';
import type { FlowAction } from './flow-action.js';
import type { FlowEffect } from './flow-effect.js';
import { FlowError } from './flow-error.js';
import { indexFlow, invalidFlow } from './flow-graph.js';
import { cancelTask, closeTask, draftOf, emit, finish, isOpen, type InstanceDraft } from './instance-draft.js';
import type { InstanceState, TaskKind, TaskState } from './instance-state.js';
import { stepMode } from './step-assignees.js';

const ACTION_KINDS: Record<FlowAction['type'], readonly TaskKind[]> = {
  approve: ['approve'],
  // a handler may refuse too (finance finds the invoice missing), not only an approver
  reject: ['approve', 'handle'],
  done: ['handle'],
  read: ['notify'],
};

const refuse = {
  taskNotFound: () => new FlowError('task_not_found', { zh: '待办不存在', en: 'The task does not exist' }),
  notAssignee: () => new FlowError('not_assignee', { zh: '这不是您的待办', en: 'This task is not assigned to you' }),
  instanceClosed: () => new FlowError('instance_closed', { zh: '申请已结束，不能再处理', en: 'The request is already closed' }),
  wrongAction: (action: FlowAction['type'], kind: TaskKind) =>
    new FlowError('wrong_action', {
      zh: `${KIND_ZH[kind]}待办不能执行「${ACTION_ZH[action]}」`,
      en: `A ${kind} task cannot be answered with "${action}"`,
    }),
  taskClosed: () => new FlowError('task_closed', { zh: '该待办已处理或已取消', en: 'The task has already been handled or cancelled' }),
  reasonRequired: () => new FlowError('reason_required', { zh: '驳回须填写理由', en: 'A rejection needs a reason' }),
};

const KIND_ZH: Record<TaskKind, string> = { approve: '审批', notify: '抄送', handle: '办理' };
const ACTION_ZH: Record<FlowAction['type'], string> = { approve: '同意', reject: '驳回', done: '办理完成', read: '已阅' };

/** Refuses the action before anything changes, in the order a user would want to hear about it. */
function checkAction(state: InstanceState, action: FlowAction): TaskState {
  const task = state.tasks.find((t) => t.id === action.taskId);
  if (!task) throw refuse.taskNotFound();
  // A CC is read after the fact, so reading outlives the instance.
  if (action.type !== 'read' && state.status !== 'running') throw refuse.instanceClosed();
  if (task.assigneeId !== action.actorId) throw refuse.notAssignee();
  if (!ACTION_KINDS[action.type].includes(task.kind)) throw refuse.wrongAction(action.type, task.kind);
  if (task.status !== (action.type === 'read' ? 'unread' : 'pending')) throw refuse.taskClosed();
  if (action.type === 'reject' && (typeof action.reason !== 'string' || action.reason.trim() === '')) throw refuse.reasonRequired();
  return task;
}

/**
 * After one signature: whether the step is complete, per its mode. Moves a sequential step to
 * its next signer, and cancels the others of an 或签 step.
 */
function stepComplete(d: InstanceDraft, node: TaskNode): boolean {
  const open = d.state.tasks.filter((t) => t.nodeId === node.id && isOpen(t));
  switch (stepMode(node)) {
    case 'single':
    case 'any':
      for (const t of open) cancelTask(d, t);
      return true;
    case 'all':
      return open.length === 0;
    case 'sequential': {
      if (open.some((t) => t.status === 'pending')) return false;
      const next = open.find((t) => t.status === 'waiting');
      if (!next) return open.length === 0;
      next.status = 'pending';
      d.effects.push({ type: 'task_activated', taskId: next.id, nodeId: next.nodeId, assigneeId: next.assigneeId, kind: next.kind });
      return false;
    }
  }
}

/**
 * Applies one user's action to an instance and returns the new state with what changed for
 * people. Pure: the input state is never modified, and the same inputs give the same output.
 */
export function applyAction(
  def: FlowDefinition,
  state: InstanceState,
  action: FlowAction,
  env: EngineEnv,
): { state: InstanceState; effects: FlowEffect[] } {
  const checked = checkAction(state, action);
  const d = draftOf(state, env);
  const task = d.state.tasks.find((t) => t.id === checked.id);
  if (!task) throw refuse.taskNotFound();

  switch (action.type) {
    case 'read':
      closeTask(d, task, 'read');
      emit(d, { type: 'read', nodeId: task.nodeId, actorId: action.actorId });
      break;
    case 'reject': {
      const reason = action.reason.trim();
      closeTask(d, task, 'rejected', reason);
      emit(d, { type: 'rejected', nodeId: task.nodeId, actorId: action.actorId, comment: reason });
      finish(d, 'rejected');
      break;
    }
    case 'approve':
    case 'done': {
      const comment = action.comment?.trim() ? action.comment : undefined;
      closeTask(d, task, action.type === 'approve' ? 'approved' : 'done', comment);
      emit(d, { type: action.type === 'approve' ? 'approved' : 'done', nodeId: task.nodeId, actorId: action.actorId, ...(comment ? { comment } : {}) });
      const graph = indexFlow(def);
      const node = graph.nodes.get(task.nodeId);
      if (!node || (node.type !== 'approve' && node.type !== 'handle')) {
        throw invalidFlow(`待办所在的节点「${task.nodeId}」已不存在`, `the task's node "${task.nodeId}" is gone`);
      }
      if (stepComplete(d, node)) {
        d.state.lastApproverIds = d.state.tasks
          .filter((t) => t.nodeId === node.id && (t.status === 'approved' || t.status === 'done'))
          .map((t) => t.assigneeId);
        advanceRoute(d, graph, node.id);
      }
      break;
    }
  }
  return { state: d.state, effects: d.effects };
}
