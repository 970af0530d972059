import {
  memo,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type Ref,
} from 'react';
import {
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type FitViewOptions,
  type NodeChange,
} from '@xyflow/react';
import type { InsertableNodeType, RouteCommand, RouteLayout } from '@signoff/designer';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { isTextEntry } from '../../form-designer/page/use-undo-keys';
import { useStableHandlers } from '../../form-designer/page/use-stable-handlers';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import type { RouteOrg } from '../settings';
import { PALETTE_MIME, RouteCanvasContext, type RouteCanvasActions } from './route-canvas-context';
import { draggedEdges, draggedNodes } from './dragged-elements';
import { canvasElements, shareElements } from './route-canvas-model';
import type {
  Flow,
  FlowProblem,
  LitRoute,
  RouteFlowEdge,
  RouteFlowNode,
  RouteSelection,
} from './route-canvas-types';
import { canvasWords } from './route-canvas-words';
import { navDirection, navigate } from './route-navigation';
import { ROUTE_EDGE_TYPES, ROUTE_NODE_TYPES } from './route-node-types';
import { RemoveBlockDialog } from './RemoveBlockDialog';
import { RoutePalette } from './RoutePalette';
import './route-canvas.css';

/** What the page may ask of the canvas: the toolbar's fit view, the problems list's "show me". */
export interface RouteCanvasHandle {
  fitView: () => void;
  centre: (selection: RouteSelection) => void;
}

export interface RouteCanvasProps {
  flow: Flow;
  /** the automatic layout; the previous one while a new one computes, null before the first */
  layout: RouteLayout | null;
  problems: readonly FlowProblem[];
  selected: RouteSelection;
  /** the simulation's path: drawn highlighted, the rest dimmed */
  lit: LitRoute | null;
  fields: readonly FormField[];
  org?: RouteOrg | undefined;
  dispatch: (cmd: RouteCommand) => void;
  onSelect: (selection: RouteSelection) => void;
  /** Enter or a double click on a node: the page shows its settings */
  onOpenSettings?: () => void;
  /** a phone: look, do not edit */
  readOnly?: boolean;
  ref?: Ref<RouteCanvasHandle>;
}

// the palette strip floats over the board's top: fitted routes start below it
const FIT: FitViewOptions<RouteFlowNode> = {
  padding: { top: '72px', right: '24px', bottom: '24px', left: '24px' },
  maxZoom: 1,
  duration: 200,
};
/** how far from the board's top a route shown at its readable size starts: below the palette */
const TOP_CLEAR = 64;
/** Below this the cards' text is too small to read. */
const READABLE_ZOOM = 0.7;
/**
 * From this many nodes the canvas draws only the cards and edges in view (React Flow's
 * `onlyRenderVisibleElements`): 500 cards with their edges' "+" and conditions are 8 700 elements
 * that every drag and pan frame hit-tests and paints, of which about ten cards are on screen at the
 * readable zoom (docs/benchmarks.md). A catalog route (≤ 30 nodes) stays drawn whole: little to
 * gain, and find-in-page sees every card. The arrow keys bring a card not drawn into view.
 */
export const DRAW_ONLY_VISIBLE_FROM = 100;
const isBlock = (type: string | undefined) => type === 'branch' || type === 'parallel';
const MINIMAP_COLOURS: Record<string, string> = {
  start: '#8f959e',
  approve: '#ff943e',
  notify: '#3296fa',
  handle: '#15bc83',
};

/** The route on a React Flow canvas. Memoized: the page's other state (tabs, save status) does not redraw it. */
export const RouteCanvas = memo(function RouteCanvas(props: RouteCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasView {...props} />
    </ReactFlowProvider>
  );
});

function CanvasView(p: RouteCanvasProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const rf = useReactFlow<RouteFlowNode, RouteFlowEdge>();
  const words = useMemo(() => canvasWords(t, lang, p.fields, p.org), [t, lang, p.fields, p.org]);
  const [drag, setDrag] = useState<{
    layout: RouteLayout | null;
    at: Record<string, { x: number; y: number }>;
  }>({ layout: p.layout, at: {} });
  // a new layout places the dragged node where its nudge says; the drag positions are done with
  const dragged = drag.layout === p.layout ? drag.at : NOT_DRAGGED;
  const [dropEdgeId, setDropEdgeId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const board = useRef<HTMLDivElement>(null);

  const previous = useRef<{ nodes: RouteFlowNode[]; edges: RouteFlowEdge[] }>({ nodes: [], edges: [] });
  // everything but the drag: a drag frame must not rebuild and re-compare 500 cards' words
  const settled = useMemo(() => {
    const next = canvasElements({
      flow: p.flow,
      layout: p.layout,
      problems: p.problems,
      selected: p.selected,
      lit: p.lit,
      words,
      dropEdgeId,
      dragged: NOT_DRAGGED,
    });
    return {
      nodes: shareElements(previous.current.nodes, next.nodes),
      edges: shareElements(previous.current.edges, next.edges),
    };
  }, [p.flow, p.layout, p.problems, p.selected, p.lit, words, dropEdgeId]);
  useLayoutEffect(() => {
    previous.current = settled;
  }, [settled]);
  const movingKey = JSON.stringify(Object.keys(dragged));
  const edges = useMemo(
    () => draggedEdges(settled.edges, new Set(JSON.parse(movingKey) as string[])),
    [settled.edges, movingKey],
  );
  const nodes = useMemo(() => draggedNodes(settled.nodes, dragged), [settled.nodes, dragged]);

  const insertOn = (edgeId: string, nodeType: InsertableNodeType) =>
    p.dispatch({ type: 'insertNode', edgeId, nodeType });
  const actions: RouteCanvasActions = useStableHandlers({
    insert: insertOn,
    addPath: (nodeId: string) => p.dispatch({ type: 'addPath', nodeId }),
    selectEdge: (edgeId: string) => p.onSelect({ edgeId }),
  });

  const on = useStableHandlers({
    nodesChange: (changes: NodeChange<RouteFlowNode>[]) => {
      const moved: Record<string, { x: number; y: number }> = {};
      for (const c of changes)
        if (c.type === 'position' && c.position && c.dragging) moved[c.id] = c.position;
      if (Object.keys(moved).length > 0)
        setDrag((d) => ({ layout: p.layout, at: { ...(d.layout === p.layout ? d.at : {}), ...moved } }));
    },
    dragStop: (_e: unknown, node: RouteFlowNode) => {
      const laid = p.layout?.nodes.find((n) => n.id === node.id);
      if (!laid) return;
      const before = p.flow.layout?.offsets?.[node.id] ?? { x: 0, y: 0 };
      const offset = {
        x: Math.round(before.x + node.position.x - laid.x),
        y: Math.round(before.y + node.position.y - laid.y),
      };
      if (offset.x === before.x && offset.y === before.y) return;
      const none = offset.x === 0 && offset.y === 0;
      p.dispatch({ type: 'nudgeNode', nodeId: node.id, offset: none ? undefined : offset });
    },
    nodeClick: (_e: unknown, node: RouteFlowNode) => p.onSelect({ nodeId: node.id }),
    nodeDoubleClick: (_e: unknown, node: RouteFlowNode) => {
      p.onSelect({ nodeId: node.id });
      p.onOpenSettings?.();
    },
    edgeClick: (_e: unknown, edge: RouteFlowEdge) => p.onSelect({ edgeId: edge.id }),
    paneClick: () => p.onSelect(null),
    palettePick: (kind: InsertableNodeType) => {
      if (p.selected && 'edgeId' in p.selected) insertOn(p.selected.edgeId, kind);
      else toast('info', t('routeDesigner.canvas.pickEdgeFirst'));
    },
  });

  const drawnCard = (nodeId: string) =>
    [...(board.current?.querySelectorAll<HTMLElement>('.react-flow__node') ?? [])].find(
      (el) => el.dataset.id === nodeId,
    );
  const focusNode = (nodeId: string) => {
    const card = drawnCard(nodeId);
    if (card) return card.focus();
    // a large route draws only what is in view: bring the node there, then focus it once drawn
    const b = p.layout?.nodes.find((n) => n.id === nodeId);
    if (!b) return;
    void rf.setCenter(b.x + b.width / 2, b.y + b.height / 2, { zoom: rf.getZoom() });
    let frames = 0;
    const focusWhenDrawn = () => {
      const drawn = drawnCard(nodeId);
      if (drawn) drawn.focus();
      else if (++frames < 20) requestAnimationFrame(focusWhenDrawn);
    };
    requestAnimationFrame(focusWhenDrawn);
  };
  /** The node whose card holds the event's target (React Flow's wrapper carries its id). */
  const nodeOf = (target: EventTarget): string | undefined =>
    (target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;

  const removeSelected = () => {
    const sel = p.selected;
    if (!sel) return;
    if ('nodeId' in sel) {
      const node = p.flow.nodes.find((n) => n.id === sel.nodeId);
      if (isBlock(node?.type)) setRemoving(sel.nodeId);
      else p.dispatch({ type: 'removeNode', nodeId: sel.nodeId });
      return;
    }
    const edge = p.flow.edges.find((e) => e.id === sel.edgeId);
    const from = p.flow.nodes.find((n) => n.id === edge?.from);
    if (isBlock(from?.type)) p.dispatch({ type: 'removePath', edgeId: sel.edgeId });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (isTextEntry(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    if ((e.target as HTMLElement).closest('.rd-menu, .rd-palette')) return;
    const dir = navDirection(e.key);
    if (dir && p.layout) {
      e.preventDefault();
      const focused = nodeOf(e.target);
      const from = p.selected ?? (focused !== undefined ? { nodeId: focused } : null);
      const next = navigate(p.flow, p.layout, from, dir);
      if (!next) return;
      p.onSelect(next);
      if ('nodeId' in next) focusNode(next.nodeId);
    } else if (e.key === 'Enter' && p.selected) {
      if ((e.target as HTMLElement).closest('button')) return;
      e.preventDefault();
      p.onOpenSettings?.();
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && !p.readOnly) {
      e.preventDefault();
      removeSelected();
    }
  };

  const edgeUnder = (e: DragEvent) => {
    const el = (e.target as Element).closest('[data-edge-id], .react-flow__edge');
    return el?.getAttribute('data-edge-id') ?? el?.getAttribute('data-id') ?? null;
  };
  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    if (p.readOnly || !e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    const id = edgeUnder(e);
    if (id !== dropEdgeId) setDropEdgeId(id);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    const kind = e.dataTransfer.getData(PALETTE_MIME) as InsertableNodeType | '';
    const id = edgeUnder(e);
    setDropEdgeId(null);
    if (!kind) return;
    e.preventDefault();
    if (id) insertOn(id, kind);
    else toast('info', t('routeDesigner.canvas.pickEdgeFirst'));
  };

  useImperativeHandle(
    p.ref,
    () => ({
      fitView: () => void rf.fitView(FIT),
      centre: (sel) => {
        const ids = sel === null ? [] : 'nodeId' in sel ? [sel.nodeId] : edgeEnds(p.flow, sel.edgeId);
        const boxes = p.layout?.nodes.filter((n) => ids.includes(n.id)) ?? [];
        if (boxes.length === 0) return;
        const x = boxes.reduce((s, b) => s + b.x + b.width / 2, 0) / boxes.length;
        const y = boxes.reduce((s, b) => s + b.y + b.height / 2, 0) / boxes.length;
        void rf.setCenter(x, y, { zoom: Math.max(rf.getZoom(), 0.8), duration: 300 });
      },
    }),
    [rf, p.flow, p.layout],
  );

  // the first layout: the whole route if it can be read at that size, else its top at a size that
  // can (用印审批's seven branches would be specks); the minimap and "fit view" show the whole
  const firstLayout = p.layout;
  const hasLayout = firstLayout !== null;
  useEffect(() => {
    if (!firstLayout) return;
    const frame = requestAnimationFrame(() => {
      const el = board.current;
      const start = firstLayout.nodes.find((n) => n.type === 'start');
      if (!el || el.clientWidth === 0) return;
      const fits = Math.min(el.clientWidth / firstLayout.width, el.clientHeight / firstLayout.height);
      if (fits >= READABLE_ZOOM || !start) void rf.fitView(FIT);
      else
        void rf.setViewport({
          x: el.clientWidth / 2 - (start.x + start.width / 2) * READABLE_ZOOM,
          y: TOP_CLEAR - start.y * READABLE_ZOOM,
          zoom: READABLE_ZOOM,
        });
    });
    return () => cancelAnimationFrame(frame);
    // only the first layout: later ones keep the officer's own pan and zoom
  }, [hasLayout, rf]);

  const removingNode = removing ? p.flow.nodes.find((n) => n.id === removing) : undefined;
  return (
    <RouteCanvasContext.Provider value={actions}>
      <div
        ref={board}
        className={`rd-canvas${p.readOnly ? ' rd-readonly' : ''}`}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          // tabbing onto a card selects it, as a click does
          const id = nodeOf(e.target);
          if (id !== undefined && !(p.selected && 'nodeId' in p.selected && p.selected.nodeId === id))
            p.onSelect({ nodeId: id });
        }}
        onDragOver={onDragOver}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropEdgeId(null);
        }}
        onDrop={onDrop}
        data-testid="route-canvas"
      >
        {!p.readOnly && <RoutePalette onPick={on.palettePick} disabled={false} />}
        <ReactFlow<RouteFlowNode, RouteFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={ROUTE_NODE_TYPES}
          edgeTypes={ROUTE_EDGE_TYPES}
          onNodesChange={on.nodesChange}
          onNodeDragStop={on.dragStop}
          onNodeClick={on.nodeClick}
          onNodeDoubleClick={on.nodeDoubleClick}
          onEdgeClick={on.edgeClick}
          onPaneClick={on.paneClick}
          nodesDraggable={!p.readOnly}
          nodesConnectable={false}
          nodesFocusable
          edgesFocusable={false}
          onlyRenderVisibleElements={p.flow.nodes.length >= DRAW_ONLY_VISIBLE_FROM}
          disableKeyboardA11y
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          zoomOnDoubleClick={false}
          minZoom={0.2}
          maxZoom={1.5}
          aria-label={t('routeDesigner.canvas.label')}
          proOptions={PRO_OPTIONS}
        >
          {!p.readOnly && <MiniMap pannable zoomable nodeColor={minimapColour} style={MINIMAP_SIZE} />}
          <Controls showInteractive={false} fitViewOptions={FIT} />
        </ReactFlow>
        <p className="rd-keyboard-help">{t('routeDesigner.canvas.keyboardHelp')}</p>
      </div>
      {removingNode && (
        <RemoveBlockDialog
          name={words.pick(removingNode.name) || words.kind(removingNode.type)}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            setRemoving(null);
            p.dispatch({ type: 'removeNode', nodeId: removingNode.id });
          }}
        />
      )}
    </RouteCanvasContext.Provider>
  );
}

const NOT_DRAGGED: Readonly<Record<string, { x: number; y: number }>> = {};
const PRO_OPTIONS = { hideAttribution: true };
const MINIMAP_SIZE = { width: 160, height: 110 };
const minimapColour = (n: RouteFlowNode) => MINIMAP_COLOURS[n.type ?? ''] ?? '#c9cdd4';

function edgeEnds(flow: Flow, edgeId: string): string[] {
  const e = flow.edges.find((x) => x.id === edgeId);
  return e ? [e.from, e.to] : [];
}
