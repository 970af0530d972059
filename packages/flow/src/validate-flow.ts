import type { FormField } from '@signoff/schema';
import { checkBranches } from './check-branches.js';
import { checkEdges } from './check-edges.js';
import { checkGraph } from './check-graph.js';
import { checkNodes } from './check-nodes.js';
import { checkParallel } from './check-parallel.js';
import type { FlowDefinition } from './flow-definition.js';
import type { FlowProblem } from './flow-problem.js';
import { isObj, isText } from './indexed-flow.js';

export interface ValidateFlowOptions {
  /** the form's fields: when given, branch conditions type-check against them and approver expressions may only read them */
  fields?: readonly FormField[];
  /** the tenant's ranks, lowest first, for rank literals in conditions */
  ranks?: readonly string[];
}

/**
 * Everything that stops a route from being published, each problem naming the node or edge at
 * fault. An empty list means the engine can run the route on any valid submission. Tolerates
 * malformed JSON, since the designer sends whatever the user drew.
 */
export function validateFlow(def: FlowDefinition, opts: ValidateFlowOptions = {}): FlowProblem[] {
  const raw: unknown = def;
  if (!isObj(raw) || !Array.isArray(raw.nodes) || !Array.isArray(raw.edges)) {
    return [{ code: 'invalid_definition', message: { zh: '流程定义须包含节点和连线列表', en: 'A route needs a list of nodes and a list of edges' } }];
  }
  const problems: FlowProblem[] = [];
  const report = (p: FlowProblem) => {
    problems.push(p);
  };
  if (!isText(raw.key)) report({ code: 'invalid_definition', path: 'key', message: { zh: '流程缺少标识', en: 'The route needs a key' } });

  const ids = new Set<string>();
  const nodes = checkNodes(raw.nodes as unknown[], opts.fields, ids, report);
  const edges = checkEdges(raw.edges as unknown[], nodes, ids, report);
  checkGraph(nodes, edges, report);
  checkBranches(nodes, edges, opts, report);
  checkParallel(nodes, edges, report);
  return problems;
}
