import type { FlowEdge } from './flow-definition.js';
import { isObj, isText, type IndexedEdge, type IndexedNode, type Report } from './indexed-flow.js';
import { nodeLabel } from './node-label.js';

/**
 * Checks each edge on its own: id, ends and order. Returns the edges between well-formed nodes,
 * which are the ones the graph checks walk.
 */
export function checkEdges(
  raw: readonly unknown[],
  nodes: ReadonlyMap<string, IndexedNode>,
  nodeIds: ReadonlySet<string>,
  report: Report,
): IndexedEdge[] {
  const out: IndexedEdge[] = [];
  const ids = new Set<string>();
  raw.forEach((e, index) => {
    const path = `edges[${index}]`;
    if (!isObj(e)) {
      report({ code: 'invalid_edge', path, message: { zh: `第 ${index + 1} 条连线不是对象`, en: `Edge ${index + 1} is not an object` } });
      return;
    }
    const name = isText(e.id) ? e.id : String(index + 1);
    if (!isText(e.id)) {
      report({ code: 'invalid_edge', path: `${path}.id`, message: { zh: `第 ${index + 1} 条连线没有编号`, en: `Edge ${index + 1} has no id` } });
    } else if (ids.has(e.id) || nodeIds.has(e.id)) {
      report({ code: 'duplicate_id', edgeId: e.id, path: `${path}.id`, message: { zh: `连线编号「${e.id}」重复`, en: `The edge id "${e.id}" is used twice` } });
    } else {
      ids.add(e.id);
    }
    const edgeId = isText(e.id) ? { edgeId: e.id } : {};
    let ok = true;
    for (const end of ['from', 'to'] as const) {
      const ref = e[end];
      if (typeof ref === 'string' && nodeIds.has(ref)) {
        ok &&= nodes.has(ref);
        continue;
      }
      ok = false;
      const where = end === 'from' ? { zh: '起点', en: 'starts at' } : { zh: '终点', en: 'ends at' };
      report({
        code: 'unknown_node',
        ...edgeId,
        path: `${path}.${end}`,
        message: { zh: `连线「${name}」的${where.zh}「${String(ref)}」不存在`, en: `Edge "${name}" ${where.en} "${String(ref)}", which does not exist` },
      });
    }
    if (e.order !== undefined && (typeof e.order !== 'number' || !Number.isFinite(e.order))) {
      const from = nodeLabel(typeof e.from === 'string' ? nodes.get(e.from)?.node : undefined, String(e.from));
      report({ code: 'invalid_edge', ...edgeId, path: `${path}.order`, message: { zh: `${from.zh}的连线「${name}」的顺序须为数字`, en: `The order of edge "${name}" out of ${from.en} must be a number` } });
    }
    if (ok) out.push({ edge: e as unknown as FlowEdge, index });
  });
  return out;
}
