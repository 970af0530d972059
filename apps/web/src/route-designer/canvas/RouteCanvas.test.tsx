import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { RouteCommand, RouteLayout } from '@signoff/designer';
import '../route-designer-i18n-load';
import { RouteCanvas } from './RouteCanvas';
import type { Flow, FlowProblem, RouteSelection } from './route-canvas-types';

/** The demo's leave route, with a CC on the default path so the branch has two columns. */
const flow: Flow = {
  key: 'leave',
  nodes: [
    { id: 'start', type: 'start', name: { zh: '发起人', en: 'Applicant' } },
    {
      id: 'head',
      type: 'approve',
      name: { zh: '部门负责人审批', en: 'Department head' },
      approvers: { kind: 'deptHead', level: 1 },
      mode: 'all',
    },
    { id: 'days', type: 'branch', name: { zh: '天数判断', en: 'Days?' } },
    {
      id: 'leader',
      type: 'approve',
      name: { zh: '分管领导审批', en: 'Supervising leader' },
      approvers: { kind: 'supervisingLeader', by: 'department' },
      mode: 'single',
    },
    { id: 'hr', type: 'notify', name: { zh: '人事备案', en: 'HR' }, approvers: { kind: 'role', name: 'hr' } },
    { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
  ],
  edges: [
    { id: 'e-start', from: 'start', to: 'head' },
    { id: 'e-head', from: 'head', to: 'days' },
    {
      id: 'e-long',
      from: 'days',
      to: 'leader',
      order: 1,
      condition: { op: 'gte', left: { field: 'days' }, right: { value: 3 } },
    },
    { id: 'e-short', from: 'days', to: 'hr', isDefault: true },
    { id: 'e-leader', from: 'leader', to: 'end' },
    { id: 'e-hr', from: 'hr', to: 'end' },
  ],
};

const box = (id: string, type: Flow['nodes'][number]['type'], x: number, y: number) => ({
  id,
  type,
  x,
  y,
  width: 200,
  height: 80,
});

const layout: RouteLayout = {
  nodes: [
    box('start', 'start', 200, 0),
    box('head', 'approve', 200, 150),
    box('days', 'branch', 200, 300),
    box('leader', 'approve', 80, 450),
    box('hr', 'notify', 340, 450),
    box('end', 'end', 200, 600),
  ],
  edges: [],
  width: 540,
  height: 680,
};

const fields = [{ key: 'days', type: 'number' as const, label: { zh: '请假天数', en: 'Days' } }];

function Harness({
  problems = [],
  dispatch = () => undefined,
}: {
  problems?: FlowProblem[];
  dispatch?: (c: RouteCommand) => void;
}) {
  const [selected, setSelected] = useState<RouteSelection>(null);
  return (
    <div style={{ width: 1000, height: 800 }}>
      <RouteCanvas
        flow={flow}
        layout={layout}
        problems={problems}
        selected={selected}
        lit={null}
        fields={fields}
        dispatch={dispatch}
        onSelect={setSelected}
      />
    </div>
  );
}

const nodeEl = (id: string) => {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  if (!el) throw new Error(`node ${id} is not drawn`);
  return el;
};
const selectedIds = () =>
  [...document.querySelectorAll('.rd-selected')].map((el) => el.getAttribute('data-testid'));

describe('RouteCanvas', () => {
  it('inserts the kind picked in an edge\'s "+" menu on that edge', () => {
    const dispatch = vi.fn<(c: RouteCommand) => void>();
    render(<Harness dispatch={dispatch} />);
    fireEvent.click(screen.getByTestId('route-plus-e-head'));
    const menu = screen.getByRole('menu');
    fireEvent.click(within(menu).getByRole('menuitem', { name: '条件分支' }));
    expect(dispatch).toHaveBeenCalledExactlyOnceWith({
      type: 'insertNode',
      edgeId: 'e-head',
      nodeType: 'branch',
    });
    expect(screen.queryByRole('menu')).toBeNull();

    fireEvent.click(screen.getByTestId('route-plus-e-short'));
    fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: '抄送人' }));
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'insertNode', edgeId: 'e-short', nodeType: 'notify' });
  });

  it('draws a problem on the node it names, with its message, and on no other', () => {
    const problems: FlowProblem[] = [
      {
        code: 'unknown_position',
        nodeId: 'leader',
        message: { zh: '找不到职位「分管副总」', en: 'No position' },
      },
      { code: 'invalid_definition', message: { zh: '流程缺少标识', en: 'The route needs a key' } },
    ];
    render(<Harness problems={problems} />);
    const leader = screen.getByTestId('route-node-leader');
    expect(leader.getAttribute('data-problem')).toBe('true');
    expect(within(leader).getByTestId('route-node-problem').textContent).toContain('找不到职位「分管副总」');
    const flagged = [...document.querySelectorAll('[data-problem="true"]')].map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(flagged).toEqual(['route-node-leader']);
  });

  it('shows the approvers, the mode and the branch conditions in words', () => {
    render(<Harness />);
    const head = screen.getByTestId('route-node-head');
    expect(head.textContent).toContain('部门负责人审批');
    expect(head.textContent).toContain('会签');
    expect(screen.getByTestId('route-edge-label-e-long').textContent).toContain('请假天数');
    expect(screen.getByTestId('route-edge-label-e-short').textContent).toBe('默认');
  });

  it('moves the selection along the route with the arrow keys', () => {
    render(<Harness />);
    const press = (id: string, key: string) => fireEvent.keyDown(nodeEl(id), { key });
    press('start', 'ArrowDown');
    expect(selectedIds()).toEqual(['route-node-head']);
    press('head', 'ArrowDown');
    expect(selectedIds()).toEqual(['route-node-days']);
    // down a branch goes to the nearest column; left and right to the sibling path
    press('days', 'ArrowDown');
    expect(selectedIds()).toEqual(['route-node-leader']);
    press('leader', 'ArrowRight');
    expect(selectedIds()).toEqual(['route-node-hr']);
    press('hr', 'ArrowLeft');
    expect(selectedIds()).toEqual(['route-node-leader']);
    press('leader', 'ArrowUp');
    expect(selectedIds()).toEqual(['route-node-days']);
  });
});
