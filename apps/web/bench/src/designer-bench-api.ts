/** What the designer benchmark page offers its runner (bench/run-designer-bench.ts) through `window.signoffDesignerBench`. */

/**
 * The real designer on the 300-field benchmark form; the same designer on a 30-field form (a baseline
 * in the same run); and a floor with no designer at all: 300 memoized rows and a label box, re-rendered
 * by a reducer, with a keyboard move — what React alone costs for the same three interactions.
 */
export type DesignerKind = 'designer-300' | 'designer-30' | 'bare-300';

/** How the end of an interaction's handling is seen: the label box's `input`, else the event's own bubbling to window. */
export type InteractionEvent = 'click' | 'keydown' | 'input';

export interface DesignerMountTiming {
  /** render() called → commit done */
  commitMs: number;
  /** render() called → the paint after the last row exists */
  paintMs: number;
  rows: number;
}

/** React's work for one interaction, from the render counter (only while counting; zeros otherwise). */
export interface RenderCount {
  commits: number;
  /** canvas rows (FieldRow) that rendered */
  rows: number;
  /** components inside the property panel that rendered */
  panel: number;
  /** every component that rendered */
  components: number;
}

export interface InteractionTiming {
  /** the input event (click, keydown) → its handlers and the React work they caused are done */
  scriptMs: number;
  /** the input event → the next paint after it was handled */
  paintMs: number;
  /**
   * For a select: the input event → the paint that shows the selected field's properties. The
   * designer draws the panel in a deferred render after the click's own frame, so this is later
   * than `paintMs`; the floor draws its label box in the click's own render.
   */
  panelMs?: number;
  /**
   * Chromium's own Event Timing (`PerformanceEventTiming.duration`, what INP is made of): the input
   * → the next frame presented after its handlers, in 8 ms steps; the longest event of the
   * interaction. 0 when no event reached the observer's 16 ms threshold (under one frame).
   */
  eventMs: number;
  renders: RenderCount;
}

export interface DesignerBench {
  describe(): Record<DesignerKind, number>;
  mount(kind: DesignerKind): Promise<DesignerMountTiming>;
  /** the fields' keys in canvas order */
  order(): string[];
  /** the selected field's key, or null */
  selected(): string | null;
  /**
   * starts listening for the next `event`; the runner then acts and calls `settled()`. With
   * `panelFor`, settling also waits for the property panel to show that field (`panelMs`).
   */
  arm(event: InteractionEvent, panelFor?: string): void;
  settled(): Promise<InteractionTiming>;
  /** renders are counted only while this is on: the walk over React's tree would itself cost time */
  countRenders(on: boolean): void;
  unmount(): void;
}

declare global {
  interface Window {
    signoffDesignerBench?: DesignerBench;
    /** set by the page, called by the DevTools hook designer.html installs before React loads */
    __benchCommit?: (root: unknown) => void;
  }
}
