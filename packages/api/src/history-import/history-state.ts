import type { TaskMirror } from '@signoff/db';
import type { FlowDefinition, FlowEvent, InstanceState, TaskState } from '@signoff/flow';
import type { Localized } from '@signoff/schema';
import type { ChainEntry } from './history-chain.js';

/** A chain entry with its person found in the org. */
export interface ResolvedEntry extends ChainEntry {
  userId: string;
}

/** The step of a chain entry: the route's node of that name, or a step of the imported chain only. */
export interface ChainStep {
  nodeId: string;
  name: Localized;
}

export const IMPORTED_STEP: ChainStep = {
  nodeId: 'imported',
  name: { zh: '审批（导入）', en: 'Approval (imported)' },
};

/** An entry's step: a node of the route named so (zh or en), else a step known only to the imported chain. */
export function chainStep(def: FlowDefinition, step: string | null): ChainStep {
  if (step === null) return IMPORTED_STEP;
  const s = step.toLowerCase();
  const node = def.nodes.find(
    (n) =>
      (n.type === 'approve' || n.type === 'handle') &&
      (n.name.zh.toLowerCase() === s || n.name.en.toLowerCase() === s),
  );
  return node
    ? { nodeId: node.id, name: node.name }
    : { nodeId: `imported:${step}`, name: { zh: step, en: step } };
}

export interface BuiltHistory {
  state: InstanceState;
  tasks: TaskMirror[];
}

/**
 * A finished engine state made from the other system's chain: submitted, one closed task and its
 * decision per entry (the task opened when the one before it closed), finished. It is what the
 * request page's timeline, the approvers' 已办 box and the step statistics read; no task is open,
 * so nobody is asked to do anything.
 */
export function buildHistoryState(
  def: FlowDefinition,
  input: {
    applicantId: string;
    submittedAt: string;
    finishedAt: string;
    outcome: 'approved' | 'rejected';
    entries: readonly ResolvedEntry[];
  },
  newId: () => string,
): BuiltHistory {
  const events: FlowEvent[] = [
    { id: newId(), at: input.submittedAt, type: 'submitted', actorId: input.applicantId },
  ];
  const tasks: TaskState[] = [];
  const mirrors: TaskMirror[] = [];
  let opened = input.submittedAt;
  for (const e of input.entries) {
    const step = chainStep(def, e.step);
    const kind = e.verdict === 'done' ? 'handle' : 'approve';
    const task: TaskState = {
      id: newId(),
      nodeId: step.nodeId,
      kind,
      assigneeId: e.userId,
      status: e.verdict,
      createdAt: opened,
      completedAt: e.at,
      ...(e.comment !== null ? { comment: e.comment } : {}),
    };
    tasks.push(task);
    mirrors.push({
      id: task.id,
      nodeId: step.nodeId,
      nodeName: step.name,
      kind,
      assigneeId: e.userId,
      status: e.verdict,
      createdAt: opened,
      completedAt: e.at,
    });
    events.push({
      id: newId(),
      at: e.at,
      type: e.verdict,
      nodeId: step.nodeId,
      actorId: e.userId,
      taskId: task.id,
      ...(e.comment !== null ? { comment: e.comment } : {}),
    });
    opened = e.at;
  }
  events.push({ id: newId(), at: input.finishedAt, type: 'finished' });
  const last = input.entries.at(-1);
  return {
    state: {
      status: input.outcome,
      tasks,
      events,
      activeNodeId: null,
      activeNodeIds: [],
      lastApproverIds: last ? [last.userId] : [],
      applicantId: input.applicantId,
    },
    tasks: mirrors,
  };
}
