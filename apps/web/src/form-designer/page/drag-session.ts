import type { FormModel } from '@signoff/schema';
import { gapAt, lineFor, measureCanvas, type Box, type CanvasLayout } from './canvas-layout';
import { canBeColumn, homeGap, offersGap, sameGap, stepGap, type DragSubject, type Gap } from './drop-target';

/** What the drop line draws: nothing, or a bar relative to the canvas's rows. */
export interface DropView {
  line: Box | null;
}

interface Drag {
  model: FormModel;
  subject: DragSubject;
  node: HTMLElement | null;
  layout: CanvasLayout;
  columns: boolean;
  /** the canvas pane on screen when the drag started: a pointer outside it drops nowhere */
  pane: DOMRect;
  gap: Gap | null;
  onGap: (gap: Gap | null) => void;
  stop: () => void;
}

const HIDDEN: DropView = { line: null };
/** Keeps the drop line this far inside the canvas pane's edges while the keyboard walks the gaps. */
const REVEAL_MARGIN = 48;

/**
 * One drag over the canvas, outside React: the rows are measured once when it starts, and each
 * pointer move or arrow key works out the gap from those boxes. Only the drop line re-renders;
 * no row subscribes to anything, so a 300-field canvas costs the same to drag over as a short one.
 */
export class DragSession {
  private rows: HTMLElement | null = null;
  private drag: Drag | null = null;
  private view: DropView = HIDDEN;
  private readonly listeners = new Set<() => void>();

  /** The canvas's list of rows (a ref callback). */
  readonly setRows = (el: HTMLElement | null): void => {
    this.rows = el;
  };

  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  readonly getView = (): DropView => this.view;

  start(
    model: FormModel,
    subject: DragSubject,
    o: { keyboard: boolean; node: HTMLElement | null; onGap: (gap: Gap | null) => void },
  ): void {
    this.end();
    const rows = this.rows;
    if (!rows) return;
    const pane = (rows.closest('.fd-canvas') ?? rows).getBoundingClientRect();
    const drag: Drag = {
      model,
      subject,
      node: o.node,
      layout: measureCanvas(rows),
      columns: canBeColumn(model, subject),
      pane,
      gap: null,
      onGap: o.onGap,
      stop: () => undefined,
    };
    this.drag = drag;
    o.node?.setAttribute('data-dragging', '');
    if (o.keyboard) {
      drag.gap = homeGap(model, subject);
      return;
    }
    let last: { x: number; y: number } | null = null;
    const track = () => {
      if (last) this.point(last.x, last.y);
    };
    const onMove = (e: PointerEvent) => {
      last = { x: e.clientX, y: e.clientY };
      track();
    };
    // the canvas may scroll under a still pointer (the wheel, dnd-kit's auto-scroll)
    window.addEventListener('pointermove', onMove, { capture: true, passive: true });
    window.addEventListener('scroll', track, { capture: true, passive: true });
    drag.stop = () => {
      window.removeEventListener('pointermove', onMove, { capture: true });
      window.removeEventListener('scroll', track, { capture: true });
    };
  }

  /** A pointer at (x, y) on screen. */
  private point(x: number, y: number): void {
    const d = this.drag;
    if (!d || !this.rows) return;
    const p = d.pane;
    if (x < p.left || x > p.right || y < p.top || y > p.bottom) return this.setGap(null);
    const origin = this.rows.getBoundingClientRect();
    const gap = gapAt(d.layout, x - origin.left, y - origin.top, d.columns);
    this.setGap(offersGap(d.model, d.subject, gap) ? gap : null);
  }

  /** An arrow key: the next or previous gap the dragged field may go to, kept in view. */
  step(direction: 1 | -1): void {
    const d = this.drag;
    if (!d || !this.rows) return;
    const from = d.gap ?? homeGap(d.model, d.subject);
    // from the palette: in beside the entry, as far as the canvas shows it
    const gap = from === null ? this.entryGap(d, this.rows) : stepGap(d.model, d.subject, from, direction);
    this.setGap(gap);
    this.reveal(gap);
  }

  private entryGap(d: Drag, rows: HTMLElement): Gap {
    const entry = d.node?.getBoundingClientRect();
    const y = Math.min(
      Math.max(entry ? entry.top + entry.height / 2 : d.pane.top, d.pane.top),
      d.pane.bottom,
    );
    return gapAt(d.layout, 0, y - rows.getBoundingClientRect().top, false);
  }

  /** Ends the drag; returns the gap it ended in. */
  end(): Gap | null {
    const d = this.drag;
    if (!d) return null;
    d.stop();
    d.node?.removeAttribute('data-dragging');
    this.drag = null;
    this.publish(HIDDEN);
    return d.gap !== null && offersGap(d.model, d.subject, d.gap) ? d.gap : null;
  }

  private setGap(gap: Gap | null): void {
    const d = this.drag;
    if (!d || sameGap(d.gap, gap)) return;
    d.gap = gap;
    const shown = gap !== null && offersGap(d.model, d.subject, gap);
    this.publish({ line: shown ? lineFor(d.layout, gap) : null });
    d.onGap(shown ? gap : null);
  }

  private reveal(gap: Gap): void {
    const line = this.drag ? lineFor(this.drag.layout, gap) : null;
    const pane = this.rows?.closest('.fd-canvas');
    if (!line || !pane || !this.rows) return;
    const top = this.rows.getBoundingClientRect().top + line.top;
    const view = pane.getBoundingClientRect();
    if (top < view.top + REVEAL_MARGIN) pane.scrollTop -= view.top + REVEAL_MARGIN - top;
    else if (top > view.bottom - REVEAL_MARGIN) pane.scrollTop += top - (view.bottom - REVEAL_MARGIN);
  }

  private publish(view: DropView): void {
    this.view = view;
    for (const fn of this.listeners) fn();
  }
}
