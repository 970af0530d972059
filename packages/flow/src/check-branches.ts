import { checkCondition, type FormField } from '@signoff/schema';
import { isObj, type IndexedEdge, type IndexedNode, type Report } from './indexed-flow.js';
import { edgeLabel, nodeLabel } from './node-label.js';

/**
 * Branches: at least one conditional edge, exactly one default, a condition on every other edge,
 * and, when the form is known, conditions that type-check against it (so comparing a number
 * field with text is a publish error, not a route that silently takes the default).
 * Conditions anywhere else would be ignored by the engine, so they are reported too.
 */
export function checkBranches(
  nodes: ReadonlyMap<string, IndexedNode>,
  edges: readonly IndexedEdge[],
  scope: { fields?: readonly FormField[]; ranks?: readonly string[] },
  report: Report,
): void {
  const named = new Map([...nodes].map(([id, n]) => [id, n.node]));
  for (const { edge, index } of edges) {
    const from = nodes.get(edge.from)?.node;
    if (!from || from.type === 'branch') continue;
    if (edge.condition !== undefined || edge.isDefault !== undefined) {
      const l = nodeLabel(from);
      report({
        code: 'condition_outside_branch',
        nodeId: from.id,
        edgeId: edge.id,
        path: `edges[${index}]`,
        message: { zh: `${l.zh}不是条件分支，其连线不能带条件或默认标记`, en: `${l.en} is not a branch; its edge cannot carry a condition or a default mark` },
      });
    }
  }

  for (const { node, index: nodeIndex } of nodes.values()) {
    if (node.type !== 'branch') continue;
    const l = nodeLabel(node);
    const at = { nodeId: node.id, path: `nodes[${nodeIndex}]` };
    const out = edges.filter((e) => e.edge.from === node.id);
    const defaults = out.filter((e) => e.edge.isDefault === true);
    const conditional = out.filter((e) => e.edge.isDefault !== true);

    if (defaults.length === 0) {
      report({ code: 'branch_without_default', ...at, message: { zh: `条件分支${l.zh}缺少默认分支`, en: `The branch ${l.en} has no default edge` } });
    } else if (defaults.length > 1) {
      report({
        code: 'branch_multiple_defaults',
        ...at,
        message: { zh: `条件分支${l.zh}有 ${defaults.length} 条默认分支，只能有一条`, en: `The branch ${l.en} has ${defaults.length} default edges; it needs exactly one` },
      });
    }
    if (conditional.length === 0) {
      report({ code: 'branch_without_condition', ...at, message: { zh: `条件分支${l.zh}至少需要一条带条件的连线`, en: `The branch ${l.en} needs at least one edge with a condition` } });
    }

    for (const { edge, index } of conditional) {
      const where = { nodeId: node.id, edgeId: edge.id };
      const e = edgeLabel(edge, named);
      const cond: unknown = edge.condition;
      if (cond === undefined || !isObj(cond)) {
        report({
          code: cond === undefined ? 'edge_without_condition' : 'invalid_condition',
          ...where,
          path: `edges[${index}].condition`,
          message: { zh: `条件分支${l.zh}的连线${e.zh}缺少条件`, en: `The edge ${e.en} of the branch ${l.en} needs a condition` },
        });
        continue;
      }
      if (!scope.fields || !edge.condition) continue;
      const problems = checkCondition(edge.condition, { fields: scope.fields, ...(scope.ranks ? { ranks: scope.ranks } : {}) });
      for (const p of problems) {
        report({
          code: p.code,
          ...where,
          path: p.path === '' ? `edges[${index}].condition` : `edges[${index}].condition.${p.path}`,
          message: { zh: `条件分支${l.zh}的连线${e.zh}的条件：${p.message.zh}`, en: `Condition of the edge ${e.en} of the branch ${l.en}: ${p.message.en}` },
        });
      }
    }
  }
}
