import type { StepNode } from './flow-definition.js';
import { cancelTask, isOpen, type InstanceDraft } from './instance-draft.js';
import type { InstanceState, TaskState } from './instance-state.js';
import { stepMode } from './step-assignees.js';
import { activateTask } from './task-opening.js';

/** A task closed by its assignee's yes: the statuses that count towards completing a step. */
export const isSigned = (t: TaskState) => t.status === 'approved' || t.status === 'done' || t.status === 'acknowledged';

/**
 * The tasks of the node's current pass: those opened by its latest entry. Earlier passes (before
 * a return) are history and do not count. Tasks without a `stepId` come from states stored
 * before returns existed, which had one pass per node.
 */
export function stepTasks(state: InstanceState, nodeId: string): TaskState[] {
  const atNode = state.tasks.filter((t) => t.nodeId === nodeId);
  const latest = atNode.at(-1)?.stepId;
  return atNode.filter((t) => t.stepId === latest);
}

/** The tasks added (加签) to `root`, and to those, and so on. */
function addedUnder(tasks: readonly TaskState[], root: TaskState): TaskState[] {
  const out: TaskState[] = [];
  const ids = new Set([root.id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of tasks) {
      if (t.addedFor !== undefined && ids.has(t.addedFor) && !ids.has(t.id)) {
        ids.add(t.id);
        out.push(t);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * Whether a waiting task may start: signers added before it must all have signed, and a signer
 * added after someone waits until that person signed.
 */
function blocked(tasks: readonly TaskState[], t: TaskState): boolean {
  if (tasks.some((x) => x.addedFor === t.id && x.addedPosition === 'before' && isOpen(x))) return true;
  if (t.addedPosition === 'after') {
    const parent = tasks.find((x) => x.id === t.addedFor);
    return !parent || !isSigned(parent);
  }
  return false;
}

/**
 * After one task of the step closed with a yes: whether the step is complete, per its mode.
 * - 会签 (all) and 依次 (sequential): every task, added signers included, has signed;
 * - single, 或签 (any) and handle: one of the originally resolved people signed, together with
 *   everyone added to them; the others' tasks are then cancelled.
 * Otherwise the tasks whose turn has come are activated: in a sequential step the next one in
 * list order once nobody is pending, elsewhere every waiting task no longer blocked.
 */
export function settleStep(d: InstanceDraft, node: StepNode): boolean {
  const tasks = stepTasks(d.state, node.id);
  const open = tasks.filter(isOpen);
  const mode = stepMode(node);
  const complete =
    mode === 'all' || mode === 'sequential'
      ? open.length === 0
      : tasks.some((t) => t.addedFor === undefined && isSigned(t) && !addedUnder(tasks, t).some(isOpen));
  if (complete) {
    for (const t of open) cancelTask(d, t);
    return true;
  }
  const ready = open.filter((t) => t.status === 'waiting' && !blocked(tasks, t));
  if (mode === 'sequential') {
    const next = ready[0];
    if (next && !open.some((t) => t.status === 'pending')) activateTask(d, node, next);
  } else {
    for (const t of ready) activateTask(d, node, t);
  }
  return false;
}
