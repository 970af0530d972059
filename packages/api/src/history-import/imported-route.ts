import type { FlowDefinition, InstanceState, RouteStep } from '@signoff/flow';
import type { Localized } from '@signoff/schema';
import { IMPORTED_STEP } from './history-state.js';

/** The name of a step that only an imported chain has (`imported`, `imported:<name as written>`); null for a node id of a route. */
export function importedStepName(nodeId: string): Localized | null {
  if (nodeId === IMPORTED_STEP.nodeId) return IMPORTED_STEP.name;
  if (nodeId.startsWith(`${IMPORTED_STEP.nodeId}:`)) {
    const name = nodeId.slice(IMPORTED_STEP.nodeId.length + 1);
    return { zh: name, en: name };
  }
  return null;
}

/**
 * The route an imported request took, for the request page: submitted, each decision of the other
 * system's chain in order, the end. The template's route as it is now would show steps the request
 * never went through, so it is not drawn.
 */
export function importedRoute(def: FlowDefinition, state: InstanceState): RouteStep[] {
  const node = (type: 'start' | 'end') => def.nodes.find((n) => n.type === type);
  const start = node('start');
  const end = node('end');
  const names = new Map(def.nodes.map((n) => [n.id, n.name]));
  return [
    {
      nodeId: start?.id ?? 'start',
      name: start?.name ?? { zh: '发起申请', en: 'Submit' },
      kind: 'start',
      status: 'done',
      userIds: state.applicantId ? [state.applicantId] : [],
    },
    // one step per decision, keyed apart: two decisions of one imported step are two people in turn, not a countersign
    ...state.tasks.map((t, i): RouteStep => ({
      nodeId: `${t.nodeId}#${i + 1}`,
      name: names.get(t.nodeId) ?? importedStepName(t.nodeId) ?? { zh: t.nodeId, en: t.nodeId },
      kind: t.kind,
      status: 'done',
      userIds: [t.assigneeId],
    })),
    {
      nodeId: end?.id ?? 'end',
      name: end?.name ?? { zh: '结束', en: 'End' },
      kind: 'end',
      status: 'done',
      userIds: [],
    },
  ];
}
