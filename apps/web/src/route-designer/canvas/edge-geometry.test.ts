import { describe, expect, it } from 'vitest';
import { polylinePath, toolAnchor } from './edge-geometry';

describe('edge geometry', () => {
  it('rounds the corners of an orthogonal line and keeps its ends', () => {
    const d = polylinePath([
      { x: 0, y: 0 },
      { x: 0, y: 50 },
      { x: 100, y: 50 },
      { x: 100, y: 100 },
    ]);
    expect(d.startsWith('M 0 0 L 0 42 Q 0 50 8 50')).toBe(true);
    expect(d.endsWith('L 100 100')).toBe(true);
  });

  it('puts the "+" in the middle of the longest vertical stretch, and a branch path\'s at the top of its column', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 0, y: 20 },
      { x: 200, y: 20 },
      { x: 200, y: 120 },
    ];
    expect(toolAnchor(line)).toEqual({ x: 200, y: 70 });
    expect(toolAnchor(line, { halfHeight: 23, toMerge: false })).toEqual({ x: 200, y: 47 });
    // never above the bend it comes down from
    expect(toolAnchor(line, { halfHeight: 500, toMerge: false })).toEqual({ x: 200, y: 20 });
    // a path straight to where the paths meet: its longest stretch, not the short drop at its end
    const toMerge = [
      { x: 0, y: 0 },
      { x: 0, y: 10 },
      { x: 100, y: 10 },
      { x: 100, y: 210 },
      { x: 50, y: 210 },
      { x: 50, y: 230 },
    ];
    expect(toolAnchor(toMerge, { halfHeight: 23, toMerge: true })).toEqual({ x: 100, y: 37 });
  });
});
