import type { FormField } from '@signoff/schema';
import { checkApproverExpression } from './check-approver-expression.js';
import { checkNodeOptions } from './check-node-options.js';
import { APPROVE_MODES, NODE_TYPES, type FlowNode, type FlowNodeType } from './flow-definition.js';
import { isObj, isText, type IndexedNode, type Report } from './indexed-flow.js';
import { nodeLabel } from './node-label.js';

const isLocalized = (v: unknown) => isObj(v) && typeof v.zh === 'string' && typeof v.en === 'string';

/**
 * Checks each node on its own: id, type, name, mode, step options and approver expression.
 * Returns the nodes the graph checks can reason about, by id; `ids` receives every id seen, so
 * an edge to a malformed node is not also reported as pointing nowhere.
 */
export function checkNodes(
  raw: readonly unknown[],
  fields: readonly FormField[] | undefined,
  ids: Set<string>,
  report: Report,
): Map<string, IndexedNode> {
  const nodes = new Map<string, IndexedNode>();
  raw.forEach((n, index) => {
    const path = `nodes[${index}]`;
    if (!isObj(n) || !isText(n.id)) {
      report({ code: 'invalid_node', path: isObj(n) ? `${path}.id` : path, message: { zh: `第 ${index + 1} 个节点没有编号`, en: `Node ${index + 1} has no id` } });
      return;
    }
    const id = n.id;
    const label = nodeLabel({ id, name: n.name });
    if (ids.has(id)) {
      report({ code: 'duplicate_id', nodeId: id, path: `${path}.id`, message: { zh: `节点${label.zh}的编号「${id}」重复`, en: `Node ${label.en} reuses the id "${id}"` } });
      return;
    }
    ids.add(id);
    if (!isLocalized(n.name)) {
      report({ code: 'invalid_node', nodeId: id, path: `${path}.name`, message: { zh: `节点${label.zh}缺少中英文名称`, en: `Node ${label.en} needs a name in Chinese and English` } });
    }
    if (!NODE_TYPES.includes(n.type as FlowNodeType)) {
      report({ code: 'invalid_node', nodeId: id, path: `${path}.type`, message: { zh: `节点${label.zh}的类型「${String(n.type)}」未知`, en: `Node ${label.en} has the unknown type "${String(n.type)}"` } });
      return;
    }
    const node = n as unknown as FlowNode;
    if (node.type === 'approve' && !APPROVE_MODES.includes(node.mode)) {
      report({ code: 'invalid_mode', nodeId: id, path: `${path}.mode`, message: { zh: `${label.zh}的审批方式「${String(node.mode)}」未知`, en: `${label.en} has the unknown approval mode "${String(node.mode)}"` } });
    }
    checkNodeOptions(n, { nodeId: id, path }, label, fields, report);
    if (node.type === 'approve' || node.type === 'notify' || node.type === 'handle') {
      for (const p of checkApproverExpression(node.approvers, fields)) {
        report({
          code: p.code,
          nodeId: id,
          path: p.path === '' ? `${path}.approvers` : `${path}.approvers.${p.path}`,
          message: { zh: `${label.zh}的审批人：${p.message.zh}`, en: `Approvers of ${label.en}: ${p.message.en}` },
        });
      }
    }
    nodes.set(id, { node, index });
  });
  return nodes;
}
