import type { EngineEnv } from './engine-env.js';
import type { FlowEffect, NotifyTemplate } from './flow-effect.js';
import type { FlowEvent, InstanceState, InstanceStatus, TaskState } from './instance-state.js';

/**
 * The state one engine call works on: a private copy of the caller's state, so the engine can
 * change it in place without ever touching what it was given. A refused action throws before
 * returning, so the caller's state never sees half an action.
 */
export interface InstanceDraft {
  state: InstanceState & { activeNodeIds: string[] };
  effects: FlowEffect[];
  env: EngineEnv;
}

function copyEvent(e: FlowEvent): FlowEvent {
  const copy: FlowEvent = { ...e };
  if (e.userIds) copy.userIds = [...e.userIds];
  if (e.reason !== undefined && typeof e.reason === 'object') copy.reason = { ...e.reason };
  if (e.attachments) copy.attachments = e.attachments.map((a) => ({ ...a }));
  if (e.changedFields) copy.changedFields = [...e.changedFields];
  return copy;
}

const copyLists = (r: Record<string, string[]>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, [...v]]));

/** The applicant, also for states stored before `applicantId` was kept: the first submitter. */
export function applicantOf(state: InstanceState): string {
  return state.applicantId ?? state.events.find((e) => e.type === 'submitted')?.actorId ?? '';
}

/** A copy of the state with the later fields filled in with their defaults, so old stored states load. */
export function draftOf(state: InstanceState, env: EngineEnv): InstanceDraft {
  const copy: InstanceDraft['state'] = {
    status: state.status,
    tasks: state.tasks.map((t) => ({ ...t })),
    events: state.events.map(copyEvent),
    activeNodeId: state.activeNodeId,
    lastApproverIds: [...state.lastApproverIds],
    activeNodeIds: state.activeNodeIds ? [...state.activeNodeIds] : state.activeNodeId !== null ? [state.activeNodeId] : [],
  };
  const applicantId = applicantOf(state);
  if (applicantId !== '') copy.applicantId = applicantId;
  if (state.awaitingApplicant === true) copy.awaitingApplicant = true;
  if (state.approvedBy) copy.approvedBy = copyLists(state.approvedBy);
  if (state.lastUrgedAt) copy.lastUrgedAt = { ...state.lastUrgedAt };
  if (state.joinArrivals) copy.joinArrivals = copyLists(state.joinArrivals);
  return { state: copy, effects: [], env };
}

export function emptyDraft(env: EngineEnv, applicantId: string): InstanceDraft {
  return {
    state: { status: 'running', tasks: [], events: [], activeNodeId: null, lastApproverIds: [], applicantId, activeNodeIds: [] },
    effects: [],
    env,
  };
}

/** Appends an event to the timeline; events are never changed or removed afterwards. */
export function emit(d: InstanceDraft, event: Omit<FlowEvent, 'id' | 'at'>): FlowEvent {
  const full: FlowEvent = { id: d.env.newId(), at: d.env.now, ...event };
  d.state.events.push(full);
  return full;
}

export function notify(d: InstanceDraft, userIds: readonly string[], template: NotifyTemplate, about: { taskId?: string; nodeId?: string } = {}): void {
  const unique = [...new Set(userIds)].filter((u) => u !== '');
  if (unique.length > 0) d.effects.push({ type: 'notify', userIds: unique, template, ...about });
}

/** Approve and handle tasks that still block the route. CC tasks never do. */
export const isOpen = (t: TaskState) => t.kind !== 'notify' && (t.status === 'pending' || t.status === 'waiting');

export function activate(d: InstanceDraft, nodeId: string): void {
  if (!d.state.activeNodeIds.includes(nodeId)) d.state.activeNodeIds.push(nodeId);
  d.state.activeNodeId = d.state.activeNodeIds[0] ?? null;
}

export function deactivate(d: InstanceDraft, nodeId: string): void {
  d.state.activeNodeIds = d.state.activeNodeIds.filter((id) => id !== nodeId);
  d.state.activeNodeId = d.state.activeNodeIds[0] ?? null;
}

/**
 * Closes a task with the given outcome, stamping the time. A task that was pending had timers
 * running; the job loop hears they no longer matter. The deadline and card stay, as history.
 */
export function closeTask(d: InstanceDraft, task: TaskState, status: TaskState['status'], comment?: string): void {
  const hadTimers = task.kind !== 'notify' && task.status === 'pending';
  task.status = status;
  task.completedAt = d.env.now;
  if (comment !== undefined) task.comment = comment;
  delete task.remindAt;
  delete task.redCardAt;
  if (hadTimers) d.effects.push({ type: 'timer_cleared', taskId: task.id });
}

/** Closes a task its assignee did not decide (或签 done by another, request closed or returned). */
export function cancelTask(d: InstanceDraft, task: TaskState): void {
  closeTask(d, task, 'cancelled');
  d.effects.push({ type: 'task_cancelled', taskId: task.id, nodeId: task.nodeId, assigneeId: task.assigneeId, kind: task.kind });
}

/** Cancels the open tasks on the nodes the filter picks (all by default), which are then no longer active. */
export function cancelOpenTasks(d: InstanceDraft, onNode: (nodeId: string) => boolean = () => true): void {
  for (const t of d.state.tasks) if (isOpen(t) && onNode(t.nodeId)) cancelTask(d, t);
  for (const id of d.state.activeNodeIds.filter(onNode)) deactivate(d, id);
}

/**
 * Closes the instance. Open approve and handle tasks are cancelled; CC tasks stay as they are,
 * because people read a CC after the fact. The applicant hears of the outcome unless they
 * caused it themselves (withdraw).
 */
export function finish(d: InstanceDraft, status: Exclude<InstanceStatus, 'running'>): void {
  cancelOpenTasks(d);
  d.state.status = status;
  d.state.activeNodeIds = [];
  d.state.activeNodeId = null;
  delete d.state.awaitingApplicant;
  delete d.state.joinArrivals;
  emit(d, { type: 'finished' });
  if (status !== 'withdrawn') notify(d, [applicantOf(d.state)], 'finished');
  d.effects.push({ type: 'instance_finished', status });
}
