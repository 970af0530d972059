import { describe, expect, it } from 'vitest';
import { testFlow } from '../settings/test-route';
import type { FlowDefinition } from '../settings/route-types';
import { draftOutline, outlineSteps, type OutlineItem } from './draft-outline';

/** The outline as ids: a step's id, or a split's id with its paths' ids. */
const ids = (items: readonly OutlineItem[]): unknown[] =>
  items.map((i) => (i.kind === 'step' ? i.node.id : { [i.node.id]: i.paths.map((p) => ids(p.items)) }));

describe('draftOutline', () => {
  it('lists steps from the start, and a branch’s paths in evaluation order up to where they meet', () => {
    const outline = draftOutline(testFlow);
    expect(ids(outline)).toEqual(['a1', { b1: [['a2'], ['c1'], []] }, 'h1']);
    expect(outlineSteps(outline)).toBe(4);
  });

  it('lists no step twice when the route loops back', () => {
    const looping: FlowDefinition = {
      ...testFlow,
      edges: testFlow.edges.map((e) => (e.from === 'h1' ? { ...e, to: 'a1' } : e)),
    };
    expect(outlineSteps(draftOutline(looping))).toBeLessThanOrEqual(4);
  });
});
