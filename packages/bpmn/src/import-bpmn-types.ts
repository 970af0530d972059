import type { FlowDefinition } from '@signoff/flow';
import type { FormField } from '@signoff/schema';

/** Why something of the file did not become part of the route as written, with a code a caller can test. */
export interface ImportReason {
  code: string;
  zh: string;
  en: string;
}

/**
 * Who a task of the file names: a candidate group, a person (assignee or candidate user), an
 * expression the file's engine would evaluate (`${manager}`), or nobody (`task`: the officer says
 * who does the step). The officer maps each reference onto an approver expression of the org.
 */
export type AssigneeReferenceKind = 'group' | 'user' | 'expression' | 'task';

export interface AssigneeReference {
  /** `group:finance`, `user:kermit`, `expression:${manager}`, `task:Task_1`: the mapping's key */
  key: string;
  kind: AssigneeReferenceKind;
  /** as the file writes it (for `task`, the task's name) */
  name: string;
  /** the route's nodes (task ids) that use it, in file order */
  tasks: { nodeId: string; name: string }[];
}

/** A sequence-flow condition that could not be put on the form's fields: the edge stays, without condition. */
export interface UnplacedCondition {
  edgeId: string;
  from: string;
  to: string;
  /** the expression body as the file has it */
  expression: string;
  reason: ImportReason;
}

/** An element the engine cannot run, and what the import did with it instead of it. */
export interface UnsupportedElement {
  elementId: string;
  /** the element's BPMN name, with the event kind when it has one: `serviceTask`, `boundaryEvent:timer` */
  kind: string;
  name?: string;
  /** `bridged`: left out, its incoming flows joined to what follows; `dropped`: left out with its flows; `kept`: read as the nearest Signoff step */
  handling: 'bridged' | 'dropped' | 'kept';
  reason: ImportReason;
}

export interface ImportBpmnOptions {
  /** the form's fields: JUEL conditions are placed on them; without fields every field condition is unplaced */
  fields?: readonly FormField[] | undefined;
}

/** What `importBpmn` read: a draft to map and review, never published as is. */
export interface BpmnImport {
  /** the route; task approvers are placeholders (see `applyAssigneeMapping`) until mapped */
  draft: FlowDefinition;
  /** the process's name, for the dialog */
  processName?: string;
  references: AssigneeReference[];
  /** per task node, the keys of its references in the order the file names them */
  taskReferences: Record<string, string[]>;
  unplaced: UnplacedCondition[];
  unsupported: UnsupportedElement[];
  /** what moddle could not place in the file (vendor extras), as it says it */
  warnings: string[];
}
