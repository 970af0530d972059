import { describe, expect, it } from 'vitest';
import { gapAt, lineFor, type CanvasLayout, type RowBox } from './canvas-layout';

// a 400-wide list: a full row, two half rows on one line, then a table with two columns
const full = (top: number): RowBox => ({ left: 0, top, width: 400, height: 40, half: false });
const layout: CanvasLayout = {
  width: 400,
  rows: [
    full(0),
    { left: 0, top: 48, width: 196, height: 40, half: true },
    { left: 204, top: 48, width: 196, height: 40, half: true },
    {
      ...full(96),
      height: 80,
      table: {
        key: 'items',
        strip: { left: 26, top: 130, width: 374, height: 40 },
        columns: [
          { left: 32, top: 136, width: 80, height: 28 },
          { left: 118, top: 136, width: 80, height: 28 },
        ],
      },
    },
  ],
};

describe('gapAt', () => {
  it('goes before a full row above its middle and after it below', () => {
    expect(gapAt(layout, 100, 10, true)).toEqual({ index: 0 });
    expect(gapAt(layout, 100, 30, true)).toEqual({ index: 1 });
    expect(gapAt(layout, 100, -20, true)).toEqual({ index: 0 });
  });

  it('on a line of two half rows, goes by the side of each one’s middle', () => {
    expect(gapAt(layout, 50, 60, true)).toEqual({ index: 1 });
    expect(gapAt(layout, 150, 60, true)).toEqual({ index: 2 });
    expect(gapAt(layout, 250, 60, true)).toEqual({ index: 2 });
    expect(gapAt(layout, 350, 60, true)).toEqual({ index: 3 });
  });

  it('inside a table’s strip, goes between its columns, or to its end over the drop zone', () => {
    expect(gapAt(layout, 40, 150, true)).toEqual({ table: 'items', index: 0 });
    expect(gapAt(layout, 170, 150, true)).toEqual({ table: 'items', index: 2 });
    expect(gapAt(layout, 300, 150, true)).toEqual({ table: 'items', index: 2 });
    // what cannot be a column passes over the strip: the table row's lower half is after it
    expect(gapAt(layout, 300, 150, false)).toEqual({ index: 4 });
  });

  it('below every row is the end of the form', () => {
    expect(gapAt(layout, 100, 900, true)).toEqual({ index: 4 });
    expect(gapAt({ width: 400, rows: [] }, 0, 0, true)).toEqual({ index: 0 });
  });
});

describe('lineFor', () => {
  it('draws a bar above a full row, between two half rows, after the last row, between columns', () => {
    expect(lineFor(layout, { index: 0 })).toMatchObject({ left: 0, width: 400, height: 3 });
    expect(lineFor(layout, { index: 2 })).toMatchObject({ top: 48, width: 3, height: 40 });
    expect(lineFor(layout, { index: 4 })?.top).toBeGreaterThan(176);
    expect(lineFor(layout, { table: 'items', index: 1 })).toMatchObject({ top: 136, width: 3, height: 28 });
    expect(lineFor(layout, { table: 'nope', index: 0 })).toBeNull();
  });
});
