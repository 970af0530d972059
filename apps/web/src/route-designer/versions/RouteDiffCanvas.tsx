import { useEffect, useMemo, useState } from 'react';
import { Alert } from 'antd';
import { Controls, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import type { RouteLayout } from '@signoff/designer';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useLang } from '../../i18n/use-lang';
import { canvasElements } from '../canvas/route-canvas-model';
import type { RouteFlowEdge, RouteFlowNode } from '../canvas/route-canvas-types';
import { canvasWords } from '../canvas/route-canvas-words';
import { ROUTE_EDGE_TYPES, ROUTE_NODE_TYPES } from '../canvas/route-node-types';
import '../canvas/route-canvas.css';
import { layoutRouteOffThread } from '../layout/layout-in-worker';
import type { RouteOrg } from '../settings';
import type { DiffPicture, DiffStatus } from './route-diff';
import './route-versions.css';

export interface RouteDiffCanvasProps {
  picture: DiffPicture;
  fields: readonly FormField[];
  org: RouteOrg | undefined;
  /** a node or edge picked in the list of changes: the view moves to it */
  focus: { nodeId: string } | { edgeId: string } | null;
}

const FIT = { padding: 0.12, maxZoom: 1 };
const NO_DRAG: Readonly<Record<string, { x: number; y: number }>> = {};
const PRO_OPTIONS = { hideAttribution: true };
const LEGEND: Record<Exclude<DiffStatus, 'same'>, string> = {
  added: 'routeDesigner.versions.legendAdded',
  removed: 'routeDesigner.versions.legendRemoved',
  changed: 'routeDesigner.versions.legendChanged',
};

/**
 * The newer route drawn with the canvas's own cards, read-only: added nodes and lines green,
 * changed ones orange, removed ones (from the older route) ghosted red. Laid out afresh, since
 * the picture holds nodes neither version has together.
 */
export function RouteDiffCanvas(p: RouteDiffCanvasProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [laid, setLaid] = useState<{ flow: DiffPicture['flow']; layout: RouteLayout } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    layoutRouteOffThread(p.picture.flow).then(
      (layout) => {
        if (live) setLaid({ flow: p.picture.flow, layout });
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [p.picture.flow]);

  const words = useMemo(() => canvasWords(t, lang, p.fields, p.org), [t, lang, p.fields, p.org]);
  const layout = laid?.flow === p.picture.flow ? laid.layout : null;
  const elements = useMemo(() => {
    const drawn = canvasElements({
      flow: p.picture.flow,
      layout,
      problems: [],
      selected: null,
      lit: null,
      words,
      dropEdgeId: null,
      dragged: NO_DRAG,
    });
    const status = (map: ReadonlyMap<string, DiffStatus>, id: string) => map.get(id) ?? 'same';
    const nodes = drawn.nodes.map((n): RouteFlowNode => {
      const s = status(p.picture.nodes, n.id);
      return {
        ...n,
        draggable: false,
        className: `rd-diff-${s}`,
        ariaLabel: s === 'same' ? n.ariaLabel : `${t(LEGEND[s])}: ${n.ariaLabel ?? ''}`,
      };
    });
    const edges = drawn.edges.map((e): RouteFlowEdge => ({
      ...e,
      className: `rd-diff-edge-${status(p.picture.edges, e.id)}`,
    }));
    return { nodes, edges };
  }, [p.picture, layout, words, t]);

  if (error !== null)
    return (
      <Alert
        type="error"
        showIcon
        title={t('routeDesigner.layoutFailed', { error: errorText(error, lang) })}
      />
    );
  return (
    <div className="rd-canvas rd-readonly rd-diff-canvas" data-testid="route-diff-canvas">
      {layout && (
        <ReactFlowProvider>
          <ReactFlow<RouteFlowNode, RouteFlowEdge>
            nodes={elements.nodes}
            edges={elements.edges}
            nodeTypes={ROUTE_NODE_TYPES}
            edgeTypes={ROUTE_EDGE_TYPES}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            deleteKeyCode={null}
            fitView
            fitViewOptions={FIT}
            minZoom={0.2}
            maxZoom={1.5}
            aria-label={t('routeDesigner.canvas.label')}
            proOptions={PRO_OPTIONS}
          >
            <Controls showInteractive={false} fitViewOptions={FIT} />
            <FocusOn focus={p.focus} layout={layout} />
          </ReactFlow>
        </ReactFlowProvider>
      )}
    </div>
  );
}

/** Moves the view to what the list of changes points at (an edge: the middle of its ends). */
function FocusOn({ focus, layout }: { focus: RouteDiffCanvasProps['focus']; layout: RouteLayout }) {
  const rf = useReactFlow();
  useEffect(() => {
    if (!focus) return;
    const ids =
      'nodeId' in focus
        ? [focus.nodeId]
        : (() => {
            const e = layout.edges.find((x) => x.id === focus.edgeId);
            return e ? [e.from, e.to] : [];
          })();
    const boxes = layout.nodes.filter((n) => ids.includes(n.id));
    if (boxes.length === 0) return;
    const x = boxes.reduce((s, b) => s + b.x + b.width / 2, 0) / boxes.length;
    const y = boxes.reduce((s, b) => s + b.y + b.height / 2, 0) / boxes.length;
    void rf.setCenter(x, y, { zoom: Math.max(rf.getZoom(), 0.8), duration: 300 });
  }, [focus, layout, rf]);
  return null;
}
