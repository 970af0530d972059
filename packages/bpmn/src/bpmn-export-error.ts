import type { FlowDefinition } from '@signoff/flow';
import type { Localized, Problem } from '@signoff/schema';
import { BpmnError } from './bpmn-error.js';

export type BpmnExportErrorCode = 'danglingEdge' | 'duplicateNodeId' | 'duplicateEdgeId';

/** A route too broken to draw as BPMN: refused with a reason in both languages rather than written half-way. */
export class BpmnExportError extends BpmnError<BpmnExportErrorCode> {
  override readonly name = 'BpmnExportError';
  constructor(code: BpmnExportErrorCode, localized: Localized, details: readonly Problem[] = []) {
    super('bpmnExport', code, localized, details);
  }
}

/**
 * The structural checks BPMN itself needs (every sequence flow has both ends, ids are unique).
 * Anything else `validateFlow` would report (a branch without a default, an unknown position) is
 * still exported: a draft is worth looking at in a modeller.
 */
export function assertExportable(flow: FlowDefinition): void {
  const nodeIds = new Set<string>();
  for (const node of flow.nodes) {
    if (nodeIds.has(node.id)) {
      throw new BpmnExportError('duplicateNodeId', {
        zh: `流程「${flow.key}」中有两个节点的编号都是「${node.id}」，无法导出为 BPMN`,
        en: `Route "${flow.key}" has two nodes with the id "${node.id}"; it cannot be exported to BPMN`,
      });
    }
    nodeIds.add(node.id);
  }
  const edgeIds = new Set<string>();
  for (const edge of flow.edges) {
    if (edgeIds.has(edge.id)) {
      throw new BpmnExportError('duplicateEdgeId', {
        zh: `流程「${flow.key}」中有两条连线的编号都是「${edge.id}」，无法导出为 BPMN`,
        en: `Route "${flow.key}" has two edges with the id "${edge.id}"; it cannot be exported to BPMN`,
      });
    }
    edgeIds.add(edge.id);
    const missing = [edge.from, edge.to].find((end) => !nodeIds.has(end));
    if (missing !== undefined) {
      throw new BpmnExportError('danglingEdge', {
        zh: `流程「${flow.key}」的连线「${edge.id}」（${edge.from} → ${edge.to}）连到了不存在的节点「${missing}」，无法导出为 BPMN`,
        en: `Edge "${edge.id}" (${edge.from} → ${edge.to}) of route "${flow.key}" points at a node that does not exist ("${missing}"); it cannot be exported to BPMN`,
      });
    }
  }
}
