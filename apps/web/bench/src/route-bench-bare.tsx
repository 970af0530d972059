import { useRef, useState } from 'react';
import {
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  type Edge,
  type Node,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import type { RouteLayout } from '@signoff/designer';

/** The canvas's fit and zoom range, so both pages draw the route at the same scale. */
export const BENCH_FIT = { padding: 0.12, maxZoom: 1 };
/** The canvas's first view of a route too tall to read whole (RouteCanvas's READABLE_ZOOM). */
export const READABLE_ZOOM = 0.7;
/** Where that view puts the route's top: below the canvas's floating palette (RouteCanvas's TOP_CLEAR). */
const TOP_CLEAR = 64;

/**
 * The view the route canvas opens on, so both pages show the same nodes at the same size: the whole
 * route if it can be read so, else its top at the readable zoom (500 nodes never fit: fitView would
 * stop at the minimum zoom somewhere in the middle, with other nodes on screen than the canvas shows).
 */
function canvasFirstView(rf: ReactFlowInstance, box: HTMLElement, layout: RouteLayout) {
  const fits = Math.min(box.clientWidth / layout.width, box.clientHeight / layout.height);
  const start = layout.nodes.find((n) => n.type === 'start');
  if (fits >= READABLE_ZOOM || !start) void rf.fitView(BENCH_FIT);
  else
    void rf.setViewport({
      x: box.clientWidth / 2 - (start.x + start.width / 2) * READABLE_ZOOM,
      y: TOP_CLEAR - start.y * READABLE_ZOOM,
      zoom: READABLE_ZOOM,
    });
}

/**
 * React Flow's own stress setup: default nodes and edges, nodes held in state and moved by
 * `applyNodeChanges`, nothing memoized beyond what React Flow does itself; opened on the view the
 * route canvas opens on. `onlyVisible`: React Flow draws only the nodes and edges in view.
 */
export function BareRouteFlow(p: {
  nodes: readonly Node[];
  edges: readonly Edge[];
  layout: RouteLayout;
  onlyVisible: boolean;
}) {
  const [nodes, setNodes] = useState<Node[]>(() => [...p.nodes]);
  const onNodesChange = (changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns));
  const box = useRef<HTMLDivElement>(null);
  return (
    <ReactFlowProvider>
      <ReactFlow
        ref={box}
        nodes={nodes}
        edges={p.edges as Edge[]}
        onNodesChange={onNodesChange}
        onInit={(rf) => {
          if (box.current) canvasFirstView(rf, box.current, p.layout);
        }}
        minZoom={0.2}
        maxZoom={1.5}
        nodesConnectable={false}
        onlyRenderVisibleElements={p.onlyVisible}
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
