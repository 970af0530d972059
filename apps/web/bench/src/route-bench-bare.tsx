import { useState } from 'react';
import {
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import type { RouteLayout } from '@signoff/designer';

/** The canvas's fit and zoom range, so both pages draw the route at the same scale. */
export const BENCH_FIT = { padding: 0.12, maxZoom: 1 };

/**
 * React Flow's own stress setup: default nodes and edges, nodes held in state and moved by
 * `applyNodeChanges`, nothing memoized beyond what React Flow does itself.
 */
export function BareRouteFlow(p: { nodes: readonly Node[]; edges: readonly Edge[] }) {
  const [nodes, setNodes] = useState<Node[]>(() => [...p.nodes]);
  const onNodesChange = (changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns));
  return (
    <ReactFlowProvider>
      <ReactFlow
        nodes={nodes}
        edges={p.edges as Edge[]}
        onNodesChange={onNodesChange}
        fitView
        fitViewOptions={BENCH_FIT}
        minZoom={0.2}
        maxZoom={1.5}
        nodesConnectable={false}
      />
    </ReactFlowProvider>
  );
}

/** The route's nodes and edges as default React Flow elements at the layout's positions and sizes. */
export function bareElements(
  route: {
    nodes: readonly { id: string; name: { zh: string } }[];
    edges: readonly { id: string; from: string; to: string }[];
  },
  layout: RouteLayout,
): { nodes: Node[]; edges: Edge[] } {
  const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
  return {
    nodes: route.nodes.map((n) => {
      const box = boxes.get(n.id);
      return {
        id: n.id,
        position: { x: box?.x ?? 0, y: box?.y ?? 0 },
        data: { label: n.name.zh },
        width: box?.width,
        height: box?.height,
      };
    }),
    edges: route.edges.map((e) => ({ id: e.id, source: e.from, target: e.to })),
  };
}
