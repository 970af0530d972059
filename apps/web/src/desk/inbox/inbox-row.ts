import type { RouterOutputs } from '../../api/trpc';
import type { Localized } from '@signoff/schema';

export type SearchItem = RouterOutputs['inbox']['search']['items'][number];

/** One line of the approval centre, whatever the box: a request and, except in "started", the caller's task on it. */
export interface InboxRow {
  /** the task for task boxes (one request may hold two tasks of one person), else the request */
  key: string;
  instanceId: string;
  taskId: string | null;
  serialNo: string;
  templateKey: string;
  title: Localized;
  applicantName: string;
  status: string;
  createdAt: string;
  urgent: boolean;
  card: 'yellow' | 'red' | null;
  /** the step of the caller's task: in "todo" that is where the request is */
  myStep: Localized | null;
  taskStatus: string | null;
  taskKind: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  /** where the request is now: the steps of its open tasks, none once it is finished */
  currentSteps: Localized[];
  /** a finished request of another system, imported from Excel: read-only history */
  imported: boolean;
}

const cardOf = (v: string | null | undefined): InboxRow['card'] => (v === 'yellow' || v === 'red' ? v : null);

export function toInboxRow(item: SearchItem): InboxRow {
  const task = item.task;
  return {
    key: task?.id ?? item.instanceId,
    instanceId: item.instanceId,
    taskId: task?.id ?? null,
    serialNo: item.serialNo,
    templateKey: item.templateKey,
    title: item.templateTitle,
    applicantName: item.applicantName,
    status: item.status,
    createdAt: item.createdAt,
    urgent: item.urgent,
    card: cardOf(task?.card),
    myStep: task?.nodeName ?? null,
    taskStatus: task?.status ?? null,
    taskKind: task?.kind ?? null,
    receivedAt: task?.createdAt ?? null,
    dueAt: task?.dueAt ?? null,
    currentSteps: item.currentSteps,
    imported: item.imported,
  };
}

/**
 * Urgent first in the to-do box (the server sorts its pages so; this keeps a page in that order
 * whatever it sent), the server's order otherwise. Stable: equal rows keep their order.
 */
export function orderRows(rows: InboxRow[], box: string): InboxRow[] {
  if (box !== 'todo') return rows;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(b.r.urgent) - Number(a.r.urgent) || a.i - b.i)
    .map((x) => x.r);
}

/** Only approval tasks can be approved in a batch; handling (办理) tasks need their own "done". */
export const batchable = (r: InboxRow): boolean =>
  r.taskId !== null && r.taskKind === 'approve' && r.taskStatus === 'pending';
