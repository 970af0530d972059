import { useEffect, useRef, useState } from 'react';
import type { RouteLayout } from '@signoff/designer';
import { layoutRouteOffThread } from '../layout/layout-in-worker';
import type { Flow } from '../canvas/route-canvas-types';
import { routeStructureKey } from './route-structure';

export interface RouteLayoutState {
  /** the latest finished layout; the previous one stays while a new one computes */
  layout: RouteLayout | null;
  /** how long the latest layout took */
  ms: number | null;
  error: unknown;
}

/**
 * The route's automatic layout (elkjs through the core, in a web worker), recomputed when the route's structure
 * changes and not on a rename. An answer for an older structure that arrives late is dropped.
 */
export function useRouteLayout(flow: Flow): RouteLayoutState {
  const key = routeStructureKey(flow);
  const latest = useRef(flow);
  latest.current = flow;
  const [state, setState] = useState<RouteLayoutState>({ layout: null, ms: null, error: null });
  useEffect(() => {
    let live = true;
    const started = performance.now();
    layoutRouteOffThread(latest.current).then(
      (layout) => {
        if (live) setState({ layout, ms: Math.round(performance.now() - started), error: null });
      },
      (error: unknown) => {
        if (live) setState((s) => ({ ...s, error }));
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
