import type { FlowEvent, FlowEventType, InstanceState, TaskState, TaskStatus } from '@signoff/flow';
import type { Localized } from '../trpc/app-error.js';

export interface Person {
  id: string;
  name: string;
}

export interface FileInfo {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface TimelineContext {
  person: (id: string) => Person;
  nodeName: (nodeId: string | undefined) => Localized | null;
  /** the request's attachments by id */
  files: ReadonlyMap<string, FileInfo>;
  /** the label of a field the viewer may see; null for one hidden from them */
  fieldLabel: (key: string) => Localized | null;
}

/** The task status each decision event leaves behind, to find the task (and its signature) it closed. */
const CLOSES: Partial<Record<FlowEventType, TaskStatus>> = {
  approved: 'approved',
  rejected: 'rejected',
  done: 'done',
  acknowledged: 'acknowledged',
  returned: 'returned',
  transferred: 'transferred',
};
const HANDOVER: ReadonlySet<FlowEventType> = new Set(['transferred', 'signer_added', 'reassigned']);
const isOpen = (t: TaskState) => t.status === 'pending' || t.status === 'waiting' || t.status === 'unread';

/** A signature is the id of an uploaded image; requests signed before that kept the image inline. */
export const signatureUrl = (signature: string | undefined): string | null =>
  signature === undefined || signature === ''
    ? null
    : signature.startsWith('data:image/')
      ? signature
      : `/files/${encodeURIComponent(signature)}`;

/** The tasks one pass through a node gave out (its `step_started`); states from before passes were tracked had one per node. */
function passOf(state: InstanceState, e: FlowEvent): TaskState[] {
  const own = state.tasks.filter((t) => t.stepId === e.id);
  return own.length > 0 ? own : state.tasks.filter((t) => t.nodeId === e.nodeId && t.stepId === undefined);
}

/** The task a decision closed: named by the event, or the actor's task at that node closed at that instant. */
function closedBy(state: InstanceState, e: FlowEvent): TaskState | undefined {
  const status = CLOSES[e.type];
  if (status === undefined) return undefined;
  if (e.taskId !== undefined) return state.tasks.find((t) => t.id === e.taskId);
  return state.tasks.find(
    (t) =>
      t.status === status && t.assigneeId === e.actorId && t.nodeId === e.nodeId && t.completedAt === e.at,
  );
}

const localized = (r: FlowEvent['reason']): Localized | null =>
  r === undefined ? null : typeof r === 'string' ? { zh: r, en: r } : r;

/**
 * The timeline as the request page shows it. A step's "waiting for" entry names only the people
 * who still have to act and goes once nobody has (their decisions tell the rest), so a decided
 * step is not shown twice; the resolver's reason for asking someone moves onto their decision.
 * Decisions carry their signature image and delegation (委托), hand-overs the people they went to,
 * comments their files, and approvals the fields changed with them (those the viewer may see).
 */
export function timelineEntries(state: InstanceState, ctx: TimelineContext) {
  const byId = new Map(state.events.map((e) => [e.id, e]));
  const entries = [];
  for (const e of state.events) {
    let users = (e.userIds ?? []).map(ctx.person);
    let reason = localized(e.reason);
    let delegatedFrom: string | undefined;
    if (e.type === 'step_started') {
      const open = passOf(state, e).filter(isOpen);
      if (open.length === 0) continue;
      users = [...new Set(open.map((t) => t.assigneeId))].map(ctx.person);
      delegatedFrom = open.find((t) => t.delegatedFrom !== undefined)?.delegatedFrom;
    }
    const task = closedBy(state, e);
    if (task) {
      delegatedFrom = task.delegatedFrom;
      const asked =
        task.stepId !== undefined && task.addedBy === undefined && task.transferredFrom === undefined
          ? byId.get(task.stepId)
          : undefined;
      if (reason === null && asked?.type === 'step_started') reason = localized(asked.reason);
    }
    const changedFields = (e.changedFields ?? []).flatMap((key) => {
      const label = ctx.fieldLabel(key);
      return label ? [{ key, label }] : [];
    });
    entries.push({
      id: e.id,
      at: e.at,
      type: e.type,
      nodeName: ctx.nodeName(e.nodeId),
      actor: e.actorId ? ctx.person(e.actorId) : null,
      users,
      comment: e.comment ?? null,
      reason,
      fallback: e.fallback ?? false,
      taskId: e.taskId ?? null,
      toUsers: HANDOVER.has(e.type) ? users : [],
      signatureUrl: signatureUrl(task?.signature),
      attachments: (e.attachments ?? []).map(
        (a): FileInfo => ctx.files.get(a.id) ?? { id: a.id, name: a.name, size: 0, type: '' },
      ),
      delegatedFrom: delegatedFrom !== undefined ? ctx.person(delegatedFrom) : null,
      changedFields,
    });
  }
  return entries;
}
