import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/react';
import type { RouteLayout } from '@signoff/designer';
import '../route-designer-i18n-load';
import { DRAW_ONLY_VISIBLE_FROM, RouteCanvas } from './RouteCanvas';
import type { Flow, RouteSelection } from './route-canvas-types';

/** A straight route long enough that the canvas draws only what is in view: start, steps, end. */
const STEPS = DRAW_ONLY_VISIBLE_FROM;
const ids = ['start', ...Array.from({ length: STEPS }, (_, i) => `s${i}`), 'end'];
const flow: Flow = {
  key: 'long',
  nodes: ids.map((id) =>
    id === 'start'
      ? { id, type: 'start' as const, name: { zh: '发起人', en: 'Applicant' } }
      : id === 'end'
        ? { id, type: 'end' as const, name: { zh: '结束', en: 'End' } }
        : {
            id,
            type: 'approve' as const,
            name: { zh: `审批 ${id}`, en: `Step ${id}` },
            approvers: { kind: 'deptHead' as const, level: 1 },
            mode: 'single' as const,
          },
  ),
  edges: ids.slice(1).map((to, i) => ({ id: `e-${to}`, from: ids[i] as string, to })),
};
const STEP_Y = 150;
const layout: RouteLayout = {
  nodes: flow.nodes.map((n, i) => ({
    id: n.id,
    type: n.type,
    x: 200,
    y: i * STEP_Y,
    width: 200,
    height: 80,
  })),
  edges: [],
  width: 600,
  height: ids.length * STEP_Y,
};

function Harness() {
  const [selected, setSelected] = useState<RouteSelection>(null);
  return (
    <RouteCanvas
      flow={flow}
      layout={layout}
      problems={[]}
      selected={selected}
      lit={null}
      fields={[]}
      dispatch={() => undefined}
      onSelect={setSelected}
    />
  );
}

const drawn = () =>
  [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => el.dataset.id);

// jsdom lays nothing out: React Flow reads the board's size from offsetWidth/offsetHeight
const size = {
  offsetWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetWidth'),
  offsetHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
};
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 1000 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 800 });
});
afterAll(() => {
  for (const [name, d] of Object.entries(size)) if (d) Object.defineProperty(HTMLElement.prototype, name, d);
});

describe('RouteCanvas on a route too long to draw whole', () => {
  it('draws only the cards in view, and the arrow keys bring the next card into view and focus it', async () => {
    render(<Harness />);
    // the board is 800 high at zoom 1: the cards from the top to about the sixth
    await waitFor(() => expect(drawn()).toContain('s3'));
    expect(drawn()).not.toContain('s20');
    expect(drawn().length).toBeLessThan(12);

    const below = `s${Math.ceil(800 / STEP_Y)}`;
    expect(drawn()).not.toContain(below);
    // down from the last card in view, one card at a time
    let at = 'start';
    while (at !== below) {
      const card = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${at}"]`);
      if (!card) throw new Error(`${at} is not drawn`);
      fireEvent.keyDown(card, { key: 'ArrowDown' });
      const next = ids[ids.indexOf(at) + 1] as string;
      await waitFor(() => expect(document.activeElement?.getAttribute('data-id')).toBe(next));
      at = next;
    }
    expect(document.querySelector(`[data-testid="route-node-${below}"]`)?.className).toContain('rd-selected');
  });
});
