import type { EngineEnv } from './engine-env.js';
import type { FlowDefinition } from './flow-definition.js';
import { findStart, indexFlow, nextEdges } from './flow-graph.js';
import { walkRoute } from './flow-walk.js';
import { simulateRoute, type SimulatedStep } from './simulate-route.js';

/** What the designer lights up for a simulated request: the nodes and edges it passes, and its steps. */
export interface SimulatedPath {
  /** every node the request reaches, start and end, branches, splits and joins included, in walk order */
  nodeIds: string[];
  /** every edge it follows: the branch decisions taken and every lane of a parallel split */
  edgeIds: string[];
  /** steps on the path that nobody would get (passed over), as simulateRoute marks them */
  skippedNodeIds: string[];
  steps: SimulatedStep[];
}

/**
 * The path a request would take, for drawing on the canvas beside the simulator's steps. It walks
 * the route with the engine's own walk and branch choice (`nextEdges`, the same calls the walk
 * makes to go on), so the lit path and `simulateRoute`'s steps come from one definition of "the
 * way the request goes" and cannot disagree. Throws the walk's FlowError on a route it cannot walk.
 */
export function simulatedPath(def: FlowDefinition, env: EngineEnv): SimulatedPath {
  const steps = simulateRoute(def, env);
  const graph = indexFlow(def);
  const nodeIds: string[] = [];
  const edgeIds: string[] = [];
  const seenNodes = new Set<string>();
  const arrivals = new Map<string, Set<string>>();
  const reach = (id: string) => {
    if (seenNodes.has(id)) return;
    seenNodes.add(id);
    nodeIds.push(id);
  };
  const leave = (node: Parameters<typeof nextEdges>[1]) => {
    for (const e of nextEdges(graph, node, env.conditions)) edgeIds.push(e.id);
  };
  walkRoute(
    graph,
    { into: findStart(graph).id },
    { previous: [] },
    {
      conditions: env.conditions,
      enter: (node) => {
        reach(node.id);
        if (node.type !== 'end') leave(node);
        return 'continue';
      },
      arrive: (join, branch) => {
        reach(join.id);
        const splitId = graph.regions.splitOf.get(join.id);
        const all = (splitId !== undefined ? graph.regions.branchesOf.get(splitId) : undefined) ?? [];
        const arrived = arrivals.get(join.id) ?? new Set<string>();
        arrived.add(branch);
        arrivals.set(join.id, arrived);
        const last = all.every((b) => arrived.has(b));
        if (last) leave(join);
        return last;
      },
    },
  );
  return { nodeIds, edgeIds, skippedNodeIds: steps.filter((s) => s.skipped).map((s) => s.nodeId), steps };
}
