import type { Gap } from './drop-target';

/** A box relative to the canvas's list of rows: scrolling moves the list, not the boxes within it. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface RowBox extends Box {
  /** half a line or less wide: two such rows share a line */
  half: boolean;
  /** a detail table's column strip and its columns, left to right */
  table?: { key: string; strip: Box; columns: Box[] };
}

/** Where the canvas's rows are, measured once when a drag starts (they do not move while it lasts). */
export interface CanvasLayout {
  width: number;
  rows: RowBox[];
}

/** The gap rows are apart (`.fd-rows` gap) and columns are apart (`.fd-columns` gap), in CSS pixels. */
const ROW_GAP = 8;
const COLUMN_GAP = 6;
/** A pointer this close outside a table's strip still drops into it. */
const STRIP_SLACK = 4;

const boxOf = (r: DOMRect, origin: DOMRect): Box => ({
  left: r.left - origin.left,
  top: r.top - origin.top,
  width: r.width,
  height: r.height,
});

/**
 * Reads the rows (`.fd-row` children, in the model's order) and each table's strip (`.fd-columns`)
 * and columns (`.fd-column`). Rows are read from their offsets within the list (it is their offset
 * parent): one layout, no DOMRect per row, which on 300 rows was most of a pick up's time.
 */
export function measureCanvas(rowsElement: HTMLElement): CanvasLayout {
  const width = rowsElement.clientWidth;
  let origin: DOMRect | undefined;
  const rows: RowBox[] = [];
  for (const el of Array.from(rowsElement.children)) {
    if (!(el instanceof HTMLElement) || !el.classList.contains('fd-row')) continue;
    const box: Box = {
      left: el.offsetLeft,
      top: el.offsetTop,
      width: el.offsetWidth,
      height: el.offsetHeight,
    };
    const row: RowBox = { ...box, half: box.width < width * 0.75 };
    const strip = el.querySelector('.fd-columns');
    if (strip) {
      origin ??= rowsElement.getBoundingClientRect();
      const at = origin;
      const key = (el.getAttribute('data-testid') ?? '').replace(/^canvas-field-/, '');
      const columns = Array.from(strip.querySelectorAll('.fd-column')).map((c) =>
        boxOf(c.getBoundingClientRect(), at),
      );
      row.table = { key, strip: boxOf(strip.getBoundingClientRect(), at), columns };
    }
    rows.push(row);
  }
  return { width, rows };
}

const inside = (b: Box, x: number, y: number, slack: number) =>
  x >= b.left - slack && x <= b.left + b.width + slack && y >= b.top - slack && y <= b.top + b.height + slack;

/** Whether a point (relative to the rows) goes before this row: above it, or on its line and left of its middle. */
function before(row: RowBox, x: number, y: number): boolean {
  if (y < row.top) return true;
  if (y > row.top + row.height) return false;
  return row.half ? x < row.left + row.width / 2 : y < row.top + row.height / 2;
}

/**
 * The gap a pointer at (x, y) — relative to the rows — points at: inside a table's column strip,
 * before the first column whose middle is right of it (when the dragged thing may be a column);
 * otherwise before the first row it is above or left of, else the end of the form.
 */
export function gapAt(layout: CanvasLayout, x: number, y: number, columns: boolean): Gap {
  if (columns)
    for (const row of layout.rows) {
      const t = row.table;
      if (!t || !inside(t.strip, x, y, STRIP_SLACK)) continue;
      const j = t.columns.findIndex((c) => x < c.left + c.width / 2);
      return { table: t.key, index: j < 0 ? t.columns.length : j };
    }
  const i = layout.rows.findIndex((r) => before(r, x, y));
  return { index: i < 0 ? layout.rows.length : i };
}

/** The drop line for a gap, relative to the rows: a bar across the row it goes before, or down the side of a half row or a column. */
export function lineFor(layout: CanvasLayout, gap: Gap): Box | null {
  const thick = 3;
  if (gap.table !== undefined) {
    const t = layout.rows.find((r) => r.table?.key === gap.table)?.table;
    if (!t) return null;
    const next = t.columns[gap.index];
    const prev = t.columns[gap.index - 1];
    const ref = next ?? prev;
    const left = next
      ? next.left - COLUMN_GAP / 2
      : prev
        ? prev.left + prev.width + COLUMN_GAP / 2
        : t.strip.left + 4;
    const top = ref ? ref.top : t.strip.top + 4;
    const height = ref ? ref.height : t.strip.height - 8;
    return { left: left - thick / 2, top, width: thick, height };
  }
  const rows = layout.rows;
  const next = rows[gap.index];
  const prev = rows[gap.index - 1];
  if (next) {
    // a half row second on its line: the line runs down between the two
    if (next.half && prev && Math.abs(prev.top - next.top) < 1)
      return { left: next.left - ROW_GAP / 2 - thick / 2, top: next.top, width: thick, height: next.height };
    return { left: next.left, top: next.top - ROW_GAP / 2 - thick / 2, width: next.width, height: thick };
  }
  if (prev)
    return {
      left: 0,
      top: prev.top + prev.height + ROW_GAP / 2 - thick / 2,
      width: layout.width,
      height: thick,
    };
  return { left: 0, top: 0, width: layout.width, height: thick };
}
