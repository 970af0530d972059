/** What the route benchmark page offers its runner (bench/run-route-bench.ts) through `window.signoffRouteBench`. */

/**
 * `bare`: React Flow with its default nodes and edges and nothing else, the 500 nodes at the
 * positions of `layoutRoute` (the floor the issue names); `bare-visible`: the same with React Flow's
 * `onlyRenderVisibleElements`, as the canvas draws a large route (the floor for what it does);
 * `canvas`: the route designer's real `RouteCanvas` on the same route and layout.
 */
export type RouteBenchKind = 'bare' | 'bare-visible' | 'canvas';

export interface RouteLayoutTiming {
  /** `layoutRoute` called → its promise resolved */
  ms: number;
  /** the longest gap between two animation frames meanwhile: how long the page could not draw */
  longestFrameMs: number;
}

export interface FrameSamples {
  deltas: number[];
  work: number[];
}

export interface RouteBench {
  describe(): { nodes: number; edges: number };
  /** lays the route out `runs` times, one after another */
  layout(runs: number): Promise<RouteLayoutTiming[]>;
  /**
   * mounts `kind` into a fresh 1280 × 800 box; resolves once the first view is set and every node in
   * it is drawn (a page drawing only what is in view has nothing else to draw): the nodes drawn then,
   * and the elements in the box
   */
  mount(kind: RouteBenchKind): Promise<{ paintMs: number; nodes: number; elements: number }>;
  /** the screen centre of the drawn node nearest the view's centre, for the runner's mouse */
  nodePoint(): { id: string; x: number; y: number } | null;
  /** a screen point on the empty pane (nothing drawn there), where a drag pans */
  panePoint(): { x: number; y: number } | null;
  /** a node's on-screen position, to check that a drag moved it */
  nodeScreenPosition(id: string): { x: number; y: number } | null;
  /** the viewport's transform, to check that a pan moved it */
  viewportTransform(): string;
  /** starts recording frames */
  startFrames(): void;
  /** stops recording: rAF deltas and each frame's work, in ms (see route-bench-frames.ts) */
  stopFrames(): Promise<FrameSamples>;
  unmount(): void;
}

declare global {
  interface Window {
    signoffRouteBench?: RouteBench;
  }
}
