import type { BpmnModdle, ModdleElement } from './moddle.js';
import type { FlowDefinition, FlowEdge, FlowNode, StepOptions } from '@signoff/flow';
import signoffDescriptor from './signoff-moddle.json';

/** The Signoff extension namespace: what BPMN cannot say about a route, documented in README.md. */
export const SIGNOFF_NS = { prefix: 'signoff', uri: 'https://signoff.dev/schema/bpmn/1' } as const;

/** The version of the extension elements' shape; an importer refuses a newer one it does not know. */
export const SIGNOFF_FORMAT_VERSION = 1;

/** The moddle packages every reader and writer of Signoff BPMN registers. */
export const SIGNOFF_PACKAGES: Record<string, object> = { signoff: signoffDescriptor };

const defined = (attrs: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined));

/** `<signoff:route>` on the process: the route key as typed (the process id is an NCName of it) and the designer's nudges. */
export function routeExtension(moddle: BpmnModdle, flow: FlowDefinition): ModdleElement {
  return moddle.create(
    'signoff:Route',
    defined({
      key: flow.key,
      formatVersion: SIGNOFF_FORMAT_VERSION,
      layoutHints: flow.layout
        ? moddle.create('signoff:LayoutHints', { json: JSON.stringify(flow.layout) })
        : undefined,
    }),
  );
}

function stepOptionAttrs(moddle: BpmnModdle, o: StepOptions): Record<string, unknown> {
  return {
    timeLimitHours: o.timeLimitHours,
    allowedActions: o.allowedActions?.join(' '),
    signatureRequired: o.signatureRequired,
    skipApprovedOnResubmit: o.skipApprovedOnResubmit,
    skipApplicant: o.skipApplicant,
    skipPrevious: o.skipPrevious,
    acknowledgeAllowed: o.acknowledgeAllowed,
    timeLimit: o.timeLimit
      ? moddle.create(
          'signoff:TimeLimit',
          defined({ hours: o.timeLimit.hours, workingDays: o.timeLimit.workingDays }),
        )
      : undefined,
    reminder: o.reminder
      ? moddle.create(
          'signoff:Reminder',
          defined({ afterHours: o.reminder.afterHours, repeatHours: o.reminder.repeatHours }),
        )
      : undefined,
  };
}

function fieldPermissions(
  moddle: BpmnModdle,
  perms: StepOptions['fieldPermissions'],
): ModdleElement[] | undefined {
  if (!perms) return undefined;
  return Object.entries(perms).map(([field, access]) =>
    moddle.create('signoff:FieldPermission', { field, access }),
  );
}

/** `<signoff:node>`: the node's id, type and both names, and for task nodes the approver expression and step settings. */
export function nodeExtension(moddle: BpmnModdle, node: FlowNode): ModdleElement {
  const base = {
    nodeId: node.id,
    type: node.type,
    label: moddle.create('signoff:Label', { zh: node.name.zh, en: node.name.en }),
  };
  switch (node.type) {
    case 'approve':
    case 'handle':
      return moddle.create(
        'signoff:Node',
        defined({
          ...base,
          mode: node.type === 'approve' ? node.mode : undefined,
          approvers: moddle.create('signoff:Approvers', { json: JSON.stringify(node.approvers) }),
          ...stepOptionAttrs(moddle, node),
          fieldPermissions: fieldPermissions(moddle, node.fieldPermissions),
        }),
      );
    case 'notify':
      return moddle.create(
        'signoff:Node',
        defined({
          ...base,
          approvers: moddle.create('signoff:Approvers', { json: JSON.stringify(node.approvers) }),
          fieldPermissions: fieldPermissions(moddle, node.fieldPermissions),
        }),
      );
    default:
      return moddle.create('signoff:Node', base);
  }
}

/** `<signoff:edge>`: the edge's id, and on a branch's edges the condition as JSON, its order and the default mark. */
export function edgeExtension(moddle: BpmnModdle, edge: FlowEdge): ModdleElement {
  return moddle.create(
    'signoff:Edge',
    defined({
      edgeId: edge.id,
      order: edge.order,
      isDefault: edge.isDefault,
      condition: edge.condition
        ? moddle.create('signoff:Condition', { json: JSON.stringify(edge.condition) })
        : undefined,
    }),
  );
}
