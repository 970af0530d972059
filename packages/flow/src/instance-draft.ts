import type { EngineEnv } from './engine-env.js';
import type { FlowEffect } from './flow-effect.js';
import type { FlowEvent, InstanceState, InstanceStatus, TaskKind, TaskState } from './instance-state.js';

/**
 * The state one engine call works on: a private copy of the caller's state, so the engine can
 * change it in place without ever touching what it was given.
 */
export interface InstanceDraft {
  state: InstanceState;
  effects: FlowEffect[];
  env: EngineEnv;
}

function copyEvent(e: FlowEvent): FlowEvent {
  const copy: FlowEvent = { ...e };
  if (e.userIds) copy.userIds = [...e.userIds];
  if (e.reason !== undefined && typeof e.reason === 'object') copy.reason = { ...e.reason };
  return copy;
}

export function draftOf(state: InstanceState, env: EngineEnv): InstanceDraft {
  return {
    state: {
      status: state.status,
      tasks: state.tasks.map((t) => ({ ...t })),
      events: state.events.map(copyEvent),
      activeNodeId: state.activeNodeId,
      lastApproverIds: [...state.lastApproverIds],
    },
    effects: [],
    env,
  };
}

export function emptyDraft(env: EngineEnv): InstanceDraft {
  return { state: { status: 'running', tasks: [], events: [], activeNodeId: null, lastApproverIds: [] }, effects: [], env };
}

export function emit(d: InstanceDraft, event: Omit<FlowEvent, 'id' | 'at'>): void {
  d.state.events.push({ id: d.env.newId(), at: d.env.now, ...event });
}

export function addTask(d: InstanceDraft, nodeId: string, kind: TaskKind, assigneeId: string, status: 'pending' | 'waiting' | 'unread'): void {
  const task: TaskState = { id: d.env.newId(), nodeId, kind, assigneeId, status, createdAt: d.env.now };
  d.state.tasks.push(task);
  d.effects.push({ type: 'task_created', taskId: task.id, nodeId, assigneeId, kind, status });
}

/** Closes a task with the given outcome, stamping the time. */
export function closeTask(d: InstanceDraft, task: TaskState, status: TaskState['status'], comment?: string): void {
  task.status = status;
  task.completedAt = d.env.now;
  if (comment !== undefined) task.comment = comment;
}

export const isOpen = (t: TaskState) => t.kind !== 'notify' && (t.status === 'pending' || t.status === 'waiting');

export function cancelTask(d: InstanceDraft, task: TaskState): void {
  closeTask(d, task, 'cancelled');
  d.effects.push({ type: 'task_cancelled', taskId: task.id, nodeId: task.nodeId, assigneeId: task.assigneeId, kind: task.kind });
}

/**
 * Closes the instance. Open approve and handle tasks are cancelled; CC tasks stay as they are,
 * because people read a CC after the fact.
 */
export function finish(d: InstanceDraft, status: Exclude<InstanceStatus, 'running'>): void {
  for (const t of d.state.tasks) if (isOpen(t)) cancelTask(d, t);
  d.state.status = status;
  d.state.activeNodeId = null;
  emit(d, { type: 'finished' });
  d.effects.push({ type: 'instance_finished', status });
}
