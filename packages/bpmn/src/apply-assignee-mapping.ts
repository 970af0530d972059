import type { ApproverExpression } from '@signoff/org';
import type { FlowDefinition } from '@signoff/flow';
import type { BpmnImport } from './import-bpmn-types.js';
import { joinApprovers } from './import-bpmn.js';

/** The officer's choice per reference key (`group:finance` → 申请人的部门负责人, a position, a role …). */
export type AssigneeMapping = Readonly<Record<string, ApproverExpression | undefined>>;

/** What an unmapped reference stands as: the names as the file writes them, so the designer marks them. */
function placeholderOf(key: string, current: ApproverExpression): ApproverExpression {
  const [kind = '', ...rest] = key.split(':');
  const name = rest.join(':');
  if (kind === 'user') return { kind: 'user', id: name };
  if (kind === 'group' || kind === 'expression') return { kind: 'role', name };
  // a task that names nobody has one reference, whose placeholder is the node's approvers
  return current;
}

/**
 * The draft with each task's approvers made from the officer's mapping: the expressions of the
 * task's references, in the file's order, one expression or a union of them. A reference left
 * unmapped keeps its placeholder (a role, person or position named as the file names it), which
 * the designer marks when the org has no such name, so publishing waits until it is mapped.
 * Pure: the import is not changed.
 */
export function applyAssigneeMapping(
  imported: Pick<BpmnImport, 'draft' | 'taskReferences'>,
  mapping: AssigneeMapping,
): FlowDefinition {
  const { draft, taskReferences } = imported;
  return {
    ...draft,
    nodes: draft.nodes.map((node) => {
      if (node.type !== 'approve' && node.type !== 'handle' && node.type !== 'notify') return node;
      const keys = taskReferences[node.id];
      if (!keys || keys.length === 0) return node;
      const parts = keys.map((k) => mapping[k] ?? placeholderOf(k, node.approvers));
      return { ...node, approvers: joinApprovers(parts) };
    }),
  };
}
