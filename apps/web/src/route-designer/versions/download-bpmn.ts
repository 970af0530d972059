import type { RouteLayout } from '@signoff/designer';
import type { Localized } from '@signoff/schema';
import type { Lang } from '../../i18n/i18n';
import type { Flow } from '../canvas/route-canvas-types';
import { layoutRouteOffThread } from '../layout/layout-in-worker';

export interface BpmnFile {
  fileName: string;
  xml: string;
}

/** `<key>.bpmn`, with what a file name cannot hold replaced; `route.bpmn` for a key of nothing usable. */
export function bpmnFileName(key: string): string {
  const safe = key.trim().replace(/[\\/:*?"<>|\s]+/g, '-');
  return `${safe || 'route'}.bpmn`;
}

/**
 * Whether a layout is this route's: every node placed, every edge drawn between the same ends. The
 * canvas keeps its previous layout while a new one computes, which would leave a new node out.
 */
export function layoutFits(layout: RouteLayout | null, flow: Flow): layout is RouteLayout {
  if (!layout || layout.nodes.length !== flow.nodes.length || layout.edges.length !== flow.edges.length)
    return false;
  const placed = new Set(layout.nodes.map((n) => n.id));
  const lines = new Map(layout.edges.map((e) => [e.id, e]));
  return (
    flow.nodes.every((n) => placed.has(n.id)) &&
    flow.edges.every((e) => lines.get(e.id)?.from === e.from && lines.get(e.id)?.to === e.to)
  );
}

/**
 * The route as BPMN 2.0 XML with the canvas's layout as its diagram (laid out afresh when the
 * canvas's is not this route's yet). `@signoff/bpmn` and bpmn-moddle load on the first
 * download only, so they stay out of the page's first chunk. A malformed route rejects with a
 * `BpmnExportError`, which carries its reason in both languages.
 */
export async function routeAsBpmn(input: {
  key: string;
  flow: Flow;
  layout: RouteLayout | null;
  name: Localized;
  lang: Lang;
}): Promise<BpmnFile> {
  const { routeToBpmn } = await import('@signoff/bpmn');
  // a route elk cannot lay out (a dangling edge) goes on without a diagram: the export then says what is wrong
  const diagram = layoutFits(input.layout, input.flow)
    ? input.layout
    : await layoutRouteOffThread(input.flow).catch(() => undefined);
  const xml = await routeToBpmn(input.flow, {
    name: input.name,
    lang: input.lang,
    ...(diagram && { diagram }),
  });
  return { fileName: bpmnFileName(input.key), xml };
}
