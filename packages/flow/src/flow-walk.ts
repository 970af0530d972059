import type { ConditionContext } from '@signoff/schema';
import type { FlowEdge, FlowNode } from './flow-definition.js';
import { invalidFlow, nextEdges, type FlowGraph } from './flow-graph.js';
import { nodeLabel } from './node-label.js';

/** One position of the route being walked, and who signed just before it (for the resolver's skip rule). */
export interface Token {
  previous: string[];
}

export interface WalkHooks {
  conditions: ConditionContext;
  /** a node other than a join is entered; 'wait' stops this token there (a task was given, or the end) */
  enter: (node: FlowNode, token: Token) => 'wait' | 'continue';
  /** a branch of `join`'s split arrived; true when it was the last, so the route goes on past the join */
  arrive: (join: FlowNode, branchEdgeId: string, token: Token) => boolean;
}

/**
 * Walks the route from a node: `from` leaves an already-handled node, `into` enters one first.
 * A parallel split sends a token down each branch; they are walked one after the other, depth
 * first, in edge order, so effects and events come out in a stable order. A token that reaches a
 * join stops there unless it is the last of its split's branches.
 *
 * A node met twice, or a join passed twice, in one walk means a cycle: refusing it is what keeps
 * a bad definition from spinning forever.
 */
export function walkRoute(graph: FlowGraph, start: { from: string } | { into: string }, token: Token, hooks: WalkHooks): void {
  const startId = 'from' in start ? start.from : start.into;
  const first = graph.nodes.get(startId);
  if (!first) throw invalidFlow(`没有节点「${startId}」`, `there is no node "${startId}"`);
  const seen = new Set<string>();
  const passedJoins = new Set<string>();
  const stack: { node: FlowNode; via?: FlowEdge; token: Token }[] = [];

  const push = (node: FlowNode, t: Token) => {
    const edges = nextEdges(graph, node, hooks.conditions);
    for (const edge of [...edges].reverse()) {
      const next = graph.nodes.get(edge.to);
      if (!next) throw invalidFlow(`连线指向不存在的节点「${edge.to}」`, `an edge leads to the missing node "${edge.to}"`);
      // every branch gets its own token, so one branch's signers do not leak into another's
      stack.push({ node: next, via: edge, token: edges.length > 1 ? { previous: [...t.previous] } : t });
    }
  };
  const loop = (node: FlowNode) => {
    const label = nodeLabel(node);
    return invalidFlow(`流程在${label.zh}处形成循环`, `the route loops back to ${label.en}`);
  };

  if ('from' in start) {
    seen.add(first.id);
    push(first, token);
  } else {
    stack.push({ node: first, token });
  }
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, via, token: t } = item;
    if (node.type === 'join') {
      if (passedJoins.has(node.id)) throw loop(node);
      const frame = via ? graph.regions.arrivalOf.get(via) : undefined;
      if (!frame) {
        const label = nodeLabel(node);
        throw invalidFlow(`汇聚节点${label.zh}不属于任何并行节点`, `the join ${label.en} closes no parallel split`);
      }
      if (!hooks.arrive(node, frame.edgeId, t)) continue;
      passedJoins.add(node.id);
    } else {
      if (seen.has(node.id)) throw loop(node);
      seen.add(node.id);
      const entered = hooks.enter(node, t);
      // the end closes the request; in a valid route no other token is still walking
      if (node.type === 'end') break;
      if (entered === 'wait') continue;
    }
    push(node, t);
  }
}
