import type { ApplicantFacts, FormModel, JsonSchema, Localized, UiSchema } from '@signoff/schema';
import type { RouterOutputs } from '../api/trpc';

/**
 * What `instances.get` answers, as the shared contract of issue 18 describes it. The page
 * assigns the query's output to this type, so a server that drifts from the contract fails the
 * type check there instead of a component quietly showing nothing.
 */
export interface RequestDetail {
  id: string;
  serialNo: string;
  title: Localized;
  status: string;
  applicant: Person;
  createdAt: string;
  finishedAt: string | null;
  data: Record<string, unknown>;
  schema: JsonSchema;
  uiSchema: UiSchema;
  model: FormModel;
  fieldAccess: Record<string, FieldAccess>;
  /** the applicant's facts and the tenant's rank order, for rules on rank, department or position */
  applicantContext?: { applicant: ApplicantFacts; ranks: string[] };
  availableActions: RequestAction[];
  signatureRequired: boolean;
  returnTargets: ReturnTarget[];
  route: RouteStep[];
  timeline: TimelineEntry[];
  tasks: TaskRow[];
  myOpenTask: OpenTask | null;
  /** a finished request of another system, imported from Excel (read-only); null or absent when filed here */
  importedFrom?: { file: string; sheet: string; row: number } | null;
}

export type FieldAccess = 'edit' | 'read' | 'hidden';

export type RequestAction =
  | 'approve'
  | 'reject'
  | 'done'
  | 'read'
  | 'acknowledge'
  | 'return'
  | 'transfer'
  | 'addSigner'
  | 'resubmit'
  | 'withdraw'
  | 'urge'
  | 'comment'
  | 'cancel'
  | 'reassign'
  | 'extend';

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

/** Every event the engine records (packages/flow FlowEventType), as the API passes it on. */
export type TimelineEventType = RouterOutputs['instances']['get']['timeline'][number]['type'];

export interface TimelineEntry {
  id: string;
  at: string;
  type: TimelineEventType;
  nodeName: Localized | null;
  actor: Person | null;
  users: Person[];
  comment: string | null;
  reason: Localized | null;
  fallback: boolean;
  taskId: string | null;
  /** the people a transfer or an added signer went to */
  toUsers: Person[];
  signatureUrl: string | null;
  attachments: FileInfo[];
  /** the actor acted as this person's delegate (委托) */
  delegatedFrom: Person | null;
  /** approve / done: the fields the approver changed with the decision (those the reader may see) */
  changedFields?: { key: string; label: Localized }[];
}

export interface ReturnTarget {
  nodeId: string;
  name: Localized;
}

export type RouteStepKind = 'start' | 'approve' | 'handle' | 'notify' | 'end';
export type RouteStepStatus = 'done' | 'current' | 'pending' | 'skipped';

export interface RouteStep {
  nodeId: string;
  name: Localized;
  kind: RouteStepKind;
  status: RouteStepStatus;
  assignees: Person[];
}

export interface TaskRow {
  id: string;
  nodeName: Localized;
  kind: string;
  assignee: Person;
  status: string;
  createdAt: string;
  completedAt: string | null;
  comment: string | null;
}

export interface OpenTask {
  id: string;
  kind: string;
  nodeId: string;
  nodeName: Localized;
}
