import type { FlowActionType } from './flow-action.js';
import type { FlowDefinition, NodeActionType } from './flow-definition.js';
import { indexFlow, type FlowGraph } from './flow-graph.js';
import { applicantOf, isOpen } from './instance-draft.js';
import { approverActedSinceSubmission, firstStepIds, isInvolved } from './instance-facts.js';
import type { InstanceState, TaskState } from './instance-state.js';
import { isStepNode, nodeAllows } from './node-options.js';
import { URGE_INTERVAL_MS } from './supervision-actions.js';
import { isOverdue } from './task-handover.js';
import { msBetween } from './work-calendar.js';

/** What a person can do on a request; the job loop's `timer_fired` is nobody's button. */
export type AvailableAction = Exclude<FlowActionType, 'timer_fired'>;

/** Who is asking, and when: the same facts `applyAction` gets through the action and its env. */
export interface ActorContext {
  actorId: string;
  isAdmin?: boolean;
  /** the template's supervisor (督办人) */
  isSupervisor?: boolean;
  /** ISO instant, as `env.now` would be: the urge cool-down and "overdue" depend on it */
  now: string;
  /** the task the page acts on; by default `openTaskOf(state, actorId)` */
  taskId?: string;
}

/** The order buttons appear in: the decision first, then handing the request on, then the rest. */
const ORDER: readonly AvailableAction[] = [
  'approve', 'done', 'acknowledge', 'reject', 'return', 'transfer', 'addSigner', 'read',
  'resubmit', 'withdraw', 'urge', 'comment', 'reassign', 'extend', 'cancel',
];

/**
 * The task a person acts on when they open the request: their pending approve or handle task,
 * else their unread CC. Someone with both decides first; the CC waits.
 */
export function openTaskOf(state: InstanceState, actorId: string): TaskState | undefined {
  return (
    state.tasks.find((t) => t.assigneeId === actorId && t.kind !== 'notify' && t.status === 'pending') ??
    state.tasks.find((t) => t.assigneeId === actorId && t.kind === 'notify' && t.status === 'unread')
  );
}

/** The assignee's own actions on one task, in the checks' order of `decide`, `returnTask`, `transferTask` and `addSigner`. */
function taskActions(graph: FlowGraph, state: InstanceState, task: TaskState, actorId: string): AvailableAction[] {
  if (task.assigneeId !== actorId) return [];
  // 已阅 on a CC is reading it: one button, not two
  if (task.kind === 'notify') return task.status === 'unread' ? ['read'] : [];
  if (state.status !== 'running' || task.status !== 'pending') return [];
  const node = graph.nodes.get(task.nodeId);
  if (!isStepNode(node)) return [];
  const allows = (a: NodeActionType) => nodeAllows(node, a);
  const out: AvailableAction[] = [];
  if (task.kind === 'approve' && allows('approve')) out.push('approve');
  if (task.kind === 'handle' && allows('done')) out.push('done');
  if (allows('reject')) out.push('reject');
  // a task of unknown pass counts as a first step, as `decide` treats it
  const firstStep = task.stepId === undefined || firstStepIds(state).has(task.stepId);
  if (task.kind === 'approve' && allows('acknowledge') && node.acknowledgeAllowed === true && !firstStep) out.push('acknowledge');
  // returning to the applicant is always a valid target, so the node's permission decides
  if (allows('return')) out.push('return');
  if (allows('transfer')) out.push('transfer');
  if (task.kind === 'approve' && allows('addSigner')) out.push('addSigner');
  return out;
}

/**
 * The actions the actor may take on the request now, derived from the rules `applyAction`
 * enforces, so a page shows exactly the buttons that will work. Task actions are about one task,
 * `ctx.taskId` or the actor's open task (`openTaskOf`). Where an action also needs a person
 * (transfer, add signer, reassign), it is listed when the rules allow it for someone eligible;
 * the engine still refuses the actor themself, the applicant, or a person already in the step.
 * `reassign` and `extend` are listed when some task of the request qualifies.
 */
export function availableActions(def: FlowDefinition, state: InstanceState, ctx: ActorContext): AvailableAction[] {
  const graph = indexFlow(def);
  const { actorId } = ctx;
  const admin = ctx.isAdmin === true;
  const supervisor = ctx.isSupervisor === true;
  const running = state.status === 'running';
  const awaiting = running && state.awaitingApplicant === true;
  const applicant = applicantOf(state) === actorId;
  const found = new Set<AvailableAction>();

  const task = ctx.taskId !== undefined ? state.tasks.find((t) => t.id === ctx.taskId) : openTaskOf(state, actorId);
  if (task) for (const a of taskActions(graph, state, task, actorId)) found.add(a);

  if (running && applicant && awaiting) found.add('resubmit');
  if (running && applicant && (awaiting || !approverActedSinceSubmission(state))) found.add('withdraw');

  if (running && !awaiting && (admin || supervisor || applicant)) {
    const last = state.lastUrgedAt ?? {};
    const urgeable = state.tasks.some((t) => {
      if (t.kind === 'notify' || t.status !== 'pending') return false;
      const at = last[t.id];
      return at === undefined || msBetween(at, ctx.now) >= URGE_INTERVAL_MS;
    });
    if (urgeable) found.add('urge');
  }
  if (admin || supervisor || isInvolved(state, actorId)) found.add('comment');
  if (running && admin) found.add('cancel');
  if (running && (admin || supervisor)) {
    if (state.tasks.some((t) => isOpen(t) && isStepNode(graph.nodes.get(t.nodeId)) && (admin || isOverdue(t, ctx.now)))) found.add('reassign');
    if (state.tasks.some((t) => t.kind !== 'notify' && t.status === 'pending' && t.dueAt !== undefined)) found.add('extend');
  }
  return ORDER.filter((a) => found.has(a));
}
